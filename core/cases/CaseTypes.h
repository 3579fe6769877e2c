#pragma once

#include "cases/Access.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace abri {

// A value the current user may not see comes back restricted, never as an empty value that looks unknown.
template <typename T>
struct Guarded
{
    bool restricted = false;
    T value{};
};

enum class PersonStatus { Active, Inactive, Closed };
QString personStatusId(PersonStatus status); // active, inactive, closed
std::optional<PersonStatus> personStatusFromId(const QString& id);
QString personStatusDisplayName(PersonStatus status);

// Warnings every desk must see before answering a call, so they are part of the profile; the story behind them
// (riskDetails) is in the restricted Risk category.
enum class RiskFlag { DoNotConfirmPresence, BeingLookedFor, NoUnplannedContact, SafetyPlan };
constexpr RiskFlag AllRiskFlags[] = {RiskFlag::DoNotConfirmPresence, RiskFlag::BeingLookedFor,
                                     RiskFlag::NoUnplannedContact, RiskFlag::SafetyPlan};
QString riskFlagId(RiskFlag flag); // do_not_confirm, looked_for, no_unplanned_contact, safety_plan
std::optional<RiskFlag> riskFlagFromId(const QString& id);
QString riskFlagDisplayName(RiskFlag flag);

enum class ContactKind { Phone, Email, Messaging, Other };
QString contactKindId(ContactKind kind); // phone, email, messaging, other
std::optional<ContactKind> contactKindFromId(const QString& id);
QString contactKindDisplayName(ContactKind kind);

struct ContactMethod
{
    ContactKind kind = ContactKind::Phone;
    QString value;        // number, address or handle
    QString instructions; // "text only", "never leave voicemail"
    QString safeHours;    // "weekdays after 6 pm"
    bool operator==(const ContactMethod&) const = default;
};

struct UserRef
{
    qint64 id = 0;
    QString name;
};

// One person's file as the current user may see it.
struct PersonFile
{
    qint64 id = 0;
    QString code; // short code for use aloud or on paper, e.g. "KX4-7PM"
    QString alias;
    bool hideName = false; // lists show the code instead of the alias
    QString pronouns;
    QStringList languages; // free text, e.g. "French", "Portuguese"
    QStringList tags;
    std::vector<RiskFlag> flags;
    PersonStatus status = PersonStatus::Active;
    QString closedReason; // when Closed
    QDate statusDate;     // when the status last changed
    qint64 workerId = 0;  // 0: none
    QString workerName;
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
    qint64 mergedInto = 0; // id of the file this one was merged into; 0 when not merged

    // Identity
    Guarded<QString> legalName;
    Guarded<QString> idNumbers;
    Guarded<QString> birth; // "yyyy" or "yyyy-MM-dd"; empty when unknown
    // Contact
    Guarded<std::vector<ContactMethod>> contacts;
    Guarded<QString> emergencyContact;
    // Location: where they can usually be found
    Guarded<QString> location;
    // Health, Legal: summaries; details are in notes of that category
    Guarded<QString> healthSummary;
    Guarded<QString> legalSummary;
    // ShelterAddress
    Guarded<QString> shelterAddress;
    // Risk: who is a danger and how
    Guarded<QString> riskDetails;
};

// What to save. Restricted parts are std::optional: nullopt leaves the stored value alone. Setting a part the user
// may not write fails with PermissionDenied unless the value equals what is stored.
struct PersonDraft
{
    QString alias;
    bool hideName = false;
    QString pronouns;
    QStringList languages;
    QStringList tags;
    std::vector<RiskFlag> flags;
    PersonStatus status = PersonStatus::Active;
    QString closedReason;
    qint64 workerId = 0;

    std::optional<QString> legalName;
    std::optional<QString> idNumbers;
    std::optional<QString> birth;
    std::optional<std::vector<ContactMethod>> contacts;
    std::optional<QString> emergencyContact;
    std::optional<QString> location;
    std::optional<QString> healthSummary;
    std::optional<QString> legalSummary;
    std::optional<QString> shelterAddress;
    std::optional<QString> riskDetails;

    // A draft of everything in file the user may see, for editing.
    static PersonDraft fromFile(const PersonFile& file);
};

// A row of the people list or of search results. displayName is the code when the name is hidden (per person, or
// for this user), so lists never show a hidden alias.
struct PersonSummary
{
    qint64 id = 0;
    QString code;
    QString displayName;
    bool nameHidden = false;
    PersonStatus status = PersonStatus::Active;
    qint64 workerId = 0;
    QString workerName;
    std::vector<RiskFlag> flags;
    QStringList tags;
    QDateTime updatedAt; // UTC
};

enum class PersonSort { Name, Code, ByStatus, Worker, Updated };

struct PersonFilter
{
    std::optional<PersonStatus> status;
    std::optional<qint64> workerId; // 0: no worker assigned
    std::optional<RiskFlag> flag;
    PersonSort sort = PersonSort::Name;
    bool descending = false;
};

enum class NoteKind { Contact, Visit, Incident, FollowUp };
QString noteKindId(NoteKind kind); // contact, visit, incident, followup
std::optional<NoteKind> noteKindFromId(const QString& id);
QString noteKindDisplayName(NoteKind kind);

struct NoteDraft
{
    NoteKind kind = NoteKind::Contact;
    std::optional<Category> category; // nullopt: a general note every role reads
    QString body;
};

// One version of a note. The timeline shows current versions; a note the user may not read comes back with
// restricted = true and an empty body (its kind, category, author and time stay visible).
struct Note
{
    qint64 id = 0;     // this version
    qint64 noteId = 0; // the note across its versions (the id of its first version)
    int version = 1;
    qint64 personId = 0;
    NoteKind kind = NoteKind::Contact;
    std::optional<Category> category;
    QString body;
    bool restricted = false;
    bool current = true;
    qint64 authorId = 0;
    QString authorName;
    QDateTime createdAt; // UTC
};

// A full-text hit: only from notes the user may read, so no hit, snippet or count reveals the others.
struct NoteHit
{
    qint64 noteId = 0; // the version that matched (always a current one)
    qint64 personId = 0;
    QString personCode;
    QString personDisplayName; // as in lists
    NoteKind kind = NoteKind::Contact;
    std::optional<Category> category;
    QDateTime createdAt; // UTC
    QString snippet;     // plain text; the matched words are between \x02 and \x03
};

struct FollowUp
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personCode;
    QString personDisplayName;
    QString title;
    QDate due;
    qint64 ownerId = 0;
    QString ownerName;
    QDateTime doneAt; // invalid while open
};

enum class ConsentScope { ShareWithPartner, ShareWithSector, ContactPolice, AnonymisedStatistics, KeepPhotos };
constexpr ConsentScope AllConsentScopes[] = {ConsentScope::ShareWithPartner, ConsentScope::ShareWithSector,
                                             ConsentScope::ContactPolice, ConsentScope::AnonymisedStatistics,
                                             ConsentScope::KeepPhotos};
QString consentScopeId(ConsentScope scope); // share_partner, share_sector, contact_police, statistics, keep_photos
std::optional<ConsentScope> consentScopeFromId(const QString& id);
QString consentScopeDisplayName(ConsentScope scope);
// Partner and sector sharing name a recipient; the other scopes do not.
bool consentScopeNeedsRecipient(ConsentScope scope);

enum class ConsentMethod { Spoken, Signed };
QString consentMethodId(ConsentMethod method); // spoken, signed
std::optional<ConsentMethod> consentMethodFromId(const QString& id);
QString consentMethodDisplayName(ConsentMethod method);

struct ConsentDraft
{
    ConsentScope scope = ConsentScope::ShareWithPartner;
    QString recipient;    // organisation or sector
    qint64 partnerId = 0; // ShareWithPartner: the partner picked from the list (recipient is then its name); 0: typed
    QString purpose;
    QDate givenOn;
    QDate expiresOn; // invalid: no expiry
    ConsentMethod method = ConsentMethod::Spoken;
};

struct Consent
{
    qint64 id = 0;
    qint64 personId = 0;
    ConsentScope scope = ConsentScope::ShareWithPartner;
    QString recipient;
    qint64 partnerId = 0; // see ConsentDraft
    QString purpose;
    QDate givenOn;
    QDate expiresOn; // invalid: no expiry
    QDate revokedOn; // invalid: not revoked
    ConsentMethod method = ConsentMethod::Spoken;
    qint64 recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC

    // Given, not yet expired and not revoked on that day.
    bool isInForceOn(const QDate& day) const;
};

struct ExpiringConsent
{
    Consent consent;
    QString personCode;
    QString personDisplayName;
};

// Images and PDFs, stored encrypted inside the vault.
constexpr qint64 MaxAttachmentBytes = 20 * 1024 * 1024;
enum class AttachmentType { Png, Jpeg, Pdf };
QString attachmentTypeId(AttachmentType type); // png, jpeg, pdf
std::optional<AttachmentType> attachmentTypeFromId(const QString& id);
// Decided from the bytes, never from the file name.
std::optional<AttachmentType> detectAttachmentType(const QByteArray& data);

struct AttachmentInfo
{
    qint64 id = 0;
    qint64 personId = 0;
    QString fileName; // as it was added, without folders
    AttachmentType type = AttachmentType::Png;
    qint64 size = 0;
    std::optional<Category> category; // nullopt: every role may open it
    QString description;
    bool restricted = false; // the user may not open it (name and description are then empty too)
    qint64 addedBy = 0;
    QString addedByName;
    QDateTime addedAt; // UTC
};

struct GlassBreak
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    qint64 personId = 0;
    QString personCode;
    Category category = Category::Identity;
    QString reason;
    QDateTime at; // UTC
    qint64 reviewedBy = 0;
    QDateTime reviewedAt; // invalid while still to review
};

} // namespace abri
