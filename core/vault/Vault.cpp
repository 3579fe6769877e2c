#include "vault/Vault.h"

#include "crypto/RecoveryKey.h"
#include "storage/Schema.h"
#include "util/FileUtil.h"
#include "util/Paths.h"
#include "vault/Backup.h"
#include "vault/PassphrasePolicy.h"
#include "vault/UnlockThrottle.h"
#include "vault/VaultLock.h"
#include "vault/VaultPrivate.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>

#include <cstdio>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcVault, "abri.core.vault")

namespace abri {

// ---- Vault

Vault::Vault(std::unique_ptr<Private> p) : d(std::move(p))
{
}

Vault::~Vault()
{
    lock();
}

QString Vault::defaultPath()
{
    return Paths::defaultVaultPath();
}

bool Vault::looksLikeVault(const QString& path)
{
    const QDir dir(path);
    // An unfinished vault (its creation was interrupted) is not one: the first-run wizard may create it again.
    return dir.exists() && !dir.exists(VaultFiles::Creating) &&
           (dir.exists(VaultFiles::Keys) || dir.exists(VaultFiles::Db));
}

namespace {
// A vault under construction carries abri.creating from before its first byte until its first commit is durable,
// so a crash during creation (a dead battery in the first-run wizard) leaves a folder that says what it is:
// unlock refuses it clearly and create may clear it. A folder without the marker is never cleared.
bool isUnfinishedVault(const QDir& dir)
{
    return dir.exists(VaultFiles::Creating);
}

Error unfinishedVaultError()
{
    return Error(ErrorCode::VaultNotFound,
                 Vault::tr("The vault in this folder was never finished: its creation was interrupted, and nothing in "
                           "it can be opened. Create the vault again in this folder."));
}

// Clears what an interrupted creation left: only the vault's own files, and only when the marker is there.
Status clearUnfinishedVault(const QDir& dir)
{
    static const QRegularExpression vaultFile(QStringLiteral(
        "^abri\\.(creating|db(-wal|-shm|-journal)?|keys(\\.pending)?|anchor|lock)(\\.abri-tmp-[A-Za-z0-9]{6})?$"));
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& name : entries) {
        if (!vaultFile.match(name).hasMatch() || !QFileInfo(dir.filePath(name)).isFile()) {
            return Error(ErrorCode::VaultExists, Vault::tr("This folder is not empty. Choose a new or empty folder "
                                                           "for the vault; nothing was changed."));
        }
    }
    // Another window creating a vault here right now holds its lock: leave that one alone.
    VaultLock busy;
    if (!busy.acquire(dir.filePath(VaultFiles::Lock))) {
        return Error(ErrorCode::VaultInUse, Vault::tr("A vault is being created in this folder in another window. "
                                                      "Wait for it to finish; nothing was changed."));
    }
    for (const QString& name : entries) {
        if (name != VaultFiles::Creating && name != VaultFiles::Lock && !QFile::remove(dir.filePath(name))) {
            return Error(ErrorCode::Io, Vault::tr("An unfinished vault from an interrupted creation could not be "
                                                  "removed. Check that you may write in the folder."));
        }
    }
    return {};
}
} // namespace

Result<Vault::Created> Vault::create(const QString& path, const QString& organisation, const QString& userName,
                                     const SecureBuffer& passphrase, const Options& options)
{
    if (!crypto::initialize()) {
        return Error(ErrorCode::Crypto, tr("The encryption library could not start."));
    }
    if (organisation.trimmed().isEmpty() || organisation.size() > 200) {
        return Error(ErrorCode::InvalidArgument, tr("Enter the organisation's name (up to 200 characters)."));
    }
    if (auto st = validateUserName(userName); !st) {
        return st.error();
    }
    if (auto st = validateNewPassphrase(passphrase); !st) {
        return st.error();
    }
    if (path.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidArgument, tr("Choose a folder for the vault."));
    }
    QDir dir(path);
    const bool existed = dir.exists();
    if (existed && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (!isUnfinishedVault(dir)) {
            return Error(ErrorCode::VaultExists, tr("This folder is not empty. Choose a new or empty folder for the "
                                                    "vault; nothing was changed."));
        }
        if (auto st = clearUnfinishedVault(dir); !st) {
            return st.error();
        }
    }
    if (!FileUtil::makePrivateDir(path)) {
        return Error(ErrorCode::Io, tr("The vault's folder could not be created. Check that you may write there."));
    }
    auto p = std::make_unique<Private>();
    p->path = dir.absolutePath();
    p->options = options;
    p->options.access = Access::ReadWrite;
    auto cleanup = [&]() {
        p->db.close();
        for (const QString& f : {VaultFiles::Keys, VaultFiles::Db, VaultFiles::Anchor, VaultFiles::Lock}) {
            QFile::remove(p->file(f));
        }
        QFile::remove(p->file(VaultFiles::Db + QStringLiteral("-wal")));
        QFile::remove(p->file(VaultFiles::Db + QStringLiteral("-shm")));
        QFile::remove(p->file(VaultFiles::Db + QStringLiteral("-journal")));
        QFile::remove(p->file(VaultFiles::Creating));
        p->lock.release();
        if (!existed) {
            QDir().rmdir(p->path);
        }
    };
    // Written in place, not through a temporary file: what counts is that the name exists, even if a crash cuts
    // its content short.
    QFile marker(p->file(VaultFiles::Creating));
    if (!marker.open(QIODevice::WriteOnly) || marker.write("abri vault being created\n") < 0 || !marker.flush() ||
        ::fsync(marker.handle()) != 0 || !FileUtil::syncDirectory(p->path)) {
        marker.close();
        cleanup();
        return Error(ErrorCode::Io, tr("The vault's folder could not be created. Check that you may write there."));
    }
    marker.close();
    if (!p->lock.acquire(p->file(VaultFiles::Lock))) {
        return Error(ErrorCode::VaultInUse, tr("This vault is open in another window. Close it there first; "
                                               "nothing was changed."));
    }
    RecoveryKey recovery = RecoveryKey::generate();
    p->dataKey = recovery.deriveDataKey();
    p->keyFile.vaultId = crypto::randomBytes(16);
    p->keyFile.vaultSalt = crypto::randomBytes(32);
    const QByteArray uid = crypto::randomBytes(16);
    KeySlot slot = KeySlots::make(p->keyFile, uid, userName, passphrase, p->dataKey, options.kdf);
    if (slot.wrappedSecretKey.isEmpty()) {
        cleanup();
        return Error(ErrorCode::Crypto, tr("The passphrase could not be processed (not enough memory?)."));
    }
    p->keyFile.upsert(slot);
    auto db = Database::open(p->file(VaultFiles::Db), p->dataKey, Database::Mode::Create);
    if (!db) {
        cleanup();
        return db.error();
    }
    p->db = std::move(db.value());
    FileUtil::makePrivateFile(p->file(VaultFiles::Db));
    const int target = options.schemaVersion > 0 ? options.schemaVersion : Schema::CurrentVersion;
    if (auto st = Schema::migrate(p->db, target); !st) {
        cleanup();
        return st.error();
    }
    p->schema = target;
    const QString now = p->clock().nowUtc().toString(Qt::ISODateWithMs);
    {
        Transaction tx(p->db);
        auto meta = p->db.prepare("INSERT INTO meta(key, value) VALUES (?, ?);");
        auto user = p->db.prepare("INSERT INTO users(uid, name, name_key, role, active, created_at) VALUES "
                                  "(?, ?, ?, 'coordinator', 1, ?);");
        if (!meta || !user) {
            cleanup();
            return Error(ErrorCode::Database, tr("The vault could not be created."));
        }
        const std::pair<QString, QString> rows[] = {
            {QStringLiteral("vault_id"), vaultIdHex(p->keyFile.vaultId)},
            {QStringLiteral("vault_salt"), QString::fromLatin1(p->keyFile.vaultSalt.toHex())},
            {QStringLiteral("organisation"), organisation.trimmed()},
            {QStringLiteral("created_at"), now},
        };
        bool ok = true;
        for (const auto& [k, v] : rows) {
            meta->reset();
            meta->bind(1, k).bind(2, v);
            ok = ok && meta->run().ok();
        }
        user->bind(1, uid).bind(2, userName.trimmed()).bind(3, KeySlots::normalizeUserName(userName)).bind(4, now);
        ok = ok && user->run().ok();
        p->user.id = p->db.lastInsertId();
        if (target >= 3) {
            auto pk = p->db.prepare("UPDATE users SET public_key = ? WHERE id = ?;");
            ok = ok && pk && pk->bind(1, slot.publicKey).bind(2, p->user.id).run().ok();
            p->loadAnchorKey();
        }
        p->user.name = userName.trimmed();
        p->user.role = Role::Coordinator;
        p->user.createdAt = p->clock().nowUtc();
        // Key slots first: a crash before the commit leaves an unused slot, never a user without one.
        ok = ok && p->saveSlots().ok();
        if (!ok) {
            cleanup();
            return Error(ErrorCode::Io, tr("The vault could not be created. Check the free space and try again."));
        }
        if (auto st = p->commitWithAudit(tx, QStringLiteral("vault.create"), QStringLiteral("user"),
                                         QString::number(p->user.id));
            !st) {
            cleanup();
            return st.error();
        }
    }
    // The first commit is durable: from here the vault is whole, so the marker goes.
    if (!QFile::remove(p->file(VaultFiles::Creating)) || !FileUtil::syncDirectory(p->path)) {
        cleanup();
        return Error(ErrorCode::Io, tr("The vault could not be created. Check the free space and try again."));
    }
    p->organisation = organisation.trimmed();
    p->unlocked = true;
    Created created;
    created.recoveryKey = recovery.toDisplayString();
    created.vault.reset(new Vault(std::move(p)));
    qCDebug(lcVault) << "vault created";
    return created;
}

namespace {

Error wrongCredentials()
{
    return Error(ErrorCode::WrongCredentials, Vault::tr("The user name or passphrase is not right. Check the "
                                                        "keyboard layout and Caps Lock, then try again."));
}

} // namespace

Result<KeySlotFile> readSlots(const QString& path)
{
    const QString keys = QDir(path).filePath(VaultFiles::Keys);
    if (!QFileInfo::exists(keys)) {
        return Error(ErrorCode::CorruptKeySlots,
                     Vault::tr("The vault's key-slot file (abri.keys) is missing. Open the vault with the recovery "
                               "key to repair it, or restore a backup."));
    }
    auto data = FileUtil::readAll(keys, 1 << 20);
    if (!data) {
        return Error(ErrorCode::CorruptKeySlots, data.error().message());
    }
    return KeySlotFile::parse(data.value());
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& path, const QString& userName,
                                             const SecureBuffer& passphrase, const Options& options)
{
    if (!crypto::initialize()) {
        return Error(ErrorCode::Crypto, tr("The encryption library could not start."));
    }
    if (!QDir(path).exists()) {
        return Error(ErrorCode::VaultNotFound, tr("There is no vault in this folder. Choose another folder."));
    }
    if (isUnfinishedVault(QDir(path))) {
        return unfinishedVaultError();
    }
    // The slots in abri.keys, and those of a re-key that was interrupted before its final rename.
    auto current = readSlots(path);
    const QString pendingPath = QDir(path).filePath(VaultFiles::PendingKeys);
    std::optional<KeySlotFile> pending;
    if (QFileInfo::exists(pendingPath)) {
        if (auto data = FileUtil::readAll(pendingPath, 1 << 20)) {
            if (auto parsed = KeySlotFile::parse(data.value())) {
                pending = std::move(parsed.value());
            }
        }
    }
    if (!current && !pending) {
        return current.error();
    }
    auto p = std::make_unique<Private>();
    p->path = QDir(path).absolutePath();
    p->options = options;
    const QByteArray vaultId = current ? current->vaultId : pending->vaultId;
    if (!p->readOnly() && !p->lock.acquire(p->file(VaultFiles::Lock))) {
        return Error(ErrorCode::VaultInUse, tr("This vault is open in another window. Close it there first; "
                                               "nothing was changed."));
    }
    UnlockThrottle throttle(p->stateDir(), vaultIdHex(vaultId), p->clock());
    if (!throttle.beginAttempt()) {
        return Error(ErrorCode::Throttled, throttle.waitMessage());
    }
    const Database::Mode mode = p->readOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    std::optional<Error> dbError;
    bool passphraseMatched = false;
    for (int candidate = 0; candidate < 2; ++candidate) {
        const KeySlotFile* file =
            candidate == 0 ? (current ? &current.value() : nullptr) : (pending ? &pending.value() : nullptr);
        KeySlots::Opened opened;
        if (file == nullptr || !KeySlots::open(*file, userName, passphrase, opened)) {
            continue;
        }
        passphraseMatched = true;
        auto db = Database::open(p->file(VaultFiles::Db), opened.dataKey, mode);
        if (!db) {
            dbError = db.error();
            continue;
        }
        p->keyFile = *file;
        p->dataKey = std::move(opened.dataKey);
        p->secretKey = std::move(opened.secretKey);
        p->finishPendingRekey = candidate == 1;
        p->removeStalePending = candidate == 0 && pending.has_value();
        auto vault = Private::finishUnlock(std::move(p), throttle, std::move(db.value()), opened.userUid);
        if (vault &&
            KeySlots::normalizeUserName(vault.value()->currentUser().name) != KeySlots::normalizeUserName(userName)) {
            vault.value()->lock();
            return wrongCredentials();
        }
        return vault;
    }
    if (!passphraseMatched) {
        throttle.recordFailure();
        return wrongCredentials();
    }
    if (dbError->code() == ErrorCode::WrongCredentials) {
        // The passphrase is right (its key slot opened): a database that refuses the key it gave is damaged
        // (its first page), or the key-slot file is older than the database (from before a re-key). Saying
        // "wrong passphrase" would only send people guessing.
        return Error(ErrorCode::CorruptDatabase,
                     tr("Your passphrase is right, but the vault's files do not match each other: the database is "
                        "damaged, or the key-slot file (abri.keys) is older than it. Do not try again; ask a "
                        "coordinator to open the vault with the recovery key or to restore the latest backup."));
    }
    return *dbError;
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                                            const Options& options)
{
    if (!crypto::initialize()) {
        return Error(ErrorCode::Crypto, tr("The encryption library could not start."));
    }
    if (!QDir(path).exists() || !QFileInfo::exists(QDir(path).filePath(VaultFiles::Db))) {
        return Error(ErrorCode::VaultNotFound, tr("There is no vault in this folder. Choose another folder."));
    }
    if (isUnfinishedVault(QDir(path))) {
        return unfinishedVaultError();
    }
    auto p = std::make_unique<Private>();
    p->path = QDir(path).absolutePath();
    p->options = options;
    p->recovery = true;
    UnlockThrottle throttle(p->stateDir(), throttleKey(path), p->clock());
    if (throttle.secondsUntilAllowed() > 0) {
        return Error(ErrorCode::Throttled, throttle.waitMessage());
    }
    const RecoveryKey key = RecoveryKey::parse(recoveryKey);
    if (!key.isValid()) {
        return Error(ErrorCode::BadRecoveryKey, tr("This recovery key has a typing mistake: check each group of "
                                                   "four characters."));
    }
    if (!p->readOnly() && !p->lock.acquire(p->file(VaultFiles::Lock))) {
        return Error(ErrorCode::VaultInUse, tr("This vault is open in another window. Close it there first; "
                                               "nothing was changed."));
    }
    if (!throttle.beginAttempt()) {
        return Error(ErrorCode::Throttled, throttle.waitMessage());
    }
    p->dataKey = key.deriveDataKey();
    auto db = Database::open(p->file(VaultFiles::Db), p->dataKey,
                             p->readOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!db) {
        if (db.error().code() == ErrorCode::WrongCredentials) {
            throttle.recordFailure();
            return Error(ErrorCode::BadRecoveryKey, tr("This recovery key does not open this vault. A re-key makes "
                                                       "older recovery keys useless; use the newest one."));
        }
        return db.error();
    }
    // The database knows the vault's identity, so lost or damaged key slots can be rebuilt from it.
    // Only damage is repaired: a key-slot file from a newer Abri, or one that cannot be read, is left alone.
    auto slotFile = readSlots(path);
    if (slotFile) {
        p->keyFile = std::move(slotFile.value());
    } else if (slotFile.error().code() != ErrorCode::CorruptKeySlots) {
        return slotFile.error();
    } else {
        auto st = db->prepare("SELECT key, value FROM meta WHERE key IN ('vault_id', 'vault_salt');");
        while (st && st->step()) {
            const QByteArray v = QByteArray::fromHex(st->text(1).toLatin1());
            (st->text(0) == QLatin1String("vault_id") ? p->keyFile.vaultId : p->keyFile.vaultSalt) = v;
        }
        if (p->keyFile.vaultId.size() != 16 || p->keyFile.vaultSalt.size() != 32) {
            return Error(ErrorCode::CorruptDatabase, tr("The vault's identity could not be read: the database is "
                                                        "damaged. Restore a backup."));
        }
        p->rebuildSlots = !p->readOnly();
    }
    return Private::finishUnlock(std::move(p), throttle, std::move(db.value()), QByteArray());
}

Result<std::unique_ptr<Vault>> Vault::Private::finishUnlock(std::unique_ptr<Private> p, UnlockThrottle& throttle,
                                                            Database db, const QByteArray& userUid)
{
    p->db = std::move(db);
    auto version = Schema::version(p->db);
    if (!version) {
        return version.error();
    }
    if (version.value() > Schema::CurrentVersion) {
        return Schema::newerVersionError(version.value());
    }
    if (version.value() < Schema::CurrentVersion) {
        if (p->readOnly()) {
            return Error(ErrorCode::NewerFormat, Vault::tr("This vault must be upgraded before it can be read here. "
                                                           "Open it once in Abri (not read-only)."));
        }
        if (auto st = Schema::migrate(p->db); !st) {
            return st.error();
        }
    }
    p->schema = Schema::CurrentVersion;
    // The session's own settings have no way to report an error later (organisation(), autoLockMinutes()), so
    // a database that cannot give them is refused here rather than shown with a blank name or a default.
    {
        auto st = p->db.prepare("SELECT value FROM meta WHERE key = 'organisation';");
        if (!st) {
            return st.error();
        }
        if (st->step()) {
            p->organisation = st->text(0);
        } else if (!st->ok()) {
            return p->db.lastError(ErrorCode::CorruptDatabase);
        }
        auto settings = p->db.prepare("SELECT value FROM settings WHERE key = 'auto_lock_minutes';");
        if (!settings) {
            return settings.error();
        }
        if (!settings->step() && !settings->ok()) {
            return p->db.lastError(ErrorCode::CorruptDatabase);
        }
    }
    p->loadAnchorKey();
    if (p->recovery) {
        p->user.id = 0;
        p->user.name = Vault::tr("Recovery key");
        p->user.role = Role::Coordinator;
    } else {
        auto user = p->loadUserByUid(userUid);
        if (!user) {
            // The passphrase was proven by the key slot: a missing row is an account whose creation never
            // completed; anything else is damage, not a wrong passphrase.
            if (user.error().code() == ErrorCode::UserNotFound) {
                return Error(ErrorCode::UserNotFound, Vault::tr("This account was never completed or no longer "
                                                                "exists. Ask a coordinator."));
            }
            return user.error();
        }
        if (!user->active) {
            return Error(ErrorCode::UserDisabled, Vault::tr("This account is disabled. Ask a coordinator to enable "
                                                            "it."));
        }
        p->user = user.value();
    }
    p->unlocked = true;
    const QDateTime lastFailure = throttle.lastFailure();
    p->failedBefore = throttle.recordSuccess(!p->readOnly());
    QString action = p->recovery ? QStringLiteral("vault.recover") : QStringLiteral("unlock");
    QString detail;
    // A re-key whose new recovery key was never handed back (the process died between the database re-key and the
    // end of rekey()) left its marker: the coordinator must re-key again to get a key someone has seen. A marker
    // for another key is from a re-key that never reached the database.
    bool rekeyMarkerFound = false;
    bool rekeyKeyUnshown = false;
    if (auto st = p->db.prepare("SELECT value FROM meta WHERE key = 'rekey_unshown';"); st && st->step()) {
        rekeyMarkerFound = true;
        rekeyKeyUnshown = crypto::equalBytes(QByteArray::fromHex(st->text(0).toLatin1()), rekeyMarker(p->dataKey));
    }
    p->rekeyFinishedHere = rekeyKeyUnshown;
    if (!p->readOnly()) {
        // Temporary files of atomic writes that a crash cut short (this session holds the vault's lock, so no
        // other process is writing them now). Stale key slots must not linger in the folder.
        for (const QString& f : {VaultFiles::Keys, VaultFiles::PendingKeys, VaultFiles::Anchor}) {
            FileUtil::removeInterruptedWrites(p->file(f));
        }
        FileUtil::removeInterruptedWrites(p->localAnchorPath());
        // Repairs are done only now, once the vault is known to be readable by this Abri.
        if (p->rebuildSlots) {
            const QString damaged = p->file(VaultFiles::Keys + QStringLiteral(".damaged-") +
                                            p->clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (QFileInfo::exists(p->file(VaultFiles::Keys)) &&
                !FileUtil::replaceFile(p->file(VaultFiles::Keys), damaged)) {
                return Error(ErrorCode::Io, Vault::tr("The damaged key-slot file could not be moved aside; nothing "
                                                      "was changed."));
            }
            if (auto saved = p->saveSlots(); !saved) {
                return saved.error();
            }
            detail = QStringLiteral("key slots rebuilt");
        }
        if (p->finishPendingRekey) {
            if (auto st = FileUtil::replaceFile(p->file(VaultFiles::PendingKeys), p->file(VaultFiles::Keys)); !st) {
                return st.error();
            }
            p->rekeyFinishedHere = true;
        } else if (p->removeStalePending) {
            QFile::remove(p->file(VaultFiles::PendingKeys)); // a re-key that never reached the database
        }
        if (!p->recovery) {
            p->confirmPublicKey(userUid);
        }
        Transaction tx(p->db);
        // The marker stays until someone who can re-key has been told (a coordinator or a recovery session):
        // every other user's unlock says "ask a coordinator" meanwhile.
        const bool canRekey = p->recovery || p->user.role == Role::Coordinator;
        const bool dropMarker = rekeyMarkerFound && (canRekey || !rekeyKeyUnshown);
        if (dropMarker) {
            if (auto clear = p->db.prepare("DELETE FROM meta WHERE key = 'rekey_unshown';"); clear) {
                (void)clear->run();
            }
        }
        if (p->rekeyFinishedHere && (p->finishPendingRekey || dropMarker)) {
            (void)AuditLog::append(p->db, p->clock().nowUtc(), p->user.id, QStringLiteral("vault.rekey"), {}, {},
                                   QStringLiteral("finished at unlock; new recovery key never shown"));
        }
        if (p->failedBefore > 0) {
            (void)AuditLog::append(p->db, p->clock().nowUtc(), 0, QStringLiteral("unlock.failed"), {}, {},
                                   QStringLiteral("attempts=%1; last=%2")
                                       .arg(p->failedBefore)
                                       .arg(lastFailure.toUTC().toString(Qt::ISODate)));
        }
        if (!p->recovery) {
            auto st = p->db.prepare("UPDATE users SET last_unlock_at = ? WHERE id = ?;");
            if (st) {
                st->bind(1, p->clock().nowUtc().toString(Qt::ISODateWithMs)).bind(2, p->user.id);
                if (st->run()) {
                    p->user.lastUnlockAt = p->clock().nowUtc();
                }
            }
        }
        if (auto st = p->commitWithAudit(tx, action, {}, {}, detail); !st) {
            return st.error();
        }
    }
    qCDebug(lcVault) << "vault unlocked" << (p->readOnly() ? "read-only" : "read-write");
    return std::unique_ptr<Vault>(new Vault(std::move(p)));
}

Result<VaultInspection> Vault::inspect(const QString& path)
{
    if (isUnfinishedVault(QDir(path))) {
        return unfinishedVaultError();
    }
    if (!looksLikeVault(path)) {
        return Error(ErrorCode::VaultNotFound, tr("There is no vault in this folder. Choose another folder."));
    }
    VaultInspection info;
    auto slotFile = readSlots(path);
    if (slotFile) {
        info.vaultId = vaultIdHex(slotFile->vaultId);
        info.keySlotFormat = KeySlotFile::FormatVersion;
        info.slotCount = static_cast<int>(slotFile->entries.size());
        info.keySlotsReadable = true;
    } else {
        info.problem = slotFile.error().message();
    }
    return info;
}

qint64 Vault::secondsUntilNextAttempt(const QString& path, const Options& options)
{
    const QString stateDir = options.localStateDir.isEmpty() ? Paths::localStateDir() : options.localStateDir;
    const Clock& clock = options.clock != nullptr ? *options.clock : Clock::system();
    return UnlockThrottle(stateDir, throttleKey(path), clock).secondsUntilAllowed();
}

void Vault::lock()
{
    if (!d || !d->unlocked) {
        return;
    }
    if (!d->readOnly()) {
        Transaction tx(d->db);
        (void)d->commitWithAudit(tx, QStringLiteral("lock"));
    }
    d->unlocked = false;
    d->db.close();
    d->dataKey.wipe();
    d->secretKey.wipe();
    d->anchorKey.wipe();
    d->grants.clear();
    d->lock.release();
    qCDebug(lcVault) << "vault locked";
}

bool Vault::isUnlocked() const
{
    return d->unlocked;
}

bool Vault::isReadOnly() const
{
    return d->readOnly();
}

bool Vault::isRecoverySession() const
{
    return d->recovery;
}

QString Vault::vaultId() const
{
    return vaultIdHex(d->keyFile.vaultId);
}

QString Vault::path() const
{
    return d->path;
}

QString Vault::organisation() const
{
    return d->unlocked ? d->organisation : QString();
}

const UserInfo& Vault::currentUser() const
{
    return d->user;
}

int Vault::schemaVersion() const
{
    return d->schema;
}

int Vault::failedAttemptsBeforeThisUnlock() const
{
    return d->failedBefore;
}

bool Vault::interruptedRekeyFinished() const
{
    return d->rekeyFinishedHere;
}

Database& Vault::database()
{
    return d->db;
}

const Clock& Vault::clock() const
{
    return d->clock();
}

Status Vault::requireOpen() const
{
    return d->requireOpen();
}

Status Vault::requireWriter() const
{
    return d->requireWriter();
}

Status Vault::requireCoordinator() const
{
    return d->requireCoordinator();
}

Status Vault::commitWithAudit(Transaction& tx, const std::vector<AuditRecord>& records)
{
    if (auto st = d->requireWriter(); !st) {
        return st;
    }
    return d->commitWithAudit(tx, records);
}

SessionGrants& Vault::sessionGrants()
{
    return d->grants;
}

const SessionGrants& Vault::sessionGrants() const
{
    return d->grants;
}

int Vault::autoLockMinutes() const
{
    constexpr int Default = 5;
    if (!d->unlocked || d->schema < 2) {
        return Default;
    }
    auto st = d->db.prepare("SELECT value FROM settings WHERE key = 'auto_lock_minutes';");
    if (st && st->step()) {
        bool ok = false;
        const int v = st->text(0).toInt(&ok);
        return ok ? v : Default;
    }
    return Default;
}

Status Vault::setAutoLockMinutes(int minutes)
{
    if (auto st = d->requireCoordinatorWriter(); !st) {
        return st;
    }
    if (minutes < 1 || minutes > 240) {
        return Error(ErrorCode::InvalidArgument, tr("Auto-lock must be between 1 and 240 minutes."));
    }
    Transaction tx(d->db);
    auto st = d->db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES ('auto_lock_minutes', ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, QString::number(minutes));
    if (auto r = st->run(); !r) {
        return r;
    }
    return d->commitWithAudit(tx, QStringLiteral("vault.settings"), QStringLiteral("setting"),
                              QStringLiteral("auto_lock_minutes"), QString::number(minutes));
}

Result<std::vector<AuditEntry>> Vault::auditEntries(const AuditFilter& filter) const
{
    if (auto st = d->requireCoordinator(); !st) {
        return st.error();
    }
    auto entries = AuditLog::query(d->db, filter);
    if (entries) {
        for (AuditEntry& e : entries.value()) {
            if (e.userId == 0) {
                e.userName = e.action == QLatin1String("vault.recover") ? tr("Recovery key") : tr("System");
            }
        }
    }
    return entries;
}

Result<AuditVerifyReport> Vault::verifyAudit() const
{
    if (auto st = d->requireCoordinator(); !st) {
        return st.error();
    }
    bool vaultAnchorMissing = false;
    const AuditLog::Head anchor = d->bestAnchor(&vaultAnchorMissing);
    auto report = AuditLog::verify(d->db, anchor);
    if (report && report->ok && vaultAnchorMissing && report->entries > 0) {
        report->ok = false;
        report->message = tr("The audit log's anchor file (abri.anchor) is missing or damaged, so removal of the "
                             "newest entries cannot be ruled out.");
    }
    return report;
}

Status Vault::recordAudit(const QString& action, const QString& objectType, const QString& objectId,
                          const QString& detail)
{
    if (auto st = d->requireWriter(); !st) {
        return st;
    }
    Transaction tx(d->db);
    return d->commitWithAudit(tx, action, objectType, objectId, detail);
}

Result<QStringList> Vault::integrityCheck() const
{
    if (auto st = d->requireOpen(); !st) {
        return st.error();
    }
    return d->db.integrityCheck();
}

} // namespace abri
