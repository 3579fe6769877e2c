#pragma once

// Internal to abri_core (and its tests): the SQL behind Partners on a plain Database, so the demo generator and the
// sharing gate run exactly the queries the service runs; the service adds the session checks and the audit entries.

#include "sharing/SharingTypes.h"
#include "storage/Database.h"

#include <QDateTime>

#include <set>
#include <vector>

namespace abri {
class Vault;
}

namespace abri::sharing {

// "contact,health": agreement categories as stored (ids in the order of AllCategories); unknown ids are skipped.
QString categoryIds(const std::set<Category>& categories);
std::set<Category> categoriesFromIds(const QString& ids);

// Translated messages ending "Nothing was saved."; today is the local day.
Status validatePartner(const PartnerDraft& draft);
Status validateAgreement(const AgreementDraft& draft, const QDate& today);

// Writes without checks or audit (the caller holds the transaction and validated the draft).
// insertPartner refuses a name another partner has (case and accents ignored) with InvalidArgument.
Result<qint64> insertPartner(Database& db, const PartnerDraft& draft, qint64 createdBy, const QDateTime& nowUtc);
Result<qint64> insertAgreement(Database& db, qint64 partnerId, const AgreementDraft& draft, qint64 createdBy,
                               const QDateTime& nowUtc);

// Links to partnerId every partner consent typed by hand (partner_id NULL) whose recipient, case and accents
// ignored, is nameKey (the partner's name_key); the typed text stays. Called, in the caller's transaction, when a
// partner gets that name (created or renamed), so the gate can match partner consents by id only. Returns how many.
Result<int> linkTypedConsents(Database& db, qint64 partnerId, const QString& nameKey);

// Reads; NotFound when there is no such record.
Result<Partner> loadPartner(Database& db, qint64 partnerId);
Result<Agreement> loadAgreement(Database& db, qint64 agreementId);
// Newest first (by start date, then id); partnerId 0: every partner's.
Result<std::vector<Agreement>> loadAgreements(Database& db, qint64 partnerId);

// The best status on that day among a partner's agreements (Active > Lapsing > Lapsed > Suspended), or nullptr.
const Agreement* bestAgreement(const std::vector<const Agreement*>& agreements, const QDate& day);

// Writes need a coordinator in a session that may write (not a read-only one).
Status requireCoordinatorWriter(const Vault& vault);

Error partnerNotFound();
Error agreementNotFound();

} // namespace abri::sharing
