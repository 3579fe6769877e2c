#include "TestSupport.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"
#include "util/FileUtil.h"
#include "vault/KeySlots.h"
#include "vault/VaultPrivate.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

using namespace abri;
using namespace abri::test;

namespace {
QString keysPath(const Fixture& f)
{
    return QDir(f.vaultPath).filePath(QStringLiteral("abri.keys"));
}

KeySlotFile readKeys(const Fixture& f)
{
    auto data = FileUtil::readAll(keysPath(f), 1 << 20);
    REQUIRE(data.ok());
    auto parsed = KeySlotFile::parse(data.value());
    REQUIRE(parsed.ok());
    return parsed.value();
}

void writeKeys(const Fixture& f, const KeySlotFile& file)
{
    REQUIRE(FileUtil::writeAtomically(keysPath(f), file.serialize()).ok());
}
} // namespace

TEST_CASE("rekey_aRevokedUserWhoSwappedTheirPublicKeyIntoAColleaguesSlot_getsNothing", "[rekey][attack]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    qint64 bobId = 0;
    const auto users = f.vault->users();
    REQUIRE(users.ok());
    for (const UserInfo& u : users.value()) {
        bobId = u.name == QStringLiteral("Bob") ? u.id : bobId;
    }
    f.vault->lock();
    // Bob, with file access, learns his own secret key and writes his public key into Alice's slot.
    KeySlotFile file = readKeys(f);
    KeySlots::Opened bob;
    REQUIRE(KeySlots::open(file, QStringLiteral("Bob"), pass(OtherPass), bob));
    KeySlots::Opened alice;
    REQUIRE(KeySlots::open(file, QStringLiteral("Alice"), pass(GoodPass), alice));
    file.findMutable(alice.userUid)->publicKey = crypto::publicKeyOf(bob.secretKey);
    writeKeys(f, file);

    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    // Alice's unlock proved her real key and repaired the slot.
    CHECK(readKeys(f).find(alice.userUid)->publicKey == crypto::publicKeyOf(alice.secretKey));
    REQUIRE(v.value()->disableUser(bobId).ok());
    // Bob swaps it again just before the re-key.
    KeySlotFile again = readKeys(f);
    again.findMutable(alice.userUid)->publicKey = crypto::publicKeyOf(bob.secretKey);
    writeKeys(f, again);
    auto problems = v.value()->checkKeySlots();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty()); // the session holds the slots it read at unlock; the file on disk is checked next
    auto newKey = v.value()->rekey();
    REQUIRE(newKey.ok());
    const KeySlotFile after = readKeys(f);
    for (const KeySlot& slot : after.entries) {
        bool ok = true;
        (void)KeySlots::openDataKey(after, slot, bob.secretKey, &ok);
        CHECK_FALSE(ok);
        CHECK(slot.publicKey != crypto::publicKeyOf(bob.secretKey));
    }
    v.value()->lock();
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
}

TEST_CASE("rekey_interruptedAfterTheDatabaseChanged_withAbriKeysGone_stillUnlocksFromPendingSlots", "[rekey][crash]")
{
    Fixture f;
    auto newKey = f.vault->rekey();
    REQUIRE(newKey.ok());
    f.vault->lock();
    const QString pending = QDir(f.vaultPath).filePath(QStringLiteral("abri.keys.pending"));
    REQUIRE(QFile::rename(keysPath(f), pending));
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    CHECK(v.value()->interruptedRekeyFinished());
    CHECK(QFile::exists(keysPath(f)));
    CHECK_FALSE(QFile::exists(pending));
    AuditFilter filter;
    filter.action = QStringLiteral("vault.rekey");
    CHECK(v.value()->auditEntries(filter)->size() == 2);
}

namespace {
// Writes the marker rekey() leaves while it runs, as a crash between the database re-key and its last commit would.
void plantRekeyMarker(Vault& v, const SecureBuffer& dataKey)
{
    auto st = v.database().prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('rekey_unshown', ?);");
    REQUIRE(st);
    REQUIRE(st->bind(1, QString::fromLatin1(rekeyMarker(dataKey).toHex())).run());
}
} // namespace

TEST_CASE("rekey_killedAfterTheKeySwitchButBeforeHandingBackTheKey_nextUnlockSaysReKeyAgain", "[rekey][crash]")
{
    Fixture f;
    auto newKey = f.vault->rekey();
    REQUIRE(newKey.ok());
    // The state such a crash leaves: new key in force, new key slots in place, the marker still there.
    plantRekeyMarker(*f.vault, RecoveryKey::parse(newKey.value()).deriveDataKey());
    f.vault->lock();
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    CHECK(v.value()->interruptedRekeyFinished());
    AuditFilter filter;
    filter.action = QStringLiteral("vault.rekey");
    CHECK(v.value()->auditEntries(filter)->size() == 2);
    v.value()->lock();
    // Said once: the marker is gone after that unlock.
    auto again = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value()->interruptedRekeyFinished());
}

TEST_CASE("rekey_unshownKey_isToldToEveryUserUntilACoordinatorUnlocks", "[rekey][crash]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    auto newKey = f.vault->rekey();
    REQUIRE(newKey.ok());
    plantRekeyMarker(*f.vault, RecoveryKey::parse(newKey.value()).deriveDataKey());
    f.vault->lock();
    for (int i = 0; i < 2; ++i) { // a caseworker cannot re-key, so the marker stays for the next person
        auto bob = f.unlock(QStringLiteral("Bob"), OtherPass);
        REQUIRE(bob.ok());
        CHECK(bob.value()->interruptedRekeyFinished());
    }
    auto alice = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(alice.ok());
    CHECK(alice.value()->interruptedRekeyFinished());
    alice.value()->lock();
    auto bob = f.unlock(QStringLiteral("Bob"), OtherPass);
    REQUIRE(bob.ok());
    CHECK_FALSE(bob.value()->interruptedRekeyFinished());
}

TEST_CASE("rekey_markerOfAReKeyThatNeverReachedTheDatabase_isDroppedSilently", "[rekey][crash]")
{
    Fixture f;
    plantRekeyMarker(*f.vault, crypto::randomKey()); // a key the database never took
    f.vault->lock();
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    CHECK_FALSE(v.value()->interruptedRekeyFinished());
    auto st = v.value()->database().prepare("SELECT COUNT(*) FROM meta WHERE key = 'rekey_unshown';");
    REQUIRE(st);
    REQUIRE(st->step());
    CHECK(st->int64(0) == 0);
}

TEST_CASE("rekey_completed_leavesNoMarker", "[rekey]")
{
    Fixture f;
    REQUIRE(f.vault->rekey().ok());
    auto st = f.vault->database().prepare("SELECT COUNT(*) FROM meta WHERE key = 'rekey_unshown';");
    REQUIRE(st);
    REQUIRE(st->step());
    CHECK(st->int64(0) == 0);
}

TEST_CASE("rekey_thatTheDiskCannotHold_reportsFailureAndTheVaultOpensAsBefore", "[rekey][crash]")
{
    Fixture f;
    for (int i = 0; i < 60; ++i) {
        REQUIRE(f.vault->addUser(QStringLiteral("User %1").arg(i), Role::Caseworker, pass(OtherPass)).ok());
    }
    REQUIRE(f.vault->database().checkpointTruncate().ok());
    const qint64 dbSize = QFileInfo(QDir(f.vaultPath).filePath(QStringLiteral("abri.db"))).size();
    REQUIRE(dbSize > 64 * 1024);
    // A file-size limit plays a full disk: the WAL cannot grow enough to hold the re-keyed pages.
    struct rlimit before
    {
    };
    REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
    auto previous = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = before;
    small.rlim_cur = static_cast<rlim_t>(dbSize / 2);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto result = f.vault->rekey();
    REQUIRE(setrlimit(RLIMIT_FSIZE, &before) == 0);
    std::signal(SIGXFSZ, previous);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code() == ErrorCode::Crypto);
    CHECK_FALSE(QFile::exists(QDir(f.vaultPath).filePath(QStringLiteral("abri.keys.pending"))));
    if (f.vault->isUnlocked()) {
        CHECK(f.vault->users()->size() == 61);
        f.vault->lock();
    }
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
    REQUIRE(Vault::unlockWithRecoveryKey(f.vaultPath, f.recoveryKey, f.options()).ok());
}

TEST_CASE("recovery_withKeySlotsFromANewerAbri_refusesAndLeavesThemUntouched", "[recovery][schema]")
{
    Fixture f;
    f.vault->lock();
    QFile keys(keysPath(f));
    REQUIRE(keys.open(QIODevice::ReadWrite));
    QByteArray bytes = keys.readAll();
    bytes[8] = 2; // a newer format, written whole by that newer Abri (so with its checksum)
    bytes.replace(bytes.size() - 32, 32, crypto::hash(bytes.left(bytes.size() - 32), 32));
    keys.seek(0);
    keys.write(bytes);
    keys.close();
    const QByteArray before = fileHash(keysPath(f));
    auto r = Vault::unlockWithRecoveryKey(f.vaultPath, f.recoveryKey, f.options());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::NewerFormat);
    CHECK(fileHash(keysPath(f)) == before);
}

TEST_CASE("recovery_withDamagedKeySlots_keepsTheDamagedFileAside", "[recovery][corruption]")
{
    Fixture f;
    f.vault->lock();
    QFile keys(keysPath(f));
    REQUIRE(keys.open(QIODevice::ReadWrite));
    keys.seek(70);
    keys.putChar('\x7f');
    keys.close();
    auto r = Vault::unlockWithRecoveryKey(f.vaultPath, f.recoveryKey, f.options());
    REQUIRE(r.ok());
    const QStringList aside = QDir(f.vaultPath).entryList({QStringLiteral("abri.keys.damaged-*")}, QDir::Files);
    CHECK(aside.size() == 1);
    CHECK(QFile::exists(keysPath(f)));
}

TEST_CASE("restore_withForce_neverReplacesAFolderThatIsNotAVault_andKeepsAReplacedVault", "[backup]")
{
    Fixture f;
    const QString file = QDir(f.dir.path()).filePath(QStringLiteral("copy.abribak"));
    REQUIRE(f.vault->backup(file).ok());
    f.vault->lock();
    const QString documents = QDir(f.dir.path()).filePath(QStringLiteral("documents"));
    QDir().mkpath(documents);
    QFile thesis(QDir(documents).filePath(QStringLiteral("thesis.txt")));
    REQUIRE(thesis.open(QIODevice::WriteOnly));
    thesis.write("years of work");
    thesis.close();
    auto refused = Vault::restore(file, documents, true, f.options());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::VaultExists);
    CHECK(QFile::exists(thesis.fileName()));

    REQUIRE(Vault::restore(file, f.vaultPath, true, f.options()).ok());
    REQUIRE(Vault::restore(file, f.vaultPath, true, f.options()).ok()); // twice within one second
    const QStringList kept =
        QDir(f.dir.path()).entryList({QStringLiteral("vault.abri.replaced-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(kept.size() == 2);
    CHECK(Vault::looksLikeVault(QDir(f.dir.path()).filePath(kept.first())));
    REQUIRE(f.unlock(QStringLiteral("Alice"), GoodPass).ok());
}
