// Consents: recording, listing, withdrawing, validation and the expiring list, through CaseFiles.
#include "cases/CaseFiles.h"
// The rest in the usual order.
#include "TestSupport.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {

qint64 newPerson(Vault& vault, const char* alias, bool hideName = false)
{
    PersonDraft d;
    d.alias = QString::fromUtf8(alias);
    d.hideName = hideName;
    auto id = CaseFiles(vault).createPerson(d);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 count(Vault& vault, const char* sql)
{
    auto st = vault.database().prepare(sql);
    REQUIRE(st.ok());
    REQUIRE(st->step());
    return st->int64(0);
}

QDate today(const Fixture& f)
{
    return f.clock.nowUtc().toLocalTime().date();
}

ConsentDraft draft(const QDate& givenOn, const QDate& expiresOn = {})
{
    ConsentDraft d;
    d.scope = ConsentScope::ShareWithPartner;
    d.recipient = QStringLiteral("Clinique du Nord");
    d.purpose = QStringLiteral("Referral for a health check");
    d.givenOn = givenOn;
    d.expiresOn = expiresOn;
    d.method = ConsentMethod::Signed;
    return d;
}

std::vector<AuditEntry> audits(Vault& vault, const char* action)
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    auto entries = vault.auditEntries(filter);
    REQUIRE(entries.ok());
    return entries.value();
}

} // namespace

TEST_CASE("consents_addListAndRevoke_roundTrip", "[consents]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const QDate d = today(f);
    auto older = cases.addConsent(person, draft(d.addDays(-30), d.addDays(335)));
    ConsentDraft stats;
    stats.scope = ConsentScope::AnonymisedStatistics;
    stats.purpose = QStringLiteral("Yearly report");
    stats.givenOn = d;
    auto newer = cases.addConsent(person, stats);
    REQUIRE(older.ok());
    REQUIRE(newer.ok());

    auto list = cases.consents(person);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == newer.value()); // newest first
    CHECK(list->at(0).scope == ConsentScope::AnonymisedStatistics);
    CHECK(list->at(0).recipient.isEmpty());
    CHECK_FALSE(list->at(0).expiresOn.isValid());
    const Consent& c = list->at(1);
    CHECK(c.id == older.value());
    CHECK(c.personId == person);
    CHECK(c.scope == ConsentScope::ShareWithPartner);
    CHECK(c.recipient == QStringLiteral("Clinique du Nord"));
    CHECK(c.purpose == QStringLiteral("Referral for a health check"));
    CHECK(c.givenOn == d.addDays(-30));
    CHECK(c.expiresOn == d.addDays(335));
    CHECK_FALSE(c.revokedOn.isValid());
    CHECK(c.method == ConsentMethod::Signed);
    CHECK(c.recordedByName == QStringLiteral("Alice"));
    CHECK(c.recordedAt == f.clock.nowUtc());
    CHECK(c.isInForceOn(d));

    REQUIRE(cases.revokeConsent(older.value(), d).ok());
    list = cases.consents(person);
    REQUIRE(list.ok());
    CHECK(list->at(1).revokedOn == d);
    CHECK_FALSE(list->at(1).isInForceOn(d));
    CHECK(list->at(1).isInForceOn(d.addDays(-1)));

    auto added = audits(*f.vault, "consent.add");
    REQUIRE(added.size() == 2);
    CHECK(added[0].detail == QStringLiteral("statistics"));
    CHECK(added[1].detail == QStringLiteral("share_partner"));
    CHECK(audits(*f.vault, "consent.revoke").size() == 1);
    CHECK(cases.consents(999999).error().code() == ErrorCode::NotFound);
}

TEST_CASE("consents_everyRole_readsAndRecordsThem", "[consents][access]")
{
    Fixture f;
    const qint64 person = newPerson(*f.vault, "Mira");
    REQUIRE(f.vault->addUser(QStringLiteral("Cleo"), Role::ClinicIntake, pass(GoodPass)).ok());
    REQUIRE(f.vault->addUser(QStringLiteral("Lee"), Role::LegalVolunteer, pass(GoodPass)).ok());
    REQUIRE(CaseFiles(*f.vault).addConsent(person, draft(today(f))).ok());
    for (const char* user : {"Cleo", "Lee"}) {
        f.vault->lock();
        auto v = f.unlock(QString::fromLatin1(user), GoodPass);
        REQUIRE(v.ok());
        f.vault = std::move(v.value());
        CaseFiles cases(*f.vault);
        auto before = cases.consents(person);
        REQUIRE(before.ok());
        REQUIRE(cases.addConsent(person, draft(today(f))).ok());
        auto after = cases.consents(person);
        REQUIRE(after.ok());
        CHECK(after->size() == before->size() + 1);
    }
}

TEST_CASE("consents_badInput_isRefusedAndSavesNothing", "[consents]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const QDate d = today(f);
    const qint64 entries = count(*f.vault, "SELECT COUNT(*) FROM audit;");

    struct Case
    {
        const char* what;
        ConsentDraft draft;
        const char* expected; // part of the message
    };
    std::vector<Case> bad;
    bad.push_back({"no date", draft(QDate()), "date"});
    bad.push_back({"future date", draft(d.addDays(1)), "future"});
    bad.push_back({"expires before given", draft(d, d.addDays(-1)), "expires"});
    bad.push_back({"expires the day given", draft(d, d), "expires"});
    ConsentDraft noRecipient = draft(d);
    noRecipient.recipient = QStringLiteral("  ");
    bad.push_back({"partner without recipient", noRecipient, "receive"});
    ConsentDraft sector = noRecipient;
    sector.scope = ConsentScope::ShareWithSector;
    bad.push_back({"sector without recipient", sector, "receive"});
    ConsentDraft noPurpose = draft(d);
    noPurpose.purpose = QString();
    bad.push_back({"no purpose", noPurpose, "purpose"});
    ConsentDraft longRecipient = draft(d);
    longRecipient.recipient = QString(201, QLatin1Char('r'));
    bad.push_back({"long recipient", longRecipient, "too long"});

    for (const Case& c : bad) {
        INFO(c.what);
        auto r = cases.addConsent(person, c.draft);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::InvalidArgument);
        CHECK(r.error().message().contains(QString::fromLatin1(c.expected), Qt::CaseInsensitive));
        CHECK(r.error().message().contains(QStringLiteral("nothing was saved"), Qt::CaseInsensitive));
    }
    CHECK(cases.addConsent(999999, draft(d)).error().code() == ErrorCode::NotFound);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM consents;") == 0);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries);

    // Police contact and statistics name no recipient.
    ConsentDraft police = noRecipient;
    police.scope = ConsentScope::ContactPolice;
    CHECK(cases.addConsent(person, police).ok());
}

TEST_CASE("consents_badRevocation_isRefusedAndChangesNothing", "[consents]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const QDate d = today(f);
    auto id = cases.addConsent(person, draft(d.addDays(-10)));
    REQUIRE(id.ok());
    const qint64 entries = count(*f.vault, "SELECT COUNT(*) FROM audit;");

    CHECK(cases.revokeConsent(id.value(), d.addDays(-11)).error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.revokeConsent(id.value(), d.addDays(1)).error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.revokeConsent(id.value(), QDate()).error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.revokeConsent(999999, d).error().code() == ErrorCode::NotFound);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM consents WHERE revoked_on IS NOT NULL;") == 0);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries);

    // The day it was given is a valid withdrawal day; a second withdrawal is refused.
    REQUIRE(cases.revokeConsent(id.value(), d.addDays(-10)).ok());
    auto twice = cases.revokeConsent(id.value(), d);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code() == ErrorCode::InvalidArgument);
    CHECK(twice.error().message().contains(QStringLiteral("already")));
    auto list = cases.consents(person);
    REQUIRE(list.ok());
    CHECK(list->at(0).revokedOn == d.addDays(-10));
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries + 1);
}

TEST_CASE("consent_isInForceOn_followsGivenExpiryAndRevocation", "[consents]")
{
    Consent c;
    const QDate d(2026, 3, 10);
    c.givenOn = d;
    CHECK_FALSE(c.isInForceOn(d.addDays(-1)));
    CHECK(c.isInForceOn(d));
    CHECK(c.isInForceOn(d.addYears(20))); // no expiry
    c.expiresOn = d.addDays(30);
    CHECK(c.isInForceOn(d.addDays(30)));
    CHECK_FALSE(c.isInForceOn(d.addDays(31)));
    c.revokedOn = d.addDays(5);
    CHECK(c.isInForceOn(d.addDays(4)));
    CHECK_FALSE(c.isInForceOn(d.addDays(5)));
    CHECK_FALSE(Consent{}.isInForceOn(d));
}

TEST_CASE("consentsExpiring_followsTheClockWithInclusiveBoundaries", "[consents]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 hidden = newPerson(*f.vault, "Quiet", true);
    const QDate d = today(f);
    auto inTen = cases.addConsent(person, draft(d.addDays(-5), d.addDays(10)));
    auto inThirty = cases.addConsent(hidden, draft(d.addDays(-5), d.addDays(30)));
    auto inThirtyOne = cases.addConsent(person, draft(d.addDays(-5), d.addDays(31)));
    auto never = cases.addConsent(person, draft(d.addDays(-5)));
    auto revoked = cases.addConsent(person, draft(d.addDays(-5), d.addDays(3)));
    REQUIRE(inTen.ok());
    REQUIRE(inThirty.ok());
    REQUIRE(inThirtyOne.ok());
    REQUIRE(never.ok());
    REQUIRE(revoked.ok());
    REQUIRE(cases.revokeConsent(revoked.value(), d).ok());

    auto ids = [&](int days) {
        auto list = cases.consentsExpiring(days);
        REQUIRE(list.ok());
        std::vector<qint64> out;
        for (const ExpiringConsent& e : list.value()) {
            out.push_back(e.consent.id);
        }
        return out;
    };
    CHECK(ids(30) == std::vector<qint64>{inTen.value(), inThirty.value()}); // soonest first, day 30 included
    CHECK(ids(9).empty());
    CHECK(ids(10) == std::vector<qint64>{inTen.value()});

    auto list = cases.consentsExpiring(30);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).personDisplayName == QStringLiteral("Mira"));
    CHECK(list->at(1).personDisplayName == list->at(1).personCode); // hidden name shows the code

    // Ten days later the first expires today (still in force, listed); a day after, it is gone.
    f.clock.advanceSeconds(10 * 86400);
    CHECK(ids(0) == std::vector<qint64>{inTen.value()});
    CHECK(ids(21) == std::vector<qint64>{inTen.value(), inThirty.value(), inThirtyOne.value()});
    f.clock.advanceSeconds(86400);
    CHECK(ids(0).empty());
    CHECK(ids(20) == std::vector<qint64>{inThirty.value(), inThirtyOne.value()});

    CHECK(cases.consentsExpiring(-1).error().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("consentsExpiring_ignoresConsentsNotYetGiven", "[consents]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const QDate d = today(f);
    auto id = cases.addConsent(person, draft(d, d.addDays(5)));
    REQUIRE(id.ok());
    // Turn the clock back: on that day the consent was not given yet, so it is not "in force and expiring".
    f.clock.set(f.clock.nowUtc().addDays(-2));
    auto list = cases.consentsExpiring(30);
    REQUIRE(list.ok());
    CHECK(list->empty());
    f.clock.set(f.clock.nowUtc().addDays(2));
    list = cases.consentsExpiring(30);
    REQUIRE(list.ok());
    CHECK(list->size() == 1);
}
