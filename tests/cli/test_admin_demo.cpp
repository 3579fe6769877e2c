// demo, end to end, and the demo generator it is built on.
#include "cases/CaseFiles.h"
// Then the rest.
#include "CliFixture.h"
#include "cases/DemoData.h"
#include "storage/Database.h"
#include "vault/PassphrasePolicy.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace abri;
using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

RunResult demo(const CliFixture& f, const QString& vault, const QStringList& extra,
               const QString& passphrase = AlicePass)
{
    QStringList args{u"demo"_s, vault, u"--user"_s, u"Alice"_s, u"--kdf-cost"_s, u"minimum"_s};
    return f.run(args + extra, {passphrase});
}

std::unique_ptr<Vault> openAs(const CliFixture& f, const QString& vault, const QString& user = u"Alice"_s,
                              const QString& passphrase = AlicePass)
{
    auto opened = Vault::unlock(vault, user, SecureBuffer::fromUtf8(passphrase), f.options(Vault::Access::ReadWrite));
    INFO((opened ? std::string() : opened.error().message().toStdString()));
    REQUIRE(opened);
    return std::move(opened).value();
}

qint64 scalar(Vault& vault, const char* sql)
{
    auto st = vault.database().prepare(sql);
    REQUIRE(st);
    REQUIRE(st->step());
    return st->int64(0);
}

// "code alias" of every person in creation order: what must be the same for the same seed.
QStringList codesAndAliases(Vault& vault)
{
    auto st = vault.database().prepare("SELECT code, alias FROM people ORDER BY id;");
    REQUIRE(st);
    QStringList out;
    while (st->step()) {
        out << st->text(0) + u' ' + st->text(1);
    }
    REQUIRE(st->ok());
    return out;
}

QStringList codesAndAliasesOf(const CliFixture& f, const QString& vault)
{
    auto session = openAs(f, vault);
    return codesAndAliases(*session);
}

} // namespace

TEST_CASE("demo_newVault_holdsTheRequestedFictionalData", "[cli][demo]")
{
    CliFixture f;
    const RunResult r = demo(f, f.vault(), {u"--people"_s, u"60"_s, u"--notes"_s, u"400"_s, u"--seed"_s, u"7"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"60 fictional people and 400 notes"_s));
    CHECK_FALSE(recoveryKeyIn(r.out).isEmpty());
    CHECK(r.out.contains(u"Write this recovery key down"_s));

    auto vault = openAs(f, f.vault());
    CHECK(vault->organisation() == u"Demo"_s);
    CHECK(vault->currentUser().role == Role::Coordinator);
    CHECK(isDemoVault(*vault));
    CaseFiles files(*vault);
    auto people = files.countPeople({});
    REQUIRE(people);
    CHECK(people.value() == 60);
    CHECK(scalar(*vault, "SELECT count(*) FROM notes;") == 400);
    CHECK(scalar(*vault, "SELECT count(DISTINCT code) FROM people;") == 60);
    // Phone numbers only from the ranges reserved for fiction.
    auto phones = vault->database().prepare("SELECT value FROM person_contacts WHERE kind = 'phone';");
    REQUIRE(phones);
    static const QRegularExpression fictional(u"^(06 39 98 \\d\\d \\d\\d|01 99 00 \\d\\d \\d\\d|07700 900\\d{3})$"_s);
    int phoneCount = 0;
    while (phones->step()) {
        ++phoneCount;
        INFO(phones->text(0).toStdString());
        CHECK(fictional.match(phones->text(0)).hasMatch());
    }
    CHECK(phoneCount > 20);
    // Every user finds follow-ups on the Today page: some due today, some overdue.
    const QDate today = QDate::currentDate();
    auto due = files.followUpsDue(today, vault->currentUser().id);
    REQUIRE(due);
    CHECK(std::count_if(due->begin(), due->end(), [&](const FollowUp& u) { return u.due == today; }) >= 2);
    CHECK(std::count_if(due->begin(), due->end(), [&](const FollowUp& u) { return u.due < today; }) >= 3);
    // One audit entry with the counts, never a name.
    AuditFilter filter;
    filter.action = u"demo.fill"_s;
    auto entries = vault->auditEntries(filter);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().detail == u"people=60 notes=400 seed=7"_s);
}

TEST_CASE("demo_defaults_thousandPeopleTenThousandNotes", "[cli][demo]")
{
    CliFixture f;
    const RunResult r = demo(f, f.vault(), {});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    auto vault = openAs(f, f.vault());
    CHECK(scalar(*vault, "SELECT count(*) FROM people;") == 1000);
    CHECK(scalar(*vault, "SELECT count(*) FROM notes;") == 10000);
    // Spread: most people have a few notes, some have many; every category of note is there.
    CHECK(scalar(*vault, "SELECT count(DISTINCT person_id) FROM notes;") > 900);
    CHECK(scalar(*vault, "SELECT count(DISTINCT category) FROM notes;") == 5);
    CHECK(scalar(*vault, "SELECT count(DISTINCT kind) FROM notes;") == 4);
    CHECK(scalar(*vault, "SELECT count(*) FROM consents WHERE revoked_on IS NOT NULL;") > 0);
    CHECK(scalar(*vault, "SELECT count(*) FROM person_flags;") > 0);
    CHECK(scalar(*vault, "SELECT count(DISTINCT status) FROM people;") == 3);
}

TEST_CASE("demo_sameSeed_sameCodesAndAliases_otherSeedDiffers", "[cli][demo]")
{
    CliFixture f;
    const QStringList counts{u"--people"_s, u"50"_s, u"--notes"_s, u"20"_s};
    const QString a = f.path(u"a"_s);
    const QString b = f.path(u"b"_s);
    const QString c = f.path(u"c"_s);
    REQUIRE(demo(f, a, counts + QStringList{u"--seed"_s, u"42"_s}).exitCode == 0);
    REQUIRE(demo(f, b, counts + QStringList{u"--seed"_s, u"42"_s}).exitCode == 0);
    REQUIRE(demo(f, c, counts + QStringList{u"--seed"_s, u"43"_s}).exitCode == 0);
    const QStringList first = codesAndAliasesOf(f, a);
    REQUIRE(first.size() == 50);
    CHECK(codesAndAliasesOf(f, b) == first);
    const QStringList other = codesAndAliasesOf(f, c);
    REQUIRE(other.size() == 50);
    CHECK(other != first);
    // Not merely shifted: most codes differ.
    int same = 0;
    for (qsizetype i = 0; i < first.size(); ++i) {
        same += first.at(i).section(u' ', 0, 0) == other.at(i).section(u' ', 0, 0) ? 1 : 0;
    }
    CHECK(same < 5);
}

TEST_CASE("demo_badArguments_refusedWithUsageCodeAndNothingCreated", "[cli][demo]")
{
    struct Case
    {
        QStringList args;
        QString message;
    };
    const std::vector<Case> cases = {
        {{u"--people"_s, u"0"_s}, u"--people must be a whole number from 1 to 1000000"_s},
        {{u"--people"_s, u"1000001"_s}, u"--people must be"_s},
        {{u"--people"_s, u"-5"_s}, u"--people must be"_s},
        {{u"--people"_s, u"12abc"_s}, u"--people must be"_s},
        {{u"--people"_s, u"1.5"_s}, u"--people must be"_s},
        {{u"--people"_s, u""_s}, u"--people must be"_s},
        {{u"--notes"_s, u"-1"_s}, u"--notes must be a whole number from 0 to 10000000"_s},
        {{u"--notes"_s, u"10000001"_s}, u"--notes must be"_s},
        {{u"--notes"_s, u"many"_s}, u"--notes must be"_s},
        {{u"--seed"_s, u"-1"_s}, u"--seed must be a whole number"_s},
        {{u"--seed"_s, u"seed"_s}, u"--seed must be"_s},
        {{u"--seed"_s, u"1e3"_s}, u"--seed must be"_s},
        {{u"--seed"_s, u"18446744073709551616"_s}, u"--seed must be"_s},
    };
    for (const Case& c : cases) {
        CliFixture f;
        const RunResult r = demo(f, f.vault(), c.args);
        INFO(c.args.join(u' ').toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(u"abri-admin: "_s));
        CHECK(r.err.contains(c.message));
        CHECK_FALSE(QFileInfo::exists(f.vault()));
    }

    CliFixture f;
    const RunResult noUser =
        f.run({u"demo"_s, f.vault(), u"--kdf-cost"_s, u"minimum"_s, u"--people"_s, u"5"_s}, {AlicePass});
    INFO(noUser.describe());
    CHECK(noUser.exitCode == 1);
    CHECK(noUser.err.contains(u"needs --user"_s));
    CHECK_FALSE(QFileInfo::exists(f.vault()));

    const RunResult weak = demo(f, f.vault(), {u"--people"_s, u"5"_s}, u"short"_s);
    INFO(weak.describe());
    CHECK(weak.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(f.vault()));
}

TEST_CASE("demo_existingFolder_refusedAndUntouched", "[cli][demo]")
{
    CliFixture f;
    f.initVault();
    const auto before = snapshot(f.vault());
    const RunResult r = demo(f, f.vault(), {u"--people"_s, u"5"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"already exists"_s));
    CHECK(snapshot(f.vault()) == before);

    // Any non-empty folder, not only a vault.
    const QString folder = f.path(u"papers"_s);
    REQUIRE(QDir().mkpath(folder));
    QFile note(QDir(folder).filePath(u"keep.txt"_s));
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("keep me\n");
    note.close();
    const RunResult other = demo(f, folder, {u"--people"_s, u"5"_s});
    CHECK(other.exitCode == 4);
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) == QStringList{u"keep.txt"_s});
}

TEST_CASE("demo_help_namesTheCommandAndItsDefaults", "[cli][demo]")
{
    CliFixture f;
    const RunResult global = f.runRaw({u"--help"_s});
    CHECK(global.exitCode == 0);
    CHECK(global.out.contains(u"abri-admin demo VAULT --user NAME [--people N] [--notes M] [--seed S]"_s));
    const RunResult own = f.runRaw({u"demo"_s, u"--help"_s});
    INFO(own.describe());
    CHECK(own.exitCode == 0);
    CHECK(own.out.contains(u"--people <N>"_s));
    // The parser wraps long lines.
    const QString text = own.out.simplified();
    CHECK(text.contains(u"1 to 1000000 (default: 1000)"_s));
    CHECK(text.contains(u"0 to 10000000 (default: 10000)"_s));
    CHECK(text.contains(u"(default: 1)"_s));
    CHECK(own.out.contains(u"fictional"_s));
}

TEST_CASE("demoVault_fourRoles_unlockWithThePublishedPassphrase", "[demo][core]")
{
    CliFixture f;
    CHECK(PassphrasePolicy::evaluate(demoPassphrase()).acceptable);
    DemoOptions options;
    options.people = 30;
    options.notes = 100;
    auto created = createDemoVault(f.vault(), options, f.options(Vault::Access::ReadWrite));
    INFO((created ? std::string() : created.error().message().toStdString()));
    REQUIRE(created);
    Vault& coordinator = *created->vault;
    CHECK(isDemoVault(coordinator));
    CHECK(coordinator.organisation() == u"Demo"_s);
    auto users = coordinator.users();
    REQUIRE(users);
    REQUIRE(users->size() == 4);
    coordinator.lock();

    const QStringList names = demoUserNames();
    REQUIRE(names.size() == 4);
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto vault = openAs(f, f.vault(), names.at(i), demoPassphrase());
        CHECK(vault->currentUser().role == AllRoles[i]);
        CaseFiles files(*vault);
        auto count = files.countPeople({});
        REQUIRE(count);
        CHECK(count.value() == 30);
        vault->lock();
    }
}

TEST_CASE("fillDemo_vaultWithPeople_refusedAndUnchanged", "[demo][core]")
{
    CliFixture f;
    DemoOptions options;
    options.people = 10;
    options.notes = 10;
    auto created = createDemoVault(f.vault(), options, f.options(Vault::Access::ReadWrite));
    REQUIRE(created);
    Vault& vault = *created->vault;
    const Status again = fillDemo(vault, options);
    REQUIRE_FALSE(again);
    CHECK(again.error().code() == ErrorCode::InvalidArgument);
    CHECK(again.error().message().contains(u"already has people"_s));
    CHECK(scalar(vault, "SELECT count(*) FROM people;") == 10);
    CHECK(scalar(vault, "SELECT count(*) FROM notes;") == 10);
}

TEST_CASE("fillDemo_badCountsOrNotCoordinator_refusedAndNothingSaved", "[demo][core]")
{
    CliFixture f;
    auto created = Vault::create(f.vault(), Organisation, u"Alice"_s, SecureBuffer::fromUtf8(AlicePass),
                                 f.options(Vault::Access::ReadWrite));
    REQUIRE(created);
    Vault& vault = *created->vault;
    for (const auto& [people, notes] : std::vector<std::pair<int, int>>{
             {0, 10}, {-1, 10}, {DemoOptions::MaxPeople + 1, 10}, {10, -1}, {10, DemoOptions::MaxNotes + 1}}) {
        DemoOptions options;
        options.people = people;
        options.notes = notes;
        const Status st = fillDemo(vault, options);
        INFO(people << " people, " << notes << " notes");
        REQUIRE_FALSE(st);
        CHECK(st.error().code() == ErrorCode::InvalidArgument);
    }
    CHECK(scalar(vault, "SELECT count(*) FROM people;") == 0);
    CHECK_FALSE(isDemoVault(vault));

    REQUIRE(vault.addUser(u"Bea"_s, Role::Caseworker, SecureBuffer::fromUtf8(BeaPass)));
    vault.lock();
    auto bea = openAs(f, f.vault(), u"Bea"_s, BeaPass);
    const Status st = fillDemo(*bea, DemoOptions{});
    REQUIRE_FALSE(st);
    CHECK(st.error().code() == ErrorCode::PermissionDenied);
    CHECK(scalar(*bea, "SELECT count(*) FROM people;") == 0);
}

TEST_CASE("fillDemo_cancelled_leavesNoPeopleAndNoMark", "[demo][core]")
{
    CliFixture f;
    auto created = Vault::create(f.vault(), Organisation, u"Alice"_s, SecureBuffer::fromUtf8(AlicePass),
                                 f.options(Vault::Access::ReadWrite));
    REQUIRE(created);
    Vault& vault = *created->vault;
    DemoOptions options;
    options.people = 2000;
    options.notes = 2000;
    qint64 calls = 0;
    qint64 lastDone = 0;
    const Status st = fillDemo(vault, options, [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(total == 4000);
        CHECK(done > lastDone);
        lastDone = done;
        return done < 2500; // cancel while the notes are going in
    });
    REQUIRE_FALSE(st);
    CHECK(st.error().code() == ErrorCode::Cancelled);
    CHECK(calls > 5);
    CHECK(scalar(vault, "SELECT count(*) FROM people;") == 0);
    CHECK(scalar(vault, "SELECT count(*) FROM notes;") == 0);
    CHECK(scalar(vault, "SELECT count(*) FROM consents;") == 0);
    CHECK(scalar(vault, "SELECT count(*) FROM followups;") == 0);
    CHECK_FALSE(isDemoVault(vault));
    // Nothing was audited either, and the vault still takes demo data afterwards.
    AuditFilter filter;
    filter.action = u"demo.fill"_s;
    auto entries = vault.auditEntries(filter);
    REQUIRE(entries);
    CHECK(entries->empty());
    options.people = 20;
    options.notes = 20;
    REQUIRE(fillDemo(vault, options));
    CHECK(scalar(vault, "SELECT count(*) FROM people;") == 20);
}

TEST_CASE("createDemoVault_failure_leavesNoFolder", "[demo][core]")
{
    CliFixture f;
    DemoOptions options;
    options.people = 50;
    options.notes = 0;
    const auto cancelEarly = [](qint64, qint64) { return false; };
    auto created = createDemoVault(f.vault(), options, f.options(Vault::Access::ReadWrite), cancelEarly);
    REQUIRE_FALSE(created);
    CHECK(created.error().code() == ErrorCode::Cancelled);
    CHECK_FALSE(QFileInfo::exists(f.vault()));
}
