// The disclosure ledger: every disclosure leaves one append-only entry with names of fields (never values) and an
// audit entry, a refused disclosure leaves nothing, and previews and disclosures carry only allowed values.
#include "sharing/Sharing.h"
// The rest in the usual order.
#include "SharingTestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace abri;
using namespace abri::test;

namespace {

using F = SharedField;

QString codeOf(Vault& v, qint64 personId)
{
    return text(v, "SELECT code FROM people WHERE id = ?;", personId);
}

// Every column of one ledger row as text, to look for values that must not be there.
QString rowText(Vault& v, qint64 ledgerId)
{
    auto st = v.database().prepare(
        "SELECT person_id || '|' || recipient_kind || '|' || COALESCE(partner_id, '') || '|' || "
        "COALESCE(authority_request_id, '') || '|' || recipient_name || '|' || purpose || '|' || fields || '|' || "
        "channel || '|' || document || '|' || basis || '|' || COALESCE(consent_id, '') || '|' || override_reason || "
        "'|' || person_chose_sensitive || '|' || user_id || '|' || at FROM disclosures WHERE id = ?;");
    REQUIRE(st.ok());
    st->bind(1, ledgerId);
    REQUIRE(st->step());
    return st->text(0);
}

// The values of fullDraft() that sharing may carry.
QStringList personalValues()
{
    const PersonDraft d = fullDraft();
    return {d.alias,
            *d.legalName,
            *d.idNumbers,
            *d.birth,
            d.contacts->front().value,
            *d.emergencyContact,
            *d.location,
            *d.healthSummary,
            *d.legalSummary,
            *d.shelterAddress,
            *d.riskDetails};
}

QString everythingIn(const SharedContent& c)
{
    QStringList out = c.values.values();
    for (const Consent& consent : c.consents) {
        out << consent.recipient << consent.purpose;
    }
    for (const Disclosure& d : c.disclosures) {
        out << d.recipientName << d.purpose;
    }
    return out.join(QLatin1Char('\n'));
}

struct PathCase
{
    const char* name;
    DisclosureChannel channel;
    DocumentKind document;
    RecipientKind kind;
    DisclosureBasis basis;
};

} // namespace

TEST_CASE("ledger_everyPath_recordsOneEntryWithItsAudit", "[sharing][ledger]")
{
    const PathCase cases[] = {
        {"print own copy", DisclosureChannel::Print, DocumentKind::ConsentReceipt, RecipientKind::Person,
         DisclosureBasis::PersonsOwnCopy},
        {"pdf to a partner on consent", DisclosureChannel::Pdf, DocumentKind::InformationSheet, RecipientKind::Partner,
         DisclosureBasis::Consent},
        {"export to an authority on consent", DisclosureChannel::Export, DocumentKind::InformationSheet,
         RecipientKind::Authority, DisclosureBasis::Consent},
        {"referral to a partner by override", DisclosureChannel::Referral, DocumentKind::InformationSheet,
         RecipientKind::Partner, DisclosureBasis::Override},
        {"history to the person", DisclosureChannel::Print, DocumentKind::DisclosureHistory, RecipientKind::Person,
         DisclosureBasis::PersonsOwnCopy},
    };
    for (const PathCase& c : cases) {
        SECTION(c.name)
        {
            SharingWorld w;
            Sharing sharing(w.v());
            SharingRequest request;
            QString overrideReason;
            qint64 consentId = 0;
            qint64 requestId = 0;
            const std::vector<F> fields{F::Alias, F::Contacts};
            if (c.kind == RecipientKind::Person) {
                request =
                    w.toPerson(c.document == DocumentKind::DisclosureHistory ? std::vector<F>{F::Alias, F::Disclosures}
                                                                             : std::vector<F>{F::Alias, F::Consents});
            } else if (c.kind == RecipientKind::Partner) {
                if (c.basis == DisclosureBasis::Override) {
                    overrideReason = QStringLiteral("Emergency admission tonight");
                } else {
                    consentId = w.clinicConsentAndAgreement();
                }
                request = w.toPartner(w.clinic, fields);
            } else {
                consentId = addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0,
                                       QStringLiteral("Report an attack"), w.today());
                auto id = sharing.addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
                REQUIRE(id.ok());
                requestId = id.value();
                request = w.toAuthority(requestId, fields);
            }
            const qint64 ledgerBefore = ledgerCount(w.v());
            w.f.clock.advanceSeconds(3600);
            auto content = sharing.disclose(request, c.channel, c.document, overrideReason);
            INFO((content ? QString() : content.error().message()).toStdString());
            REQUIRE(content.ok());
            CHECK(ledgerCount(w.v()) == ledgerBefore + 1);
            REQUIRE(content->ledgerId > 0);
            CHECK(content->organisation == w.v().organisation());

            auto entries = sharing.disclosures(w.person);
            REQUIRE(entries.ok());
            REQUIRE_FALSE(entries->empty());
            const Disclosure& e = entries->front();
            CHECK(e.id == content->ledgerId);
            CHECK(e.recipientKind == c.kind);
            CHECK(e.channel == c.channel);
            CHECK(e.document == documentKindId(c.document));
            CHECK(e.basis == c.basis);
            CHECK(e.fields == request.fields);
            CHECK(e.consentId == consentId);
            CHECK(e.partnerId == (c.kind == RecipientKind::Partner ? w.clinic : 0));
            CHECK(e.authorityRequestId == requestId);
            CHECK(e.overrideReason == overrideReason);
            CHECK(e.recipientName == content->decision.recipientName);
            CHECK(e.userId == w.v().currentUser().id);
            CHECK(e.userName == QStringLiteral("Alice"));
            CHECK(e.personCode == codeOf(w.v(), w.person));
            CHECK(e.at == w.f.clock.nowUtc());

            const QString action = c.basis == DisclosureBasis::Override ? QStringLiteral("disclosure.override")
                                                                        : QStringLiteral("disclosure.record");
            const auto audit = auditOf(w.v(), action);
            REQUIRE(audit.size() == 1);
            CHECK(audit.front().objectType == QStringLiteral("person"));
            CHECK(audit.front().objectId == codeOf(w.v(), w.person));
            CHECK(audit.front().detail ==
                  documentKindId(c.document) + QLatin1Char(':') + recipientKindId(c.kind) + QLatin1Char(':') +
                      QStringList{sharedFieldId(request.fields[0]), sharedFieldId(request.fields[1])}.join(
                          QLatin1Char(',')));
            if (requestId != 0) {
                auto r = sharing.authorityRequest(requestId);
                REQUIRE(r.ok());
                CHECK(r->disclosureIds == std::vector<qint64>{content->ledgerId});
            }
        }
    }
}

TEST_CASE("ledger_fieldsRecordedAsNamesOnly_valuesNowhereInLedgerOrAudit", "[sharing][ledger]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    SharingRequest request =
        w.toPartner(w.clinic, {F::Alias, F::Pronouns, F::LegalName, F::IdNumbers, F::Birth, F::Contacts,
                               F::EmergencyContact, F::Location, F::ShelterAddress, F::RiskDetails});
    request.personChoseSensitive = true;
    auto content = Sharing(w.v()).disclose(request, DisclosureChannel::Pdf, DocumentKind::InformationSheet);
    INFO((content ? QString() : content.error().message()).toStdString());
    REQUIRE(content.ok());

    const QString row = rowText(w.v(), content->ledgerId);
    CHECK(row.contains(QStringLiteral("legal_name,id_numbers")));
    QString audit;
    for (const AuditEntry& e : auditOf(w.v(), QStringLiteral("disclosure."))) {
        audit += e.objectType + e.objectId + e.detail;
    }
    CHECK(audit.contains(QStringLiteral("shelter_address")));
    const QString shared = everythingIn(content.value());
    for (const QString& value : personalValues()) {
        if (value == fullDraft().healthSummary || value == fullDraft().legalSummary) {
            continue; // not requested
        }
        INFO(value.toStdString());
        CHECK(shared.contains(value)); // the content does carry it: the scan below would see it
        CHECK_FALSE(row.contains(value));
        CHECK_FALSE(audit.contains(value));
    }
    CHECK(content->values.value(F::Contacts) ==
          QStringLiteral("+33 6 12 34 56 78 \u2014 text only, after 6 pm\ne@example.org"));
    CHECK(scalar(w.v(), "SELECT person_chose_sensitive FROM disclosures WHERE id = ?;", content->ledgerId) == 1);
}

TEST_CASE("disclose_withheldField_refusedAndNothingWritten", "[sharing][ledger]")
{
    SharingWorld w;
    // A new Sharing each time: switching users replaces the vault object.
    const auto refused = [&](const SharingRequest& request, const QString& overrideReason = {}) {
        const qint64 ledger = ledgerCount(w.v());
        const qint64 audit = auditCount(w.v());
        auto r =
            Sharing(w.v()).disclose(request, DisclosureChannel::Print, DocumentKind::InformationSheet, overrideReason);
        REQUIRE_FALSE(r.ok());
        CHECK(ledgerCount(w.v()) == ledger);
        CHECK(auditCount(w.v()) == audit);
        return r.error();
    };
    // No consent at all.
    Error e = refused(w.toPartner(w.clinic, {F::Alias}));
    CHECK(e.code() == ErrorCode::PermissionDenied);
    CHECK(e.message().contains(QStringLiteral("Clinique Sud")));

    // One field of several withheld by the role.
    const qint64 consentId = w.clinicConsentAndAgreement();
    e = refused(w.toPartner(w.clinic, {F::Alias, F::HealthSummary}));
    CHECK(e.code() == ErrorCode::PermissionDenied);

    // Allowed at preview time, withdrawn before the disclosure.
    const SharingRequest request = w.toPartner(w.clinic, {F::Alias, F::Contacts});
    auto preview = Sharing(w.v()).preview(request);
    REQUIRE(preview.ok());
    CHECK(preview->decision.allAllowed());
    REQUIRE(CaseFiles(w.v()).revokeConsent(consentId, w.today()).ok());
    e = refused(request);
    CHECK(e.code() == ErrorCode::PermissionDenied);
    CHECK(e.message().contains(QStringLiteral("withdrawn")));

    // Bad override reasons and bad requests.
    CHECK(refused(request, QStringLiteral("short")).code() == ErrorCode::InvalidArgument);
    CHECK(refused(w.toPartner(w.clinic, {})).code() == ErrorCode::InvalidArgument);

    // Other roles may not override; a read-only session writes nothing.
    switchTo(w.f, Role::Caseworker);
    CHECK(refused(request, QStringLiteral("Emergency admission tonight")).code() == ErrorCode::PermissionDenied);
    switchTo(w.f, Role::Coordinator, Vault::Access::ReadOnly);
    CHECK_FALSE(refused(w.toPerson({F::Alias})).message().isEmpty());
}

TEST_CASE("preview_showsOnlyAllowedValues_auditsRestrictedViews_noLedger", "[sharing][ledger]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    Sharing sharing(w.v());
    const qint64 views = static_cast<qint64>(auditOf(w.v(), QStringLiteral("person.view")).size());
    // Health: the coordinator's role may not read it; shelter: the person did not ask.
    auto content = sharing.preview(w.toPartner(w.clinic, {F::Alias, F::Contacts, F::HealthSummary, F::ShelterAddress}));
    REQUIRE(content.ok());
    CHECK(content->values.keys() == QList<F>{F::Alias, F::Contacts});
    const QString shown = everythingIn(content.value());
    CHECK_FALSE(shown.contains(*fullDraft().healthSummary));
    CHECK_FALSE(shown.contains(*fullDraft().shelterAddress));
    CHECK(content->ledgerId == 0);
    CHECK(ledgerCount(w.v()) == 0);
    CHECK(content->keptCategories.empty()); // what is kept is told to the person only
    const auto after = auditOf(w.v(), QStringLiteral("person.view"));
    REQUIRE(static_cast<qint64>(after.size()) == views + 1);
    CHECK(after.front().detail == QStringLiteral("contact"));

    // The profile alone is no restricted view.
    REQUIRE(sharing.preview(w.toPartner(w.clinic, {F::Alias, F::Languages, F::RiskFlags})).ok());
    CHECK(auditOf(w.v(), QStringLiteral("person.view")).size() == after.size());

    // A withheld request still previews, with nothing in it.
    auto none = sharing.preview(w.toPartner(w.other, {F::Alias, F::LegalName}));
    REQUIRE(none.ok());
    CHECK(none->values.isEmpty());

    // The person's own copy says what is kept: the categories the role reads that hold something.
    auto kept = sharing.preview(w.toPerson({F::Alias}));
    REQUIRE(kept.ok());
    CHECK(kept->keptCategories == std::vector<Category>{Category::Identity, Category::Contact, Category::Location,
                                                        Category::ShelterAddress, Category::Risk});

    // The clinic reads health: its own copy carries the summary, the legal one stays out.
    switchTo(w.f, Role::ClinicIntake);
    auto own = Sharing(w.v()).preview(w.toPerson({F::HealthSummary, F::LegalSummary, F::Languages, F::RiskFlags}));
    REQUIRE(own.ok());
    CHECK(own->values.value(F::HealthSummary) == *fullDraft().healthSummary);
    CHECK_FALSE(own->values.contains(F::LegalSummary));
    CHECK(own->values.value(F::Languages) == QStringLiteral("French\nPortuguese"));
    CHECK(own->values.value(F::RiskFlags) == riskFlagDisplayName(RiskFlag::DoNotConfirmPresence) + QLatin1Char('\n') +
                                                 riskFlagDisplayName(RiskFlag::SafetyPlan));
}

TEST_CASE("disclosures_everyRoleSeesThePersonsEntries_newestFirst", "[sharing][ledger]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    Sharing sharing(w.v());
    REQUIRE(
        sharing.disclose(w.toPerson({F::Alias, F::Consents}), DisclosureChannel::Print, DocumentKind::ConsentReceipt)
            .ok());
    w.f.clock.advanceSeconds(60);
    REQUIRE(sharing.disclose(w.toPartner(w.clinic, {F::Alias}), DisclosureChannel::Pdf, DocumentKind::InformationSheet)
                .ok());
    w.f.clock.advanceSeconds(60);
    // The history printed for the person lists the earlier entries, not itself.
    auto history =
        sharing.disclose(w.toPerson({F::Disclosures}), DisclosureChannel::Print, DocumentKind::DisclosureHistory);
    REQUIRE(history.ok());
    REQUIRE(history->disclosures.size() == 2);
    CHECK(history->disclosures[0].recipientKind == RecipientKind::Partner);
    CHECK(history->disclosures[0].recipientName == QStringLiteral("Clinique Sud"));

    for (Role role : AllRoles) {
        switchTo(w.f, role);
        auto list = Sharing(w.v()).disclosures(w.person);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 3);
        CHECK(list->at(0).document == documentKindId(DocumentKind::DisclosureHistory));
        CHECK(list->at(1).recipientName == QStringLiteral("Clinique Sud"));
        CHECK(list->at(2).document == documentKindId(DocumentKind::ConsentReceipt));
        CHECK(list->at(0).at > list->at(1).at);
        CHECK(list->at(2).userName == QStringLiteral("Alice"));
    }
    auto missing = Sharing(w.v()).disclosures(9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::NotFound);
}

TEST_CASE("ledger_coordinatorOnly_filters", "[sharing][ledger]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    insertAgreement(w.v(), w.lawyers, allCategories());
    auto second = CaseFiles(w.v()).createPerson(aliasOnly(QStringLiteral("Second")));
    REQUIRE(second.ok());
    Sharing sharing(w.v());
    const QDate day1 = w.today();
    REQUIRE(sharing.disclose(w.toPartner(w.clinic, {F::Alias}), DisclosureChannel::Pdf, DocumentKind::InformationSheet)
                .ok());
    w.f.clock.advanceSeconds(2 * 86400);
    REQUIRE(sharing
                .disclose(w.toPartner(w.lawyers, {F::Alias}), DisclosureChannel::Referral,
                          DocumentKind::InformationSheet, QStringLiteral("Hearing tomorrow morning"))
                .ok());
    SharingRequest own = w.toPerson({F::Alias});
    own.personId = second.value();
    w.f.clock.advanceSeconds(2 * 86400);
    REQUIRE(sharing.disclose(own, DisclosureChannel::Print, DocumentKind::ConsentReceipt).ok());

    const auto count = [&](const LedgerFilter& filter) {
        auto list = sharing.ledger(filter);
        REQUIRE(list.ok());
        return list->size();
    };
    CHECK(count({}) == 3);
    LedgerFilter f;
    f.personId = w.person;
    CHECK(count(f) == 2);
    f = {};
    f.partnerId = w.lawyers;
    CHECK(count(f) == 1);
    f = {};
    f.basis = DisclosureBasis::PersonsOwnCopy;
    CHECK(count(f) == 1);
    f = {};
    f.onlyToReview = true;
    CHECK(count(f) == 1);
    f = {};
    f.from = day1;
    f.to = day1;
    CHECK(count(f) == 1);
    f.to = day1.addDays(2);
    CHECK(count(f) == 2);
    f.from = day1.addDays(1);
    f.to = {};
    CHECK(count(f) == 2);
    f = {};
    f.limit = 1;
    auto newest = sharing.ledger(f);
    REQUIRE(newest.ok());
    REQUIRE(newest->size() == 1);
    CHECK(newest->front().personId == second.value());
    f = {};
    f.from = day1.addDays(1);
    f.to = day1;
    CHECK_FALSE(sharing.ledger(f).ok());

    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        switchTo(w.f, role);
        auto list = Sharing(w.v()).ledger({});
        REQUIRE_FALSE(list.ok());
        CHECK(list.error().code() == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("ledger_overrideReview_onceAndOnlyForOverrides", "[sharing][ledger]")
{
    SharingWorld w;
    Sharing sharing(w.v());
    auto overridden = sharing.disclose(w.toPartner(w.clinic, {F::Alias}), DisclosureChannel::Referral,
                                       DocumentKind::InformationSheet, QStringLiteral("Emergency admission tonight"));
    REQUIRE(overridden.ok());
    auto own = sharing.disclose(w.toPerson({F::Alias}), DisclosureChannel::Print, DocumentKind::ConsentReceipt);
    REQUIRE(own.ok());

    switchTo(w.f, Role::Caseworker);
    auto denied = Sharing(w.v()).markOverrideReviewed(overridden->ledgerId);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code() == ErrorCode::PermissionDenied);
    switchTo(w.f, Role::Coordinator);
    Sharing coordinator(w.v());

    auto notOverride = coordinator.markOverrideReviewed(own->ledgerId);
    REQUIRE_FALSE(notOverride.ok());
    CHECK(notOverride.error().code() == ErrorCode::InvalidArgument);
    auto missing = coordinator.markOverrideReviewed(9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::NotFound);

    w.f.clock.advanceSeconds(600);
    auto reviewed = coordinator.markOverrideReviewed(overridden->ledgerId);
    INFO((reviewed ? QString() : reviewed.error().message()).toStdString());
    REQUIRE(reviewed.ok());
    const auto audit = auditOf(w.v(), QStringLiteral("disclosure.review"));
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().objectId == QString::number(overridden->ledgerId));
    LedgerFilter toReview;
    toReview.onlyToReview = true;
    auto pending = coordinator.ledger(toReview);
    REQUIRE(pending.ok());
    CHECK(pending->empty());
    auto all = coordinator.ledger({});
    REQUIRE(all.ok());
    const auto it =
        std::find_if(all->begin(), all->end(), [&](const Disclosure& d) { return d.id == overridden->ledgerId; });
    REQUIRE(it != all->end());
    CHECK(it->reviewedBy == w.v().currentUser().id);
    CHECK(it->reviewedAt == w.f.clock.nowUtc());

    auto twice = coordinator.markOverrideReviewed(overridden->ledgerId);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code() == ErrorCode::InvalidArgument);
    CHECK(twice.error().message().contains(QStringLiteral("already reviewed")));
    CHECK(auditOf(w.v(), QStringLiteral("disclosure.review")).size() == 1);
}

TEST_CASE("ledger_appendOnly_rawUpdatesAndDeletesRefused", "[sharing][ledger]")
{
    SharingWorld w;
    auto own = Sharing(w.v()).disclose(w.toPerson({F::Alias}), DisclosureChannel::Print, DocumentKind::ConsentReceipt);
    REQUIRE(own.ok());
    const QString before = rowText(w.v(), own->ledgerId);
    for (const char* sql :
         {"UPDATE disclosures SET fields = 'alias,health_summary';",
          "UPDATE disclosures SET recipient_name = 'someone else';", "UPDATE disclosures SET basis = 'consent';",
          "UPDATE disclosures SET at = '2020-01-01';", "UPDATE disclosures SET user_id = 99;",
          "UPDATE disclosures SET purpose = 'x';", "DELETE FROM disclosures;"}) {
        INFO(sql);
        CHECK_FALSE(w.v().database().exec(sql).ok());
    }
    CHECK(ledgerCount(w.v()) == 1);
    CHECK(rowText(w.v(), own->ledgerId) == before);
}

TEST_CASE("ledger_merge_movesEntriesToTheKeptFile", "[sharing][ledger]")
{
    SharingWorld w;
    Sharing sharing(w.v());
    auto kept = CaseFiles(w.v()).createPerson(aliasOnly(QStringLiteral("Kept")));
    REQUIRE(kept.ok());
    auto own = sharing.disclose(w.toPerson({F::Alias}), DisclosureChannel::Print, DocumentKind::ConsentReceipt);
    REQUIRE(own.ok());
    auto request = sharing.addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
    REQUIRE(request.ok());

    REQUIRE(CaseFiles(w.v()).mergePeople(kept.value(), w.person).ok());
    auto moved = sharing.disclosures(kept.value());
    REQUIRE(moved.ok());
    REQUIRE(moved->size() == 1);
    CHECK(moved->front().id == own->ledgerId);
    CHECK(moved->front().personCode == codeOf(w.v(), kept.value()));
    auto left = sharing.disclosures(w.person);
    REQUIRE(left.ok());
    CHECK(left->empty());
    auto r = sharing.authorityRequest(request.value());
    REQUIRE(r.ok());
    CHECK(r->personId == kept.value());
}

TEST_CASE("keptCategories_onlyOnThePersonsOwnCopy", "[sharing][ledger]")
{
    SharingWorld w;
    insertAgreement(w.v(), w.clinic, {Category::Contact}); // the clinic may receive contact details only
    addConsent(w.v(), w.person, ConsentScope::ShareWithPartner, {}, w.clinic, medicalPurpose(), w.today().addDays(-5));
    addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0, QStringLiteral("Report an attack"), w.today());
    Sharing sharing(w.v());
    auto request = sharing.addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
    REQUIRE(request.ok());

    // What the organisation keeps about the person is for the person, never for a partner or an authority.
    const SharingRequest toClinic = w.toPartner(w.clinic, {F::Alias, F::Code, F::Contacts});
    const SharingRequest toAuthority = w.toAuthority(request.value(), {F::Alias, F::Contacts});
    for (const SharingRequest& r : {toClinic, toAuthority}) {
        INFO(recipientKindId(r.recipient.kind).toStdString());
        auto previewed = sharing.preview(r);
        REQUIRE(previewed.ok());
        CHECK(previewed->keptCategories.empty());
        auto disclosed = sharing.disclose(r, DisclosureChannel::Print, DocumentKind::InformationSheet);
        INFO((disclosed ? QString() : disclosed.error().message()).toStdString());
        REQUIRE(disclosed.ok());
        CHECK(disclosed->keptCategories.empty());
        CHECK(disclosed->values.contains(F::Contacts)); // the content itself is there
    }
    auto own =
        sharing.disclose(w.toPerson({F::Alias, F::Consents}), DisclosureChannel::Print, DocumentKind::ConsentReceipt);
    REQUIRE(own.ok());
    CHECK_FALSE(own->keptCategories.empty());
    CHECK(std::find(own->keptCategories.begin(), own->keptCategories.end(), Category::Contact) !=
          own->keptCategories.end());
}

TEST_CASE("personsDocuments_toAnotherRecipient_refusedNothingRecorded", "[sharing][ledger]")
{
    SharingWorld w;
    w.clinicConsentAndAgreement();
    addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0, QStringLiteral("Report an attack"), w.today());
    Sharing sharing(w.v());
    auto request = sharing.addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
    REQUIRE(request.ok());
    const qint64 ledgerBefore = ledgerCount(w.v());
    const qint64 auditBefore = auditCount(w.v());
    const SharingRequest toClinic = w.toPartner(w.clinic, {F::Alias, F::Code});
    const SharingRequest toAuthority = w.toAuthority(request.value(), {F::Alias});
    for (DocumentKind document : {DocumentKind::ConsentReceipt, DocumentKind::DisclosureHistory}) {
        for (const SharingRequest& r : {toClinic, toAuthority}) {
            INFO(documentKindId(document).toStdString() << " to " << recipientKindId(r.recipient.kind).toStdString());
            const auto refused = [](const auto& result) {
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().code() == ErrorCode::InvalidArgument);
                INFO(result.error().message().toStdString());
                CHECK(result.error().message().contains(QStringLiteral("only")));
                CHECK(result.error().message().endsWith(QStringLiteral("Nothing was shared.")));
            };
            refused(sharing.disclose(r, DisclosureChannel::Print, document));
            refused(
                sharing.disclose(r, DisclosureChannel::Pdf, document, QStringLiteral("Emergency admission tonight")));
            refused(sharing.preview(r, document));
        }
    }
    CHECK(ledgerCount(w.v()) == ledgerBefore);
    CHECK(auditCount(w.v()) == auditBefore);
    // The person's own copy of the same documents still goes.
    CHECK(sharing.preview(w.toPerson({F::Alias, F::Consents}), DocumentKind::ConsentReceipt).ok());
    CHECK(
        sharing
            .disclose(w.toPerson({F::Alias, F::Disclosures}), DisclosureChannel::Print, DocumentKind::DisclosureHistory)
            .ok());
    CHECK(ledgerCount(w.v()) == ledgerBefore + 1);
}
