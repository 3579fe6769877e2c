#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace abri {

class Database;

// Versioned schema. Each migration runs in one transaction; the version lives in PRAGMA user_version.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static constexpr int CurrentVersion = 5;

    static Result<int> version(Database& db);
    // Brings db from its version up to target (default: current). Refuses a newer vault without touching it.
    static Status migrate(Database& db, int target = CurrentVersion);
    static Error newerVersionError(int found);
};

} // namespace abri
