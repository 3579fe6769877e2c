#pragma once

#include <QString>

namespace abri {

// Every path Abri uses outside a vault comes from here, over QStandardPaths.
namespace Paths {
QString defaultVaultPath(); // AppDataLocation/vault.abri
QString localStateDir();    // AppLocalDataLocation/state: back-off counters, audit anchors. No personal data.
} // namespace Paths

} // namespace abri
