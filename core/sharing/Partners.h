#pragma once

#include "sharing/SharingTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace abri {

class Vault;

// Partner organisations and their agreements. Every role reads them (a caseworker must know whom a person may be
// referred to); only coordinators create or change them. Every change is audited in the same transaction
// (partner.create, partner.update, agreement.create, agreement.update, agreement.document); opening an agreement
// document is audited too (agreement.document_view). Like CaseFiles, it holds no state: make one where needed.
class Partners
{
    Q_DECLARE_TR_FUNCTIONS(Partners)

public:
    explicit Partners(Vault& vault) : m_vault(vault) {}

    Result<qint64> createPartner(const PartnerDraft& draft);
    Status updatePartner(qint64 partnerId, const PartnerDraft& draft);
    Result<Partner> partner(qint64 partnerId) const;
    // Sorted by name (case and accents ignored).
    Result<std::vector<PartnerSummary>> listPartners(const PartnerFilter& filter = {}) const;
    // Coordinator only. keyText as parsePartnerPublicKey accepts; an empty text removes the key. Audited
    // (partner.key, with the fingerprint).
    Status setPublicKey(qint64 partnerId, const QString& keyText);

    // Newest first.
    Result<std::vector<Agreement>> agreements(qint64 partnerId) const;
    Result<Agreement> agreement(qint64 agreementId) const;
    Result<qint64> addAgreement(qint64 partnerId, const AgreementDraft& draft);
    Status updateAgreement(qint64 agreementId, const AgreementDraft& draft);
    // Coordinator only; checked with checkAgreementDocument; replaces an earlier document.
    Status attachAgreementDocument(qint64 agreementId, const QString& fileName, const QByteArray& data);
    // The document's bytes (hash checked), for viewing inside Abri; audited.
    Result<QByteArray> agreementDocument(qint64 agreementId);
    // Agreements in force today whose renewal date is within withinDays, and those that lapsed within the last
    // withinDays (so a lapse does not vanish from Today the day it happens); soonest first.
    Result<std::vector<LapsingAgreement>> agreementsLapsing(int withinDays = LapsingDays) const;

private:
    Vault& m_vault;
};

} // namespace abri
