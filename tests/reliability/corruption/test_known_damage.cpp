// Damage aimed at one place, for each kind the random cases found mishandled: these fail without the fix.

#include "VaultImages.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::corruption;

namespace {

constexpr qint64 PageSize = 4096;

QString dbPath(const VaultImages& w)
{
    return QDir(w.vaultPath()).filePath(QStringLiteral("abri.db"));
}

// The first page of a table's b-tree, read with the data key (only to aim the damage).
qint64 rootPage(const VaultImages& w, const char* table)
{
    auto db = Database::open(dbPath(w), RecoveryKey::parse(w.recoveryKey()).deriveDataKey(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto st = db->prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?;");
    REQUIRE(st.ok());
    st->bind(1, QString::fromLatin1(table));
    REQUIRE(st->step());
    return st->int64(0);
}

void zeroPage(const QString& file, qint64 page)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((page - 1) * PageSize));
    REQUIRE(f.write(QByteArray(PageSize, '\0')) == PageSize);
}

Result<std::unique_ptr<Vault>> unlockAlice(VaultImages& w, Vault::Access access)
{
    return Vault::unlock(w.vaultPath(), AliceName, pass(AlicePass), w.options(access));
}

Result<std::unique_ptr<Vault>> unlockRecovery(VaultImages& w, Vault::Access access)
{
    return Vault::unlockWithRecoveryKey(w.vaultPath(), w.recoveryKey(), w.options(access));
}

} // namespace

TEST_CASE("corruption_emptiedDatabase_isRefusedAndNeverReinitialised", "[corruption]")
{
    // An empty file opens with any key as a new database; the recovery key used to create a fresh, empty
    // vault in it and report success.
    VaultImages w;
    w.materialize(w.clean(), QStringLiteral("abri.db"), QByteArray());
    for (const auto access : {Vault::Access::ReadOnly, Vault::Access::ReadWrite}) {
        auto viaPassphrase = unlockAlice(w, access);
        REQUIRE_FALSE(viaPassphrase.ok());
        CHECK(viaPassphrase.error().code() == ErrorCode::CorruptDatabase);
        auto viaRecovery = unlockRecovery(w, access);
        REQUIRE_FALSE(viaRecovery.ok());
        CHECK(viaRecovery.error().code() == ErrorCode::CorruptDatabase);
    }
    CHECK(QFileInfo(dbPath(w)).size() == 0);
}

TEST_CASE("corruption_firstDatabasePageDamaged_isReportedAsDamageNotAsAWrongPassphrase", "[corruption]")
{
    VaultImages w;
    w.materialize(w.clean());
    {
        QFile f(dbPath(w));
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(100));
        REQUIRE(f.write("\x5a", 1) == 1);
    }
    for (int i = 0; i < 5; ++i) {
        auto r = unlockAlice(w, i % 2 == 0 ? Vault::Access::ReadOnly : Vault::Access::ReadWrite);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::CorruptDatabase);
        CHECK(r.error().message().contains(QStringLiteral("recovery key")));
    }
    // The passphrase was right each time: no back-off.
    CHECK(Vault::secondsUntilNextAttempt(w.vaultPath(), w.options(Vault::Access::ReadOnly)) == 0);
}

TEST_CASE("corruption_unreadableVaultSettings_refuseTheUnlockRatherThanShowBlanksOrDefaults", "[corruption]")
{
    // organisation() and autoLockMinutes() cannot report an error, so the unlock must.
    VaultImages w;
    for (const char* table : {"meta", "settings"}) {
        DYNAMIC_SECTION(table)
        {
            w.materialize(w.clean());
            zeroPage(dbPath(w), rootPage(w, table));
            for (const auto access : {Vault::Access::ReadOnly, Vault::Access::ReadWrite}) {
                for (const bool recovery : {false, true}) {
                    INFO((access == Vault::Access::ReadOnly ? "read-only" : "read-write")
                         << (recovery ? ", recovery key" : ", passphrase"));
                    auto r = recovery ? unlockRecovery(w, access) : unlockAlice(w, access);
                    if (r.ok()) {
                        CHECK(r.value()->organisation() == Organisation);
                        CHECK(r.value()->autoLockMinutes() == 15);
                    } else {
                        CHECK(r.error().code() == ErrorCode::CorruptDatabase);
                    }
                    CHECK_FALSE(r.ok());
                }
            }
        }
    }
}

TEST_CASE("corruption_unreadableUsersTable_failsTheUserListRatherThanListingNobody", "[corruption]")
{
    VaultImages w;
    w.materialize(w.clean());
    zeroPage(dbPath(w), rootPage(w, "users"));
    auto r = unlockRecovery(w, Vault::Access::ReadOnly);
    if (r.ok()) {
        auto users = r.value()->users();
        INFO((users.ok() ? QStringLiteral("%1 users listed").arg(users->size()) : users.error().message())
                 .toStdString());
        REQUIRE_FALSE(users.ok());
        CHECK(users.error().code() == ErrorCode::CorruptDatabase);
    } else {
        CHECK(r.error().code() == ErrorCode::CorruptDatabase);
    }
}

TEST_CASE("corruption_lostWriteAheadLog_staysReportedAfterReadWriteUnlocks", "[corruption][audit]")
{
    // Losing abri.db-wal silently rolls the vault back to its last checkpoint (SQLite's design). The anchors
    // remember the newest entry; a read-write unlock must not move them back onto the shorter log, which
    // would make the loss invisible.
    VaultImages w;
    w.materialize(w.withWal());
    REQUIRE(QFile::remove(QDir(w.vaultPath()).filePath(QStringLiteral("abri.db-wal"))));
    const auto anchor = [&] {
        QFile f(QDir(w.vaultPath()).filePath(QStringLiteral("abri.anchor")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll().toHex().toStdString();
    };
    const std::string anchorBefore = anchor();
    for (int session = 0; session < 3; ++session) {
        INFO("session " << session);
        auto r = unlockAlice(w, Vault::Access::ReadWrite);
        REQUIRE(r.ok());
        REQUIRE(r.value()
                    ->recordAudit(QStringLiteral("test.after"), QStringLiteral("thing"), QString::number(session))
                    .ok());
        auto report = r.value()->verifyAudit();
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
        CHECK_FALSE(report->message.isEmpty());
        r.value()->lock();
        CHECK(anchor() == anchorBefore);
    }
    // Restoring a backup is the deliberate way back to a state that verifies.
    const QString backupFile = w.scratch(QStringLiteral("good.abribak"));
    {
        QFile f(backupFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(w.backup()) == w.backup().size());
    }
    REQUIRE(Vault::restore(backupFile, w.vaultPath(), true, w.options(Vault::Access::ReadWrite)).ok());
    auto restored = unlockAlice(w, Vault::Access::ReadWrite);
    REQUIRE(restored.ok());
    auto report = restored.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK(report->ok);
}
