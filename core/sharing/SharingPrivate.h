#pragma once

// Internal to abri_core (and its tests): the rules and SQL behind Sharing, on a plain Database, so disclose() can
// decide again inside its own transaction with exactly the code decide() runs.

#include "cases/CaseFilesPrivate.h"
#include "sharing/Sharing.h"

#include <QDate>

#include <optional>
#include <vector>

namespace abri::sharing {

// The partner as the gate needs it (name for the explanations and the ledger, sector for sector consents).
struct PartnerRef
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Other;
};
// NotFound when there is no partner with this id.
Result<PartnerRef> partnerRef(Database& db, qint64 partnerId);
// The partner's agreements with what statusOn() needs and the categories; newest first.
Result<std::vector<Agreement>> partnerAgreements(Database& db, qint64 partnerId);

// The request from an authority as the gate needs it. NotFound when there is none with this id.
struct AuthorityRef
{
    qint64 id = 0;
    QString requester;
    qint64 personId = 0; // 0 when none recorded
    AuthorityDecision decision = AuthorityDecision::Pending;
};
Result<AuthorityRef> authorityRef(Database& db, qint64 requestId);

// The sector a typed text names: its id ("civil_rights" or "civil rights"), its English name or its name in the
// current language (case and accents ignored); nullopt when it names none.
std::optional<Sector> sectorNamed(const QString& text);

// All consents of a person (every scope), as CaseFiles::consents returns them, without the session checks.
Result<std::vector<Consent>> personConsents(Database& db, qint64 personId);

// The decision, field by field. overrideReason: nullptr for a plain decision; otherwise the (checked) reason of a
// coordinator's override, which lifts consent and agreement reasons only. today: the local day.
Result<SharingDecision> evaluate(Database& db, const cases::AccessContext& ctx, const SharingRequest& request,
                                 const QString* overrideReason, const QDate& today);

// Refuses a reason shorter than MinOverrideReason characters (trimmed), translated.
constexpr int MinOverrideReason = 10;
Status checkOverrideReason(const QString& reason);

// The values of the allowed fields of decision (never those of a withheld field), the consents and disclosure
// history when allowed, and the readable categories that hold something.
Result<SharedContent> loadContent(Database& db, const cases::AccessContext& ctx, const SharingDecision& decision);
// The restricted categories whose values content shows (for person.view entries).
std::set<Category> shownCategories(const SharingDecision& decision);

// A person's ledger entries, newest first.
Result<std::vector<Disclosure>> personDisclosures(Database& db, qint64 personId);

// "alias,code,health_summary" and back (unknown ids are skipped).
QString fieldList(const std::vector<SharedField>& fields);
std::vector<SharedField> fieldsFromList(const QString& text);

} // namespace abri::sharing
