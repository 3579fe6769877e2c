// The demo generator's partners: fictional organisations with agreements in every state, named by the demo
// consents, the same for every seed, written through the partners service's own SQL.
#include "cases/DemoData.h"
// The rest in the usual order.
#include "PeopleTestSupport.h"
#include "TestSupport.h"
#include "sharing/Partners.h"
#include "sharing/PartnersSql.h"
#include "storage/Database.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace abri;
using namespace abri::test;

namespace {

QDate today(const Fixture& f)
{
    return f.clock.nowUtc().toLocalTime().date();
}

} // namespace

TEST_CASE("demoData_partnersInEveryStateAndConsentsNamingThem", "[sharing][partners][demo]")
{
    Fixture f;
    DemoOptions options;
    options.people = 300;
    options.notes = 0;
    options.seed = 5;
    REQUIRE(fillDemo(*f.vault, options).ok());
    const QDate day = today(f);
    auto list = Partners(*f.vault).listPartners();
    REQUIRE(list.ok());
    CHECK(list->size() == 8);
    std::set<Sector> sectors;
    std::map<std::optional<AgreementStatus>, int> statuses;
    for (const PartnerSummary& s : list.value()) {
        INFO(s.name.toStdString());
        CHECK((s.name.contains(QLatin1String("(fictif)")) || s.name.contains(QLatin1String("(fictional)"))));
        sectors.insert(s.sector);
        ++statuses[s.agreementStatus];
        auto p = Partners(*f.vault).partner(s.id);
        REQUIRE(p.ok());
        static const QRegularExpression fiction(QStringLiteral("^(01 99 00 \\d\\d \\d\\d|07700 900\\d{3})$"));
        REQUIRE_FALSE(p->contacts.empty());
        for (const PartnerContact& c : p->contacts) {
            CHECK(fiction.match(c.phone).hasMatch());
        }
    }
    CHECK(sectors.size() >= 4);
    CHECK(statuses[AgreementStatus::Active] >= 2);
    CHECK(statuses[AgreementStatus::Lapsing] == 1);
    CHECK(statuses[AgreementStatus::Lapsed] == 1);
    CHECK(statuses[AgreementStatus::Suspended] == 1);
    CHECK(statuses[std::nullopt] == 1);
    // The clinic's formal agreement allows contact and health; an informal legal one allows contact and legal.
    PartnerFilter health;
    health.sector = Sector::Health;
    health.agreementStatus = AgreementStatus::Active;
    auto clinics = Partners(*f.vault).listPartners(health);
    REQUIRE(clinics.ok());
    REQUIRE(clinics->size() == 1);
    auto clinicAgreements = Partners(*f.vault).agreements(clinics->front().id);
    REQUIRE(clinicAgreements.ok());
    REQUIRE(clinicAgreements->size() == 1);
    CHECK(clinicAgreements->front().kind == AgreementKind::Formal);
    CHECK(clinicAgreements->front().categories == std::set<Category>{Category::Contact, Category::Health});
    CHECK(clinicAgreements->front().isInForceOn(day));
    bool informalLegal = false;
    auto all = sharing::loadAgreements(f.vault->database(), 0);
    REQUIRE(all.ok());
    for (const Agreement& a : all.value()) {
        informalLegal = informalLegal || (a.kind == AgreementKind::Informal && a.isInForceOn(day) &&
                                          a.categories == std::set<Category>{Category::Contact, Category::Legal});
    }
    CHECK(informalLegal);
    auto lapsing = Partners(*f.vault).agreementsLapsing();
    REQUIRE(lapsing.ok());
    CHECK(lapsing->size() == 2); // one due, one lapsed

    // Partner consents name the partner by id and by its name, with the partner's purpose.
    CHECK(scalar(*f.vault, "SELECT count(*) FROM consents WHERE scope = 'share_partner' AND partner_id IS NULL;") == 0);
    CHECK(scalar(*f.vault, "SELECT count(*) FROM consents c JOIN partners p ON p.id = c.partner_id "
                           "WHERE c.recipient != p.name;") == 0);
    CHECK(scalar(*f.vault, "SELECT count(*) FROM consents c JOIN partners p ON p.id = c.partner_id "
                           "WHERE c.purpose IN ('Health referral', 'Orientation santé', 'Legal support', "
                           "'Accompagnement juridique');") > 0);
    // At least the first person has a consent in force for a clinic whose agreement is in force.
    const QString isoToday = day.toString(Qt::ISODate);
    auto usable = f.vault->database().prepare(
        "SELECT count(*) FROM consents c JOIN partners p ON p.id = c.partner_id JOIN agreements a ON "
        "a.partner_id = p.id WHERE c.revoked_on IS NULL AND (c.expires_on IS NULL OR c.expires_on >= ?) AND "
        "a.status = 'active' AND (a.renewal_on IS NULL OR a.renewal_on >= ?) AND p.sector = 'health';");
    REQUIRE(usable.ok());
    usable->bind(1, isoToday).bind(2, isoToday);
    REQUIRE(usable->step());
    CHECK(usable->int64(0) >= 1);
    CHECK(scalar(*f.vault, "SELECT count(*) FROM consents WHERE person_id = (SELECT min(id) FROM people) AND "
                           "partner_id IS NOT NULL;") >= 1);
}

TEST_CASE("demoData_sameSeed_samePartnersAndConsents", "[sharing][partners][demo]")
{
    const auto snapshotOf = [](Fixture& f) {
        DemoOptions options;
        options.people = 120;
        options.notes = 0;
        options.seed = 11;
        REQUIRE(fillDemo(*f.vault, options).ok());
        QStringList out;
        auto st = f.vault->database().prepare(
            "SELECT p.name, COALESCE(a.kind, ''), COALESCE(a.status, ''), COALESCE(a.renewal_on, ''), "
            "COALESCE(a.categories, '') FROM partners p LEFT JOIN agreements a ON a.partner_id = p.id ORDER BY p.id;");
        REQUIRE(st.ok());
        while (st->step()) {
            out << QStringList{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4)}.join(u'|');
        }
        auto consents = f.vault->database().prepare(
            "SELECT person_id, recipient, purpose, COALESCE(partner_id, 0) FROM consents ORDER BY id;");
        REQUIRE(consents.ok());
        while (consents->step()) {
            out << QStringLiteral("%1|%2|%3|%4")
                       .arg(consents->int64(0))
                       .arg(consents->text(1), consents->text(2))
                       .arg(consents->int64(3));
        }
        return out;
    };
    Fixture a;
    Fixture b;
    const QStringList first = snapshotOf(a);
    CHECK(first.size() > 8);
    CHECK(snapshotOf(b) == first);
}

TEST_CASE("demoData_vaultWithPartners_keepsThemAndAddsNone", "[sharing][partners][demo]")
{
    Fixture f;
    PartnerDraft own;
    own.name = QStringLiteral("Clinique Exemple (fictif)");
    own.services = QStringLiteral("Our own services");
    auto created = Partners(*f.vault).createPartner(own);
    REQUIRE(created.ok());
    const qint64 id = created.value();
    DemoOptions options;
    options.people = 50;
    options.notes = 0;
    REQUIRE(fillDemo(*f.vault, options).ok());
    CHECK(scalar(*f.vault, "SELECT count(*) FROM partners;") == 1);
    CHECK(Partners(*f.vault).partner(id)->services == own.services);
    CHECK(scalar(*f.vault, "SELECT count(*) FROM consents WHERE partner_id IS NOT NULL;") == 0);
}
