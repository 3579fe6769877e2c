// The sharing gate: one table of situations (consents, agreements, roles, the person's choice, recipients,
// overrides) with the fields each must allow and the reason each withheld field must give.
#include "sharing/Sharing.h"
// The rest in the usual order.
#include "SharingTestSupport.h"
#include "sharing/Partners.h"

#include <QTranslator>

#include <catch2/catch.hpp>

#include <functional>
#include <map>

using namespace abri;
using namespace abri::test;

namespace {

using F = SharedField;
using R = WithholdReason;

struct GateCase
{
    const char* name;
    Role role;                                            // who asks (setup always runs as the coordinator)
    std::function<void(SharingWorld&)> setup;             // consents, agreements, requests, grants
    std::function<SharingRequest(SharingWorld&)> request; // what is asked
    std::vector<F> allowed;                               // the fields the decision must allow
    std::map<F, R> withheld;                              // and the reason of each other field
    QString overrideReason = {};                          // non-empty: decideWithOverride
    DisclosureBasis basis = DisclosureBasis::Consent;
};

// The setup most cases vary from: the clinic has an agreement for everything and a consent for the follow-up.
void clinicOk(SharingWorld& w)
{
    w.clinicConsentAndAgreement();
}

// The reasons that must name the partner in their explanation.
bool namesRecipient(R reason)
{
    switch (reason) {
    case R::NoConsent:
    case R::ConsentExpired:
    case R::ConsentRevoked:
    case R::ConsentOtherPurpose:
    case R::NoAgreement:
    case R::AgreementLapsed:
    case R::AgreementSuspended:
    case R::CategoryNotInAgreement:
    case R::NotForThisRecipient:
        return true;
    default:
        return false;
    }
}

std::vector<GateCase> gateCases()
{
    const auto clinic = [](std::vector<F> fields) {
        return [fields](SharingWorld& w) { return w.toPartner(w.clinic, fields); };
    };
    const auto own = [](std::vector<F> fields) { return [fields](SharingWorld& w) { return w.toPerson(fields); }; };
    const auto agreementOnly = [](SharingWorld& w) { insertAgreement(w.v(), w.clinic, allCategories()); };
    return {
        // --- consent
        {"consent missing",
         Role::Coordinator,
         agreementOnly,
         clinic({F::Alias, F::Contacts}),
         {},
         {{F::Alias, R::NoConsent}, {F::Contacts, R::NoConsent}}},
        {"consent expired",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-200), w.today().addDays(-10));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::ConsentExpired}}},
        {"consent revoked",
         Role::Coordinator,
         [](SharingWorld& w) {
             const qint64 id = w.clinicConsentAndAgreement();
             REQUIRE(CaseFiles(w.v()).revokeConsent(id, w.today().addDays(-1)).ok());
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::ConsentRevoked}}},
        {"consent for another purpose",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, QStringLiteral("Housing"),
                        w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::ConsentOtherPurpose}}},
        {"a withdrawn consent for this purpose is reported before consents for other purposes",
         Role::Coordinator,
         [](SharingWorld& w) {
             const qint64 id = w.clinicConsentAndAgreement();
             REQUIRE(CaseFiles(w.v()).revokeConsent(id, w.today().addDays(-1)).ok());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, QStringLiteral("Housing"),
                        w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::ConsentRevoked}}},
        {"an expired consent for this purpose is reported before consents for other purposes",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, QStringLiteral("Housing"),
                        w.today().addDays(-5));
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-200), w.today().addDays(-10));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::ConsentExpired}}},
        {"purpose matched ignoring case, accents and spaces",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, QStringLiteral("Suivi médical"),
                        w.today().addDays(-5));
         },
         [](SharingWorld& w) { return w.toPartner(w.clinic, {F::Alias}, QStringLiteral("  SUIVI MEDICAL ")); },
         {F::Alias},
         {}},
        {"consent for another partner",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.lawyers, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::NoConsent}}},
        {"typed consent naming the partner",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, QStringLiteral("clinique SUD"), 0,
                        medicalPurpose(), w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {F::Alias},
         {}},
        {"sector consent by name",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithSector, QStringLiteral("Health"), 0, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias, F::Contacts}),
         {F::Alias, F::Contacts},
         {}},
        {"sector consent by id",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.lawyers, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithSector, QStringLiteral("legal"), 0, medicalPurpose(),
                        w.today().addDays(-5));
         },
         [](SharingWorld& w) { return w.toPartner(w.lawyers, {F::Alias}); },
         {F::Alias},
         {}},
        {"consent for another sector",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories());
             addConsent(w.v(), w.person, ConsentScope::ShareWithSector, QStringLiteral("Legal"), 0, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::NoConsent}}},
        {"an in-force consent wins over an expired one",
         Role::Coordinator,
         [](SharingWorld& w) {
             w.clinicConsentAndAgreement();
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-300), w.today().addDays(-100));
         },
         clinic({F::Alias}),
         {F::Alias},
         {}},
        // --- agreement
        {"agreement lapsed: renewal date passed",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories(), "active", w.today().addDays(-1));
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias, F::Contacts}),
         {},
         {{F::Alias, R::AgreementLapsed}, {F::Contacts, R::AgreementLapsed}}},
        {"agreement lapsing is still in force",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories(), "active", w.today().addDays(5));
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Contacts}),
         {F::Contacts},
         {}},
        {"agreement suspended",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, allCategories(), "suspended");
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::AgreementSuspended}}},
        {"no agreement",
         Role::Coordinator,
         [](SharingWorld& w) {
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias}),
         {},
         {{F::Alias, R::NoAgreement}}},
        {"category not in the agreement",
         Role::Coordinator,
         [](SharingWorld& w) {
             insertAgreement(w.v(), w.clinic, {Category::Contact});
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-5));
         },
         clinic({F::Alias, F::Contacts, F::LegalName, F::RiskDetails}),
         {F::Alias, F::Contacts},
         {{F::LegalName, R::CategoryNotInAgreement}, {F::RiskDetails, R::CategoryNotInAgreement}}},
        {"consent is checked before the agreement",
         Role::Coordinator,
         [](SharingWorld&) {},
         clinic({F::Alias}),
         {},
         {{F::Alias, R::NoConsent}}},
        // --- roles (grants aside, the matrix of the role decides)
        {"coordinator cannot share health or legal",
         Role::Coordinator,
         clinicOk,
         clinic({F::HealthSummary, F::LegalSummary, F::LegalName, F::Contacts, F::RiskDetails}),
         {F::LegalName, F::Contacts, F::RiskDetails},
         {{F::HealthSummary, R::RoleCannotRead}, {F::LegalSummary, R::RoleCannotRead}}},
        {"caseworker cannot share health",
         Role::Caseworker,
         clinicOk,
         clinic({F::HealthSummary, F::Contacts, F::LegalName}),
         {F::Contacts, F::LegalName},
         {{F::HealthSummary, R::RoleCannotRead}}},
        {"legal volunteer cannot share health or shelter",
         Role::LegalVolunteer,
         clinicOk,
         [](SharingWorld& w) {
             SharingRequest r = w.toPartner(w.clinic, {F::HealthSummary, F::ShelterAddress, F::LegalSummary});
             r.personChoseSensitive = true;
             return r;
         },
         {F::LegalSummary},
         {{F::HealthSummary, R::RoleCannotRead}, {F::ShelterAddress, R::RoleCannotRead}}},
        {"clinic intake cannot share identity",
         Role::ClinicIntake,
         clinicOk,
         clinic({F::LegalName, F::IdNumbers, F::HealthSummary, F::Alias}),
         {F::HealthSummary, F::Alias},
         {{F::LegalName, R::RoleCannotRead}, {F::IdNumbers, R::RoleCannotRead}}},
        {"role is checked before consent",
         Role::ClinicIntake,
         [](SharingWorld&) {},
         clinic({F::LegalName, F::Alias}),
         {},
         {{F::LegalName, R::RoleCannotRead}, {F::Alias, R::NoConsent}}},
        {"break-the-glass grant does not count",
         Role::Coordinator,
         [](SharingWorld& w) {
             REQUIRE(CaseFiles(w.v())
                         .breakGlass(w.person, Category::Health,
                                     QStringLiteral("Ambulance on the "
                                                    "phone now"))
                         .ok());
             REQUIRE(CaseFiles(w.v()).canRead(w.person, Category::Health)); // the grant itself works
         },
         own({F::HealthSummary, F::Alias}),
         {F::Alias},
         {{F::HealthSummary, R::RoleCannotRead}},
         {},
         DisclosureBasis::PersonsOwnCopy},
        // --- the person's choice
        {"shelter address and location left out without the person's choice",
         Role::Coordinator,
         clinicOk,
         clinic({F::ShelterAddress, F::Location, F::Alias}),
         {F::Alias},
         {{F::ShelterAddress, R::NeedsPersonsChoice}, {F::Location, R::NeedsPersonsChoice}}},
        {"shelter address and location with the person's choice",
         Role::Coordinator,
         clinicOk,
         [](SharingWorld& w) {
             SharingRequest r = w.toPartner(w.clinic, {F::ShelterAddress, F::Location});
             r.personChoseSensitive = true;
             return r;
         },
         {F::ShelterAddress, F::Location},
         {}},
        {"the person's choice is needed for their own copy too",
         Role::Caseworker,
         [](SharingWorld&) {},
         own({F::ShelterAddress, F::Alias}),
         {F::Alias},
         {{F::ShelterAddress, R::NeedsPersonsChoice}},
         {},
         DisclosureBasis::PersonsOwnCopy},
        // --- recipients
        {"consents and history never go to a partner",
         Role::Coordinator,
         clinicOk,
         clinic({F::Consents, F::Disclosures, F::Alias}),
         {F::Alias},
         {{F::Consents, R::NotForThisRecipient}, {F::Disclosures, R::NotForThisRecipient}}},
        {"own copy needs no consent nor agreement",
         Role::Caseworker,
         [](SharingWorld&) {},
         own({F::Alias, F::Code, F::Contacts, F::LegalName, F::Consents, F::Disclosures, F::RiskFlags}),
         {F::Alias, F::Code, F::Contacts, F::LegalName, F::Consents, F::Disclosures, F::RiskFlags},
         {},
         {},
         DisclosureBasis::PersonsOwnCopy},
        {"authority with a police consent",
         Role::Coordinator,
         [](SharingWorld& w) {
             addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0, QStringLiteral("Report an attack"),
                        w.today().addDays(-5));
         },
         [](SharingWorld& w) {
             auto id = Sharing(w.v()).addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
             REQUIRE(id.ok());
             return w.toAuthority(id.value(), {F::Alias, F::Contacts});
         },
         {F::Alias, F::Contacts},
         {}},
        {"authority without a police consent",
         Role::Coordinator,
         [](SharingWorld& w) {
             // A partner consent is no police consent.
             addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(),
                        w.today().addDays(-5));
         },
         [](SharingWorld& w) {
             auto id = Sharing(w.v()).addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
             REQUIRE(id.ok());
             return w.toAuthority(id.value(), {F::Alias, F::Consents});
         },
         {},
         {{F::Alias, R::NoConsent}, {F::Consents, R::NotForThisRecipient}}},
        {"authority with a withdrawn police consent",
         Role::Coordinator,
         [](SharingWorld& w) {
             const qint64 id = addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0,
                                          QStringLiteral("Report an attack"), w.today().addDays(-5));
             REQUIRE(CaseFiles(w.v()).revokeConsent(id, w.today()).ok());
         },
         [](SharingWorld& w) {
             auto id = Sharing(w.v()).addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
             REQUIRE(id.ok());
             return w.toAuthority(id.value(), {F::Alias});
         },
         {},
         {{F::Alias, R::ConsentRevoked}}},
        // --- overrides
        {"override lifts consent and agreement, not the role nor the person's choice",
         Role::Coordinator,
         [](SharingWorld&) {},
         clinic({F::Alias, F::Contacts, F::HealthSummary, F::ShelterAddress, F::Consents}),
         {F::Alias, F::Contacts},
         {{F::HealthSummary, R::RoleCannotRead},
          {F::ShelterAddress, R::NeedsPersonsChoice},
          {F::Consents, R::NotForThisRecipient}},
         QStringLiteral("  Emergency admission, person unconscious  "),
         DisclosureBasis::Override},
        {"override lifts a missing police consent",
         Role::Coordinator,
         [](SharingWorld&) {},
         [](SharingWorld& w) {
             auto id = Sharing(w.v()).addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
             REQUIRE(id.ok());
             return w.toAuthority(id.value(), {F::Alias});
         },
         {F::Alias},
         {},
         QStringLiteral("Court order number 2026-118"),
         DisclosureBasis::Override},
    };
}

std::vector<F> allowedOf(const SharingDecision& d)
{
    return d.allowedFields();
}

} // namespace

TEST_CASE("gate_table_eachSituation_allowsAndWithholdsAsRuled", "[sharing][gate]")
{
    for (const GateCase& c : gateCases()) {
        SECTION(c.name)
        {
            SharingWorld w;
            c.setup(w);
            const SharingRequest request = c.request(w);
            if (c.role != Role::Coordinator) {
                switchTo(w.f, c.role);
            }
            Sharing sharing(w.v());
            auto decision = c.overrideReason.isEmpty() ? sharing.decide(request)
                                                       : sharing.decideWithOverride(request, c.overrideReason);
            INFO((decision ? QString() : decision.error().message()).toStdString());
            REQUIRE(decision.ok());
            const SharingDecision& d = decision.value();
            CHECK(allowedOf(d) == c.allowed);
            REQUIRE(d.fields.size() == request.fields.size());
            CHECK(d.basis == c.basis);
            if (c.basis == DisclosureBasis::Override) {
                CHECK(d.overrideReason == c.overrideReason.trimmed());
            }
            for (std::size_t i = 0; i < d.fields.size(); ++i) {
                const FieldDecision& fd = d.fields[i];
                INFO(sharedFieldId(fd.field).toStdString() << ": " << fd.explanation.toStdString());
                CHECK(fd.field == request.fields[i]); // request order
                if (fd.allowed) {
                    CHECK(fd.reason == R::None);
                    CHECK(fd.explanation.isEmpty());
                    continue;
                }
                REQUIRE(c.withheld.count(fd.field) == 1);
                CHECK(withholdReasonId(fd.reason) == withholdReasonId(c.withheld.at(fd.field)));
                CHECK_FALSE(fd.explanation.isEmpty());
                if (namesRecipient(fd.reason)) {
                    CHECK(fd.explanation.contains(d.recipientName));
                }
            }
            CHECK(d.fields.size() == c.allowed.size() + c.withheld.size());
        }
    }
}

TEST_CASE("gate_partnerDecision_namesPartnerAndConsent", "[sharing][gate]")
{
    SharingWorld w;
    const qint64 consentId = w.clinicConsentAndAgreement();
    auto d = Sharing(w.v()).decide(w.toPartner(w.clinic, {F::Alias}));
    REQUIRE(d.ok());
    CHECK(d->recipientName == QStringLiteral("Clinique Sud"));
    CHECK(d->consentId == consentId);
    CHECK(d->basis == DisclosureBasis::Consent);
    CHECK(d->allAllowed());
}

TEST_CASE("gate_explanations_nameDatesAndCategories", "[sharing][gate]")
{
    SharingWorld w;
    insertAgreement(w.v(), w.clinic, {Category::Contact});
    const QDate expired = w.today().addDays(-10);
    addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(), w.today().addDays(-90),
               expired);
    Sharing sharing(w.v());
    auto d = sharing.decide(w.toPartner(w.clinic, {F::Alias}));
    REQUIRE(d.ok());
    CHECK(d->fields[0].explanation.contains(QLocale().toString(expired, QLocale::ShortFormat)));

    addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(), w.today());
    d = sharing.decide(w.toPartner(w.clinic, {F::RiskDetails}));
    REQUIRE(d.ok());
    CHECK(d->fields[0].reason == R::CategoryNotInAgreement);
    CHECK(d->fields[0].explanation.contains(QStringLiteral("risk")));

    d = sharing.decide(w.toPartner(w.clinic, {F::HealthSummary}));
    REQUIRE(d.ok());
    CHECK(d->fields[0].explanation == QStringLiteral("Your role may not read health information."));
}

TEST_CASE("gate_readOnlySession_sharesNothingRestricted", "[sharing][gate]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    switchTo(w.f, Role::Coordinator, Vault::Access::ReadOnly);
    auto d = Sharing(w.v()).decide(w.toPartner(w.clinic, {F::Alias, F::Contacts}));
    REQUIRE(d.ok());
    CHECK(d->allowedFields() == std::vector<F>{F::Alias});
    CHECK(d->fields[1].reason == R::RoleCannotRead);
}

TEST_CASE("gate_override_refusedForOtherRolesAndShortReasons", "[sharing][gate]")
{
    SharingWorld w;
    const SharingRequest request = w.toPartner(w.clinic, {F::Alias});
    Sharing sharing(w.v());
    for (const QString& reason : {QString(), QStringLiteral("too short"), QStringLiteral("   short 9    ")}) {
        auto d = sharing.decideWithOverride(request, reason);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code() == ErrorCode::InvalidArgument);
        CHECK_FALSE(d.error().message().isEmpty());
    }
    CHECK(sharing.decideWithOverride(request, QStringLiteral("ten chars!")).ok()); // exactly 10

    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        switchTo(w.f, role);
        auto d = Sharing(w.v()).decideWithOverride(request, QStringLiteral("Emergency admission tonight"));
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code() == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("gate_badRequests_clearErrors", "[sharing][gate]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    Sharing sharing(w.v());
    const auto errorOf = [&](const SharingRequest& r) {
        auto d = sharing.decide(r);
        REQUIRE_FALSE(d.ok());
        CHECK_FALSE(d.error().message().isEmpty());
        return d.error().code();
    };
    CHECK(errorOf(w.toPartner(w.clinic, {})) == ErrorCode::InvalidArgument);
    CHECK(errorOf(w.toPartner(w.clinic, {F::Alias}, QStringLiteral("   "))) == ErrorCode::InvalidArgument);
    CHECK(errorOf(w.toPartner(9999, {F::Alias})) == ErrorCode::NotFound);
    CHECK(errorOf(w.toAuthority(9999, {F::Alias})) == ErrorCode::NotFound);
    SharingRequest nobody = w.toPerson({F::Alias});
    nobody.personId = 9999;
    CHECK(errorOf(nobody) == ErrorCode::NotFound);

    // A request about someone else cannot carry this person's file.
    auto other = CaseFiles(w.v()).createPerson(aliasOnly(QStringLiteral("Other")));
    REQUIRE(other.ok());
    auto request = sharing.addAuthorityRequest(decidedAuthorityDraft(w.today(), other.value()));
    REQUIRE(request.ok());
    CHECK(errorOf(w.toAuthority(request.value(), {F::Alias})) == ErrorCode::InvalidArgument);

    // A file merged away is shared from the kept one.
    REQUIRE(CaseFiles(w.v()).mergePeople(other.value(), w.person).ok());
    CHECK(errorOf(w.toPerson({F::Alias})) == ErrorCode::NotFound);
}

TEST_CASE("gate_consentPickedFromList_storesPartnerName", "[sharing][gate]")
{
    SharingWorld w;
    ConsentDraft d;
    d.scope = ConsentScope::ShareWithPartner;
    d.recipient = QStringLiteral("typed name ignored");
    d.partnerId = w.clinic;
    d.purpose = medicalPurpose();
    d.givenOn = w.today();
    auto id = CaseFiles(w.v()).addConsent(w.person, d);
    REQUIRE(id.ok());
    auto consents = CaseFiles(w.v()).consents(w.person);
    REQUIRE(consents.ok());
    REQUIRE(consents->size() == 1);
    CHECK(consents->front().recipient == QStringLiteral("Clinique Sud"));
    CHECK(consents->front().partnerId == w.clinic);

    const qint64 before = scalar(w.v(), "SELECT COUNT(*) FROM consents;");
    d.partnerId = 9999;
    auto missing = CaseFiles(w.v()).addConsent(w.person, d);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::InvalidArgument);
    CHECK(missing.error().message().contains(QStringLiteral("Nothing was saved")));
    CHECK(scalar(w.v(), "SELECT COUNT(*) FROM consents;") == before);
}

TEST_CASE("gate_authorityRecipient_otherRoles_deniedBeforeTheRequestIsRead", "[sharing][gate]")
{
    SharingWorld w;
    addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0, QStringLiteral("Report an attack"),
               w.today().addDays(-5));
    auto other = CaseFiles(w.v()).createPerson(aliasOnly(QStringLiteral("Other")));
    REQUIRE(other.ok());
    auto request = Sharing(w.v()).addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
    REQUIRE(request.ok());
    const qint64 ledgerBefore = ledgerCount(w.v());
    // The real request, one that does not exist and one asked about someone else get the same answer: nothing
    // tells which person a request concerns.
    SharingRequest probe = w.toAuthority(request.value(), {F::Alias});
    probe.personId = other.value();
    const std::vector<SharingRequest> requests{w.toAuthority(request.value(), {F::Alias, F::Contacts}),
                                               w.toAuthority(9999, {F::Alias}), probe};
    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        switchTo(w.f, role);
        Sharing sharing(w.v());
        for (const SharingRequest& r : requests) {
            INFO("role " << static_cast<int>(role) << ", request " << r.recipient.authorityRequestId);
            const auto denied = [](const auto& result) {
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().code() == ErrorCode::PermissionDenied);
                CHECK_FALSE(result.error().message().isEmpty());
            };
            denied(sharing.decide(r));
            denied(sharing.decideWithOverride(r, QStringLiteral("Court order number 2026-118")));
            denied(sharing.preview(r));
            denied(sharing.preview(r, DocumentKind::InformationSheet));
            denied(sharing.disclose(r, DisclosureChannel::Print, DocumentKind::InformationSheet));
        }
        CHECK(ledgerCount(w.v()) == ledgerBefore);
    }
}

TEST_CASE("gate_typedPartnerConsent_staysWithTheOrganisationAfterARename", "[sharing][gate]")
{
    SharingWorld w;
    insertAgreement(w.v(), w.clinic, allCategories());
    // Typed, not picked from the list: linked to the partner of that name when recorded, the text kept as typed.
    const qint64 consentId = addConsent(w.v(), w.person, ConsentScope::ShareWithPartner,
                                        QStringLiteral(" clinique SUD "), 0, medicalPurpose(), w.today().addDays(-5));
    CHECK(scalar(w.v(), "SELECT COALESCE(partner_id, 0) FROM consents WHERE id = ?;", consentId) == w.clinic);
    auto consents = CaseFiles(w.v()).consents(w.person);
    REQUIRE(consents.ok());
    REQUIRE(consents->size() == 1);
    CHECK(consents->front().recipient == QStringLiteral("clinique SUD"));

    Partners partners(w.v());
    auto clinic = partners.partner(w.clinic);
    REQUIRE(clinic.ok());
    PartnerDraft renamed = clinic->toDraft();
    renamed.name = QStringLiteral("Clinique Nord");
    REQUIRE(partners.updatePartner(w.clinic, renamed).ok());
    PartnerDraft newcomerDraft;
    newcomerDraft.name = QStringLiteral("Clinique Sud");
    newcomerDraft.sector = Sector::Media;
    auto newcomer = partners.createPartner(newcomerDraft);
    REQUIRE(newcomer.ok());
    insertAgreement(w.v(), newcomer.value(), allCategories());

    Sharing sharing(w.v());
    auto toNewcomer = sharing.decide(w.toPartner(newcomer.value(), {F::Alias, F::Contacts}));
    REQUIRE(toNewcomer.ok());
    CHECK(toNewcomer->allowedFields().empty());
    CHECK(toNewcomer->fields[0].reason == R::NoConsent);
    auto toClinic = sharing.decide(w.toPartner(w.clinic, {F::Alias, F::Contacts}));
    REQUIRE(toClinic.ok());
    CHECK(toClinic->allAllowed());
    CHECK(toClinic->consentId == consentId);
    CHECK(scalar(w.v(), "SELECT COALESCE(partner_id, 0) FROM consents WHERE id = ?;", consentId) == w.clinic);
}

TEST_CASE("gate_consentTypedBeforeThePartnerExisted_honouredOnceCreatedOrRenamed", "[sharing][gate]")
{
    SharingWorld w;
    const qint64 early = addConsent(w.v(), w.person, ConsentScope::ShareWithPartner,
                                    QStringLiteral("Maison des Femmes"), 0, medicalPurpose(), w.today().addDays(-5));
    const qint64 forRename = addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, QStringLiteral("Refuge Bleu"),
                                        0, medicalPurpose(), w.today().addDays(-5));
    CHECK(scalar(w.v(), "SELECT COUNT(*) FROM consents WHERE partner_id IS NULL;") == 2);

    Partners partners(w.v());
    PartnerDraft draft;
    draft.name = QStringLiteral("maison des femmes");
    draft.sector = Sector::Shelter;
    auto created = partners.createPartner(draft);
    REQUIRE(created.ok());
    insertAgreement(w.v(), created.value(), allCategories());
    CHECK(scalar(w.v(), "SELECT COALESCE(partner_id, 0) FROM consents WHERE id = ?;", early) == created.value());
    auto d = Sharing(w.v()).decide(w.toPartner(created.value(), {F::Alias}));
    REQUIRE(d.ok());
    CHECK(d->allAllowed());
    CHECK(d->consentId == early);

    // A partner renamed to the typed name takes the consent too.
    insertAgreement(w.v(), w.other, allCategories());
    auto other = partners.partner(w.other);
    REQUIRE(other.ok());
    PartnerDraft renamed = other->toDraft();
    renamed.name = QStringLiteral("REFUGE bleu");
    REQUIRE(partners.updatePartner(w.other, renamed).ok());
    CHECK(scalar(w.v(), "SELECT COALESCE(partner_id, 0) FROM consents WHERE id = ?;", forRename) == w.other);
    d = Sharing(w.v()).decide(w.toPartner(w.other, {F::Alias}));
    REQUIRE(d.ok());
    CHECK(d->allAllowed());
    CHECK(d->consentId == forRename);
}

namespace {

// Stands in for the French translation of the sector names.
class FrenchSectorNames : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* /*disambiguation*/, int /*n*/) const override
    {
        if (qstrcmp(context, "abri::Sharing") == 0 && qstrcmp(source, "Health") == 0) {
            return QString::fromUtf8("Sant\u00e9");
        }
        if (qstrcmp(context, "abri::Sharing") == 0 && qstrcmp(source, "Legal") == 0) {
            return QString::fromUtf8("Juridique");
        }
        return {};
    }
};

// Installs the translator for its lifetime.
struct InFrench
{
    FrenchSectorNames translator;
    InFrench() { REQUIRE(QCoreApplication::installTranslator(&translator)); }
    ~InFrench() { QCoreApplication::removeTranslator(&translator); }
    InFrench(const InFrench&) = delete;
    InFrench& operator=(const InFrench&) = delete;
};

QString recipientOf(Vault& v, qint64 consentId)
{
    auto st = v.database().prepare("SELECT recipient FROM consents WHERE id = ?;");
    REQUIRE(st.ok());
    st->bind(1, consentId);
    REQUIRE(st->step());
    return st->text(0);
}

} // namespace

TEST_CASE("gate_sectorConsent_storedAsTheSectorId_matchesInEveryLanguage", "[sharing][gate]")
{
    SharingWorld w;
    insertAgreement(w.v(), w.clinic, allCategories());
    insertAgreement(w.v(), w.lawyers, allCategories());
    qint64 health = 0;
    {
        InFrench french;
        REQUIRE(sectorDisplayName(Sector::Health) == QString::fromUtf8("Sant\u00e9"));
        // Picked from the list in French: the translated name.
        health = addConsent(w.v(), w.person, ConsentScope::ShareWithSector, QString::fromUtf8(" sant\u00e9 "), 0,
                            medicalPurpose(), w.today().addDays(-5));
    }
    CHECK(recipientOf(w.v(), health) == QStringLiteral("health"));
    auto d = Sharing(w.v()).decide(w.toPartner(w.clinic, {F::Alias})); // read in English
    REQUIRE(d.ok());
    CHECK(d->allAllowed());
    CHECK(d->consentId == health);

    // Recorded in English, read in French.
    const qint64 legal = addConsent(w.v(), w.person, ConsentScope::ShareWithSector, QStringLiteral("Legal"), 0,
                                    medicalPurpose(), w.today().addDays(-5));
    CHECK(recipientOf(w.v(), legal) == QStringLiteral("legal"));
    {
        InFrench french;
        d = Sharing(w.v()).decide(w.toPartner(w.lawyers, {F::Alias}));
        REQUIRE(d.ok());
        CHECK(d->allAllowed());
        CHECK(d->consentId == legal);
    }

    // An older row holding the English name still counts.
    REQUIRE(w.v()
                .database()
                .exec("UPDATE consents SET recipient = 'Legal' WHERE scope = 'share_sector' AND "
                      "recipient = 'legal';")
                .ok());
    d = Sharing(w.v()).decide(w.toPartner(w.lawyers, {F::Alias}));
    REQUIRE(d.ok());
    CHECK(d->allAllowed());

    // A text that names no sector is kept as typed and covers nothing.
    const qint64 unknown = addConsent(w.v(), w.person, ConsentScope::ShareWithSector, QStringLiteral("Health sector"),
                                      0, QStringLiteral("Housing"), w.today().addDays(-5));
    CHECK(recipientOf(w.v(), unknown) == QStringLiteral("Health sector"));
    for (qint64 partner : {w.clinic, w.lawyers, w.other}) {
        d = Sharing(w.v()).decide(w.toPartner(partner, {F::Alias}, QStringLiteral("Housing")));
        REQUIRE(d.ok());
        CHECK(d->fields[0].reason == (partner == w.other ? R::NoConsent : R::ConsentOtherPurpose));
    }
}
