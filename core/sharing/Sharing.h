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
//     (ShareWithPartner naming it) or its sector (ShareWithSector), with the same purpose;
//   - an agreement with the partner in force today (active or lapsing) that allows the field's category;
//   - the user's role may read the field's category (break-the-glass grants do not count for sharing);
//   - for shelter address and location, the person's own choice.
// For the person themself (their own copy) only the role and the person's choice count. For an authority request
// it needs a ContactPolice consent in force (any purpose), or an override.
// A coordinator may override consent and agreement (never the role, never the person's choice) with a typed reason
// of at least 10 characters; overrides are audited and listed for review.
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
