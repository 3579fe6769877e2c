#pragma once

#include <QString>

namespace abri {

// Every path Abri uses outside a vault comes from here, over QStandardPaths.
namespace Paths {
// Both executables call this first, so the GUI and abri-admin share one state folder (back-off, anchors).
void setApplicationIdentity();
QString defaultVaultPath(); // AppDataLocation/vault.abri
QString localStateDir();    // AppLocalDataLocation/state: back-off counters, audit anchors. No personal data.
} // namespace Paths

} // namespace abri
