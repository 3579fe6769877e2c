#pragma once

#include "util/Result.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>

namespace abri {

class Database;

// The append-only, hash-chained audit log inside the vault. Each entry's hash covers the previous hash and
// every field, so an edited or deleted entry breaks the chain; the newest (seq, hash) is also anchored outside
// the database (see Vault), so removing the newest entries is detected too.
//
// Actions: vault.create, vault.rekey, vault.recover, vault.backup, vault.settings, unlock, unlock.failed, lock,
// user.add, user.disable, user.enable, user.role, user.reset_passphrase, passphrase.change, audit.verify.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash; // 32 bytes; all zero before the first entry
    };

    // Appends within the caller's transaction (the entry commits or rolls back with the change it records).
    static Result<Head> append(Database& db, const QDateTime& timeUtc, qint64 userId, const QString& action,
                               const QString& objectType, const QString& objectId, const QString& detail);
    static Result<Head> head(Database& db);
    static Result<std::vector<AuditEntry>> query(Database& db, const AuditFilter& filter);
    // Recomputes the whole chain; when anchor.seq > 0 also checks that entry anchor.seq still has anchor.hash.
    static Result<AuditVerifyReport> verify(Database& db, const Head& anchor);
    static QByteArray entryHash(const QByteArray& prevHash, qint64 seq, const QString& time, qint64 userId,
                                const QString& action, const QString& objectType, const QString& objectId,
                                const QString& detail);
};

} // namespace abri
