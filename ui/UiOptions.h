#pragma once

#include "vault/Vault.h"

namespace abri::ui {

// What the window takes from outside: vault options (key-derivation cost, clock, this computer's state folder)
// and how auto-lock polls. Tests inject a MockClock, the minimum key-derivation cost and a temporary state folder.
struct UiOptions
{
    Vault::Options vault;
    int idlePollMs = 5000;
    // Lock on suspend or desktop screen lock (D-Bus); tests switch it off so no bus is touched.
    bool watchDesktopSession = true;

    const Clock& clock() const { return vault.clock ? *vault.clock : Clock::system(); }
};

} // namespace abri::ui
