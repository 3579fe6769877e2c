#include "util/Security.h"

#include "crypto/Crypto.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace abri {

void hardenProcess()
{
    // A crash dump of an unlocked session would hold keys and case data in plaintext.
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Everything Abri writes (vault, -wal/-shm, backups, state) is for this user alone.
    umask(S_IRWXG | S_IRWXO);
}

Status checkCryptoRuntime()
{
    if (!crypto::initialize()) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("abri::Security", "The encryption library could "
                                                                                      "not start. Abri cannot run "
                                                                                      "safely on this computer."));
    }
    // The linked SQLite must be SQLCipher: a plain SQLite would write case files in clear text.
    sqlite3* db = nullptr;
    bool isCipher = false;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &st, nullptr) == SQLITE_OK) {
            isCipher = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr;
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(db);
    if (!isCipher) {
        return Error(ErrorCode::NotSqlCipher,
                     QCoreApplication::translate("abri::Security", "The database library is not SQLCipher, so "
                                                                   "the vault could not be encrypted. Install "
                                                                   "libsqlcipher and start Abri again."));
    }
    return {};
}

} // namespace abri
