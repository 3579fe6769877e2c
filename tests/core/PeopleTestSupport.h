#pragma once

// Shared by the person-file and access-matrix tests: staff of every role, switching users, reading the database.

#include "TestSupport.h"
#include "cases/CaseFiles.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace abri::test {

// One user per role; Alice (the fixture's coordinator) has GoodPass, the others OtherPass.
inline QString staffName(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return QStringLiteral("Alice");
    case Role::Caseworker:
        return QStringLiteral("Casey");
    case Role::LegalVolunteer:
        return QStringLiteral("Lee");
    case Role::ClinicIntake:
        return QStringLiteral("Cleo");
    }
    return {};
}

inline void addStaff(Fixture& f)
{
    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        auto added = f.vault->addUser(staffName(role), role, pass(OtherPass));
        REQUIRE(added.ok());
    }
}

// Locks the current session and unlocks as the user of that role.
inline void switchTo(Fixture& f, Role role, Vault::Access access = Vault::Access::ReadWrite)
{
    f.vault->lock();
    auto v = f.unlock(staffName(role), role == Role::Coordinator ? GoodPass : OtherPass, access);
    INFO((v ? QString() : v.error().message()).toStdString());
    REQUIRE(v.ok());
    f.vault = std::move(v.value());
}

inline qint64 scalar(Vault& v, const char* sql, qint64 bind = 0)
{
    auto st = v.database().prepare(sql);
    REQUIRE(st.ok());
    if (bind != 0) {
        st->bind(1, bind);
    }
    REQUIRE(st->step());
    return st->int64(0);
}

inline QString text(Vault& v, const char* sql, qint64 bind)
{
    auto st = v.database().prepare(sql);
    REQUIRE(st.ok());
    st->bind(1, bind);
    REQUIRE(st->step());
    return st->text(0);
}

// Audit entries of one action, newest first (the current user must be a coordinator).
inline std::vector<AuditEntry> auditOf(Vault& v, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    auto entries = v.auditEntries(filter);
    REQUIRE(entries.ok());
    return entries.value();
}

// A draft with every field set, restricted parts included.
inline PersonDraft fullDraft(const QString& alias = QStringLiteral("Élodie Martin"))
{
    PersonDraft d;
    d.alias = alias;
    d.pronouns = QStringLiteral("elle");
    d.languages = {QStringLiteral("French"), QStringLiteral("Portuguese")};
    d.tags = {QStringLiteral("night outreach"), QStringLiteral("shelter")};
    d.flags = {RiskFlag::DoNotConfirmPresence, RiskFlag::SafetyPlan};
    d.legalName = QStringLiteral("Legal Name Sample");
    d.idNumbers = QStringLiteral("ID 12345");
    d.birth = QStringLiteral("1990-05-21");
    d.contacts = std::vector<ContactMethod>{{ContactKind::Phone, QStringLiteral("+33 6 12 34 56 78"),
                                             QStringLiteral("text only"), QStringLiteral("after 6 pm")},
                                            {ContactKind::Email, QStringLiteral("e@example.org"), {}, {}}};
    d.emergencyContact = QStringLiteral("Sister, 06 98 76 54 32");
    d.location = QStringLiteral("Gare du Nord, evenings");
    d.healthSummary = QStringLiteral("Health summary sample");
    d.legalSummary = QStringLiteral("Legal summary sample");
    d.shelterAddress = QStringLiteral("12 rue Sample");
    d.riskDetails = QStringLiteral("Risk details sample");
    return d;
}

inline PersonDraft aliasOnly(const QString& alias)
{
    PersonDraft d;
    d.alias = alias;
    return d;
}

} // namespace abri::test
