// init, info, passwd, recover, rekey, end to end.
#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

RunResult infoAs(const CliFixture& f, const QString& user, const QString& passphrase, const QString& vault = {})
{
    return f.run({u"info"_s, vault.isEmpty() ? f.vault() : vault, u"--user"_s, user}, {passphrase});
}

RunResult recover(const CliFixture& f, const QString& user, const QString& recoveryKey, const QString& passphrase)
{
    return f.run({u"recover"_s, f.vault(), u"--user"_s, user, u"--kdf-cost"_s, u"minimum"_s},
                 {recoveryKey, passphrase});
}

} // namespace

TEST_CASE("init prints the recovery key once and info names nobody before unlock", "[cli][vault]")
{
    CliFixture f;
    const RunResult init = f.run({u"init"_s, f.vault(), u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s,
                                  u"--kdf-cost"_s, u"minimum"_s},
                                 {AlicePass});
    INFO(init.describe());
    REQUIRE(init.exitCode == 0);
    CHECK_FALSE(recoveryKeyIn(init.out).isEmpty());
    CHECK(init.out.contains(u"Write this recovery key down"_s));
    CHECK(QDir(f.vault()).exists());
    // Standard output is a pipe here: one line on stderr says the key must not be kept in a log.
    CHECK(init.err.contains(u"the recovery key was written to standard output"_s));
    CHECK(init.err.trimmed().count(u'\n') == 0);
    CHECK(recoveryKeyIn(init.err).isEmpty());

    const RunResult locked = f.run({u"info"_s, f.vault()});
    INFO(locked.describe());
    REQUIRE(locked.exitCode == 0);
    CHECK(locked.out.contains(u"Key slots: 1"_s));
    const QString everything = locked.out + locked.err;
    CHECK_FALSE(everything.contains(Organisation, Qt::CaseInsensitive));
    CHECK_FALSE(everything.contains(u"Nordlicht"_s, Qt::CaseInsensitive));
    CHECK_FALSE(everything.contains(u"Alice"_s, Qt::CaseInsensitive));
    CHECK_FALSE(everything.contains(u"coordinator"_s, Qt::CaseInsensitive));

    const RunResult unlocked = infoAs(f, u"Alice"_s, AlicePass);
    INFO(unlocked.describe());
    REQUIRE(unlocked.exitCode == 0);
    CHECK(unlocked.out.contains(u"Organisation: "_s + Organisation));
    CHECK(unlocked.out.contains(u"Schema version: "_s));
    CHECK(unlocked.out.contains(u"Users: 1"_s));
    CHECK(unlocked.out.contains(u"Auto-lock after idle minutes: 5"_s));
    // Unlocking read-only for info must not leave the recovery key lying around in its output.
    CHECK(recoveryKeyIn(unlocked.out).isEmpty());
}

TEST_CASE("init refuses a weak passphrase with feedback and creates nothing", "[cli][vault]")
{
    CliFixture f;
    const RunResult r = f.run({u"init"_s, f.vault(), u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s,
                               u"--kdf-cost"_s, u"minimum"_s},
                              {u"short"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(u"abri-admin: "_s));
    CHECK(r.err.size() > u"abri-admin: This passphrase is refused: "_s.size());
    CHECK_FALSE(QFile::exists(f.vault()));
}

TEST_CASE("init onto an existing vault is refused and leaves it untouched", "[cli][vault]")
{
    CliFixture f;
    f.initVault();
    const auto before = snapshot(f.vault());
    const RunResult r = f.run({u"init"_s, f.vault(), u"--organisation"_s, u"Other"_s, u"--user"_s, u"Mallory"_s,
                               u"--kdf-cost"_s, u"minimum"_s},
                              {NewPass});
    INFO(r.describe());
    CHECK(r.exitCode == 4);
    CHECK(snapshot(f.vault()) == before);
    CHECK(infoAs(f, u"Alice"_s, AlicePass).exitCode == 0);
}

TEST_CASE("a wrong passphrase exits with 2 and leaves every vault file byte-identical", "[cli][vault]")
{
    CliFixture f;
    f.initVault();
    const auto before = snapshot(f.vault());
    for (const QStringList& args : {QStringList{u"info"_s, f.vault(), u"--user"_s, u"Alice"_s},
                                    QStringList{u"users"_s, u"list"_s, f.vault(), u"--user"_s, u"Alice"_s},
                                    QStringList{u"verify"_s, f.vault(), u"--user"_s, u"Alice"_s},
                                    QStringList{u"rekey"_s, f.vault(), u"--user"_s, u"Alice"_s},
                                    QStringList{u"info"_s, f.vault(), u"--user"_s, u"Nobody"_s}}) {
        const RunResult r = f.run(args, {u"not the right passphrase at all"_s});
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 2);
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK(snapshot(f.vault()) == before);
    }
}

TEST_CASE("passwd changes my passphrase: the old one stops working, the new one works", "[cli][vault]")
{
    CliFixture f;
    f.initVault();
    const RunResult weak =
        f.run({u"passwd"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--kdf-cost"_s, u"minimum"_s}, {AlicePass, u"abc"_s});
    CHECK(weak.exitCode == 1);
    CHECK(infoAs(f, u"Alice"_s, AlicePass).exitCode == 0);

    const RunResult r =
        f.run({u"passwd"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--kdf-cost"_s, u"minimum"_s}, {AlicePass, NewPass});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(infoAs(f, u"Alice"_s, AlicePass).exitCode == 2);
    CHECK(infoAs(f, u"Alice"_s, NewPass).exitCode == 0);
}

TEST_CASE("recover with the recovery key after abri.keys is deleted sets a new passphrase", "[cli][vault]")
{
    CliFixture f;
    const QString recoveryKey = f.initVault();
    f.addBea();
    REQUIRE(QFile::remove(QDir(f.vault()).filePath(u"abri.keys"_s)));

    const RunResult lost = infoAs(f, u"Alice"_s, AlicePass);
    INFO(lost.describe());
    CHECK(lost.exitCode != 0);
    const RunResult check = f.run({u"verify"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass});
    INFO(check.describe());
    CHECK(check.exitCode == 5);
    CHECK(check.out.contains(u"Key slots: FAILED"_s));

    const RunResult r = recover(f, u"alice"_s, recoveryKey.toLower(), NewPass);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(infoAs(f, u"Alice"_s, NewPass).exitCode == 0);
    CHECK(infoAs(f, u"Alice"_s, AlicePass).exitCode == 2);

    // A name that matches nobody is refused unless --add asks for a new coordinator.
    const auto beforeTypo = snapshot(f.vault());
    const RunResult typo = recover(f, u"Alcie"_s, recoveryKey, BeaPass);
    INFO(typo.describe());
    CHECK(typo.exitCode == 7);
    CHECK(typo.err.contains(u"--add"_s));
    CHECK(typo.err.count(u'\n') == 1);
    CHECK(snapshot(f.vault()) == beforeTypo);
    // And --add for a name that exists does not reset that user behind the coordinator's back.
    const RunResult addExisting =
        f.run({u"recover"_s, f.vault(), u"--user"_s, u"ALICE"_s, u"--add"_s, u"--kdf-cost"_s, u"minimum"_s},
              {recoveryKey, BeaPass});
    INFO(addExisting.describe());
    CHECK(addExisting.exitCode == 7);
    CHECK(addExisting.err.count(u'\n') == 1);
    CHECK(snapshot(f.vault()) == beforeTypo);
    CHECK(infoAs(f, u"Alice"_s, NewPass).exitCode == 0);

    const RunResult added =
        f.run({u"recover"_s, f.vault(), u"--user"_s, u"Dana"_s, u"--add"_s, u"--kdf-cost"_s, u"minimum"_s},
              {recoveryKey, BeaPass});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    const RunResult list = f.run({u"users"_s, u"list"_s, f.vault(), u"--user"_s, u"Dana"_s}, {BeaPass});
    INFO(list.describe());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QRegularExpression(u"Dana\\s+coordinator\\s+yes"_s)));
    CHECK_FALSE(list.out.contains(u"Alcie"_s));
}

TEST_CASE("recover with a mistyped recovery key exits with 2 and changes nothing", "[cli][vault]")
{
    CliFixture f;
    QString recoveryKey = f.initVault();
    const auto before = snapshot(f.vault());
    // One character changed: the checksum catches it.
    recoveryKey[0] = recoveryKey[0] == u'A' ? u'B' : u'A';
    const RunResult r = recover(f, u"Alice"_s, recoveryKey, NewPass);
    INFO(r.describe());
    CHECK(r.exitCode == 2);
    CHECK(snapshot(f.vault()) == before);
}

TEST_CASE("rekey prints a new recovery key and the old one no longer opens the vault", "[cli][vault]")
{
    CliFixture f;
    const QString oldKey = f.initVault();
    const RunResult r = f.run({u"rekey"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QString newKey = recoveryKeyIn(r.out);
    REQUIRE_FALSE(newKey.isEmpty());
    CHECK(newKey != oldKey);
    // Standard output is a pipe here, so a warning says the key must not be kept in a log.
    CHECK(r.err.contains(u"not a terminal"_s));
    CHECK(infoAs(f, u"Alice"_s, AlicePass).exitCode == 0);

    const RunResult withOld = recover(f, u"Alice"_s, oldKey, NewPass);
    INFO(withOld.describe());
    CHECK(withOld.exitCode == 2);
    const RunResult withNew = recover(f, u"Alice"_s, newKey, NewPass);
    INFO(withNew.describe());
    CHECK(withNew.exitCode == 0);
    CHECK(infoAs(f, u"Alice"_s, NewPass).exitCode == 0);
}

TEST_CASE("commands on a folder that holds no vault exit with 4", "[cli][vault]")
{
    CliFixture f;
    const QString missing = f.path(u"no-such.abri"_s);
    CHECK(f.run({u"info"_s, missing}).exitCode == 4);
    for (const QStringList& args :
         {QStringList{u"info"_s, missing, u"--user"_s, u"Alice"_s},
          QStringList{u"verify"_s, missing, u"--user"_s, u"Alice"_s},
          QStringList{u"users"_s, u"list"_s, missing, u"--user"_s, u"Alice"_s},
          QStringList{u"backup"_s, missing, u"--user"_s, u"Alice"_s, u"--out"_s, f.path(u"copy.abribak"_s)}}) {
        const RunResult r = f.run(args, {AlicePass});
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 4);
    }
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(QFile::exists(f.path(u"copy.abribak"_s)));
}

TEST_CASE("after repeated wrong passphrases even the right one waits, with exit 2", "[cli][vault]")
{
    CliFixture f;
    f.initVault();
    for (int attempt = 0; attempt < 3; ++attempt) {
        CHECK(infoAs(f, u"Alice"_s, u"not the right passphrase at all"_s).exitCode == 2);
    }
    const auto before = snapshot(f.vault());
    const RunResult r = infoAs(f, u"Alice"_s, AlicePass);
    INFO(r.describe());
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.out.contains(Organisation));
    CHECK(snapshot(f.vault()) == before);
    // The back-off is this computer's state, outside the vault, and info shows it without a passphrase.
    const RunResult info = f.run({u"info"_s, f.vault()});
    CHECK(info.out.contains(u"Seconds until the next unlock attempt: "_s));
    CHECK_FALSE(QDir(f.stateDir()).isEmpty());
}
