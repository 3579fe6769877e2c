#pragma once

// Partners, agreements, the sharing gate's questions and answers, the disclosure ledger and the register of
// requests from authorities. Values only; the services are Partners (Partners.h) and Sharing (Sharing.h).

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <set>
#include <vector>

namespace abri {

// --- partners

enum class Sector { Health, Legal, CivilRights, Shelter, SocialServices, PublicOfficials, PoliceLiaison, Media, Other };
constexpr Sector AllSectors[] = {Sector::Health,        Sector::Legal,          Sector::CivilRights,
                                 Sector::Shelter,       Sector::SocialServices, Sector::PublicOfficials,
                                 Sector::PoliceLiaison, Sector::Media,          Sector::Other};
// health, legal, civil_rights, shelter, social_services, officials, police_liaison, media, other
QString sectorId(Sector sector);
std::optional<Sector> sectorFromId(const QString& id);
QString sectorDisplayName(Sector sector);
// What a consent's recipient says on screen: a sector consent stores the sector's id, shown by its name; anything
// else is shown as recorded.
QString consentRecipientDisplayName(const Consent& consent);

struct PartnerContact
{
    QString name;
    QString role; // "intake nurse"
    QString phone;
    QString secureChannels; // "Signal on the same number"
    bool operator==(const PartnerContact&) const = default;
};

struct PartnerDraft
{
    QString name; // unique in the vault (case and accents ignored)
    Sector sector = Sector::Other;
    QString services;
    QStringList languages;
    QString address;
    QString hours;
    std::vector<PartnerContact> contacts;
    QString notes;
};

enum class AgreementKind { Formal, Informal }; // formal: a signed MOU; informal: someone agreed
QString agreementKindId(AgreementKind kind);   // formal, informal
std::optional<AgreementKind> agreementKindFromId(const QString& id);
QString agreementKindDisplayName(AgreementKind kind);

// Stored: Active, Suspended or Lapsed (set by hand). Lapsing is never stored: an active agreement whose renewal date
// is within LapsingDays is shown as Lapsing, and one whose renewal date has passed as Lapsed.
enum class AgreementStatus { Active, Lapsing, Lapsed, Suspended };
constexpr int LapsingDays = 30;
QString agreementStatusId(AgreementStatus status); // active, lapsing, lapsed, suspended
std::optional<AgreementStatus> agreementStatusFromId(const QString& id);
QString agreementStatusDisplayName(AgreementStatus status);

struct AgreementDraft
{
    AgreementKind kind = AgreementKind::Informal;
    QDate signedOn;                // formal: required
    QDate renewalOn;               // formal: when it must be renewed; invalid: no end date
    QString agreedBy;              // informal: required (who agreed, on the partner's side)
    QDate agreedOn;                // informal: required
    std::set<Category> categories; // what the partner may receive beyond the profile (alias, code, languages)
    bool conductSigned = false;    // the partner signed the code of conduct
    QDate conductSignedOn;         // required when conductSigned
    AgreementStatus status = AgreementStatus::Active; // Active, Suspended or Lapsed; Lapsing is refused
    QString notes;
};

struct Agreement
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString partnerName;
    AgreementKind kind = AgreementKind::Informal;
    QDate signedOn;
    QDate renewalOn;
    QString agreedBy;
    QDate agreedOn;
    std::set<Category> categories;
    bool conductSigned = false;
    QDate conductSignedOn;
    AgreementStatus storedStatus = AgreementStatus::Active;
    QString notes;
    // The MOU document, stored inside the vault (PDF, PNG or JPEG); empty name when there is none.
    QString documentName;
    std::optional<AttachmentType> documentType;
    qint64 documentSize = 0;
    QDateTime updatedAt; // UTC

    // storedStatus with the renewal date applied on that day.
    AgreementStatus statusOn(const QDate& day) const;
    // Active or Lapsing on that day: the partner may receive what it allows.
    bool isInForceOn(const QDate& day) const;
    AgreementDraft toDraft() const;
};

struct Partner
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Other;
    QString services;
    QStringList languages;
    QString address;
    QString hours;
    std::vector<PartnerContact> contacts;
    QString notes;
    QByteArray publicKey; // 32 bytes, or empty when none was given
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;  // UTC

    PartnerDraft toDraft() const;
};

// A row of the partners list: the partner with the best status among its agreements (none: no agreement).
struct PartnerSummary
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Other;
    QString services;
    std::optional<AgreementStatus> agreementStatus; // on today; nullopt: no agreement
    QDate renewalOn;                                // of that agreement; invalid when none
};

struct PartnerFilter
{
    std::optional<Sector> sector;
    // nullopt: any; a value: partners whose best agreement has this status today
    std::optional<AgreementStatus> agreementStatus;
    bool withoutAgreement = false; // only partners with no agreement at all (agreementStatus is then ignored)
    QString text;                  // name or services contain it (case and accents ignored)
};

struct LapsingAgreement
{
    Agreement agreement;
    AgreementStatus status = AgreementStatus::Lapsing; // on today
};

// A partner's public key for encrypted exchange later: X25519, 32 bytes. Accepted forms (spaces and line breaks
// anywhere are ignored): 64 hex digits; standard or URL-safe base64 of the 32 bytes; either of those between
// "-----BEGIN ABRI PUBLIC KEY-----" and "-----END ABRI PUBLIC KEY-----". Anything else is refused with a
// translated message. Never throws, never reads past the text.
Result<QByteArray> parsePartnerPublicKey(const QString& text);
// "3F2A 91C0 ..." : the first 16 bytes of BLAKE2b-256 of the key, in 8 groups of 4 upper-case hex digits, for
// reading aloud over the phone to check the key. Empty for an empty key.
QString publicKeyFingerprint(const QByteArray& key);

// A document attached to an agreement, checked before it is stored: the type from the bytes (PDF, PNG, JPEG), at
// most MaxAttachmentBytes, a file name without folders or control characters (at most 200 characters).
struct AgreementDocument
{
    QString fileName;
    AttachmentType type = AttachmentType::Pdf;
    QByteArray data;
};
Result<AgreementDocument> checkAgreementDocument(const QString& fileName, const QByteArray& data);

// --- the sharing gate

// Everything a document may carry about a person. Each field belongs to a restricted category, or to the profile
// (nullopt) that every role reads. Shelter address and location also need the person's own choice.
enum class SharedField {
    Alias,
    Code,
    Pronouns,
    Languages,
    RiskFlags,
    LegalName,
    Birth,
    IdNumbers,
    Contacts,
    EmergencyContact,
    Location,
    HealthSummary,
    LegalSummary,
    ShelterAddress,
    RiskDetails,
    Consents,    // the person's consents (profile)
    Disclosures, // the person's disclosure history (profile)
};
constexpr SharedField AllSharedFields[] = {SharedField::Alias,        SharedField::Code,
                                           SharedField::Pronouns,     SharedField::Languages,
                                           SharedField::RiskFlags,    SharedField::LegalName,
                                           SharedField::Birth,        SharedField::IdNumbers,
                                           SharedField::Contacts,     SharedField::EmergencyContact,
                                           SharedField::Location,     SharedField::HealthSummary,
                                           SharedField::LegalSummary, SharedField::ShelterAddress,
                                           SharedField::RiskDetails,  SharedField::Consents,
                                           SharedField::Disclosures};
// alias, code, pronouns, languages, risk_flags, legal_name, birth, id_numbers, contacts, emergency_contact,
// location, health_summary, legal_summary, shelter_address, risk_details, consents, disclosures
QString sharedFieldId(SharedField field);
std::optional<SharedField> sharedFieldFromId(const QString& id);
QString sharedFieldDisplayName(SharedField field);
std::optional<Category> sharedFieldCategory(SharedField field);
// Left out of every disclosure unless the person asked for it (shelter address, location).
bool sharedFieldNeedsPersonsChoice(SharedField field);

enum class RecipientKind { Person, Partner, Authority }; // the person themself, a partner, an authority request
QString recipientKindId(RecipientKind kind);             // person, partner, authority
std::optional<RecipientKind> recipientKindFromId(const QString& id);

struct Recipient
{
    RecipientKind kind = RecipientKind::Person;
    qint64 partnerId = 0;          // kind Partner
    qint64 authorityRequestId = 0; // kind Authority
};

struct SharingRequest
{
    qint64 personId = 0;
    Recipient recipient;
    QString purpose; // free text; a consent covers it when its purpose is the same (case and accents ignored)
    std::vector<SharedField> fields;
    bool personChoseSensitive = false; // the person asked for shelter address / location to be included
};

enum class WithholdReason {
    None,
    NoConsent,              // no consent names this recipient or its sector
    ConsentExpired,         // the covering consent has expired
    ConsentRevoked,         // ... was withdrawn
    ConsentOtherPurpose,    // consents name this recipient, for other purposes
    NoAgreement,            // the partner has no agreement
    AgreementLapsed,        // ... only lapsed ones
    AgreementSuspended,     // ... only suspended (or lapsed) ones
    CategoryNotInAgreement, // the agreement in force does not allow this category
    RoleCannotRead,         // the user's role may not read this category
    NeedsPersonsChoice,     // shelter address / location without the person's choice
    NotForThisRecipient,    // consents / disclosure history go only to the person themself
};
QString withholdReasonId(WithholdReason reason);

struct FieldDecision
{
    SharedField field = SharedField::Alias;
    bool allowed = false;
    WithholdReason reason = WithholdReason::None;
    QString explanation; // plain words, translated; empty when allowed
};

enum class DisclosureBasis { Consent, PersonsOwnCopy, Override };
QString disclosureBasisId(DisclosureBasis basis); // consent, own_copy, override
std::optional<DisclosureBasis> disclosureBasisFromId(const QString& id);
QString disclosureBasisDisplayName(DisclosureBasis basis);

struct SharingDecision
{
    SharingRequest request;
    QString recipientName;             // partner name, authority, or "the person"
    std::vector<FieldDecision> fields; // one per requested field, in request order
    DisclosureBasis basis = DisclosureBasis::Consent;
    qint64 consentId = 0; // the consent relied on; 0 when none
    QString overrideReason;

    std::vector<SharedField> allowedFields() const;
    bool anyAllowed() const;
    bool allAllowed() const;
};

// --- the ledger

enum class DisclosureChannel { Print, Pdf, Export, Referral };
QString disclosureChannelId(DisclosureChannel channel); // print, pdf, export, referral
std::optional<DisclosureChannel> disclosureChannelFromId(const QString& id);
QString disclosureChannelDisplayName(DisclosureChannel channel);

// What a printout or export is; later features add theirs.
enum class DocumentKind { ConsentReceipt, DisclosureHistory, InformationSheet };
QString documentKindId(DocumentKind kind); // consent_receipt, disclosure_history, information_sheet
std::optional<DocumentKind> documentKindFromId(const QString& id);
QString documentKindDisplayName(DocumentKind kind);

struct Disclosure
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personCode;
    RecipientKind recipientKind = RecipientKind::Person;
    qint64 partnerId = 0;
    qint64 authorityRequestId = 0;
    QString recipientName; // as it was when the disclosure happened
    QString purpose;
    std::vector<SharedField> fields; // names only, never values
    DisclosureChannel channel = DisclosureChannel::Print;
    QString document; // documentKindId, or a later feature's document id
    DisclosureBasis basis = DisclosureBasis::Consent;
    qint64 consentId = 0;
    QString overrideReason;
    bool personChoseSensitive = false;
    qint64 userId = 0;
    QString userName;
    QDateTime at;          // UTC
    qint64 reviewedBy = 0; // overrides only
    QDateTime reviewedAt;  // invalid while to review
};

struct LedgerFilter
{
    qint64 personId = 0;  // 0: everyone
    qint64 partnerId = 0; // 0: any recipient
    std::optional<DisclosureBasis> basis;
    bool onlyToReview = false; // overrides not yet reviewed
    QDate from;                // inclusive, local days; invalid: open
    QDate to;
    int limit = 1000;
};

// What a document may print, as the gate allowed it: values of allowed fields only. A field that was withheld is
// absent (never an empty value that looks unknown).
struct SharedContent
{
    SharingDecision decision;
    QString organisation;                 // the vault's organisation (left out by neutral layouts)
    QMap<SharedField, QString> values;    // text of each allowed single-value field (lists joined by new lines)
    std::vector<Consent> consents;        // when Consents was allowed
    std::vector<Disclosure> disclosures;  // when Disclosures was allowed (this disclosure not included)
    std::vector<Category> keptCategories; // categories with something stored for this person that the user may read
    qint64 ledgerId = 0;                  // the ledger entry when this content was disclosed; 0 for a preview
};

// --- requests from authorities

enum class AuthorityKind { Police, Court, Official };
QString authorityKindId(AuthorityKind kind); // police, court, official
std::optional<AuthorityKind> authorityKindFromId(const QString& id);
QString authorityKindDisplayName(AuthorityKind kind);

enum class AuthorityDecision { Pending, Refused, Partly, Fully };
QString authorityDecisionId(AuthorityDecision decision); // pending, refused, partly, fully
std::optional<AuthorityDecision> authorityDecisionFromId(const QString& id);
QString authorityDecisionDisplayName(AuthorityDecision decision);

struct AuthorityRequestDraft
{
    AuthorityKind kind = AuthorityKind::Police;
    QString requester;   // who asked: office, officer, court
    QDate receivedOn;    // required, not in the future
    QString legalBasis;  // as cited by them; may be empty ("none cited")
    QString requested;   // what they asked for; required
    qint64 personId = 0; // the person concerned; 0 when none or unknown
    AuthorityDecision decision = AuthorityDecision::Pending;
    QDate decidedOn; // required unless Pending
    bool personTold = false;
    QDate toldOn; // required when personTold
    QString notes;
};

struct AuthorityRequest
{
    qint64 id = 0;
    AuthorityKind kind = AuthorityKind::Police;
    QString requester;
    QDate receivedOn;
    QString legalBasis;
    QString requested;
    qint64 personId = 0;
    QString personCode;
    AuthorityDecision decision = AuthorityDecision::Pending;
    QDate decidedOn;
    bool personTold = false;
    QDate toldOn;
    QString notes;
    qint64 recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt;              // UTC
    QDateTime updatedAt;               // UTC
    std::vector<qint64> disclosureIds; // ledger entries made for this request

    AuthorityRequestDraft toDraft() const;
};

} // namespace abri
