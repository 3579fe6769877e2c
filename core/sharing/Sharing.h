#pragma once

#include "sharing/SharingTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace abri {

class Vault;

// The one gate every disclosure goes through, and the ledger that records it.
//
// decide() answers, field by field, whether a disclosure may happen and why not. For a partner it needs:
//   - a consent of the person that is recorded, in force today (given, unexpired, not withdrawn), for this partner
//     (ShareWithPartner linked to it by id) or its sector (ShareWithSector), with the same purpose. A partner consent
//     typed by hand is linked to the partner whose name it gives (case and accents ignored) when it is recorded, or
//     when a partner is created or renamed to that name; a linked consent stays with its partner whatever its name
//     becomes. A sector consent is stored as the sector id (older rows may hold its English or current-language
//     name); a text that names no sector covers nothing;
//   - an agreement with the partner in force today (active or lapsing) that allows the field's category;
//   - the user's role may read the field's category (break-the-glass grants do not count for sharing);
//   - for shelter address and location, the person's own choice.
// When nothing covers the disclosure, the reason given is the most specific: a consent for this purpose that was
// withdrawn, then one that expired, then consents for other purposes only, then none.
// For the person themself (their own copy) only the role and the person's choice count. For an authority request
// only a coordinator may ask at all (PermissionDenied for every other role, before the request is read); the
// request's decision must be recorded as partly or fully; then it needs a ContactPolice consent in force (any
// purpose), or an override.
// A coordinator may override consent and agreement (never the role, never the person's choice, never the decision
// on an authority request) with a typed reason of at least 10 characters; overrides are audited and listed for
// review.
//
// The consents, the disclosure history, the consent receipt and the disclosure-history document, and what the
// organisation keeps (SharedContent::keptCategories) go to the person themself only.
//
// disclose() decides again inside its transaction, refuses when a field the caller wants to send is no longer
// allowed, records one ledger entry (field names, never values) with its audit entry, and returns the values of the
// allowed fields only. Documents are built from that content, so a withheld field cannot reach paper.
class Sharing
{
    Q_DECLARE_TR_FUNCTIONS(Sharing)

public:
    explicit Sharing(Vault& vault) : m_vault(vault) {}

    Result<SharingDecision> decide(const SharingRequest& request) const;
    // Coordinator only; reason at least 10 characters (trimmed).
    Result<SharingDecision> decideWithOverride(const SharingRequest& request, const QString& reason) const;

    // The content a preview shows: the same values disclose() would return, without a ledger entry. Restricted
    // categories shown are audited as person.view, as when opening the file.
    Result<SharedContent> preview(const SharingRequest& request, const QString& overrideReason = {});
    // The same for a given document: refuses, like disclose(), a document only the person may receive.
    Result<SharedContent> preview(const SharingRequest& request, DocumentKind document,
                                  const QString& overrideReason = {});
    // Records the disclosure (ledger + audit disclosure.record, or disclosure.override) and returns the content.
    // Fails, recording nothing, when any requested field is withheld: ask decide() first and send only what it
    // allows.
    Result<SharedContent> disclose(const SharingRequest& request, DisclosureChannel channel, DocumentKind document,
                                   const QString& overrideReason = {});

    // "Shared with": a person's disclosures, newest first; every role that may open the person.
    Result<std::vector<Disclosure>> disclosures(qint64 personId) const;
    // The whole ledger, newest first; coordinator only.
    Result<std::vector<Disclosure>> ledger(const LedgerFilter& filter) const;
    // Coordinator only; audited (disclosure.review).
    Status markOverrideReviewed(qint64 disclosureId);

    // --- requests from authorities (coordinator only; audited authority.create / authority.update)
    Result<qint64> addAuthorityRequest(const AuthorityRequestDraft& draft);
    Status updateAuthorityRequest(qint64 requestId, const AuthorityRequestDraft& draft);
    Result<AuthorityRequest> authorityRequest(qint64 requestId) const;
    // Newest first.
    Result<std::vector<AuthorityRequest>> authorityRequests() const;

private:
    Vault& m_vault;
};

} // namespace abri
