#pragma once

#include "util/Result.h"

namespace abri {

// Process hardening at start-up: no core dumps, not ptrace-attachable by other users' tools.
void hardenProcess();
// Checks that the linked SQLite is SQLCipher and libsodium initialised; call before anything else.
Status checkCryptoRuntime();

} // namespace abri
