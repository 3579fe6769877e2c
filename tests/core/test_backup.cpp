#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

TEST_CASE("backup_whileAWriterHasTheVaultOpen_restoresToAWorkingVault", "[backup]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    auto reader = f.unlock(QStringLiteral("Bob"), OtherPass, Vault::Access::ReadOnly);
    REQUIRE(reader.ok());
    const QString file = QDir(f.dir.path()).filePath(QStringLiteral("copy.abribak"));
    int calls = 0;
    auto st = reader.value()->backup(file, [&](int done, int total) {
        CHECK(done <= total);
        ++calls;
        return true;
    });
    INFO((st ? QString() : st.error().message()).toStdString());
    REQUIRE(st.ok());
    CHECK(calls > 0);
    for (const char* leftover : {".partial", ".partial-wal", ".partial-shm", ".partial-journal"}) {
        CHECK_FALSE(QFile::exists(file + QLatin1String(leftover)));
    }
    CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    // Refuses to overwrite.
    CHECK(reader.value()->backup(file).error().code() == ErrorCode::VaultExists);

    const QString target = QDir(f.dir.path()).filePath(QStringLiteral("restored.abri"));
    REQUIRE(Vault::restore(file, target, false, f.options()).ok());
    Vault::Options opts = f.options();
    auto restored = Vault::unlock(target, QStringLiteral("Bob"), pass(OtherPass), opts);
    REQUIRE(restored.ok());
    CHECK(restored.value()->organisation() == QStringLiteral("Refuge Test"));
    restored.value()->lock();
    auto alice = Vault::unlock(target, QStringLiteral("Alice"), pass(GoodPass), opts);
    REQUIRE(alice.ok());
    auto report = alice.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK(report->ok);
    CHECK(alice.value()->integrityCheck()->isEmpty());
}

TEST_CASE("restore_ontoAnExistingVault_needsForce_andLeavesItUntouchedOtherwise", "[backup]")
{
    Fixture f;
    const QString file = QDir(f.dir.path()).filePath(QStringLiteral("copy.abribak"));
    REQUIRE(f.vault->backup(file).ok());
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    f.vault->lock();
    const auto before = snapshot(f.vaultPath);
    auto refused = Vault::restore(file, f.vaultPath, false, f.options());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::VaultExists);
    CHECK(snapshot(f.vaultPath) == before);

    // While open read-write elsewhere, even --force is refused.
    {
        auto open = f.unlock(QStringLiteral("Alice"), GoodPass);
        REQUIRE(open.ok());
        CHECK(Vault::restore(file, f.vaultPath, true, f.options()).error().code() == ErrorCode::VaultInUse);
    }
    REQUIRE(Vault::restore(file, f.vaultPath, true, f.options()).ok());
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    CHECK(v.value()->users()->size() == 1); // Bob came after the backup
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK(report->ok);
}

TEST_CASE("restore_ofADamagedBackup_isRefusedWithAClearError", "[backup][corruption]")
{
    Fixture f;
    const QString file = QDir(f.dir.path()).filePath(QStringLiteral("copy.abribak"));
    REQUIRE(f.vault->backup(file).ok());
    const qint64 size = QFileInfo(file).size();
    for (qint64 offset : {qint64{3}, qint64{12}, size / 2, size - 5}) {
        DYNAMIC_SECTION("byte " << offset)
        {
            const QString bad = QDir(f.dir.path()).filePath(QStringLiteral("bad-%1.abribak").arg(offset));
            REQUIRE(QFile::copy(file, bad));
            QFile b(bad);
            REQUIRE(b.open(QIODevice::ReadWrite));
            b.seek(offset);
            char c = 0;
            b.getChar(&c);
            b.seek(offset);
            b.putChar(static_cast<char>(c ^ 0x21));
            b.close();
            const QString target = QDir(f.dir.path()).filePath(QStringLiteral("r-%1").arg(offset));
            auto r = Vault::restore(bad, target, false, f.options());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code() == ErrorCode::CorruptBackup);
            CHECK_FALSE(QDir(target).exists());
        }
    }
    const QString cut = QDir(f.dir.path()).filePath(QStringLiteral("cut.abribak"));
    REQUIRE(QFile::copy(file, cut));
    QFile c(cut);
    REQUIRE(c.resize(size / 3));
    CHECK(
        Vault::restore(cut, QDir(f.dir.path()).filePath(QStringLiteral("r-cut")), false, f.options()).error().code() ==
        ErrorCode::CorruptBackup);
}
