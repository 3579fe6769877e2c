// users list|add|disable|enable|reset-passphrase|set-role and the role rules, end to end.
#include "CliFixture.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

RunResult listAs(const CliFixture& f, const QString& user, const QString& passphrase)
{
    return f.run({u"users"_s, u"list"_s, f.vault(), u"--user"_s, user}, {passphrase});
}

RunResult usersCommand(const CliFixture& f, const QString& sub, const QString& name, const QStringList& secrets,
                       const QStringList& extra = {})
{
    return f.run(QStringList{u"users"_s, sub, f.vault(), u"--user"_s, u"Alice"_s, u"--name"_s, name} + extra, secrets);
}

bool canUnlock(const CliFixture& f, const QString& user, const QString& passphrase)
{
    return f.run({u"info"_s, f.vault(), u"--user"_s, user}, {passphrase}).exitCode == 0;
}

bool listed(const QString& listing, const QString& name, const QString& role, const QString& active)
{
    return listing.contains(QRegularExpression(u"(^|\\n)%1\\s+%2\\s+%3\\s"_s.arg(name, role, active)));
}

} // namespace

TEST_CASE("a coordinator adds, lists, disables, enables and resets users", "[cli][users]")
{
    CliFixture f;
    f.initVault();
    f.addBea();

    RunResult list = listAs(f, u"Alice"_s, AlicePass);
    INFO(list.describe());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.startsWith(u"NAME"_s));
    CHECK(listed(list.out, u"Alice"_s, u"coordinator"_s, u"yes"_s));
    CHECK(listed(list.out, u"Bea"_s, u"caseworker"_s, u"yes"_s));
    // Alice unlocked to list, Bea never has.
    CHECK(list.out.contains(QRegularExpression(u"Bea\\s+caseworker\\s+yes\\s+never"_s)));
    CHECK_FALSE(list.out.contains(QRegularExpression(u"Alice\\s+coordinator\\s+yes\\s+never"_s)));
    CHECK(canUnlock(f, u"Bea"_s, BeaPass));

    RunResult r = usersCommand(f, u"disable"_s, u"bea"_s, {AlicePass});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    list = listAs(f, u"Alice"_s, AlicePass);
    CHECK(listed(list.out, u"Bea"_s, u"caseworker"_s, u"no"_s));
    CHECK(f.run({u"info"_s, f.vault(), u"--user"_s, u"Bea"_s}, {BeaPass}).exitCode == 2);

    r = usersCommand(f, u"enable"_s, u"Bea"_s, {AlicePass});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(canUnlock(f, u"Bea"_s, BeaPass));

    r = usersCommand(f, u"reset-passphrase"_s, u"Bea"_s, {AlicePass, NewPass}, {u"--kdf-cost"_s, u"minimum"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(canUnlock(f, u"Bea"_s, NewPass));
    CHECK_FALSE(canUnlock(f, u"Bea"_s, BeaPass));

    r = usersCommand(f, u"set-role"_s, u"Bea"_s, {AlicePass}, {u"--role"_s, u"legal"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    list = listAs(f, u"Alice"_s, AlicePass);
    CHECK(listed(list.out, u"Bea"_s, u"legal"_s, u"yes"_s));
}

TEST_CASE("a caseworker cannot add users: exit 6 and nothing changes", "[cli][users]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    const RunResult r = f.run({u"users"_s, u"add"_s, f.vault(), u"--user"_s, u"Bea"_s, u"--name"_s, u"Eve"_s,
                               u"--role"_s, u"coordinator"_s, u"--kdf-cost"_s, u"minimum"_s},
                              {BeaPass, NewPass});
    INFO(r.describe());
    CHECK(r.exitCode == 6);
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK_FALSE(canUnlock(f, u"Eve"_s, NewPass));
    const RunResult list = listAs(f, u"Alice"_s, AlicePass);
    CHECK_FALSE(list.out.contains(u"Eve"_s));
    CHECK(list.out.trimmed().split(u'\n').size() == 3); // header, Alice, Bea

    // Nor list, disable or reset anyone.
    CHECK(listAs(f, u"Bea"_s, BeaPass).exitCode == 6);
    CHECK(f.run({u"users"_s, u"disable"_s, f.vault(), u"--user"_s, u"Bea"_s, u"--name"_s, u"Alice"_s}, {BeaPass})
              .exitCode == 6);
    CHECK(canUnlock(f, u"Alice"_s, AlicePass));
}

TEST_CASE("the last active coordinator cannot be disabled", "[cli][users]")
{
    CliFixture f;
    f.initVault();
    const RunResult r = usersCommand(f, u"disable"_s, u"Alice"_s, {AlicePass});
    INFO(r.describe());
    CHECK(r.exitCode == 7);
    CHECK(canUnlock(f, u"Alice"_s, AlicePass));
}

TEST_CASE("adding a user who exists or changing one who does not is refused", "[cli][users]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    RunResult r = usersCommand(f, u"add"_s, u"BEA"_s, {AlicePass, NewPass},
                               {u"--role"_s, u"clinic"_s, u"--kdf-cost"_s, u"minimum"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 7);
    CHECK(canUnlock(f, u"Bea"_s, BeaPass));
    r = usersCommand(f, u"enable"_s, u"Nobody"_s, {AlicePass});
    CHECK(r.exitCode == 7);
}

TEST_CASE("a new user's weak passphrase is refused with feedback", "[cli][users]")
{
    CliFixture f;
    f.initVault();
    const RunResult r = usersCommand(f, u"add"_s, u"Bea"_s, {AlicePass, u"password"_s},
                                     {u"--role"_s, u"caseworker"_s, u"--kdf-cost"_s, u"minimum"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"refused"_s));
    CHECK_FALSE(canUnlock(f, u"Bea"_s, u"password"_s));
}
