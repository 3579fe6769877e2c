#include "TestSupport.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "vault/IdleTimer.h"
#include "vault/UnlockThrottle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

TEST_CASE("create_unlock_lock_roundTrip_keepsUsersAndOrganisation", "[vault]")
{
    Fixture f;
    REQUIRE(f.vault->isUnlocked());
    CHECK(f.vault->currentUser().name == QStringLiteral("Alice"));
    CHECK(f.vault->currentUser().role == Role::Coordinator);
    CHECK(f.vault->organisation() == QStringLiteral("Refuge Test"));
    CHECK(f.vault->schemaVersion() == Schema::CurrentVersion);
    CHECK(RecoveryKey::parse(f.recoveryKey).isValid());
    f.vault->lock();
    CHECK_FALSE(f.vault->isUnlocked());
    CHECK(f.vault->organisation().isEmpty());

    auto again = f.unlock(QStringLiteral("alice"), GoodPass); // user names are case-insensitive
    REQUIRE(again.ok());
    CHECK(again.value()->currentUser().name == QStringLiteral("Alice"));
    CHECK(again.value()->organisation() == QStringLiteral("Refuge Test"));
    CHECK(again.value()->currentUser().lastUnlockAt.isValid());
}

TEST_CASE("create_finishedVault_carriesNoUnfinishedMarker", "[vault][crash]")
{
    Fixture f;
    CHECK_FALSE(QFileInfo::exists(QDir(f.vaultPath).filePath(QStringLiteral("abri.creating"))));
    CHECK(Vault::looksLikeVault(f.vaultPath));
    f.vault->lock();
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
}

namespace {
// What a crash in the middle of Vault::create leaves: the marker and some of the vault's files.
void leaveUnfinishedVault(const QString& path)
{
    REQUIRE(QDir().mkpath(path));
    for (const char* name :
         {"abri.creating", "abri.db", "abri.db-journal", "abri.keys", "abri.lock", "abri.anchor.abri-tmp-Ab12Cd"}) {
        QFile leftover(QDir(path).filePath(QString::fromLatin1(name)));
        REQUIRE(leftover.open(QIODevice::WriteOnly));
        leftover.write("half-written");
    }
}
} // namespace

TEST_CASE("unlock_ofAVaultWhoseCreationWasInterrupted_saysSoClearly", "[vault][crash]")
{
    Fixture f(false);
    leaveUnfinishedVault(f.vaultPath);
    CHECK_FALSE(Vault::looksLikeVault(f.vaultPath)); // the first-run wizard offers to create it again
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code() == ErrorCode::VaultNotFound);
    CHECK(v.error().message().contains(QStringLiteral("never finished")));
    auto viaKey = Vault::unlockWithRecoveryKey(f.vaultPath, QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"),
                                               f.options());
    REQUIRE_FALSE(viaKey.ok());
    CHECK(viaKey.error().code() == ErrorCode::VaultNotFound);
    CHECK(Vault::inspect(f.vaultPath).error().code() == ErrorCode::VaultNotFound);
}

TEST_CASE("create_whereACrashLeftAnUnfinishedVault_clearsItAndSucceeds", "[vault][crash]")
{
    Fixture f(false);
    leaveUnfinishedVault(f.vaultPath);
    auto created =
        Vault::create(f.vaultPath, QStringLiteral("Refuge Test"), QStringLiteral("Alice"), pass(GoodPass), f.options());
    REQUIRE(created.ok());
    CHECK_FALSE(QFileInfo::exists(QDir(f.vaultPath).filePath(QStringLiteral("abri.creating"))));
    CHECK_FALSE(QFileInfo::exists(QDir(f.vaultPath).filePath(QStringLiteral("abri.anchor.abri-tmp-Ab12Cd"))));
    created->vault->lock();
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
}

TEST_CASE("create_whereAFinishedVaultOrOtherFilesAre_isRefusedAndDeletesNothing", "[vault]")
{
    Fixture f; // a finished vault: no marker
    f.vault->lock();
    const auto before = snapshot(f.vaultPath);
    auto over =
        Vault::create(f.vaultPath, QStringLiteral("Other"), QStringLiteral("Bob"), pass(OtherPass), f.options());
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code() == ErrorCode::VaultExists);
    CHECK(snapshot(f.vaultPath) == before);
    // A marker beside files that are not the vault's own clears nothing either.
    Fixture g(false);
    leaveUnfinishedVault(g.vaultPath);
    QFile mine(QDir(g.vaultPath).filePath(QStringLiteral("notes.txt")));
    REQUIRE(mine.open(QIODevice::WriteOnly));
    mine.write("not a vault file");
    mine.close();
    auto mixed =
        Vault::create(g.vaultPath, QStringLiteral("Other"), QStringLiteral("Bob"), pass(OtherPass), g.options());
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().code() == ErrorCode::VaultExists);
    CHECK(QFileInfo::exists(mine.fileName()));
    CHECK(QFileInfo::exists(QDir(g.vaultPath).filePath(QStringLiteral("abri.keys"))));
}

TEST_CASE("unlock_readWrite_removesTemporaryFilesOfWritesACrashCutShort", "[vault][crash]")
{
    Fixture f;
    f.vault->lock();
    const QDir dir(f.vaultPath);
    const QStringList leftovers = {QStringLiteral("abri.keys.abri-tmp-Ab12Cd"),
                                   QStringLiteral("abri.keys.pending.abri-tmp-x9Y8z7"),
                                   QStringLiteral("abri.anchor.abri-tmp-Qw3Er4")};
    const QStringList theirs = {QStringLiteral("abri.keys.backup"), QStringLiteral("abri.anchor.before")};
    for (const QString& name : leftovers + theirs) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("stale key slots");
    }
    // A read-only session writes nothing, so it leaves them.
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass, Vault::Access::ReadOnly).ok());
    for (const QString& name : leftovers) {
        CHECK(dir.exists(name));
    }
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
    for (const QString& name : leftovers) {
        CHECK_FALSE(dir.exists(name));
    }
    for (const QString& name : theirs) { // copies someone made by hand are never touched
        CHECK(dir.exists(name));
    }
}

TEST_CASE("create_intoNonEmptyFolder_isRefusedAndTouchesNothing", "[vault]")
{
    Fixture f(false);
    QDir().mkpath(f.vaultPath);
    QFile other(QDir(f.vaultPath).filePath(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("keep me");
    other.close();
    const auto before = snapshot(f.vaultPath);
    auto created =
        Vault::create(f.vaultPath, QStringLiteral("Org"), QStringLiteral("Alice"), pass(GoodPass), f.options());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code() == ErrorCode::VaultExists);
    CHECK(snapshot(f.vaultPath) == before);
}

TEST_CASE("create_withBadInput_explainsAndCreatesNothing", "[vault]")
{
    Fixture f(false);
    auto weak = Vault::create(f.vaultPath, QStringLiteral("Org"), QStringLiteral("Alice"), pass("short"), f.options());
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code() == ErrorCode::WeakPassphrase);
    CHECK_FALSE(weak.error().message().isEmpty());
    auto noOrg = Vault::create(f.vaultPath, QStringLiteral("  "), QStringLiteral("Alice"), pass(GoodPass), f.options());
    REQUIRE_FALSE(noOrg.ok());
    CHECK(noOrg.error().code() == ErrorCode::InvalidArgument);
    auto noUser = Vault::create(f.vaultPath, QStringLiteral("Org"), QString(), pass(GoodPass), f.options());
    REQUIRE_FALSE(noUser.ok());
    CHECK(noUser.error().code() == ErrorCode::InvalidArgument);
    auto multiLine =
        Vault::create(f.vaultPath, QStringLiteral("Org"), QStringLiteral("Al\nice"), pass(GoodPass), f.options());
    REQUIRE_FALSE(multiLine.ok());
    CHECK_FALSE(QDir(f.vaultPath).exists());
}

TEST_CASE("unlock_withWrongPassphrase_failsAndLeavesFilesByteIdentical", "[vault]")
{
    Fixture f;
    f.vault->lock();
    const auto before = snapshot(f.vaultPath);
    auto wrong = f.unlock(QStringLiteral("Alice"), OtherPass);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code() == ErrorCode::WrongCredentials);
    auto unknown = f.unlock(QStringLiteral("Mallory"), GoodPass);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code() == ErrorCode::WrongCredentials);
    CHECK(snapshot(f.vaultPath) == before);
}

TEST_CASE("unlock_afterRepeatedFailures_backsOffAcrossRestartsAndReportsThem", "[vault][throttle]")
{
    Fixture f;
    f.vault->lock();
    for (int i = 0; i < 3; ++i) {
        auto r = f.unlock(QStringLiteral("Alice"), OtherPass);
        REQUIRE(r.error().code() == ErrorCode::WrongCredentials);
    }
    // The fourth try is refused without even testing the passphrase, even a right one.
    auto throttled = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE_FALSE(throttled.ok());
    CHECK(throttled.error().code() == ErrorCode::Throttled);
    CHECK(Vault::secondsUntilNextAttempt(f.vaultPath, f.options()) > 0);

    // The back-off lives in this computer's state, so a "restart" (new objects) still sees it.
    CHECK(Vault::secondsUntilNextAttempt(f.vaultPath, f.options()) == 5);
    f.clock.advanceSeconds(6);
    CHECK(Vault::secondsUntilNextAttempt(f.vaultPath, f.options()) == 0);
    auto ok = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(ok.ok());
    CHECK(ok.value()->failedAttemptsBeforeThisUnlock() == 3);
    AuditFilter filter;
    filter.action = QStringLiteral("unlock.failed");
    auto entries = ok.value()->auditEntries(filter);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().detail.startsWith(QStringLiteral("attempts=3")));
    ok.value()->lock();

    auto next = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(next.ok());
    CHECK(next.value()->failedAttemptsBeforeThisUnlock() == 0);
}

TEST_CASE("unlock_whileAnotherWriterHoldsTheVault_isRefusedAndChangesNothing", "[vault]")
{
    Fixture f;
    const auto before = snapshot(f.vaultPath);
    auto second = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code() == ErrorCode::VaultInUse);
    CHECK(second.error().message().contains(QStringLiteral("another window")));
    CHECK(snapshot(f.vaultPath) == before);

    // Read-only sessions work beside the writer.
    auto reader = f.unlock(QStringLiteral("Alice"), GoodPass, Vault::Access::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(reader.value()->isReadOnly());
    auto verify = reader.value()->verifyAudit();
    REQUIRE(verify.ok());
    CHECK(verify->ok);
    auto integrity = reader.value()->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity->isEmpty());
    auto write = reader.value()->setAutoLockMinutes(10);
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().code() == ErrorCode::PermissionDenied);
}

TEST_CASE("lock_wipesTheSession_andEveryCallThenFails", "[vault]")
{
    Fixture f;
    f.vault->lock();
    CHECK_FALSE(f.vault->isUnlocked());
    CHECK(f.vault->users().error().code() == ErrorCode::NotUnlocked);
    CHECK(f.vault->auditEntries({}).error().code() == ErrorCode::NotUnlocked);
    CHECK(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).error().code() ==
          ErrorCode::NotUnlocked);
    CHECK(f.vault->recordAudit(QStringLiteral("x")).error().code() == ErrorCode::NotUnlocked);
    // Locking released the writer lock, so the vault opens again at once.
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
}

TEST_CASE("migration_fromEveryOlderSchemaVersion_keepsDataAndReachesCurrent", "[vault][schema]")
{
    for (int version = 1; version < Schema::CurrentVersion; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            Fixture f(true, version);
            CHECK(f.vault->schemaVersion() == version);
            f.vault->lock();
            auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
            REQUIRE(v.ok());
            CHECK(v.value()->schemaVersion() == Schema::CurrentVersion);
            CHECK(v.value()->organisation() == QStringLiteral("Refuge Test"));
            CHECK(v.value()->autoLockMinutes() == 5);
            auto users = v.value()->users();
            REQUIRE(users.ok());
            REQUIRE(users->size() == 1);
            auto report = v.value()->verifyAudit();
            REQUIRE(report.ok());
            CHECK(report->ok);
        }
    }
}

TEST_CASE("unlock_ofVaultFromNewerAbri_isRefusedAndNeverTouched", "[vault][schema]")
{
    Fixture f;
    f.vault->lock();
    {
        auto db = Database::open(QDir(f.vaultPath).filePath(QStringLiteral("abri.db")),
                                 RecoveryKey::parse(f.recoveryKey).deriveDataKey(), Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec("PRAGMA user_version = 99;").ok());
        REQUIRE(db->exec("PRAGMA wal_checkpoint(TRUNCATE);").ok());
    }
    const QByteArray dbHash = fileHash(QDir(f.vaultPath).filePath(QStringLiteral("abri.db")));
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code() == ErrorCode::NewerFormat);
    CHECK(v.error().message().contains(QStringLiteral("newer version")));
    CHECK(fileHash(QDir(f.vaultPath).filePath(QStringLiteral("abri.db"))) == dbHash);
}

TEST_CASE("autoLockMinutes_isSetByCoordinator_andIdleTimerExpiresOnInjectedClock", "[vault][autolock]")
{
    Fixture f;
    CHECK(f.vault->autoLockMinutes() == 5);
    REQUIRE(f.vault->setAutoLockMinutes(2).ok());
    CHECK(f.vault->autoLockMinutes() == 2);
    CHECK(f.vault->setAutoLockMinutes(0).error().code() == ErrorCode::InvalidArgument);
    CHECK(f.vault->autoLockMinutes() == 2);

    IdleTimer idle(f.clock, f.vault->autoLockMinutes());
    f.clock.advanceSeconds(119);
    CHECK_FALSE(idle.expired());
    idle.touch();
    f.clock.advanceSeconds(119);
    CHECK_FALSE(idle.expired());
    f.clock.advanceSeconds(1);
    CHECK(idle.expired());
}

TEST_CASE("inspect_beforeUnlock_showsNoNames", "[vault]")
{
    Fixture f;
    auto info = Vault::inspect(f.vaultPath);
    REQUIRE(info.ok());
    CHECK(info->keySlotsReadable);
    CHECK(info->slotCount == 1);
    CHECK(info->vaultId == f.vault->vaultId());
    CHECK_FALSE(Vault::inspect(QDir(f.dir.path()).filePath(QStringLiteral("nothing"))).ok());
}

TEST_CASE("throttle_attemptsStartedInParallel_cannotAllSlipPastTheBackOff", "[vault][throttle]")
{
    MockClock clock;
    QTemporaryDir state;
    const QString id = QStringLiteral("0123456789abcdef");
    for (int i = 0; i < UnlockThrottle::FreeAttempts - 1; ++i) {
        UnlockThrottle t(state.path(), id, clock);
        REQUIRE(t.beginAttempt());
        t.recordFailure();
    }
    // Two processes start an attempt before either has tried its passphrase.
    UnlockThrottle first(state.path(), id, clock);
    UnlockThrottle second(state.path(), id, clock);
    REQUIRE(first.beginAttempt());
    CHECK_FALSE(second.beginAttempt());
    first.recordFailure();
    CHECK(UnlockThrottle(state.path(), id, clock).secondsUntilAllowed() == 5);

    // An attempt that ends for another reason (say the vault was busy) is not held against anyone.
    clock.advanceSeconds(10);
    {
        UnlockThrottle abandoned(state.path(), id, clock);
        REQUIRE(abandoned.beginAttempt());
    }
    CHECK(UnlockThrottle(state.path(), id, clock).secondsUntilAllowed() == 0);
    UnlockThrottle ok(state.path(), id, clock);
    REQUIRE(ok.beginAttempt());
    CHECK(ok.recordSuccess(true) == 3);
    CHECK(UnlockThrottle(state.path(), id, clock).secondsUntilAllowed() == 0);
}
