#pragma once

// Internal to abri_core: the state of an unlocked vault, shared by Vault*.cpp.

#include "cases/SessionGrants.h"
#include "storage/Database.h"
#include "vault/AuditLog.h"
#include "vault/KeySlots.h"
#include "vault/UnlockThrottle.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QDir>

#include <optional>

namespace abri {

namespace VaultFiles {
inline const QString Keys = QStringLiteral("abri.keys");
inline const QString PendingKeys = QStringLiteral("abri.keys.pending");
inline const QString Db = QStringLiteral("abri.db");
inline const QString Anchor = QStringLiteral("abri.anchor");
inline const QString Lock = QStringLiteral("abri.lock");
// Present only while Vault::create runs: a folder holding it is an unfinished vault (see Vault.cpp).
inline const QString Creating = QStringLiteral("abri.creating");
} // namespace VaultFiles

class Vault::Private
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    QString path;
    Options options;
    Database db;
    KeySlotFile keyFile;
    SecureBuffer dataKey;
    SecureBuffer secretKey; // the user's X25519 key, for changing the passphrase
    SecureBuffer anchorKey; // from meta.anchor_key (schema 3+); stable across re-keys
    SessionGrants grants;
    UserInfo user;
    bool recovery = false;
    bool unlocked = false;
    VaultLock lock;
    int failedBefore = 0;
    QString organisation;
    int schema = 0;
    // Repairs decided while unlocking, carried out once the vault is known to be readable.
    bool rebuildSlots = false;
    bool finishPendingRekey = false;
    bool removeStalePending = false;
    bool rekeyFinishedHere = false;

    const Clock& clock() const { return options.clock != nullptr ? *options.clock : Clock::system(); }
    QString file(const QString& name) const { return QDir(path).filePath(name); }
    QString stateDir() const;
    bool readOnly() const { return options.access == Access::ReadOnly; }

    Status requireOpen() const;
    Status requireWriter() const;
    Status requireCoordinator() const;
    Status requireCoordinatorWriter() const;

    Status saveSlots() const;
    // Saves the slot file with one slot replaced, then commits with an audit entry; if the commit fails the
    // old slot is put back, so a reported failure really changed nothing.
    Status replaceSlotAndCommit(Transaction& tx, KeySlot slot, const QString& action, const QString& objectId);
    // Appends the audit entry, commits, then moves the anchors forward.
    Status commitWithAudit(Transaction& tx, const std::vector<AuditRecord>& records);
    Status commitWithAudit(Transaction& tx, const QString& action, const QString& objectType = {},
                           const QString& objectId = {}, const QString& detail = {});
    void writeAnchors(const AuditLog::Head& head) const;
    AuditLog::Head bestAnchor(bool* vaultAnchorMissing) const;
    QByteArray encodeAnchor(const AuditLog::Head& head) const;
    std::optional<AuditLog::Head> decodeAnchor(const QByteArray& blob) const;
    QString localAnchorPath() const;
    SecureBuffer anchorSealKey() const;
    void loadAnchorKey();
    // Records the public key proven by this unlock (the key-slot file is not authenticated on its own).
    void confirmPublicKey(const QByteArray& userUid);

    // Shared tail of both unlock paths: schema, user, failed-attempt report, audit.
    static Result<std::unique_ptr<Vault>> finishUnlock(std::unique_ptr<Private> p, UnlockThrottle& throttle,
                                                       Database db, const QByteArray& userUid);

    Result<UserInfo> loadUserById(qint64 id);
    Result<UserInfo> loadUserByUid(const QByteArray& uid);
    Result<int> activeCoordinatorCount();
};

QString vaultIdHex(const QByteArray& vaultId);
QString localAnchorPath(const QString& stateDir, const QString& vaultPath, const QByteArray& vaultId);
// CorruptKeySlots with a message that points to the recovery key when abri.keys is missing or damaged.
Result<KeySlotFile> readSlots(const QString& path);
QString throttleKey(const QString& path);
// A check value of a data key (keyed BLAKE2b, reveals nothing of the key). rekey() stores the new key's value in
// meta 'rekey_unshown' before re-keying the database and deletes it when it hands the new recovery key back; an
// unlock that finds it matching the key in force knows that recovery key was never shown.
QByteArray rekeyMarker(const SecureBuffer& dataKey);
Status validateUserName(const QString& name);
Status validateNewPassphrase(const SecureBuffer& passphrase);
Error notUnlockedError();
Error permissionError();

} // namespace abri
