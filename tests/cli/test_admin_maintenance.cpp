// verify, backup and restore end to end, including beside a session that holds the vault read-write.
#include "CliFixture.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "vault/VaultPrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

RunResult verify(const CliFixture& f, const QString& vault)
{
    return f.run({u"verify"_s, vault, u"--user"_s, u"Alice"_s}, {AlicePass});
}

RunResult backup(const CliFixture& f, const QString& file, bool force = false)
{
    QStringList args{u"backup"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--out"_s, file};
    if (force) {
        args << u"--force"_s;
    }
    return f.run(args, {AlicePass});
}

RunResult restore(const CliFixture& f, const QString& vault, const QString& file, bool force = false)
{
    QStringList args{u"restore"_s, vault, u"--from"_s, file};
    if (force) {
        args << u"--force"_s;
    }
    return f.run(args);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("verify passes on a clean vault with one OK line per check", "[cli][verify]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    const RunResult r = verify(f, f.vault());
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Key slots: OK"_s));
    CHECK(r.out.contains(u"Database integrity: OK"_s));
    CHECK(r.out.contains(u"Audit chain: OK"_s));
    CHECK(r.out.trimmed().split(u'\n').size() == 3);
}

TEST_CASE("verify after corrupting bytes of abri.db exits with 5", "[cli][verify]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    const QString db = QDir(f.vault()).filePath(u"abri.db"_s);
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    REQUIRE(file.size() >= 3 * pageSize);
    // Damage the middle of every page but the first, as a failing disk would.
    for (qint64 page = 1; page < file.size() / pageSize; ++page) {
        REQUIRE(file.seek(page * pageSize + 1000));
        QByteArray bytes = file.read(32);
        for (char& b : bytes) {
            b = static_cast<char>(~b);
        }
        REQUIRE(file.seek(page * pageSize + 1000));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    file.close();

    const RunResult r = verify(f, f.vault());
    INFO(r.describe());
    CHECK(r.exitCode == 5);
    CHECK(r.out.contains(u"FAILED"_s));
}

TEST_CASE("verify names the damaged check when one page of abri.db is corrupted", "[cli][verify]")
{
    CliFixture f;
    f.initVault();
    const QString db = QDir(f.vault()).filePath(u"abri.db"_s);
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 lastPage = file.size() / 4096 - 1;
    REQUIRE(lastPage > 1);
    REQUIRE(file.seek(lastPage * 4096 + 500));
    REQUIRE(file.write(QByteArray(64, 'X')) == 64);
    file.close();

    const RunResult r = verify(f, f.vault());
    INFO(r.describe());
    CHECK(r.exitCode == 5);
    CHECK(r.out.contains(u"Key slots: OK"_s));
    CHECK(r.out.contains(u"Database integrity: FAILED"_s));
    CHECK(r.out.trimmed().split(u'\n').size() == 3);
}

TEST_CASE("backup then restore into a new path gives a vault that unlocks and verifies", "[cli][backup]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    const QString file = f.path(u"copy.abribak"_s);
    const RunResult b = backup(f, file);
    INFO(b.describe());
    REQUIRE(b.exitCode == 0);
    REQUIRE(QFileInfo(file).isFile());
    CHECK((QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    // The backup is as unreadable as the vault.
    CHECK_FALSE(readFile(file).contains(Organisation.toUtf8()));
    // Progress goes only to a terminal; this stderr is a pipe.
    CHECK(b.err.isEmpty());

    const QString restored = f.path(u"restored.abri"_s);
    const RunResult r = restore(f, restored, file);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const RunResult info = f.run({u"info"_s, restored, u"--user"_s, u"Bea"_s}, {BeaPass});
    INFO(info.describe());
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(u"Organisation: "_s + Organisation));
    const RunResult v = verify(f, restored);
    INFO(v.describe());
    CHECK(v.exitCode == 0);
}

TEST_CASE("backup refuses to overwrite an existing file unless --force", "[cli][backup]")
{
    CliFixture f;
    f.initVault();
    const QString file = f.path(u"copy.abribak"_s);
    {
        QFile existing(file);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
    }
    const RunResult refused = backup(f, file);
    INFO(refused.describe());
    CHECK(refused.exitCode == 4);
    CHECK(readFile(file) == "precious");

    const RunResult forced = backup(f, file, true);
    INFO(forced.describe());
    REQUIRE(forced.exitCode == 0);
    CHECK(readFile(file) != "precious");
    // No partial file is left beside it.
    CHECK(QDir(f.path(QString())).entryList(QDir::Files | QDir::Hidden).filter(u"partial"_s).isEmpty());
}

TEST_CASE("restore onto an existing vault without --force is refused and the vault is unchanged", "[cli][backup]")
{
    CliFixture f;
    f.initVault();
    const QString file = f.path(u"copy.abribak"_s);
    REQUIRE(backup(f, file).exitCode == 0);
    f.addBea();
    const auto before = snapshot(f.vault());

    const RunResult refused = restore(f, f.vault(), file);
    INFO(refused.describe());
    CHECK(refused.exitCode == 4);
    CHECK(snapshot(f.vault()) == before);

    CHECK(restore(f, f.path(u"elsewhere.abri"_s), f.path(u"missing.abribak"_s)).exitCode == 4);

    // A copy kept by an earlier restore must not be mistaken for the one this restore keeps.
    const QString earlierCopy = QFileInfo(f.vault()).fileName() + u".replaced-20000101-000000"_s;
    REQUIRE(QDir(f.path(QString())).mkdir(earlierCopy));
    const RunResult forced = restore(f, f.vault(), file, true);
    INFO(forced.describe());
    REQUIRE(forced.exitCode == 0);
    // The replaced vault (with Bea) is kept beside it, and the output says where.
    QStringList kept =
        QDir(f.path(QString()))
            .entryList({QFileInfo(f.vault()).fileName() + u".replaced-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    kept.removeAll(earlierCopy);
    REQUIRE(kept.size() == 1);
    CHECK(forced.out.contains(f.path(kept.first())));
    CHECK_FALSE(forced.out.contains(earlierCopy));
    CHECK(snapshot(f.path(kept.first())) == before);
    CHECK(f.run({u"info"_s, f.path(kept.first()), u"--user"_s, u"Bea"_s}, {BeaPass}).exitCode == 0);

    // --force never replaces a folder that is not a vault.
    const QString documents = f.path(u"documents"_s);
    QDir().mkpath(documents);
    QFile thesis(QDir(documents).filePath(u"thesis.txt"_s));
    REQUIRE(thesis.open(QIODevice::WriteOnly));
    thesis.write("years of work");
    thesis.close();
    const RunResult notAVault = restore(f, documents, file, true);
    INFO(notAVault.describe());
    CHECK(notAVault.exitCode == 4);
    CHECK(notAVault.err.trimmed().count(u'\n') == 0);
    CHECK(readFile(thesis.fileName()) == "years of work");
    CHECK(QDir(documents).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{u"thesis.txt"_s});
    CHECK(QDir(f.path(QString())).entryList({u"documents.*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty());
    // The backup predates Bea.
    CHECK(f.run({u"info"_s, f.vault(), u"--user"_s, u"Bea"_s}, {BeaPass}).exitCode == 2);
    CHECK(f.run({u"info"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass}).exitCode == 0);
}

TEST_CASE("while another session holds the vault read-write, writers get 3 and readers still work", "[cli][lock]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    auto holder =
        Vault::unlock(f.vault(), u"Alice"_s, SecureBuffer::fromUtf8(AlicePass), f.options(Vault::Access::ReadWrite));
    INFO((holder ? QString() : holder.error().message()).toStdString());
    REQUIRE(holder.ok());
    const auto before = snapshot(f.vault());

    const QList<QPair<QStringList, QStringList>> writers = {
        {{u"users"_s, u"add"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--name"_s, u"Eve"_s, u"--role"_s, u"clinic"_s,
          u"--kdf-cost"_s, u"minimum"_s},
         {AlicePass, NewPass}},
        {{u"users"_s, u"disable"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--name"_s, u"Bea"_s}, {AlicePass}},
        {{u"passwd"_s, f.vault(), u"--user"_s, u"Bea"_s, u"--kdf-cost"_s, u"minimum"_s}, {BeaPass, NewPass}},
        {{u"rekey"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass}},
    };
    for (const auto& [args, secrets] : writers) {
        const RunResult r = f.run(args, secrets);
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 3);
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK(snapshot(f.vault()) == before);
    }

    const QString earlier = f.path(u"earlier.abribak"_s);
    {
        // A backup to restore over the open vault, made by the holder itself.
        REQUIRE(holder.value()->backup(earlier).ok());
        const auto held = snapshot(f.vault());
        const RunResult r = restore(f, f.vault(), earlier, true);
        INFO(r.describe());
        CHECK(r.exitCode == 3);
        CHECK(snapshot(f.vault()) == held);
    }

    const RunResult v = verify(f, f.vault());
    INFO(v.describe());
    CHECK(v.exitCode == 0);
    const QString file = f.path(u"live.abribak"_s);
    const RunResult b = backup(f, file);
    INFO(b.describe());
    REQUIRE(b.exitCode == 0);
    CHECK(b.out.contains(u"read-only"_s));
    holder.value()->lock();

    const QString restored = f.path(u"restored.abri"_s);
    REQUIRE(restore(f, restored, file).exitCode == 0);
    const RunResult info = f.run({u"info"_s, restored, u"--user"_s, u"Bea"_s}, {BeaPass});
    INFO(info.describe());
    CHECK(info.exitCode == 0);
}

TEST_CASE("anyCommand_afterARekeyWhoseKeyWasNeverShown_warnsThatNoRecoveryKeyWorks", "[cli][rekey]")
{
    CliFixture f;
    const QString recoveryKey = f.initVault();
    {
        // The state a crash between the database re-key and the key being handed back leaves (see rekey()).
        SecureBuffer passphrase =
            SecureBuffer::copyOf(reinterpret_cast<const std::uint8_t*>(AlicePass.toUtf8().constData()),
                                 static_cast<std::size_t>(AlicePass.toUtf8().size()));
        auto vault = Vault::unlock(f.vault(), u"Alice"_s, passphrase, f.options(Vault::Access::ReadWrite));
        REQUIRE(vault.ok());
        auto st = vault.value()->database().prepare("INSERT INTO meta(key, value) VALUES ('rekey_unshown', ?);");
        REQUIRE(st);
        REQUIRE(st->bind(1, QString::fromLatin1(rekeyMarker(RecoveryKey::parse(recoveryKey).deriveDataKey()).toHex()))
                    .run());
    }
    const RunResult listed = f.run({u"users"_s, u"list"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass});
    INFO(listed.describe());
    CHECK(listed.exitCode == 0);
    CHECK(listed.err.contains(u"never shown"_s));
    CHECK(listed.err.contains(u"abri-admin rekey"_s));
    // It keeps saying so until a coordinator re-keys; then it is quiet.
    const RunResult rekeyed = f.run({u"rekey"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass});
    INFO(rekeyed.describe());
    REQUIRE(rekeyed.exitCode == 0);
    const RunResult again = f.run({u"users"_s, u"list"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass});
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.err.contains(u"never shown"_s));
}
