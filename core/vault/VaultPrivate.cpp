// Helpers shared by the Vault*.cpp files: access checks, key-slot saving, audit anchors, user rows.

#include "vault/VaultPrivate.h"

#include "util/FileUtil.h"
#include "util/Paths.h"
#include "vault/PassphrasePolicy.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace abri {

// ---- helpers shared by Vault*.cpp

QString vaultIdHex(const QByteArray& vaultId)
{
    return QString::fromLatin1(vaultId.toHex());
}

QString throttleKey(const QString& path)
{
    auto data = FileUtil::readAll(QDir(path).filePath(VaultFiles::Keys), 1 << 20);
    if (data) {
        if (auto file = KeySlotFile::parse(data.value())) {
            return vaultIdHex(file->vaultId);
        }
    }
    // Without readable key slots, key the back-off by the folder so recovery attempts are slowed too.
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("path-") + QString::fromLatin1(crypto::hash(canonical, 16).toHex());
}

Error notUnlockedError()
{
    return Error(ErrorCode::NotUnlocked, Vault::tr("The vault is locked. Unlock it and try again."));
}

Error permissionError()
{
    return Error(ErrorCode::PermissionDenied, Vault::tr("Only a coordinator may do this."));
}

Status validateUserName(const QString& name)
{
    const QString t = name.trimmed();
    bool control = false;
    for (QChar c : t) {
        control = control || c.category() == QChar::Other_Control;
    }
    if (t.isEmpty() || t.size() > 64 || control) {
        return Error(ErrorCode::InvalidArgument, Vault::tr("A user name needs 1 to 64 characters on one line."));
    }
    return {};
}

Status validateNewPassphrase(const SecureBuffer& passphrase)
{
    QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(passphrase.data()), static_cast<qsizetype>(passphrase.size()));
    const PassphraseStrength strength = PassphrasePolicy::evaluate(text);
    wipeString(text);
    if (!strength.acceptable) {
        return Error(ErrorCode::WeakPassphrase, strength.feedback);
    }
    return {};
}

// ---- Private

QString Vault::Private::stateDir() const
{
    return options.localStateDir.isEmpty() ? Paths::localStateDir() : options.localStateDir;
}

Status Vault::Private::requireOpen() const
{
    if (!unlocked) {
        return notUnlockedError();
    }
    return {};
}

Status Vault::Private::requireWriter() const
{
    if (!unlocked) {
        return notUnlockedError();
    }
    if (readOnly()) {
        return Error(ErrorCode::PermissionDenied, tr("The vault is open read-only here, so nothing can be changed. "
                                                     "Close it in the other window first."));
    }
    return {};
}

Status Vault::Private::requireCoordinator() const
{
    if (!unlocked) {
        return notUnlockedError();
    }
    if (user.role != Role::Coordinator) {
        return permissionError();
    }
    return {};
}

Status Vault::Private::requireCoordinatorWriter() const
{
    if (auto st = requireWriter(); !st) {
        return st;
    }
    return requireCoordinator();
}

Status Vault::Private::saveSlots() const
{
    return FileUtil::writeAtomically(file(VaultFiles::Keys), keyFile.serialize());
}

Status Vault::Private::replaceSlotAndCommit(Transaction& tx, KeySlot slot, const QString& action,
                                            const QString& objectId)
{
    const KeySlotFile before = keyFile;
    keyFile.upsert(std::move(slot));
    if (auto saved = saveSlots(); !saved) {
        keyFile = before;
        return saved;
    }
    if (auto st = commitWithAudit(tx, action, QStringLiteral("user"), objectId); !st) {
        keyFile = before;
        (void)saveSlots();
        return st;
    }
    return {};
}

namespace {
// An anchor names an entry (sequence number and hash) that the log held when it was written. If the log no
// longer holds that entry (it ends before it, or the entry changed), entries were lost or rewritten since:
// damage to the write-ahead log, or an older copy of the files put back. The anchor is then the only evidence
// of it, and moving it to the new head would erase it (verification would pass again).
bool anchorContradictsLog(Vault::Private& p, const QString& anchorFile)
{
    auto blob = FileUtil::readAll(anchorFile, 4096);
    if (!blob) {
        return false; // missing: there is nothing to keep
    }
    const auto anchor = p.decodeAnchor(blob.value());
    if (!anchor || anchor->seq <= 0) {
        return false; // damaged or sealed under a key since replaced: it proves nothing
    }
    auto st = p.db.prepare("SELECT hash FROM audit WHERE seq = ?;");
    if (!st) {
        return true;
    }
    st->bind(1, anchor->seq);
    if (!st->step()) {
        return true; // the log ends before the anchor, or cannot be read: keep the evidence
    }
    return !crypto::equalBytes(st->blob(0), anchor->hash);
}
} // namespace

Status Vault::Private::commitWithAudit(Transaction& tx, const QString& action, const QString& objectType,
                                       const QString& objectId, const QString& detail)
{
    return commitWithAudit(tx, {AuditRecord{action, objectType, objectId, detail}});
}

Status Vault::Private::commitWithAudit(Transaction& tx, const std::vector<AuditRecord>& records)
{
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    std::optional<AuditLog::Head> head;
    for (const AuditRecord& r : records) {
        auto appended = AuditLog::append(db, clock().nowUtc(), user.id, r.action, r.objectType, r.objectId, r.detail);
        if (!appended) {
            return appended.error();
        }
        head = appended.value();
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (!head) {
        return {};
    }
    // Both anchors stay put while either contradicts the log, so verification keeps reporting the loss; an
    // anchor that the log does hold but that stays behind only lags, which verification accepts.
    if (anchorContradictsLog(*this, file(VaultFiles::Anchor)) || anchorContradictsLog(*this, localAnchorPath())) {
        qCWarning(lcVault) << "the audit log no longer holds the entry its anchor names; the anchors are kept";
    } else {
        writeAnchors(*head);
    }
    return {};
}

QString localAnchorPath(const QString& stateDir, const QString& vaultPath, const QByteArray& vaultId)
{
    // Per vault and folder: a copy or a restored backup elsewhere keeps its own anchor.
    const QByteArray folder = crypto::hash(QFileInfo(vaultPath).absoluteFilePath().toUtf8(), 16);
    return QDir(stateDir).filePath(
        QStringLiteral("anchor-%1-%2.bin").arg(vaultIdHex(vaultId), QString::fromLatin1(folder.toHex())));
}

QString Vault::Private::localAnchorPath() const
{
    return abri::localAnchorPath(stateDir(), path, keyFile.vaultId);
}

SecureBuffer Vault::Private::anchorSealKey() const
{
    if (!anchorKey.empty()) {
        return SecureBuffer::copyOf(anchorKey.data(), anchorKey.size());
    }
    return crypto::deriveSubkey(dataKey, QByteArrayLiteral("abri.audit.anchor.v1"));
}

void Vault::Private::loadAnchorKey()
{
    auto st = db.prepare("SELECT value FROM meta WHERE key = 'anchor_key';");
    if (st && st->step()) {
        // Every copy of the key outside guarded memory is cleared, the hex text included.
        QString hexText = st->text(0);
        QByteArray hex = hexText.toLatin1();
        QByteArray raw = QByteArray::fromHex(hex);
        if (raw.size() == static_cast<qsizetype>(crypto::KeySize)) {
            anchorKey = SecureBuffer::copyOf(reinterpret_cast<const std::uint8_t*>(raw.constData()),
                                             static_cast<std::size_t>(raw.size()));
        }
        crypto::wipe(raw);
        crypto::wipe(hex);
        wipeString(hexText);
    }
}

void Vault::Private::confirmPublicKey(const QByteArray& userUid)
{
    if (readOnly() || secretKey.empty()) {
        return;
    }
    const QByteArray proven = crypto::publicKeyOf(secretKey);
    if (KeySlot* slot = keyFile.findMutable(userUid); slot != nullptr && slot->publicKey != proven) {
        qCWarning(lcVault) << "a key slot carried a public key that its secret key does not match; repaired";
        slot->publicKey = proven;
        (void)saveSlots();
    }
    auto st = db.prepare("UPDATE users SET public_key = ? WHERE uid = ? AND (public_key IS NULL OR public_key != ?);");
    if (st) {
        st->bind(1, proven).bind(2, userUid).bind(3, proven);
        (void)st->run();
    }
}

QByteArray Vault::Private::encodeAnchor(const AuditLog::Head& head) const
{
    SecureBuffer key = anchorSealKey();
    const QByteArray plain = QByteArray::number(head.seq) + ':' + head.hash.toHex();
    return crypto::seal(key, reinterpret_cast<const std::uint8_t*>(plain.constData()),
                        static_cast<std::size_t>(plain.size()), QByteArrayLiteral("abri.anchor.v1") + keyFile.vaultId);
}

std::optional<AuditLog::Head> Vault::Private::decodeAnchor(const QByteArray& blob) const
{
    SecureBuffer key = anchorSealKey();
    bool ok = false;
    SecureBuffer plain = crypto::open(key, blob, QByteArrayLiteral("abri.anchor.v1") + keyFile.vaultId, &ok);
    if (!ok) {
        return std::nullopt;
    }
    const QByteArray text(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size()));
    const qsizetype colon = text.indexOf(':');
    AuditLog::Head head;
    head.seq = text.left(colon).toLongLong(&ok);
    head.hash = QByteArray::fromHex(text.mid(colon + 1));
    if (colon < 0 || !ok || head.hash.size() != 32) {
        return std::nullopt;
    }
    return head;
}

void Vault::Private::writeAnchors(const AuditLog::Head& head) const
{
    // Written after the commit: an anchor may lag the log after a crash (never ahead of it).
    const QByteArray blob = encodeAnchor(head);
    if (!FileUtil::writeAtomically(file(VaultFiles::Anchor), blob)) {
        qCWarning(lcVault) << "could not write the vault's audit anchor";
    }
    FileUtil::makePrivateDir(stateDir());
    if (!FileUtil::writeAtomically(localAnchorPath(), blob)) {
        qCWarning(lcVault) << "could not write this computer's audit anchor";
    }
}

AuditLog::Head Vault::Private::bestAnchor(bool* vaultAnchorMissing) const
{
    AuditLog::Head best;
    *vaultAnchorMissing = true;
    if (auto blob = FileUtil::readAll(file(VaultFiles::Anchor), 4096)) {
        if (auto head = decodeAnchor(blob.value())) {
            best = *head;
            *vaultAnchorMissing = false;
        }
    }
    if (auto blob = FileUtil::readAll(localAnchorPath(), 4096)) {
        if (auto head = decodeAnchor(blob.value()); head && head->seq > best.seq) {
            best = *head;
        }
    }
    return best;
}

namespace {
UserInfo readUser(const Statement& st)
{
    UserInfo u;
    u.id = st.int64(0);
    u.name = st.text(1);
    u.role = roleFromId(st.text(2)).value_or(Role::Caseworker);
    u.active = st.int64(3) != 0;
    u.createdAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
    u.lastUnlockAt = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
    return u;
}
const char* const UserColumns = "SELECT id, name, role, active, created_at, last_unlock_at FROM users ";
} // namespace

Result<UserInfo> Vault::Private::loadUserById(qint64 id)
{
    auto st = db.prepare(QByteArray(QByteArray(UserColumns) + "WHERE id = ?;").constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, id);
    if (!st->step()) {
        if (!st->ok()) {
            return db.lastError(ErrorCode::CorruptDatabase);
        }
        return Error(ErrorCode::UserNotFound, tr("This user does not exist in the vault."));
    }
    return readUser(st.value());
}

Result<UserInfo> Vault::Private::loadUserByUid(const QByteArray& uid)
{
    auto st = db.prepare(QByteArray(QByteArray(UserColumns) + "WHERE uid = ?;").constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, uid);
    if (!st->step()) {
        if (!st->ok()) {
            return db.lastError(ErrorCode::CorruptDatabase);
        }
        return Error(ErrorCode::UserNotFound, tr("This user does not exist in the vault."));
    }
    return readUser(st.value());
}

Result<int> Vault::Private::activeCoordinatorCount()
{
    auto st = db.prepare("SELECT count(*) FROM users WHERE active = 1 AND role = 'coordinator';");
    if (!st || !st->step()) {
        return db.lastError(ErrorCode::Database);
    }
    return static_cast<int>(st->int64(0));
}

} // namespace abri
