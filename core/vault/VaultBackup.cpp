// Backup and restore: one self-contained, still-encrypted file per backup.

#include "util/FileUtil.h"
#include "util/Paths.h"
#include "vault/Backup.h"
#include "vault/VaultPrivate.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace abri {

namespace {
// A folder --force may replace: an Abri vault and nothing else (never a folder of someone's documents).
bool onlyVaultFiles(const QString& path)
{
    if (!Vault::looksLikeVault(path)) {
        return false;
    }
    const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : entries) {
        if (!name.startsWith(QLatin1String("abri."))) {
            return false;
        }
    }
    return true;
}
} // namespace

Status Vault::backup(const QString& backupFile, const std::function<bool(int, int)>& progress)
{
    if (auto st = d->requireOpen(); !st) {
        return st;
    }
    if (QFileInfo::exists(backupFile)) {
        return Error(ErrorCode::VaultExists, tr("A file with this name already exists. Choose another name; nothing "
                                                "was overwritten."));
    }
    const QString tmp = backupFile + QStringLiteral(".partial");
    QFile::remove(tmp);
    auto removeTmp = qScopeGuard([&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(tmp + QLatin1String(suffix));
        }
    });
    if (auto st = d->db.backupTo(tmp, d->dataKey, progress); !st) {
        return st;
    }
    // Anchor the copy at its own newest entry; read the key slots after the copy so they are at least as new.
    QByteArray anchor;
    {
        auto copy = Database::open(tmp, d->dataKey, Database::Mode::ReadOnly);
        if (!copy) {
            return copy.error();
        }
        auto head = AuditLog::head(copy.value());
        if (!head) {
            return head.error();
        }
        anchor = d->encodeAnchor(head.value());
    }
    QByteArray keys = d->keyFile.serialize();
    if (auto fresh = readSlots(d->path)) {
        // A re-key in another window between the copy and now would pair old data with new slots: refuse.
        bool rekeyed = QFileInfo::exists(d->file(VaultFiles::PendingKeys));
        for (const KeySlot& slot : fresh->entries) {
            bool ok = false;
            SecureBuffer dk =
                d->secretKey.empty() ? SecureBuffer() : KeySlots::openDataKey(fresh.value(), slot, d->secretKey, &ok);
            rekeyed = rekeyed || (ok && !dk.equals(d->dataKey));
        }
        if (rekeyed) {
            return Error(ErrorCode::VaultInUse, tr("The vault was re-keyed in another window during the backup. "
                                                   "Nothing was written; unlock again and repeat the backup."));
        }
        keys = fresh->serialize();
    }
    if (auto st = BackupFile::write(backupFile, keys, anchor, tmp); !st) {
        return st;
    }
    if (!d->readOnly()) {
        Transaction tx(d->db);
        (void)d->commitWithAudit(tx, QStringLiteral("vault.backup"));
    }
    return {};
}

Status Vault::restore(const QString& backupFile, const QString& targetPath, bool force, const Options& options)
{
    auto contents = BackupFile::read(backupFile);
    if (!contents) {
        return contents.error();
    }
    auto slotFile = KeySlotFile::parse(contents->keySlots);
    const QDir target(targetPath);
    const bool exists = target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (exists && force && !onlyVaultFiles(targetPath)) {
        return Error(ErrorCode::VaultExists, tr("This folder holds files that are not part of an Abri vault, so it "
                                                "was not replaced. Choose an empty folder or the vault's own "
                                                "folder."));
    }
    if (exists && !force) {
        return Error(ErrorCode::VaultExists, tr("A vault or other files already exist there. Nothing was restored; "
                                                "choose another folder or confirm the replacement."));
    }
    const QString absTarget = target.absolutePath();
    VaultLock lock;
    if (exists && !lock.acquire(target.filePath(VaultFiles::Lock))) {
        return Error(ErrorCode::VaultInUse, tr("This vault is open in another window. Close it there first; "
                                               "nothing was changed."));
    }
    const QString staging = absTarget + QStringLiteral(".restoring");
    QDir(staging).removeRecursively();
    if (!FileUtil::makePrivateDir(staging)) {
        return Error(ErrorCode::Io, tr("The vault's folder could not be created. Check that you may write there."));
    }
    if (auto st = BackupFile::unpack(backupFile, contents.value(), staging); !st) {
        QDir(staging).removeRecursively();
        return st;
    }
    QFile lockFile(QDir(staging).filePath(VaultFiles::Lock));
    lockFile.open(QIODevice::WriteOnly);
    lockFile.close();
    FileUtil::makePrivateFile(lockFile.fileName());
    // The replaced vault is kept beside the restored one, never deleted: restoring must not lose newer work.
    QString old = absTarget + QStringLiteral(".replaced-") +
                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFileInfo::exists(old); ++n) { // two restores within one second
        old = absTarget + QStringLiteral(".replaced-") +
              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' + QString::number(n);
    }
    if (exists) {
        if (!QDir().rename(absTarget, old)) {
            QDir(staging).removeRecursively();
            return Error(ErrorCode::Io, tr("The existing vault could not be moved aside; nothing was changed."));
        }
    } else if (target.exists()) {
        QDir().rmdir(absTarget);
    }
    if (!QDir().rename(staging, absTarget)) {
        if (exists) {
            QDir().rename(old, absTarget);
        }
        QDir(staging).removeRecursively();
        return Error(ErrorCode::Io, tr("The restored vault could not be put in place; nothing was changed."));
    }
    (void)FileUtil::syncDirectory(QFileInfo(absTarget).absolutePath());
    lock.release();
    if (slotFile) {
        // The restored log is older than this computer's anchor by design; start from the backup's anchor.
        const QString stateDir = options.localStateDir.isEmpty() ? Paths::localStateDir() : options.localStateDir;
        QFile::remove(localAnchorPath(stateDir, absTarget, slotFile->vaultId));
    }
    return {};
}

} // namespace abri
