#pragma once

#include "crypto/Crypto.h"
#include "crypto/SecureBuffer.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "vault/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace abri {

class Database;
class Transaction;
struct SessionGrants;

// One audit entry a core service commits together with its change.
struct AuditRecord
{
    QString action;
    QString objectType;
    QString objectId;
    QString detail; // never personal data
};

struct UserInfo
{
    qint64 id = 0;
    QString name;
    Role role = Role::Caseworker;
    bool active = true;
    QDateTime createdAt;
    QDateTime lastUnlockAt; // invalid when never
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;    // UTC
    qint64 userId = 0; // 0: the recovery key or the system
    QString userName;  // resolved for display; "Recovery key" or "System" (translated) for user id 0
    QString action;    // e.g. "user.add"; see AuditLog.h for the list
    QString objectType;
    QString objectId;
    QString detail; // never personal data
};

struct AuditFilter
{
    std::optional<qint64> userId;
    QString action;       // exact action, or a prefix ending with '.' ("user.")
    QDate from;           // inclusive, local date; invalid = open
    QDate to;             // inclusive, local date; invalid = open
    qint64 beforeSeq = 0; // paging: only entries with seq < beforeSeq when > 0
    int limit = 500;
};

struct AuditVerifyReport
{
    bool ok = false;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when none
    QString message;        // translated summary
};

// What can be read without a passphrase: nothing that names a person or the organisation.
struct VaultInspection
{
    QString vaultId;
    int keySlotFormat = 0;
    int slotCount = 0;
    bool keySlotsReadable = false;
    QString problem; // translated, empty when healthy
};

enum class VaultAccess { ReadWrite, ReadOnly };

// How a vault is opened (declared outside Vault so it can be a default argument).
struct VaultOptions
{
    VaultAccess access = VaultAccess::ReadWrite;
    crypto::KdfParams kdf = crypto::KdfParams::moderate(); // for new or changed key slots
    const Clock* clock = nullptr;                          // nullptr: the system clock
    QString localStateDir; // this computer's state (back-off, audit anchor); empty: Paths::localStateDir()
    int schemaVersion = 0; // tests only: create at an older schema; 0 = current
};

// An unlocked vault: one SQLCipher database, its key slots, and the session of the user who unlocked it.
// Every operation checks the session's role here, in core, so the GUI and abri-admin obey the same rules.
// Threads: a Vault may be created or unlocked on a worker thread and then used on another, and lock() may run
// on whichever thread used it last, but never from two threads at the same time.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    using Access = VaultAccess;
    using Options = VaultOptions;

    struct Created;

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Makes a new vault folder at path (must not exist or be empty) with its first coordinator.
    static Result<Created> create(const QString& path, const QString& organisation, const QString& userName,
                                  const SecureBuffer& passphrase, const Options& options = {});
    static Result<std::unique_ptr<Vault>> unlock(const QString& path, const QString& userName,
                                                 const SecureBuffer& passphrase, const Options& options = {});
    // Opens with the recovery key alone (works even when the key-slot file is lost or damaged).
    // The session acts as a coordinator that may add users and reset passphrases.
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                                                const Options& options = {});
    static Result<VaultInspection> inspect(const QString& path);
    // Seconds until the next unlock attempt is allowed on this computer (0 = now).
    static qint64 secondsUntilNextAttempt(const QString& path, const Options& options = {});
    static QString defaultPath();
    static bool looksLikeVault(const QString& path);

    // Wipes the keys and closes the database; every later call fails with NotUnlocked.
    void lock();
    bool isUnlocked() const;
    bool isReadOnly() const;
    bool isRecoverySession() const;

    QString vaultId() const;
    QString path() const;
    QString organisation() const;
    const UserInfo& currentUser() const;
    int schemaVersion() const;
    // Failed unlock attempts on this computer since the last successful unlock (recorded in the audit log).
    int failedAttemptsBeforeThisUnlock() const;
    // True when this unlock finished a re-key that had been interrupted: its new recovery key was never
    // shown, so a coordinator should re-key again to get one.
    bool interruptedRekeyFinished() const;

    // Users (coordinator only, except changeMyPassphrase).
    Result<std::vector<UserInfo>> users() const;
    Result<UserInfo> addUser(const QString& name, Role role, const SecureBuffer& passphrase);
    Status disableUser(qint64 userId);
    Status enableUser(qint64 userId);
    Status setRole(qint64 userId, Role role);
    Status resetPassphrase(qint64 userId, const SecureBuffer& newPassphrase);
    Status changeMyPassphrase(const SecureBuffer& current, const SecureBuffer& next);
    // Rotates the data key; disabled users' key slots are dropped. Returns the new recovery key.
    Result<QString> rekey();

    // Vault settings (coordinator to change).
    int autoLockMinutes() const;
    Status setAutoLockMinutes(int minutes);

    // Audit log (coordinator only).
    Result<std::vector<AuditEntry>> auditEntries(const AuditFilter& filter) const;
    Result<AuditVerifyReport> verifyAudit() const;
    // Appends an entry for the current user; for core services.
    Status recordAudit(const QString& action, const QString& objectType = {}, const QString& objectId = {},
                       const QString& detail = {});

    // SQLite integrity check: empty list when healthy.
    Result<QStringList> integrityCheck() const;
    // Consistent encrypted copy in one file; progress(done, total) returns false to cancel.
    Status backup(const QString& backupFile, const std::function<bool(int, int)>& progress = {});
    // Unpacks a backup into targetPath; refuses to replace an existing vault unless force.
    // The restored vault's anchor on this computer is reset to the backup's (restoring is deliberate).
    // With force, only an Abri vault folder is replaced, and it is kept as <target>.replaced-<yyyyMMdd-HHmmss>.
    static Status restore(const QString& backupFile, const QString& targetPath, bool force,
                          const Options& options = {});
    // Key-slot consistency: every active user has a slot, every slot belongs to a user. Empty when healthy.
    Result<QStringList> checkKeySlots() const;

    // For core services built on the vault.
    Database& database();
    const Clock& clock() const;
    Status requireOpen() const;
    Status requireWriter() const;
    Status requireCoordinator() const;
    // Appends the entries in the caller's transaction, commits it, and moves the audit anchors forward once.
    Status commitWithAudit(Transaction& tx, const std::vector<AuditRecord>& records);
    // Break-the-glass grants of this session; cleared by lock().
    SessionGrants& sessionGrants();
    const SessionGrants& sessionGrants() const;

    class Private;

private:
    explicit Vault(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    QString recoveryKey; // show once, then forget
};

} // namespace abri
