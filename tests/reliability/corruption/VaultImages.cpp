#include "VaultImages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace abri::corruption {

SecureBuffer pass(const char* text)
{
    return SecureBuffer::fromUtf8(QString::fromUtf8(text));
}

namespace {

const QDateTime Start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

QMap<QString, QByteArray> readFolder(const QString& dir, const QStringList& skip = {})
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(dir).relativeFilePath(path);
        if (skip.contains(name)) {
            continue;
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.insert(name, f.readAll());
    }
    return files;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

namespace {
// Thousands of vaults are laid out and synced to disk; durability is not what these cases test, so a memory
// file system, where fsync costs nothing, keeps the run short. ABRI_CORRUPTION_DIR chooses another place.
QString rootTemplate()
{
    QString base = qEnvironmentVariable("ABRI_CORRUPTION_DIR");
    if (base.isEmpty()) {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    }
    return QDir(base).filePath(QStringLiteral("abri-corruption-XXXXXX"));
}
// Checks a state read back through Abri against what the set-up wrote: users as "name role active", and the
// audit actions after the first skip entries, with consecutive sequence numbers.
void requireWritten(const VaultState& state, const QStringList& users, std::size_t skip, const QStringList& actions)
{
    QStringList seenUsers;
    for (const UserInfo& u : state.users) {
        seenUsers << QStringLiteral("%1 %2 %3").arg(u.name, roleId(u.role)).arg(u.active ? 1 : 0);
    }
    REQUIRE(seenUsers.join(u", ").toStdString() == users.join(u", ").toStdString());
    REQUIRE(state.audit.size() == skip + static_cast<std::size_t>(actions.size()));
    QStringList seenActions;
    for (std::size_t i = 0; i < state.audit.size(); ++i) {
        REQUIRE(state.audit[i].seq == static_cast<qint64>(i) + 1);
        if (i >= skip) {
            seenActions << state.audit[i].action;
        }
    }
    REQUIRE(seenActions.join(u' ').toStdString() == actions.join(u' ').toStdString());
}

void requireWritten(const VaultState& state, const QStringList& users, const QStringList& actions)
{
    requireWritten(state, users, 0, actions);
}

} // namespace

VaultImages::VaultImages() : m_root(rootTemplate())
{
    REQUIRE(m_root.isValid());
    m_clock.set(Start);
    REQUIRE(QDir().mkpath(QDir(m_root.path()).filePath(QStringLiteral("case"))));
    auto created =
        Vault::create(vaultPath(), Organisation, AliceName, pass(AlicePass), options(Vault::Access::ReadWrite));
    REQUIRE(created.ok());
    m_recoveryKey = created->recoveryKey;
    Vault& v = *created->vault;
    m_aliceId = v.currentUser().id;
    m_vaultId = v.vaultId();
    const auto step = [this] { m_clock.advanceSeconds(60); };

    step();
    auto bea = v.addUser(QStringLiteral("Bea"), Role::Caseworker, pass(OtherPass));
    REQUIRE(bea.ok());
    step();
    REQUIRE(v.addUser(QStringLiteral("Chloé"), Role::LegalVolunteer, pass(OtherPass)).ok());
    step();
    auto dan = v.addUser(QStringLiteral("Dan"), Role::ClinicIntake, pass(OtherPass));
    REQUIRE(dan.ok());
    for (int i = 0; i < 4; ++i) {
        step();
        REQUIRE(v.recordAudit(QStringLiteral("test.event"), QStringLiteral("thing"), QString::number(i),
                              QStringLiteral("n=%1").arg(i))
                    .ok());
    }
    step();
    REQUIRE(v.disableUser(dan->id).ok());
    step();
    REQUIRE(v.setAutoLockMinutes(15).ok());
    const VaultState beforeBackup = readState(v);
    step();
    const QString backupFile = scratch(QStringLiteral("pristine.abribak"));
    REQUIRE(v.backup(backupFile).ok());
    {
        QFile f(backupFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        m_backup = f.readAll();
    }
    step();
    v.lock();
    m_clean = capture();
    REQUIRE_FALSE(m_clean.vaultFiles.contains(QStringLiteral("abri.db-wal")));
    m_clean.slotCount = 4;
    m_clean.history = {readReadOnly(m_clean)};
    // The truth is read back through the code under test, so check it against what was written.
    requireWritten(
        m_clean.truth(), {u"Alice coordinator 1"_s, u"Bea caseworker 1"_s, u"Chloé legal 1"_s, u"Dan clinic 0"_s},
        {u"vault.create"_s, u"user.add"_s, u"user.add"_s, u"user.add"_s, u"test.event"_s, u"test.event"_s,
         u"test.event"_s, u"test.event"_s, u"user.disable"_s, u"vault.settings"_s, u"vault.backup"_s, u"lock"_s});

    // A session whose commits are all still in abri.db-wal when its files are copied: what a crash leaves.
    m_clock.advanceSeconds(3600);
    materialize(m_clean);
    auto session = Vault::unlock(vaultPath(), AliceName, pass(AlicePass), options(Vault::Access::ReadWrite));
    REQUIRE(session.ok());
    Vault& s = *session.value();
    std::vector<VaultState> history{m_clean.truth(), readState(s)};
    step();
    REQUIRE(s.addUser(QStringLiteral("Eve"), Role::Caseworker, pass(OtherPass)).ok());
    history.push_back(readState(s));
    for (int i = 0; i < 3; ++i) {
        step();
        REQUIRE(s.recordAudit(QStringLiteral("test.wal"), QStringLiteral("thing"), QString::number(i)).ok());
        history.push_back(readState(s));
    }
    step();
    REQUIRE(s.setRole(bea->id, Role::LegalVolunteer).ok());
    history.push_back(readState(s));
    step();
    REQUIRE(s.enableUser(dan->id).ok());
    history.push_back(readState(s));
    m_wal = capture();
    REQUIRE(m_wal.vaultFiles.contains(QStringLiteral("abri.db-wal")));
    REQUIRE(m_wal.vaultFiles.value(QStringLiteral("abri.db-wal")).size() > 4 * 4096);
    s.lock();
    m_wal.slotCount = 5;
    m_wal.history = history;
    requireWritten(
        m_wal.truth(),
        {u"Alice coordinator 1"_s, u"Bea legal 1"_s, u"Chloé legal 1"_s, u"Dan clinic 1"_s, u"Eve caseworker 1"_s},
        m_clean.history.front().audit.size(),
        {u"unlock"_s, u"user.add"_s, u"test.wal"_s, u"test.wal"_s, u"test.wal"_s, u"user.role"_s, u"user.enable"_s});
    const VaultState walRead = readReadOnly(m_wal);
    INFO(describeDifference(walRead, m_wal.truth()).toStdString());
    REQUIRE(sameState(walRead, m_wal.truth()));

    // What the backup restores: the state it copied.
    materialize(m_clean);
    writeFile(scratch(QStringLiteral("pristine.abribak")), m_backup);
    const QString restored = scratch(QStringLiteral("restored.abri"));
    REQUIRE(
        Vault::restore(scratch(QStringLiteral("pristine.abribak")), restored, false, options(Vault::Access::ReadWrite))
            .ok());
    m_backupTruth = readReadOnly(restored);
    INFO(describeDifference(m_backupTruth, beforeBackup).toStdString());
    REQUIRE(sameState(m_backupTruth, beforeBackup));
    REQUIRE(m_backupTruth.audit.size() == m_clean.truth().audit.size() - 2); // before the backup's entry and the lock
}

QString VaultImages::vaultPath() const
{
    return scratch(QStringLiteral("vault.abri"));
}

QString VaultImages::stateDir() const
{
    return scratch(QStringLiteral("state"));
}

QString VaultImages::scratch(const QString& name) const
{
    return QDir(m_root.path()).filePath(QStringLiteral("case/") + name);
}

Vault::Options VaultImages::options(Vault::Access access) const
{
    Vault::Options o;
    o.access = access;
    o.kdf = crypto::KdfParams::minimum();
    o.clock = &m_clock;
    o.localStateDir = stateDir();
    return o;
}

void VaultImages::materialize(const VaultImage& image, const QString& damagedFile, const QByteArray& damagedBytes) const
{
    const QString work = QDir(m_root.path()).filePath(QStringLiteral("case"));
    REQUIRE(QDir(work).removeRecursively());
    REQUIRE(QDir().mkpath(vaultPath()));
    REQUIRE(QDir().mkpath(stateDir()));
    QFile::setPermissions(vaultPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (auto it = image.vaultFiles.cbegin(); it != image.vaultFiles.cend(); ++it) {
        writeFile(QDir(vaultPath()).filePath(it.key()), it.key() == damagedFile ? damagedBytes : it.value());
    }
    for (auto it = image.stateFiles.cbegin(); it != image.stateFiles.cend(); ++it) {
        writeFile(QDir(stateDir()).filePath(it.key()), it.value());
    }
}

VaultImage VaultImages::capture() const
{
    VaultImage image;
    // The shared-memory index is rebuilt from the log at the next open, as after a crash.
    image.vaultFiles = readFolder(vaultPath(), {QStringLiteral("abri.db-shm")});
    image.stateFiles = readFolder(stateDir());
    return image;
}

VaultState VaultImages::readReadOnly(const VaultImage& image)
{
    materialize(image);
    return readReadOnly(vaultPath());
}

VaultState VaultImages::readReadOnly(const QString& path)
{
    auto v = Vault::unlock(path, AliceName, pass(AlicePass), options(Vault::Access::ReadOnly));
    INFO((v.ok() ? QString() : v.error().message()).toStdString());
    REQUIRE(v.ok());
    VaultState state = readState(*v.value());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    REQUIRE(report->ok);
    auto problems = v.value()->integrityCheck();
    REQUIRE(problems.ok());
    REQUIRE(problems->isEmpty());
    return state;
}

VaultState VaultImages::readState(const Vault& vault)
{
    VaultState state;
    auto users = vault.users();
    REQUIRE(users.ok());
    state.users = users.value();
    AuditFilter all;
    all.limit = 1000000;
    auto audit = vault.auditEntries(all);
    REQUIRE(audit.ok());
    state.audit = audit.value();
    std::reverse(state.audit.begin(), state.audit.end());
    return state;
}

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "InvalidArgument";
    case ErrorCode::WrongCredentials:
        return "WrongCredentials";
    case ErrorCode::Throttled:
        return "Throttled";
    case ErrorCode::VaultNotFound:
        return "VaultNotFound";
    case ErrorCode::VaultExists:
        return "VaultExists";
    case ErrorCode::VaultInUse:
        return "VaultInUse";
    case ErrorCode::NewerFormat:
        return "NewerFormat";
    case ErrorCode::CorruptKeySlots:
        return "CorruptKeySlots";
    case ErrorCode::CorruptDatabase:
        return "CorruptDatabase";
    case ErrorCode::CorruptBackup:
        return "CorruptBackup";
    case ErrorCode::AuditBroken:
        return "AuditBroken";
    case ErrorCode::PermissionDenied:
        return "PermissionDenied";
    case ErrorCode::LastCoordinator:
        return "LastCoordinator";
    case ErrorCode::WeakPassphrase:
        return "WeakPassphrase";
    case ErrorCode::UserExists:
        return "UserExists";
    case ErrorCode::UserNotFound:
        return "UserNotFound";
    case ErrorCode::UserDisabled:
        return "UserDisabled";
    case ErrorCode::BadRecoveryKey:
        return "BadRecoveryKey";
    case ErrorCode::NotUnlocked:
        return "NotUnlocked";
    case ErrorCode::NotSqlCipher:
        return "NotSqlCipher";
    case ErrorCode::Cancelled:
        return "Cancelled";
    case ErrorCode::Io:
        return "Io";
    case ErrorCode::Database:
        return "Database";
    case ErrorCode::Crypto:
        return "Crypto";
    case ErrorCode::NotFound:
        return "NotFound";
    }
    return nullptr;
}

bool sameUser(const UserInfo& a, const UserInfo& b)
{
    return a.id == b.id && a.name == b.name && a.role == b.role && a.active == b.active && a.createdAt == b.createdAt &&
           a.lastUnlockAt == b.lastUnlockAt;
}

bool sameEntry(const AuditEntry& a, const AuditEntry& b)
{
    return a.seq == b.seq && a.time == b.time && a.userId == b.userId && a.userName == b.userName &&
           a.action == b.action && a.objectType == b.objectType && a.objectId == b.objectId && a.detail == b.detail;
}

bool sameState(const VaultState& a, const VaultState& b)
{
    return std::equal(a.users.begin(), a.users.end(), b.users.begin(), b.users.end(), sameUser) &&
           std::equal(a.audit.begin(), a.audit.end(), b.audit.begin(), b.audit.end(), sameEntry);
}

QString describe(const UserInfo& u)
{
    return QStringLiteral("user %1 %2 %3 active=%4 created=%5 lastUnlock=%6")
        .arg(u.id)
        .arg(u.name, roleId(u.role))
        .arg(u.active)
        .arg(u.createdAt.toString(Qt::ISODate), u.lastUnlockAt.toString(Qt::ISODate));
}

QString describe(const AuditEntry& e)
{
    return QStringLiteral("audit #%1 %2 user %3 (%4) %5 %6:%7 [%8]")
        .arg(e.seq)
        .arg(e.time.toString(Qt::ISODate))
        .arg(e.userId)
        .arg(e.userName, e.action, e.objectType, e.objectId, e.detail);
}

QString describeDifference(const VaultState& seen, const VaultState& expected)
{
    QStringList lines;
    const auto users = std::max(seen.users.size(), expected.users.size());
    for (std::size_t i = 0; i < users; ++i) {
        const QString a = i < seen.users.size() ? describe(seen.users[i]) : QStringLiteral("(none)");
        const QString b = i < expected.users.size() ? describe(expected.users[i]) : QStringLiteral("(none)");
        if (a != b) {
            lines << QStringLiteral("seen %1, expected %2").arg(a, b);
        }
    }
    const auto entries = std::max(seen.audit.size(), expected.audit.size());
    for (std::size_t i = 0; i < entries; ++i) {
        const QString a = i < seen.audit.size() ? describe(seen.audit[i]) : QStringLiteral("(none)");
        const QString b = i < expected.audit.size() ? describe(expected.audit[i]) : QStringLiteral("(none)");
        if (a != b) {
            lines << QStringLiteral("seen %1, expected %2").arg(a, b);
        }
    }
    return lines.isEmpty() ? QStringLiteral("no difference") : lines.join(u'\n');
}

} // namespace abri::corruption
