#pragma once

#include "util/Result.h"

namespace abri::admin {

// The documented exit codes of abri-admin; scripts branch on them, so they never change meaning.
enum class ExitCode : int {
    Success = 0,
    Usage = 1,
    Credentials = 2,
    VaultInUse = 3,
    NotFoundOrExists = 4,
    Corrupt = 5,
    PermissionDenied = 6,
    Other = 7,
};

ExitCode exitCodeFor(ErrorCode code);

} // namespace abri::admin
