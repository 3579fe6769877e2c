#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {
QString keysPath(const Fixture& f)
{
    return QDir(f.vaultPath).filePath(QStringLiteral("abri.keys"));
}

void corruptByte(const QString& path, qint64 offset)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char c = 0;
    REQUIRE(file.getChar(&c));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(static_cast<char>(c ^ 0x5A)));
}
} // namespace

TEST_CASE("recoveryKey_opensTheVault_whenEveryPassphraseIsForgotten", "[recovery]")
{
    Fixture f;
    const qint64 alice = f.vault->currentUser().id;
    f.vault->lock();
    auto r = Vault::unlockWithRecoveryKey(f.vaultPath, f.recoveryKey.toLower(), f.options());
    REQUIRE(r.ok());
    CHECK(r.value()->isRecoverySession());
    CHECK(r.value()->currentUser().role == Role::Coordinator);
    REQUIRE(r.value()->resetPassphrase(alice, pass(OtherPass)).ok());
    // A recovery session has no passphrase of its own to change.
    CHECK(r.value()->changeMyPassphrase(pass(GoodPass), pass(OtherPass)).error().code() == ErrorCode::PermissionDenied);
    r.value()->lock();
    REQUIRE(f.unlock(QStringLiteral("Alice"), OtherPass).ok());
}

TEST_CASE("recoveryKey_withTypo_isCaughtByTheChecksum", "[recovery]")
{
    Fixture f;
    f.vault->lock();
    QString typo = f.recoveryKey;
    typo[0] = typo[0] == u'A' ? u'B' : u'A';
    auto r = Vault::unlockWithRecoveryKey(f.vaultPath, typo, f.options());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::BadRecoveryKey);
    CHECK(r.error().message().contains(QStringLiteral("typing mistake")));
}

TEST_CASE("keySlots_corrupted_giveAClearErrorAndTheRecoveryKeyStillOpens", "[recovery][corruption]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    f.vault->lock();
    const QFileInfo keys(keysPath(f));
    for (qint64 offset : {qint64{0}, qint64{20}, keys.size() / 2, keys.size() - 1}) {
        DYNAMIC_SECTION("byte " << offset)
        {
            corruptByte(keysPath(f), offset);
            auto r = f.unlock(QStringLiteral("Alice"), GoodPass);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code() == ErrorCode::CorruptKeySlots);
            CHECK(r.error().message().contains(QStringLiteral("recovery key")));
            auto inspected = Vault::inspect(f.vaultPath);
            REQUIRE(inspected.ok());
            CHECK_FALSE(inspected->keySlotsReadable);
            corruptByte(keysPath(f), offset); // flip back
        }
    }
    QFile truncated(keysPath(f));
    REQUIRE(truncated.resize(40));
    CHECK(f.unlock(QStringLiteral("Alice"), GoodPass).error().code() == ErrorCode::CorruptKeySlots);
}

TEST_CASE("keySlots_lost_areRebuiltWithTheRecoveryKeyAlone", "[recovery][corruption]")
{
    Fixture f;
    const qint64 alice = f.vault->currentUser().id;
    f.vault->lock();
    REQUIRE(QFile::remove(keysPath(f)));
    auto missing = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::CorruptKeySlots);

    auto r = Vault::unlockWithRecoveryKey(f.vaultPath, f.recoveryKey, f.options());
    REQUIRE(r.ok());
    auto problems = r.value()->checkKeySlots();
    REQUIRE(problems.ok());
    CHECK(problems->size() == 1); // Alice has no slot until her passphrase is reset
    REQUIRE(r.value()->resetPassphrase(alice, pass(OtherPass)).ok());
    CHECK(r.value()->checkKeySlots()->isEmpty());
    r.value()->lock();
    auto v = f.unlock(QStringLiteral("Alice"), OtherPass);
    REQUIRE(v.ok());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK(report->ok);
}

TEST_CASE("rekey_makesOldKeySlotsAndOldRecoveryKeyUseless", "[rekey]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    REQUIRE(f.vault->addUser(QStringLiteral("Mallory"), Role::Caseworker, pass("marble kettle origami dawn")).ok());
    auto users = f.vault->users();
    qint64 mallory = 0;
    for (const UserInfo& u : users.value()) {
        if (u.name == QStringLiteral("Mallory")) {
            mallory = u.id;
        }
    }
    REQUIRE(f.vault->disableUser(mallory).ok());
    // Mallory keeps a copy of the key-slot file before being revoked.
    const QString stolen = QDir(f.dir.path()).filePath(QStringLiteral("stolen.keys"));
    REQUIRE(QFile::copy(keysPath(f), stolen));

    auto newKey = f.vault->rekey();
    REQUIRE(newKey.ok());
    CHECK(newKey.value() != f.recoveryKey);
    f.vault->lock();

    CHECK(Vault::unlockWithRecoveryKey(f.vaultPath, f.recoveryKey, f.options()).error().code() ==
          ErrorCode::BadRecoveryKey);
    REQUIRE(f.unlock(QStringLiteral("Bob"), OtherPass).ok());
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
    // The old slots unwrap the old data key, which no longer opens the database.
    REQUIRE(QFile::remove(keysPath(f)));
    REQUIRE(QFile::copy(stolen, keysPath(f)));
    auto viaOld = f.unlock(QStringLiteral("Mallory"), "marble kettle origami dawn");
    REQUIRE_FALSE(viaOld.ok());
    // Her old passphrase still opens her old slot, but its key no longer opens the database: that is reported as a
    // key-slot file older than the database, never as access.
    CHECK(viaOld.error().code() == ErrorCode::CorruptDatabase);
    CHECK(viaOld.error().message().contains(QStringLiteral("older than it")));
    auto recovered = Vault::unlockWithRecoveryKey(f.vaultPath, newKey.value(), f.options());
    REQUIRE(recovered.ok());
}

TEST_CASE("rekey_interruptedBeforeTheSlotSwitch_isFinishedAtNextUnlock", "[rekey][crash]")
{
    Fixture f;
    const QString old = QDir(f.dir.path()).filePath(QStringLiteral("old.keys"));
    REQUIRE(QFile::copy(keysPath(f), old));
    auto newKey = f.vault->rekey();
    REQUIRE(newKey.ok());
    f.vault->lock();
    // State after a crash between the database re-key and the rename: old slots in place, new ones pending.
    const QString pending = QDir(f.vaultPath).filePath(QStringLiteral("abri.keys.pending"));
    REQUIRE(QFile::rename(keysPath(f), pending));
    REQUIRE(QFile::copy(old, keysPath(f)));
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    CHECK_FALSE(QFile::exists(pending));
    v.value()->lock();
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
}

TEST_CASE("database_damaged_isReportedAsDamage_notAsAWrongPassphrase", "[corruption]")
{
    Fixture f;
    for (int i = 0; i < 40; ++i) {
        REQUIRE(f.vault->addUser(QStringLiteral("User %1").arg(i), Role::Caseworker, pass(OtherPass)).ok());
    }
    f.vault->lock();
    const QString db = QDir(f.vaultPath).filePath(QStringLiteral("abri.db"));
    const qint64 size = QFileInfo(db).size();
    REQUIRE(size > 4 * 4096);
    for (qint64 offset = 4096 + 100; offset < size; offset += 4096) {
        corruptByte(db, offset);
    }
    auto r = f.unlock(QStringLiteral("Alice"), GoodPass);
    if (r.ok()) {
        // The damage may spare the pages unlock reads; the integrity check must then catch it.
        auto problems = r.value()->integrityCheck();
        CHECK((!problems.ok() || !problems->isEmpty()));
    } else {
        CHECK(r.error().code() != ErrorCode::WrongCredentials);
        CHECK(r.error().code() == ErrorCode::CorruptDatabase);
    }
    CHECK(Vault::secondsUntilNextAttempt(f.vaultPath, f.options()) == 0);
}
