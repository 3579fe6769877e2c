// User management, passphrases and re-keying: the Vault operations that change who can open the vault.

#include "crypto/RecoveryKey.h"
#include "util/FileUtil.h"
#include "vault/VaultPrivate.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace abri {

Result<std::vector<UserInfo>> Vault::users() const
{
    if (auto st = d->requireCoordinator(); !st) {
        return st.error();
    }
    auto st = d->db.prepare("SELECT id, name, role, active, created_at, last_unlock_at FROM users ORDER BY name_key;");
    if (!st) {
        return st.error();
    }
    std::vector<UserInfo> out;
    while (st->step()) {
        UserInfo u;
        u.id = st->int64(0);
        u.name = st->text(1);
        u.role = roleFromId(st->text(2)).value_or(Role::Caseworker);
        u.active = st->int64(3) != 0;
        u.createdAt = QDateTime::fromString(st->text(4), Qt::ISODateWithMs);
        u.lastUnlockAt = QDateTime::fromString(st->text(5), Qt::ISODateWithMs);
        out.push_back(std::move(u));
    }
    // step() is false at the end and on a read error: a damaged page must not pass for a shorter list.
    if (!st->ok()) {
        return d->db.lastError(ErrorCode::CorruptDatabase);
    }
    return out;
}

namespace {
// Every account's key-slot id, or an error when the list could not be read to the end.
Result<QSet<QByteArray>> userUids(Vault::Private& p)
{
    auto st = p.db.prepare("SELECT uid FROM users;");
    if (!st) {
        return st.error();
    }
    QSet<QByteArray> uids;
    while (st->step()) {
        uids.insert(st->blob(0));
    }
    if (!st->ok()) {
        return p.db.lastError(ErrorCode::Database);
    }
    return uids;
}
} // namespace

Result<UserInfo> Vault::addUser(const QString& name, Role role, const SecureBuffer& passphrase)
{
    if (auto st = d->requireCoordinatorWriter(); !st) {
        return st.error();
    }
    if (auto st = validateUserName(name); !st) {
        return st.error();
    }
    if (auto st = validateNewPassphrase(passphrase); !st) {
        return st.error();
    }
    const QString key = KeySlots::normalizeUserName(name);
    {
        auto st = d->db.prepare("SELECT 1 FROM users WHERE name_key = ?;");
        if (!st) {
            return st.error();
        }
        st->bind(1, key);
        if (st->step()) {
            return Error(ErrorCode::UserExists, tr("A user with this name already exists. Choose another name."));
        }
    }
    const QByteArray uid = crypto::randomBytes(16);
    KeySlot slot = KeySlots::make(d->keyFile, uid, name, passphrase, d->dataKey, d->options.kdf);
    if (slot.wrappedSecretKey.isEmpty()) {
        return Error(ErrorCode::Crypto, tr("The passphrase could not be processed (not enough memory?)."));
    }
    Transaction tx(d->db);
    auto st = d->db.prepare("INSERT INTO users(uid, name, name_key, role, active, created_at, public_key) VALUES "
                            "(?,?,?,?,1,?,?);");
    if (!st) {
        return st.error();
    }
    const QDateTime now = d->clock().nowUtc();
    st->bind(1, uid)
        .bind(2, name.trimmed())
        .bind(3, key)
        .bind(4, roleId(role))
        .bind(5, now.toString(Qt::ISODateWithMs))
        .bind(6, slot.publicKey);
    if (auto r = st->run(); !r) {
        return r.error();
    }
    UserInfo info;
    info.id = d->db.lastInsertId();
    info.name = name.trimmed();
    info.role = role;
    info.createdAt = now;
    // The slot is saved before the commit: a crash leaves an unused slot, never a user who cannot log in.
    const KeySlotFile before = d->keyFile;
    if (auto known = userUids(*d)) {
        // Unused slots left by such a crash go now. Adding the same name with the same passphrase again (what a
        // coordinator does after the crash) would otherwise leave two slots that open, and unlock takes the
        // first: the stale one, whose account does not exist.
        std::erase_if(d->keyFile.entries, [&](const KeySlot& s) { return !known->contains(s.userUid); });
    }
    d->keyFile.upsert(slot);
    if (auto saved = d->saveSlots(); !saved) {
        d->keyFile = before;
        return saved.error();
    }
    if (auto r = d->commitWithAudit(tx, QStringLiteral("user.add"), QStringLiteral("user"), QString::number(info.id),
                                    QStringLiteral("role=") + roleId(role));
        !r) {
        d->keyFile = before;
        (void)d->saveSlots();
        return r.error();
    }
    return info;
}

namespace {
Status setActive(Vault::Private& p, qint64 userId, bool active)
{
    if (auto st = p.requireCoordinatorWriter(); !st) {
        return st;
    }
    auto user = p.loadUserById(userId);
    if (!user) {
        return user.error();
    }
    if (user->active == active) {
        return {};
    }
    if (!active && user->role == Role::Coordinator) {
        auto count = p.activeCoordinatorCount();
        if (!count) {
            return count.error();
        }
        if (count.value() <= 1) {
            return Error(ErrorCode::LastCoordinator, Vault::tr("This is the last active coordinator. Make another "
                                                               "user a coordinator first."));
        }
    }
    if (active) {
        auto uid = p.db.prepare("SELECT uid FROM users WHERE id = ?;");
        if (uid && uid->bind(1, userId).step() && p.keyFile.find(uid->blob(0)) == nullptr) {
            return Error(ErrorCode::InvalidArgument, Vault::tr("This account has no passphrase since the last re-key. "
                                                               "Reset its passphrase, then enable it."));
        }
    }
    Transaction tx(p.db);
    auto st = p.db.prepare("UPDATE users SET active = ? WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, qint64{active ? 1 : 0}).bind(2, userId);
    if (auto r = st->run(); !r) {
        return r;
    }
    return p.commitWithAudit(tx, active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                             QStringLiteral("user"), QString::number(userId));
}
} // namespace

Status Vault::disableUser(qint64 userId)
{
    return setActive(*d, userId, false);
}

Status Vault::enableUser(qint64 userId)
{
    return setActive(*d, userId, true);
}

Status Vault::setRole(qint64 userId, Role role)
{
    if (auto st = d->requireCoordinatorWriter(); !st) {
        return st;
    }
    auto user = d->loadUserById(userId);
    if (!user) {
        return user.error();
    }
    if (user->role == role) {
        return {};
    }
    if (user->role == Role::Coordinator && user->active) {
        auto count = d->activeCoordinatorCount();
        if (!count) {
            return count.error();
        }
        if (count.value() <= 1) {
            return Error(ErrorCode::LastCoordinator, tr("This is the last active coordinator. Make another user a "
                                                        "coordinator first."));
        }
    }
    Transaction tx(d->db);
    auto st = d->db.prepare("UPDATE users SET role = ? WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, roleId(role)).bind(2, userId);
    if (auto r = st->run(); !r) {
        return r;
    }
    if (userId == d->user.id) {
        d->user.role = role;
    }
    return d->commitWithAudit(tx, QStringLiteral("user.role"), QStringLiteral("user"), QString::number(userId),
                              QStringLiteral("from=%1; to=%2").arg(roleId(user->role), roleId(role)));
}

Status Vault::resetPassphrase(qint64 userId, const SecureBuffer& newPassphrase)
{
    if (auto st = d->requireCoordinatorWriter(); !st) {
        return st;
    }
    if (auto st = validateNewPassphrase(newPassphrase); !st) {
        return st;
    }
    auto user = d->loadUserById(userId);
    if (!user) {
        return user.error();
    }
    auto uid = d->db.prepare("SELECT uid FROM users WHERE id = ?;");
    if (!uid || !uid->bind(1, userId).step()) {
        return d->db.lastError(ErrorCode::Database);
    }
    // A fresh key pair: whatever the old passphrase unlocked is gone with the old slot.
    KeySlot slot = KeySlots::make(d->keyFile, uid->blob(0), user->name, newPassphrase, d->dataKey, d->options.kdf);
    if (slot.wrappedSecretKey.isEmpty()) {
        return Error(ErrorCode::Crypto, tr("The passphrase could not be processed (not enough memory?)."));
    }
    Transaction tx(d->db);
    auto pk = d->db.prepare("UPDATE users SET public_key = ? WHERE id = ?;");
    if (!pk || !pk->bind(1, slot.publicKey).bind(2, userId).run()) {
        return d->db.lastError(ErrorCode::Database);
    }
    return d->replaceSlotAndCommit(tx, std::move(slot), QStringLiteral("user.reset_passphrase"),
                                   QString::number(userId));
}

Status Vault::changeMyPassphrase(const SecureBuffer& current, const SecureBuffer& next)
{
    if (auto st = d->requireWriter(); !st) {
        return st;
    }
    if (d->recovery) {
        return Error(ErrorCode::PermissionDenied, tr("A recovery session has no passphrase of its own. Reset a "
                                                     "user's passphrase instead."));
    }
    KeySlots::Opened check;
    if (!KeySlots::open(d->keyFile, d->user.name, current, check) || !check.dataKey.equals(d->dataKey)) {
        return Error(ErrorCode::WrongCredentials, tr("The current passphrase is not right. Nothing was changed."));
    }
    if (auto st = validateNewPassphrase(next); !st) {
        return st;
    }
    const KeySlot* existing = d->keyFile.find(check.userUid);
    if (existing == nullptr) {
        return Error(ErrorCode::CorruptKeySlots, tr("Your key slot could not be found. Ask a coordinator to reset "
                                                    "your passphrase."));
    }
    KeySlot slot = *existing;
    if (!KeySlots::rewrap(d->keyFile, slot, check.secretKey, d->user.name, next, d->options.kdf)) {
        return Error(ErrorCode::Crypto, tr("The passphrase could not be processed (not enough memory?)."));
    }
    Transaction tx(d->db);
    return d->replaceSlotAndCommit(tx, std::move(slot), QStringLiteral("passphrase.change"),
                                   QString::number(d->user.id));
}

Result<QString> Vault::rekey()
{
    if (auto st = d->requireCoordinatorWriter(); !st) {
        return st.error();
    }
    RecoveryKey recovery = RecoveryKey::generate();
    SecureBuffer newKey = recovery.deriveDataKey();
    // Only active users keep a way in. The new data key is sealed to the public key recorded in the encrypted
    // database, never to one read from abri.keys (which anyone with file access could swap).
    KeySlotFile next = d->keyFile;
    next.entries.clear();
    {
        auto st = d->db.prepare("SELECT uid, public_key FROM users WHERE active = 1;");
        if (!st) {
            return st.error();
        }
        while (st->step()) {
            const KeySlot* s = d->keyFile.find(st->blob(0));
            const QByteArray recorded = st->blob(1);
            if (s == nullptr || recorded.size() != 32) {
                continue; // no confirmed key: that user needs a passphrase reset after the re-key
            }
            KeySlot copy = *s;
            copy.publicKey = recorded;
            copy.sealedDataKey = KeySlots::sealDataKey(next, copy, newKey);
            next.entries.push_back(std::move(copy));
        }
        // A read error part-way must stop the re-key before anything is written, or the users not yet
        // read would silently lose their slots.
        if (!st->ok()) {
            return d->db.lastError(ErrorCode::CorruptDatabase);
        }
    }
    // Crash safety: pending slots first, then the database, then the switch (unlock finishes a half-done one).
    // The marker goes in first (under the old key; the re-key carries it over): if this process dies after the
    // database changed key but before the new recovery key is handed back, the next unlock can say so.
    {
        Transaction tx(d->db);
        auto mark = d->db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('rekey_unshown', ?);");
        if (!mark || !mark->bind(1, QString::fromLatin1(rekeyMarker(newKey).toHex())).run() || !tx.commit()) {
            return d->db.lastError(ErrorCode::Database);
        }
    }
    const QString pending = d->file(VaultFiles::PendingKeys);
    if (auto st = FileUtil::writeAtomically(pending, next.serialize()); !st) {
        return st.error();
    }
    if (auto st = d->db.checkpointTruncate(); !st) {
        QFile::remove(pending);
        return st.error();
    }
    (void)d->db.rekey(newKey);
    // SQLCipher 3 reports success even when the re-key rolled back (a full disk, say), and the connection's
    // write key is then unreliable: prove the result on a fresh connection instead of trusting the return code.
    d->db.close();
    auto fresh = Database::open(d->file(VaultFiles::Db), newKey, Database::Mode::ReadWrite);
    if (!fresh) {
        auto old = Database::open(d->file(VaultFiles::Db), d->dataKey, Database::Mode::ReadWrite);
        if (old) {
            d->db = std::move(old.value());
            QFile::remove(pending);
            return Error(ErrorCode::Crypto, tr("The vault could not be re-keyed (is the disk full?); it still opens "
                                               "as before."));
        }
        // Neither key opens it now: leave both slot files so the next unlock can sort it out.
        lock();
        return Error(ErrorCode::Crypto, tr("The re-key could not be confirmed and the vault was locked. Unlock it "
                                           "again; if that fails, use the recovery key."));
    }
    d->db = std::move(fresh.value());
    d->dataKey = std::move(newKey);
    d->keyFile = std::move(next);
    if (auto st = FileUtil::replaceFile(pending, d->file(VaultFiles::Keys)); !st) {
        // The database already has the new key; the pending file lets the next unlock finish the switch.
        qCWarning(lcVault) << "re-key: the new key slots stay pending until the next unlock";
    }
    // From here the new recovery key is the only one that works: always hand it back. The marker goes with the
    // audit entry, in one commit.
    Transaction tx(d->db);
    if (auto clear = d->db.prepare("DELETE FROM meta WHERE key = 'rekey_unshown';"); clear) {
        (void)clear->run();
    }
    if (auto st = d->commitWithAudit(tx, QStringLiteral("vault.rekey")); !st) {
        qCWarning(lcVault) << "re-key done but its audit entry could not be written";
    }
    return recovery.toDisplayString();
}

QByteArray rekeyMarker(const SecureBuffer& dataKey)
{
    return crypto::hash(QByteArrayLiteral("abri.vault.rekey-marker.v1"), 16, dataKey.data(), dataKey.size());
}

Result<QStringList> Vault::checkKeySlots() const
{
    if (auto st = d->requireOpen(); !st) {
        return st.error();
    }
    QStringList problems;
    auto st = d->db.prepare("SELECT id, uid, public_key FROM users WHERE active = 1;");
    if (!st) {
        return st.error();
    }
    while (st->step()) {
        const KeySlot* slot = d->keyFile.find(st->blob(1));
        if (slot == nullptr) {
            problems << tr("Active user %1 has no key slot: reset their passphrase.").arg(st->int64(0));
        } else if (!st->isNull(2) && st->blob(2) != slot->publicKey) {
            problems << tr("The key slot of user %1 does not match the vault's record: it may have been tampered "
                           "with. Reset their passphrase.")
                            .arg(st->int64(0));
        }
    }
    if (!st->ok()) { // a short list would pass for a healthy one
        return d->db.lastError(ErrorCode::CorruptDatabase);
    }
    for (const KeySlot& slot : d->keyFile.entries) {
        if (slot.publicKey.size() != 32 || !slot.kdf.isSane()) {
            problems << tr("A key slot is malformed.");
        }
    }
    return problems;
}

} // namespace abri
