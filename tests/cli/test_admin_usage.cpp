// Usage errors, help, and the rule that a passphrase never comes from the command line.
#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

void requireOneLineError(const RunResult& r)
{
    INFO(r.describe());
    CHECK(r.err.startsWith(u"abri-admin: "_s));
    CHECK(r.err.trimmed().count(u'\n') == 0);
}

} // namespace

TEST_CASE("help lists every command and the exit codes", "[cli][usage]")
{
    CliFixture f;
    const RunResult r = f.runRaw({u"--help"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    for (const char* command :
         {"init", "info", "users list", "users add", "users disable", "users enable", "users reset-passphrase",
          "passwd", "verify", "backup", "restore", "recover", "rekey"}) {
        CHECK(r.out.contains(u"abri-admin "_s + QLatin1String(command) + u" VAULT"_s));
    }
    CHECK(r.out.contains(u"Exit codes:"_s));
    for (int code = 0; code <= 7; ++code) {
        CHECK(r.out.contains(u"  %1  "_s.arg(code)));
    }
}

TEST_CASE("each command's help documents its options and offers no passphrase option", "[cli][usage]")
{
    CliFixture f;
    const QList<QStringList> commands = {{u"init"_s},
                                         {u"info"_s},
                                         {u"users"_s, u"list"_s},
                                         {u"users"_s, u"add"_s},
                                         {u"users"_s, u"disable"_s},
                                         {u"users"_s, u"enable"_s},
                                         {u"users"_s, u"reset-passphrase"_s},
                                         {u"users"_s, u"set-role"_s},
                                         {u"passwd"_s},
                                         {u"verify"_s},
                                         {u"backup"_s},
                                         {u"restore"_s},
                                         {u"recover"_s},
                                         {u"rekey"_s}};
    for (const QStringList& command : commands) {
        const RunResult r = f.runRaw(command + QStringList{u"--help"_s});
        INFO(command.join(u' ').toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(u"Usage: abri-admin "_s + command.join(u' ')));
        CHECK(r.out.contains(u"Exit codes:"_s));
        // The only way to hand over a passphrase is a file descriptor.
        CHECK(r.out.count(u"--passphrase"_s) == r.out.count(u"--passphrase-fd"_s));
    }
}

TEST_CASE("help warns that names typed on the command line stay in the shell's history", "[cli][usage]")
{
    CliFixture f;
    const RunResult global = f.runRaw({u"--help"_s});
    INFO(global.describe());
    REQUIRE(global.exitCode == 0);
    CHECK(global.out.contains(u"(--organisation, --user, --name) stay in your shell's history"_s));

    // Also where the options are described, with the warning that minimum cost is for tests.
    const RunResult init = f.runRaw({u"init"_s, u"--help"_s});
    INFO(init.describe());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(u"shell's history"_s));
    // The option descriptions are wrapped into columns.
    CHECK(init.out.simplified().contains(u"minimum (for tests only"_s));
    // restore takes no names, so it has nothing to warn about.
    const RunResult restore = f.runRaw({u"restore"_s, u"--help"_s});
    CHECK_FALSE(restore.out.contains(u"shell's history"_s));
}

TEST_CASE("usage errors exit with 1 and one line on stderr", "[cli][usage]")
{
    CliFixture f;
    const QString v = f.vault();
    const QList<QStringList> mistakes = {
        {},
        {u"frobnicate"_s, v},
        {u"users"_s},
        {u"users"_s, u"frobnicate"_s, v},
        {u"init"_s},
        {u"init"_s, v, u"--user"_s, u"Alice"_s},
        {u"init"_s, v, u"--organisation"_s, Organisation},
        {u"init"_s, v, v, u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s},
        {u"init"_s, v, u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s, u"--kdf-cost"_s, u"free"_s},
        {u"init"_s, v, u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s, u"--passphrase-fd"_s, u"zero"_s},
        {u"users"_s, u"add"_s, v, u"--user"_s, u"Alice"_s, u"--name"_s, u"Bea"_s, u"--role"_s, u"boss"_s},
        {u"backup"_s, v, u"--user"_s, u"Alice"_s},
        {u"restore"_s, v},
        {u"verify"_s, v},
    };
    for (const QStringList& args : mistakes) {
        const RunResult r = f.runRaw(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 1);
        requireOneLineError(r);
    }
    CHECK_FALSE(QFile::exists(v));
}

TEST_CASE("a passphrase on the command line is refused and creates nothing", "[cli][usage]")
{
    CliFixture f;
    for (const QString& option : {u"--passphrase"_s, u"--password"_s, u"--pass"_s}) {
        const RunResult r = f.runRaw({u"init"_s, f.vault(), u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s,
                                      u"--kdf-cost"_s, u"minimum"_s, option, AlicePass});
        INFO(r.describe());
        CHECK(r.exitCode == 1);
        requireOneLineError(r);
        CHECK_FALSE(QFile::exists(f.vault()));
    }
    f.initVault();
    const RunResult r = f.runRaw({u"info"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--passphrase"_s, AlicePass});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.out.contains(Organisation));
}

TEST_CASE("without a terminal or --passphrase-fd a command fails instead of waiting", "[cli][usage]")
{
    CliFixture f;
    f.initVault();
    const RunResult r = f.run({u"info"_s, f.vault(), u"--user"_s, u"Alice"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--passphrase-fd"_s));
    requireOneLineError(r);
}

TEST_CASE("a passphrase descriptor that ends early is a usage error", "[cli][usage]")
{
    CliFixture f;
    f.initVault();
    // users add needs two passphrases: Alice's, then the new user's.
    const RunResult r = f.run({u"users"_s, u"add"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--name"_s, u"Bea"_s,
                               u"--role"_s, u"caseworker"_s, u"--kdf-cost"_s, u"minimum"_s},
                              {AlicePass});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    requireOneLineError(r);
}

TEST_CASE("abri-admin speaks French when the system language is French", "[cli][usage][i18n]")
{
    CliFixture f;
    f.initVault();
    QProcessEnvironment french = f.environment();
    french.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);

    QProcess help;
    help.setProcessEnvironment(french);
    help.start(QStringLiteral(ABRI_ADMIN_PATH), {u"--help"_s});
    REQUIRE(help.waitForFinished(60000));
    const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
    INFO(helpText.toStdString());
    CHECK(helpText.contains(u"Codes de sortie"_s));

    // Core's messages too: a wrong passphrase.
    QProcess wrong;
    wrong.setProcessEnvironment(french);
    wrong.start(QStringLiteral(ABRI_ADMIN_PATH), {u"info"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--state-dir"_s,
                                                  f.stateDir(), u"--passphrase-fd"_s, u"0"_s});
    REQUIRE(wrong.waitForStarted(30000));
    wrong.write("not the right passphrase at all\n");
    wrong.closeWriteChannel();
    REQUIRE(wrong.waitForFinished(60000));
    CHECK(wrong.exitCode() == 2);
    const QString error = QString::fromUtf8(wrong.readAllStandardError());
    INFO(error.toStdString());
    CHECK(error.contains(u"phrase de passe"_s));
}

TEST_CASE("the command-line parser's own messages are French when the system language is French", "[cli][usage][i18n]")
{
    // They come from Qt's translations, which a system may lack; Abri's own are built in.
    if (!QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(u"qtbase_fr.qm"_s))) {
        WARN("Qt's French translations (qtbase_fr.qm) are not installed here");
        return;
    }
    CliFixture f;
    QProcessEnvironment french = f.environment();
    french.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
    const RunResult r = f.runRaw({u"info"_s, f.vault(), u"--frobnicate"_s}, {}, french);
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Option inconnue"_s));
    requireOneLineError(r);
}

TEST_CASE("core's warnings stay off stderr unless QT_LOGGING_RULES asks for them", "[cli][usage]")
{
    CliFixture f;
    f.initVault();
    // A folder where this computer's audit anchor should be written: core cannot write it and warns, which
    // is not a failure of the command.
    QDir state(f.stateDir());
    const QStringList anchors = state.entryList({u"anchor-*"_s}, QDir::Files);
    REQUIRE_FALSE(anchors.isEmpty());
    for (const QString& anchor : anchors) {
        REQUIRE(state.remove(anchor));
        REQUIRE(state.mkdir(anchor));
    }
    const QStringList addBea = {u"users"_s, u"add"_s,    f.vault(),   u"--user"_s,     u"Alice"_s,  u"--name"_s,
                                u"Bea"_s,   u"--role"_s, u"clinic"_s, u"--kdf-cost"_s, u"minimum"_s};
    const RunResult quiet = f.run(addBea, {AlicePass, BeaPass});
    INFO(quiet.describe());
    REQUIRE(quiet.exitCode == 0);
    CHECK(quiet.err.isEmpty());

    QProcessEnvironment debugging = f.environment();
    debugging.insert(u"QT_LOGGING_RULES"_s, u"abri.*.warning=true"_s);
    debugging.remove(u"QT_MESSAGE_PATTERN"_s);
    QStringList addCleo = addBea;
    addCleo[6] = u"Cleo"_s;
    const RunResult loud = f.run(addCleo, {AlicePass, NewPass}, debugging);
    INFO(loud.describe());
    REQUIRE(loud.exitCode == 0);
    CHECK(loud.err.contains(u"abri.core"_s));
}

TEST_CASE("a passphrase descriptor that is not open is a usage error", "[cli][usage]")
{
    CliFixture f;
    f.initVault();
    const RunResult r = f.runRaw(
        {u"info"_s, f.vault(), u"--user"_s, u"Alice"_s, u"--passphrase-fd"_s, u"57"_s, u"--state-dir"_s, f.stateDir()});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"57"_s));
    CHECK_FALSE(r.out.contains(Organisation));
}
