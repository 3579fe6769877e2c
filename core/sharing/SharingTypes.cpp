#include "sharing/SharingTypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace abri {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const QString& id, const Enum (&all)[N], QString (*toId)(Enum))
{
    for (Enum e : all) {
        if (toId(e) == id) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr AgreementKind AllAgreementKinds[] = {AgreementKind::Formal, AgreementKind::Informal};
constexpr AgreementStatus AllAgreementStatuses[] = {AgreementStatus::Active, AgreementStatus::Lapsing,
                                                    AgreementStatus::Lapsed, AgreementStatus::Suspended};
constexpr RecipientKind AllRecipientKinds[] = {RecipientKind::Person, RecipientKind::Partner, RecipientKind::Authority};
constexpr DisclosureBasis AllDisclosureBases[] = {DisclosureBasis::Consent, DisclosureBasis::PersonsOwnCopy,
                                                  DisclosureBasis::Override};
constexpr DisclosureChannel AllDisclosureChannels[] = {DisclosureChannel::Print, DisclosureChannel::Pdf,
                                                       DisclosureChannel::Export, DisclosureChannel::Referral};
constexpr DocumentKind AllDocumentKinds[] = {DocumentKind::ConsentReceipt, DocumentKind::DisclosureHistory,
                                             DocumentKind::InformationSheet};
constexpr AuthorityKind AllAuthorityKinds[] = {AuthorityKind::Police, AuthorityKind::Court, AuthorityKind::Official};
constexpr AuthorityDecision AllAuthorityDecisions[] = {AuthorityDecision::Pending, AuthorityDecision::Refused,
                                                       AuthorityDecision::Partly, AuthorityDecision::Fully};

} // namespace

// --- partners

QString sectorId(Sector sector)
{
    switch (sector) {
    case Sector::Health:
        return QStringLiteral("health");
    case Sector::Legal:
        return QStringLiteral("legal");
    case Sector::CivilRights:
        return QStringLiteral("civil_rights");
    case Sector::Shelter:
        return QStringLiteral("shelter");
    case Sector::SocialServices:
        return QStringLiteral("social_services");
    case Sector::PublicOfficials:
        return QStringLiteral("officials");
    case Sector::PoliceLiaison:
        return QStringLiteral("police_liaison");
    case Sector::Media:
        return QStringLiteral("media");
    case Sector::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Sector> sectorFromId(const QString& id)
{
    return fromId(id, AllSectors, sectorId);
}

QString sectorDisplayName(Sector sector)
{
    switch (sector) {
    case Sector::Health:
        return QCoreApplication::translate("abri::Sharing", "Health");
    case Sector::Legal:
        return QCoreApplication::translate("abri::Sharing", "Legal");
    case Sector::CivilRights:
        return QCoreApplication::translate("abri::Sharing", "Civil rights");
    case Sector::Shelter:
        return QCoreApplication::translate("abri::Sharing", "Shelter");
    case Sector::SocialServices:
        return QCoreApplication::translate("abri::Sharing", "Social services");
    case Sector::PublicOfficials:
        return QCoreApplication::translate("abri::Sharing", "Public officials");
    case Sector::PoliceLiaison:
        return QCoreApplication::translate("abri::Sharing", "Police liaison");
    case Sector::Media:
        return QCoreApplication::translate("abri::Sharing", "Media");
    case Sector::Other:
        return QCoreApplication::translate("abri::Sharing", "Other");
    }
    return {};
}

QString consentRecipientDisplayName(const Consent& consent)
{
    if (consent.scope == ConsentScope::ShareWithSector) {
        if (const auto sector = sectorFromId(consent.recipient)) {
            return sectorDisplayName(*sector);
        }
    }
    return consent.recipient;
}

QString agreementKindId(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::Formal:
        return QStringLiteral("formal");
    case AgreementKind::Informal:
        return QStringLiteral("informal");
    }
    return {};
}

std::optional<AgreementKind> agreementKindFromId(const QString& id)
{
    return fromId(id, AllAgreementKinds, agreementKindId);
}

QString agreementKindDisplayName(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::Formal:
        return QCoreApplication::translate("abri::Sharing", "Formal (signed agreement)");
    case AgreementKind::Informal:
        return QCoreApplication::translate("abri::Sharing", "Informal (agreed in person)");
    }
    return {};
}

QString agreementStatusId(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Active:
        return QStringLiteral("active");
    case AgreementStatus::Lapsing:
        return QStringLiteral("lapsing");
    case AgreementStatus::Lapsed:
        return QStringLiteral("lapsed");
    case AgreementStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

std::optional<AgreementStatus> agreementStatusFromId(const QString& id)
{
    return fromId(id, AllAgreementStatuses, agreementStatusId);
}

QString agreementStatusDisplayName(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Active:
        return QCoreApplication::translate("abri::Sharing", "Active");
    case AgreementStatus::Lapsing:
        return QCoreApplication::translate("abri::Sharing", "Renewal due soon");
    case AgreementStatus::Lapsed:
        return QCoreApplication::translate("abri::Sharing", "Lapsed");
    case AgreementStatus::Suspended:
        return QCoreApplication::translate("abri::Sharing", "Suspended");
    }
    return {};
}

AgreementStatus Agreement::statusOn(const QDate& day) const
{
    if (storedStatus == AgreementStatus::Suspended || storedStatus == AgreementStatus::Lapsed) {
        return storedStatus;
    }
    // Stored Active (Lapsing is never stored; treat it as Active so the date decides).
    if (renewalOn.isValid() && day.isValid()) {
        if (renewalOn < day) {
            return AgreementStatus::Lapsed;
        }
        if (renewalOn <= day.addDays(LapsingDays)) {
            return AgreementStatus::Lapsing;
        }
    }
    return AgreementStatus::Active;
}

bool Agreement::isInForceOn(const QDate& day) const
{
    const AgreementStatus status = statusOn(day);
    return status == AgreementStatus::Active || status == AgreementStatus::Lapsing;
}

AgreementDraft Agreement::toDraft() const
{
    AgreementDraft draft;
    draft.kind = kind;
    draft.signedOn = signedOn;
    draft.renewalOn = renewalOn;
    draft.agreedBy = agreedBy;
    draft.agreedOn = agreedOn;
    draft.categories = categories;
    draft.conductSigned = conductSigned;
    draft.conductSignedOn = conductSignedOn;
    draft.status = storedStatus;
    draft.notes = notes;
    return draft;
}

PartnerDraft Partner::toDraft() const
{
    PartnerDraft draft;
    draft.name = name;
    draft.sector = sector;
    draft.services = services;
    draft.languages = languages;
    draft.address = address;
    draft.hours = hours;
    draft.contacts = contacts;
    draft.notes = notes;
    return draft;
}

// --- the sharing gate

QString sharedFieldId(SharedField field)
{
    switch (field) {
    case SharedField::Alias:
        return QStringLiteral("alias");
    case SharedField::Code:
        return QStringLiteral("code");
    case SharedField::Pronouns:
        return QStringLiteral("pronouns");
    case SharedField::Languages:
        return QStringLiteral("languages");
    case SharedField::RiskFlags:
        return QStringLiteral("risk_flags");
    case SharedField::LegalName:
        return QStringLiteral("legal_name");
    case SharedField::Birth:
        return QStringLiteral("birth");
    case SharedField::IdNumbers:
        return QStringLiteral("id_numbers");
    case SharedField::Contacts:
        return QStringLiteral("contacts");
    case SharedField::EmergencyContact:
        return QStringLiteral("emergency_contact");
    case SharedField::Location:
        return QStringLiteral("location");
    case SharedField::HealthSummary:
        return QStringLiteral("health_summary");
    case SharedField::LegalSummary:
        return QStringLiteral("legal_summary");
    case SharedField::ShelterAddress:
        return QStringLiteral("shelter_address");
    case SharedField::RiskDetails:
        return QStringLiteral("risk_details");
    case SharedField::Consents:
        return QStringLiteral("consents");
    case SharedField::Disclosures:
        return QStringLiteral("disclosures");
    }
    return {};
}

std::optional<SharedField> sharedFieldFromId(const QString& id)
{
    return fromId(id, AllSharedFields, sharedFieldId);
}

QString sharedFieldDisplayName(SharedField field)
{
    switch (field) {
    case SharedField::Alias:
        return QCoreApplication::translate("abri::Sharing", "Alias");
    case SharedField::Code:
        return QCoreApplication::translate("abri::Sharing", "Code");
    case SharedField::Pronouns:
        return QCoreApplication::translate("abri::Sharing", "Pronouns");
    case SharedField::Languages:
        return QCoreApplication::translate("abri::Sharing", "Languages");
    case SharedField::RiskFlags:
        return QCoreApplication::translate("abri::Sharing", "Safety flags");
    case SharedField::LegalName:
        return QCoreApplication::translate("abri::Sharing", "Legal name");
    case SharedField::Birth:
        return QCoreApplication::translate("abri::Sharing", "Date and place of birth");
    case SharedField::IdNumbers:
        return QCoreApplication::translate("abri::Sharing", "Identity document numbers");
    case SharedField::Contacts:
        return QCoreApplication::translate("abri::Sharing", "Contact details");
    case SharedField::EmergencyContact:
        return QCoreApplication::translate("abri::Sharing", "Emergency contact");
    case SharedField::Location:
        return QCoreApplication::translate("abri::Sharing", "Where the person can be found");
    case SharedField::HealthSummary:
        return QCoreApplication::translate("abri::Sharing", "Health summary");
    case SharedField::LegalSummary:
        return QCoreApplication::translate("abri::Sharing", "Legal summary");
    case SharedField::ShelterAddress:
        return QCoreApplication::translate("abri::Sharing", "Shelter address");
    case SharedField::RiskDetails:
        return QCoreApplication::translate("abri::Sharing", "Safety details");
    case SharedField::Consents:
        return QCoreApplication::translate("abri::Sharing", "Consents");
    case SharedField::Disclosures:
        return QCoreApplication::translate("abri::Sharing", "Disclosure history");
    }
    return {};
}

std::optional<Category> sharedFieldCategory(SharedField field)
{
    switch (field) {
    case SharedField::Alias:
    case SharedField::Code:
    case SharedField::Pronouns:
    case SharedField::Languages:
    case SharedField::RiskFlags:
    case SharedField::Consents:
    case SharedField::Disclosures:
        return std::nullopt;
    case SharedField::LegalName:
    case SharedField::Birth:
    case SharedField::IdNumbers:
        return Category::Identity;
    case SharedField::Contacts:
    case SharedField::EmergencyContact:
        return Category::Contact;
    case SharedField::Location:
        return Category::Location;
    case SharedField::HealthSummary:
        return Category::Health;
    case SharedField::LegalSummary:
        return Category::Legal;
    case SharedField::ShelterAddress:
        return Category::ShelterAddress;
    case SharedField::RiskDetails:
        return Category::Risk;
    }
    return std::nullopt;
}

bool sharedFieldNeedsPersonsChoice(SharedField field)
{
    return field == SharedField::ShelterAddress || field == SharedField::Location;
}

QString recipientKindId(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Person:
        return QStringLiteral("person");
    case RecipientKind::Partner:
        return QStringLiteral("partner");
    case RecipientKind::Authority:
        return QStringLiteral("authority");
    }
    return {};
}

std::optional<RecipientKind> recipientKindFromId(const QString& id)
{
    return fromId(id, AllRecipientKinds, recipientKindId);
}

QString withholdReasonId(WithholdReason reason)
{
    switch (reason) {
    case WithholdReason::None:
        return QStringLiteral("none");
    case WithholdReason::NoConsent:
        return QStringLiteral("no_consent");
    case WithholdReason::ConsentExpired:
        return QStringLiteral("consent_expired");
    case WithholdReason::ConsentRevoked:
        return QStringLiteral("consent_revoked");
    case WithholdReason::ConsentOtherPurpose:
        return QStringLiteral("consent_other_purpose");
    case WithholdReason::NoAgreement:
        return QStringLiteral("no_agreement");
    case WithholdReason::AgreementLapsed:
        return QStringLiteral("agreement_lapsed");
    case WithholdReason::AgreementSuspended:
        return QStringLiteral("agreement_suspended");
    case WithholdReason::CategoryNotInAgreement:
        return QStringLiteral("category_not_in_agreement");
    case WithholdReason::RoleCannotRead:
        return QStringLiteral("role_cannot_read");
    case WithholdReason::NeedsPersonsChoice:
        return QStringLiteral("needs_persons_choice");
    case WithholdReason::NotForThisRecipient:
        return QStringLiteral("not_for_this_recipient");
    }
    return {};
}

QString disclosureBasisId(DisclosureBasis basis)
{
    switch (basis) {
    case DisclosureBasis::Consent:
        return QStringLiteral("consent");
    case DisclosureBasis::PersonsOwnCopy:
        return QStringLiteral("own_copy");
    case DisclosureBasis::Override:
        return QStringLiteral("override");
    }
    return {};
}

std::optional<DisclosureBasis> disclosureBasisFromId(const QString& id)
{
    return fromId(id, AllDisclosureBases, disclosureBasisId);
}

QString disclosureBasisDisplayName(DisclosureBasis basis)
{
    switch (basis) {
    case DisclosureBasis::Consent:
        return QCoreApplication::translate("abri::Sharing", "With the person's consent");
    case DisclosureBasis::PersonsOwnCopy:
        return QCoreApplication::translate("abri::Sharing", "The person's own copy");
    case DisclosureBasis::Override:
        return QCoreApplication::translate("abri::Sharing", "Override (to be reviewed)");
    }
    return {};
}

std::vector<SharedField> SharingDecision::allowedFields() const
{
    std::vector<SharedField> allowed;
    for (const FieldDecision& decision : fields) {
        if (decision.allowed) {
            allowed.push_back(decision.field);
        }
    }
    return allowed;
}

bool SharingDecision::anyAllowed() const
{
    return std::any_of(fields.begin(), fields.end(), [](const FieldDecision& d) { return d.allowed; });
}

bool SharingDecision::allAllowed() const
{
    // An empty request allows nothing: there is nothing to print.
    return !fields.empty() &&
           std::all_of(fields.begin(), fields.end(), [](const FieldDecision& d) { return d.allowed; });
}

// --- the ledger

QString disclosureChannelId(DisclosureChannel channel)
{
    switch (channel) {
    case DisclosureChannel::Print:
        return QStringLiteral("print");
    case DisclosureChannel::Pdf:
        return QStringLiteral("pdf");
    case DisclosureChannel::Export:
        return QStringLiteral("export");
    case DisclosureChannel::Referral:
        return QStringLiteral("referral");
    }
    return {};
}

std::optional<DisclosureChannel> disclosureChannelFromId(const QString& id)
{
    return fromId(id, AllDisclosureChannels, disclosureChannelId);
}

QString disclosureChannelDisplayName(DisclosureChannel channel)
{
    switch (channel) {
    case DisclosureChannel::Print:
        return QCoreApplication::translate("abri::Sharing", "Printed");
    case DisclosureChannel::Pdf:
        return QCoreApplication::translate("abri::Sharing", "Saved as PDF");
    case DisclosureChannel::Export:
        return QCoreApplication::translate("abri::Sharing", "Exported");
    case DisclosureChannel::Referral:
        return QCoreApplication::translate("abri::Sharing", "Referral");
    }
    return {};
}

QString documentKindId(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ConsentReceipt:
        return QStringLiteral("consent_receipt");
    case DocumentKind::DisclosureHistory:
        return QStringLiteral("disclosure_history");
    case DocumentKind::InformationSheet:
        return QStringLiteral("information_sheet");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromId(const QString& id)
{
    return fromId(id, AllDocumentKinds, documentKindId);
}

QString documentKindDisplayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ConsentReceipt:
        return QCoreApplication::translate("abri::Sharing", "Consent receipt");
    case DocumentKind::DisclosureHistory:
        return QCoreApplication::translate("abri::Sharing", "Disclosure history");
    case DocumentKind::InformationSheet:
        return QCoreApplication::translate("abri::Sharing", "Information sheet");
    }
    return {};
}

// --- requests from authorities

QString authorityKindId(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::Police:
        return QStringLiteral("police");
    case AuthorityKind::Court:
        return QStringLiteral("court");
    case AuthorityKind::Official:
        return QStringLiteral("official");
    }
    return {};
}

std::optional<AuthorityKind> authorityKindFromId(const QString& id)
{
    return fromId(id, AllAuthorityKinds, authorityKindId);
}

QString authorityKindDisplayName(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::Police:
        return QCoreApplication::translate("abri::Sharing", "Police");
    case AuthorityKind::Court:
        return QCoreApplication::translate("abri::Sharing", "Court");
    case AuthorityKind::Official:
        return QCoreApplication::translate("abri::Sharing", "Public official");
    }
    return {};
}

QString authorityDecisionId(AuthorityDecision decision)
{
    switch (decision) {
    case AuthorityDecision::Pending:
        return QStringLiteral("pending");
    case AuthorityDecision::Refused:
        return QStringLiteral("refused");
    case AuthorityDecision::Partly:
        return QStringLiteral("partly");
    case AuthorityDecision::Fully:
        return QStringLiteral("fully");
    }
    return {};
}

std::optional<AuthorityDecision> authorityDecisionFromId(const QString& id)
{
    return fromId(id, AllAuthorityDecisions, authorityDecisionId);
}

QString authorityDecisionDisplayName(AuthorityDecision decision)
{
    switch (decision) {
    case AuthorityDecision::Pending:
        return QCoreApplication::translate("abri::Sharing", "Not decided yet");
    case AuthorityDecision::Refused:
        return QCoreApplication::translate("abri::Sharing", "Refused");
    case AuthorityDecision::Partly:
        return QCoreApplication::translate("abri::Sharing", "Partly answered");
    case AuthorityDecision::Fully:
        return QCoreApplication::translate("abri::Sharing", "Fully answered");
    }
    return {};
}

AuthorityRequestDraft AuthorityRequest::toDraft() const
{
    AuthorityRequestDraft draft;
    draft.kind = kind;
    draft.requester = requester;
    draft.receivedOn = receivedOn;
    draft.legalBasis = legalBasis;
    draft.requested = requested;
    draft.personId = personId;
    draft.decision = decision;
    draft.decidedOn = decidedOn;
    draft.personTold = personTold;
    draft.toldOn = toldOn;
    draft.notes = notes;
    return draft;
}

} // namespace abri
