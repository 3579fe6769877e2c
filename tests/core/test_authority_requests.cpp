// The register of requests from authorities: coordinators only, every bad input refused with nothing saved, every
// change audited, and the ledger entries made for a request listed with it.
#include "sharing/Sharing.h"
// The rest in the usual order.
#include "SharingTestSupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace abri;
using namespace abri::test;

namespace {

qint64 requestCount(Vault& v)
{
    return scalar(v, "SELECT COUNT(*) FROM authority_requests;");
}

struct BadDraft
{
    const char* name;
    std::function<void(AuthorityRequestDraft&, const QDate& today)> spoil;
    ErrorCode code = ErrorCode::InvalidArgument;
};

} // namespace

TEST_CASE("authority_validationTable_clearErrorAndNothingSaved", "[sharing][authority]")
{
    const BadDraft cases[] = {
        {"no requester", [](AuthorityRequestDraft& d, const QDate&) { d.requester = QStringLiteral("   "); }},
        {"nothing requested", [](AuthorityRequestDraft& d, const QDate&) { d.requested.clear(); }},
        {"requester too long",
         [](AuthorityRequestDraft& d, const QDate&) { d.requester = QString(201, QLatin1Char('x')); }},
        {"notes too long", [](AuthorityRequestDraft& d, const QDate&) { d.notes = QString(20001, QLatin1Char('x')); }},
        {"no date received", [](AuthorityRequestDraft& d, const QDate&) { d.receivedOn = {}; }},
        {"received in the future",
         [](AuthorityRequestDraft& d, const QDate& today) { d.receivedOn = today.addDays(1); }},
        {"decided without a date",
         [](AuthorityRequestDraft& d, const QDate&) { d.decision = AuthorityDecision::Refused; }},
        {"decided before received",
         [](AuthorityRequestDraft& d, const QDate&) {
             d.decision = AuthorityDecision::Partly;
             d.decidedOn = d.receivedOn.addDays(-1);
         }},
        {"decided in the future",
         [](AuthorityRequestDraft& d, const QDate& today) {
             d.decision = AuthorityDecision::Fully;
             d.decidedOn = today.addDays(1);
         }},
        {"told without a date", [](AuthorityRequestDraft& d, const QDate&) { d.personTold = true; }},
        {"told in the future",
         [](AuthorityRequestDraft& d, const QDate& today) {
             d.personTold = true;
             d.toldOn = today.addDays(2);
         }},
        {"unknown person", [](AuthorityRequestDraft& d, const QDate&) { d.personId = 9999; }, ErrorCode::NotFound},
    };
    for (const BadDraft& c : cases) {
        SECTION(c.name)
        {
            SharingWorld w;
            Sharing sharing(w.v());
            auto good = sharing.addAuthorityRequest(authorityDraft(w.today().addDays(-3), w.person));
            REQUIRE(good.ok());
            AuthorityRequestDraft d = authorityDraft(w.today().addDays(-3), w.person);
            c.spoil(d, w.today());
            const qint64 requests = requestCount(w.v());
            const qint64 audit = auditCount(w.v());

            auto added = sharing.addAuthorityRequest(d);
            REQUIRE_FALSE(added.ok());
            CHECK(added.error().code() == c.code);
            CHECK(added.error().message().contains(QStringLiteral("othing was saved")));

            auto updated = sharing.updateAuthorityRequest(good.value(), d);
            REQUIRE_FALSE(updated.ok());
            CHECK(updated.error().code() == c.code);

            CHECK(requestCount(w.v()) == requests);
            CHECK(auditCount(w.v()) == audit);
            auto stored = sharing.authorityRequest(good.value());
            REQUIRE(stored.ok());
            CHECK(stored->requester == QStringLiteral("Commissariat central"));
            CHECK(stored->decision == AuthorityDecision::Pending);
        }
    }
}

TEST_CASE("authority_addUpdateGetList_roundTripAndAudit", "[sharing][authority]")
{
    SharingWorld w;
    Sharing sharing(w.v());
    const QDate today = w.today();
    AuthorityRequestDraft d = authorityDraft(today.addDays(-10), w.person);
    d.decidedOn = today.addDays(-5); // ignored while pending
    auto first = sharing.addAuthorityRequest(d);
    REQUIRE(first.ok());
    auto second = sharing.addAuthorityRequest(authorityDraft(today.addDays(-2)));
    REQUIRE(second.ok());

    auto stored = sharing.authorityRequest(first.value());
    REQUIRE(stored.ok());
    CHECK(stored->kind == AuthorityKind::Police);
    CHECK(stored->receivedOn == today.addDays(-10));
    CHECK(stored->legalBasis == QStringLiteral("Article 60"));
    CHECK(stored->personId == w.person);
    CHECK(stored->personCode == text(w.v(), "SELECT code FROM people WHERE id = ?;", w.person));
    CHECK_FALSE(stored->decidedOn.isValid());
    CHECK(stored->recordedByName == QStringLiteral("Alice"));
    CHECK(stored->recordedAt == w.f.clock.nowUtc());
    CHECK(stored->disclosureIds.empty());

    w.f.clock.advanceSeconds(3600);
    AuthorityRequestDraft change = stored->toDraft();
    change.kind = AuthorityKind::Court;
    change.decision = AuthorityDecision::Refused;
    change.decidedOn = today;
    change.personTold = true;
    change.toldOn = today;
    change.notes = QStringLiteral("No legal basis was cited.");
    REQUIRE(sharing.updateAuthorityRequest(first.value(), change).ok());
    stored = sharing.authorityRequest(first.value());
    REQUIRE(stored.ok());
    CHECK(stored->toDraft().kind == AuthorityKind::Court);
    CHECK(stored->decision == AuthorityDecision::Refused);
    CHECK(stored->decidedOn == today);
    CHECK(stored->personTold);
    CHECK(stored->toldOn == today);
    CHECK(stored->notes == change.notes);
    CHECK(stored->updatedAt == w.f.clock.nowUtc());
    CHECK(stored->recordedAt < stored->updatedAt);

    auto list = sharing.authorityRequests();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == second.value()); // newest first
    CHECK(list->at(1).id == first.value());
    CHECK(list->at(0).personId == 0);

    const auto created = auditOf(w.v(), QStringLiteral("authority.create"));
    REQUIRE(created.size() == 2);
    CHECK(created.back().objectType == QStringLiteral("authority_request"));
    CHECK(created.back().objectId == QString::number(first.value()));
    CHECK(created.back().detail == QStringLiteral("police:pending"));
    const auto updated = auditOf(w.v(), QStringLiteral("authority.update"));
    REQUIRE(updated.size() == 1);
    CHECK(updated.front().detail == QStringLiteral("court:refused")); // no names, no text typed by users

    auto missing = sharing.authorityRequest(9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::NotFound);
    auto notThere = sharing.updateAuthorityRequest(9999, change);
    REQUIRE_FALSE(notThere.ok());
    CHECK(notThere.error().code() == ErrorCode::NotFound);
}

TEST_CASE("authority_otherRoles_permissionDenied", "[sharing][authority]")
{
    SharingWorld w;
    auto id = Sharing(w.v()).addAuthorityRequest(authorityDraft(w.today(), w.person));
    REQUIRE(id.ok());
    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        switchTo(w.f, role);
        Sharing sharing(w.v());
        const qint64 before = requestCount(w.v());
        auto added = sharing.addAuthorityRequest(authorityDraft(w.today()));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code() == ErrorCode::PermissionDenied);
        auto updated = sharing.updateAuthorityRequest(id.value(), authorityDraft(w.today()));
        REQUIRE_FALSE(updated.ok());
        CHECK(updated.error().code() == ErrorCode::PermissionDenied);
        auto one = sharing.authorityRequest(id.value());
        REQUIRE_FALSE(one.ok());
        CHECK(one.error().code() == ErrorCode::PermissionDenied);
        auto all = sharing.authorityRequests();
        REQUIRE_FALSE(all.ok());
        CHECK(all.error().code() == ErrorCode::PermissionDenied);
        CHECK(requestCount(w.v()) == before);
    }
    // A coordinator in a read-only session reads the register but changes nothing.
    switchTo(w.f, Role::Coordinator, Vault::Access::ReadOnly);
    Sharing readOnly(w.v());
    CHECK(readOnly.authorityRequests().ok());
    CHECK_FALSE(readOnly.addAuthorityRequest(authorityDraft(w.today())).ok());
}

TEST_CASE("authority_disclosures_linkedFromTheLedger", "[sharing][authority]")
{
    SharingWorld w;
    Sharing sharing(w.v());
    auto id = sharing.addAuthorityRequest(decidedAuthorityDraft(w.today(), w.person));
    REQUIRE(id.ok());
    auto unrelated = sharing.addAuthorityRequest(authorityDraft(w.today()));
    REQUIRE(unrelated.ok());
    SharingRequest request = w.toAuthority(id.value(), {SharedField::Alias, SharedField::Contacts});

    // Without a police consent: refused, nothing linked.
    CHECK_FALSE(sharing.disclose(request, DisclosureChannel::Print, DocumentKind::InformationSheet).ok());
    auto r = sharing.authorityRequest(id.value());
    REQUIRE(r.ok());
    CHECK(r->disclosureIds.empty());

    addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0, QStringLiteral("Report an attack"), w.today());
    auto first = sharing.disclose(request, DisclosureChannel::Print, DocumentKind::InformationSheet);
    REQUIRE(first.ok());
    CHECK(first->decision.recipientName == QStringLiteral("Commissariat central"));
    auto second = sharing.disclose(request, DisclosureChannel::Export, DocumentKind::InformationSheet);
    REQUIRE(second.ok());

    r = sharing.authorityRequest(id.value());
    REQUIRE(r.ok());
    CHECK(r->disclosureIds == std::vector<qint64>{first->ledgerId, second->ledgerId});
    auto list = sharing.authorityRequests();
    REQUIRE(list.ok());
    for (const AuthorityRequest& each : list.value()) {
        CHECK(each.disclosureIds.size() == (each.id == id.value() ? 2U : 0U));
    }
    CHECK(scalar(w.v(), "SELECT authority_request_id FROM disclosures WHERE id = ?;", first->ledgerId) == id.value());
}

TEST_CASE("authority_disclose_onlyOnceDecidedPartlyOrFully", "[sharing][authority]")
{
    SharingWorld w;
    addConsent(w.v(), w.person, ConsentScope::ContactPolice, {}, 0, QStringLiteral("Report an attack"),
               w.today().addDays(-5));
    Sharing sharing(w.v());
    AuthorityRequestDraft draft = authorityDraft(w.today().addDays(-2), w.person);
    auto id = sharing.addAuthorityRequest(draft); // pending
    REQUIRE(id.ok());
    const SharingRequest request = w.toAuthority(id.value(), {SharedField::Alias, SharedField::Contacts});
    const qint64 ledgerBefore = ledgerCount(w.v());

    for (AuthorityDecision undecided : {AuthorityDecision::Pending, AuthorityDecision::Refused}) {
        INFO(authorityDecisionId(undecided).toStdString());
        draft.decision = undecided;
        draft.decidedOn = w.today();
        REQUIRE(sharing.updateAuthorityRequest(id.value(), draft).ok());
        const auto refused = [](const auto& result) {
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().code() == ErrorCode::InvalidArgument);
            INFO(result.error().message().toStdString());
            CHECK(result.error().message().contains(QStringLiteral("(partly or fully)")));
        };
        refused(sharing.disclose(request, DisclosureChannel::Print, DocumentKind::InformationSheet));
        refused(sharing.disclose(request, DisclosureChannel::Print, DocumentKind::InformationSheet,
                                 QStringLiteral("Court order number 2026-118")));
        refused(sharing.preview(request));
        refused(sharing.decide(request));
        CHECK(ledgerCount(w.v()) == ledgerBefore);
        auto r = sharing.authorityRequest(id.value());
        REQUIRE(r.ok());
        CHECK(r->disclosureIds.empty());
    }
    for (AuthorityDecision decided : {AuthorityDecision::Partly, AuthorityDecision::Fully}) {
        INFO(authorityDecisionId(decided).toStdString());
        draft.decision = decided;
        REQUIRE(sharing.updateAuthorityRequest(id.value(), draft).ok());
        auto disclosed = sharing.disclose(request, DisclosureChannel::Print, DocumentKind::InformationSheet);
        INFO((disclosed ? QString() : disclosed.error().message()).toStdString());
        CHECK(disclosed.ok());
    }
    CHECK(ledgerCount(w.v()) == ledgerBefore + 2);
}

TEST_CASE("authority_mergedAwayPerson_refusedNothingSaved", "[sharing][authority]")
{
    SharingWorld w;
    auto merged = CaseFiles(w.v()).createPerson(aliasOnly(QStringLiteral("Merged")));
    REQUIRE(merged.ok());
    Sharing sharing(w.v());
    auto id = sharing.addAuthorityRequest(authorityDraft(w.today(), w.person));
    REQUIRE(id.ok());
    REQUIRE(CaseFiles(w.v()).mergePeople(w.person, merged.value()).ok());
    const qint64 before = requestCount(w.v());
    const qint64 auditBefore = auditCount(w.v());

    auto added = sharing.addAuthorityRequest(authorityDraft(w.today(), merged.value()));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code() == ErrorCode::InvalidArgument);
    INFO(added.error().message().toStdString());
    CHECK(added.error().message().contains(QStringLiteral("merged")));
    CHECK(added.error().message().endsWith(QStringLiteral("nothing was saved.")));
    auto updated = sharing.updateAuthorityRequest(id.value(), authorityDraft(w.today(), merged.value()));
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code() == ErrorCode::InvalidArgument);
    CHECK(requestCount(w.v()) == before);
    CHECK(auditCount(w.v()) == auditBefore);
    CHECK(scalar(w.v(), "SELECT person_id FROM authority_requests WHERE id = ?;", id.value()) == w.person);
}
