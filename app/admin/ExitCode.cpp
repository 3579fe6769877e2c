#include "ExitCode.h"

namespace abri::admin {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::WeakPassphrase:
        return ExitCode::Usage;
    case ErrorCode::WrongCredentials:
    case ErrorCode::Throttled:
    case ErrorCode::BadRecoveryKey:
    case ErrorCode::UserDisabled:
        return ExitCode::Credentials;
    case ErrorCode::VaultInUse:
        return ExitCode::VaultInUse;
    case ErrorCode::VaultNotFound:
    case ErrorCode::VaultExists:
    case ErrorCode::NotFound:
        return ExitCode::NotFoundOrExists;
    case ErrorCode::CorruptKeySlots:
    case ErrorCode::CorruptDatabase:
    case ErrorCode::CorruptBackup:
    case ErrorCode::AuditBroken:
        return ExitCode::Corrupt;
    case ErrorCode::PermissionDenied:
        return ExitCode::PermissionDenied;
    case ErrorCode::NewerFormat:
    case ErrorCode::LastCoordinator:
    case ErrorCode::UserExists:
    case ErrorCode::UserNotFound:
    case ErrorCode::NotUnlocked:
    case ErrorCode::NotSqlCipher:
    case ErrorCode::Cancelled:
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Crypto:
        return ExitCode::Other;
    }
    return ExitCode::Other;
}

} // namespace abri::admin
