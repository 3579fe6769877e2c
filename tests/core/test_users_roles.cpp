#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {
qint64 idOf(Vault& v, const QString& name)
{
    auto users = v.users();
    REQUIRE(users.ok());
    for (const UserInfo& u : users.value()) {
        if (u.name == name) {
            return u.id;
        }
    }
    FAIL("no such user");
    return 0;
}
} // namespace

TEST_CASE("addUser_byCoordinator_letsThatUserUnlockWithTheirRole", "[users]")
{
    Fixture f;
    auto bob = f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass));
    REQUIRE(bob.ok());
    CHECK(bob->role == Role::Caseworker);
    f.vault->lock();
    auto session = f.unlock(QStringLiteral("Bob"), OtherPass);
    REQUIRE(session.ok());
    CHECK(session.value()->currentUser().role == Role::Caseworker);
    // Alice's passphrase does not open Bob's account.
    session.value()->lock();
    CHECK(f.unlock(QStringLiteral("Bob"), GoodPass).error().code() == ErrorCode::WrongCredentials);
}

TEST_CASE("addUser_withBadInput_explainsAndAddsNothing", "[users]")
{
    Fixture f;
    CHECK(f.vault->addUser(QStringLiteral("ALICE"), Role::Caseworker, pass(OtherPass)).error().code() ==
          ErrorCode::UserExists);
    CHECK(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass("tiny")).error().code() ==
          ErrorCode::WeakPassphrase);
    CHECK(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass("aaaaaaaaaaaaaaaaaaaa")).error().code() ==
          ErrorCode::WeakPassphrase);
    CHECK(f.vault->addUser(QString(), Role::Caseworker, pass(OtherPass)).error().code() == ErrorCode::InvalidArgument);
    auto users = f.vault->users();
    REQUIRE(users.ok());
    CHECK(users->size() == 1);
    auto info = Vault::inspect(f.vaultPath);
    REQUIRE(info.ok());
    CHECK(info->slotCount == 1);
}

TEST_CASE("roles_nonCoordinators_cannotManageUsersOrReadTheAuditLog", "[users][roles]")
{
    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        DYNAMIC_SECTION("role " << roleId(role).toStdString())
        {
            Fixture f;
            REQUIRE(f.vault->addUser(QStringLiteral("Staff"), role, pass(OtherPass)).ok());
            const qint64 aliceId = f.vault->currentUser().id;
            f.vault->lock();
            auto s = f.unlock(QStringLiteral("Staff"), OtherPass);
            REQUIRE(s.ok());
            Vault& v = *s.value();
            CHECK(v.users().error().code() == ErrorCode::PermissionDenied);
            CHECK(v.addUser(QStringLiteral("Eve"), Role::Coordinator, pass(GoodPass)).error().code() ==
                  ErrorCode::PermissionDenied);
            CHECK(v.disableUser(aliceId).error().code() == ErrorCode::PermissionDenied);
            CHECK(v.enableUser(aliceId).error().code() == ErrorCode::PermissionDenied);
            CHECK(v.setRole(v.currentUser().id, Role::Coordinator).error().code() == ErrorCode::PermissionDenied);
            CHECK(v.resetPassphrase(aliceId, pass(GoodPass)).error().code() == ErrorCode::PermissionDenied);
            CHECK(v.rekey().error().code() == ErrorCode::PermissionDenied);
            CHECK(v.auditEntries({}).error().code() == ErrorCode::PermissionDenied);
            CHECK(v.verifyAudit().error().code() == ErrorCode::PermissionDenied);
            CHECK(v.setAutoLockMinutes(9).error().code() == ErrorCode::PermissionDenied);
            CHECK(v.currentUser().role == role);
            // Everyone may change their own passphrase.
            REQUIRE(v.changeMyPassphrase(pass(OtherPass), pass("plum orchard lantern seventeen")).ok());
            v.lock();
            REQUIRE(f.unlock(QStringLiteral("Staff"), "plum orchard lantern seventeen").ok());
        }
    }
}

TEST_CASE("disableUser_lastActiveCoordinator_isRefused", "[users][roles]")
{
    Fixture f;
    const qint64 alice = f.vault->currentUser().id;
    auto r = f.vault->disableUser(alice);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::LastCoordinator);
    CHECK(f.vault->setRole(alice, Role::Caseworker).error().code() == ErrorCode::LastCoordinator);

    REQUIRE(f.vault->addUser(QStringLiteral("Chloé"), Role::Coordinator, pass(OtherPass)).ok());
    REQUIRE(f.vault->disableUser(idOf(*f.vault, QStringLiteral("Chloé"))).ok());
    CHECK(f.vault->disableUser(alice).error().code() == ErrorCode::LastCoordinator);
}

TEST_CASE("disableUser_blocksUnlock_andEnableUserRestoresIt", "[users]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::LegalVolunteer, pass(OtherPass)).ok());
    const qint64 bob = idOf(*f.vault, QStringLiteral("Bob"));
    REQUIRE(f.vault->disableUser(bob).ok());
    f.vault->lock();
    auto blocked = f.unlock(QStringLiteral("Bob"), OtherPass);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code() == ErrorCode::UserDisabled);

    auto alice = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(alice.ok());
    REQUIRE(alice.value()->enableUser(bob).ok());
    alice.value()->lock();
    REQUIRE(f.unlock(QStringLiteral("Bob"), OtherPass).ok());
}

TEST_CASE("resetPassphrase_byCoordinator_replacesTheOldOne", "[users]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::ClinicIntake, pass(OtherPass)).ok());
    REQUIRE(f.vault->resetPassphrase(idOf(*f.vault, QStringLiteral("Bob")), pass("marble kettle origami dawn")).ok());
    CHECK(f.vault->resetPassphrase(idOf(*f.vault, QStringLiteral("Bob")), pass("123")).error().code() ==
          ErrorCode::WeakPassphrase);
    f.vault->lock();
    CHECK(f.unlock(QStringLiteral("Bob"), OtherPass).error().code() == ErrorCode::WrongCredentials);
    REQUIRE(f.unlock(QStringLiteral("Bob"), "marble kettle origami dawn").ok());
}

TEST_CASE("changeMyPassphrase_withWrongCurrent_changesNothing", "[users]")
{
    Fixture f;
    const auto keysBefore = fileHash(QDir(f.vaultPath).filePath(QStringLiteral("abri.keys")));
    auto r = f.vault->changeMyPassphrase(pass(OtherPass), pass("marble kettle origami dawn"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::WrongCredentials);
    CHECK(f.vault->changeMyPassphrase(pass(GoodPass), pass("short")).error().code() == ErrorCode::WeakPassphrase);
    CHECK(fileHash(QDir(f.vaultPath).filePath(QStringLiteral("abri.keys"))) == keysBefore);
    REQUIRE(f.vault->changeMyPassphrase(pass(GoodPass), pass("marble kettle origami dawn")).ok());
    f.vault->lock();
    CHECK(f.unlock(QStringLiteral("Alice"), GoodPass).error().code() == ErrorCode::WrongCredentials);
    REQUIRE(f.unlock(QStringLiteral("Alice"), "marble kettle origami dawn").ok());
}

TEST_CASE("userChanges_areAudited_withIdsNotNames", "[users][audit]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    const qint64 bob = idOf(*f.vault, QStringLiteral("Bob"));
    REQUIRE(f.vault->setRole(bob, Role::LegalVolunteer).ok());
    REQUIRE(f.vault->disableUser(bob).ok());
    REQUIRE(f.vault->enableUser(bob).ok());
    REQUIRE(f.vault->resetPassphrase(bob, pass("marble kettle origami dawn")).ok());
    AuditFilter filter;
    filter.action = QStringLiteral("user.");
    auto entries = f.vault->auditEntries(filter);
    REQUIRE(entries.ok());
    QStringList actions;
    for (const AuditEntry& e : entries.value()) {
        actions << e.action;
        CHECK(e.objectId == QString::number(bob));
        CHECK_FALSE(e.detail.contains(QStringLiteral("Bob")));
        CHECK(e.userName == QStringLiteral("Alice"));
    }
    CHECK(actions == QStringList{QStringLiteral("user.reset_passphrase"), QStringLiteral("user.enable"),
                                 QStringLiteral("user.disable"), QStringLiteral("user.role"),
                                 QStringLiteral("user.add")});
}
