#include "cases/CaseTypes.h"

#include <QCoreApplication>

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

constexpr PersonStatus AllStatuses[] = {PersonStatus::Active, PersonStatus::Inactive, PersonStatus::Closed};
constexpr ContactKind AllContactKinds[] = {ContactKind::Phone, ContactKind::Email, ContactKind::Messaging,
                                           ContactKind::Other};
constexpr NoteKind AllNoteKinds[] = {NoteKind::Contact, NoteKind::Visit, NoteKind::Incident, NoteKind::FollowUp};
constexpr ConsentMethod AllConsentMethods[] = {ConsentMethod::Spoken, ConsentMethod::Signed};
constexpr AttachmentType AllAttachmentTypes[] = {AttachmentType::Png, AttachmentType::Jpeg, AttachmentType::Pdf};

} // namespace

QString personStatusId(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Active:
        return QStringLiteral("active");
    case PersonStatus::Inactive:
        return QStringLiteral("inactive");
    case PersonStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<PersonStatus> personStatusFromId(const QString& id)
{
    return fromId(id, AllStatuses, personStatusId);
}

QString personStatusDisplayName(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Active:
        return QCoreApplication::translate("abri::PersonStatus", "Active");
    case PersonStatus::Inactive:
        return QCoreApplication::translate("abri::PersonStatus", "Inactive");
    case PersonStatus::Closed:
        return QCoreApplication::translate("abri::PersonStatus", "Closed");
    }
    return {};
}

QString riskFlagId(RiskFlag flag)
{
    switch (flag) {
    case RiskFlag::DoNotConfirmPresence:
        return QStringLiteral("do_not_confirm");
    case RiskFlag::BeingLookedFor:
        return QStringLiteral("looked_for");
    case RiskFlag::NoUnplannedContact:
        return QStringLiteral("no_unplanned_contact");
    case RiskFlag::SafetyPlan:
        return QStringLiteral("safety_plan");
    }
    return {};
}

std::optional<RiskFlag> riskFlagFromId(const QString& id)
{
    return fromId(id, AllRiskFlags, riskFlagId);
}

QString riskFlagDisplayName(RiskFlag flag)
{
    switch (flag) {
    case RiskFlag::DoNotConfirmPresence:
        return QCoreApplication::translate("abri::RiskFlag", "Do not confirm presence");
    case RiskFlag::BeingLookedFor:
        return QCoreApplication::translate("abri::RiskFlag", "Being looked for by someone dangerous");
    case RiskFlag::NoUnplannedContact:
        return QCoreApplication::translate("abri::RiskFlag", "Contact only as instructed");
    case RiskFlag::SafetyPlan:
        return QCoreApplication::translate("abri::RiskFlag", "Has a safety plan");
    }
    return {};
}

QString contactKindId(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return QStringLiteral("phone");
    case ContactKind::Email:
        return QStringLiteral("email");
    case ContactKind::Messaging:
        return QStringLiteral("messaging");
    case ContactKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ContactKind> contactKindFromId(const QString& id)
{
    return fromId(id, AllContactKinds, contactKindId);
}

QString contactKindDisplayName(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return QCoreApplication::translate("abri::ContactKind", "Phone");
    case ContactKind::Email:
        return QCoreApplication::translate("abri::ContactKind", "Email");
    case ContactKind::Messaging:
        return QCoreApplication::translate("abri::ContactKind", "Messaging app");
    case ContactKind::Other:
        return QCoreApplication::translate("abri::ContactKind", "Other");
    }
    return {};
}

QString noteKindId(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Contact:
        return QStringLiteral("contact");
    case NoteKind::Visit:
        return QStringLiteral("visit");
    case NoteKind::Incident:
        return QStringLiteral("incident");
    case NoteKind::FollowUp:
        return QStringLiteral("followup");
    }
    return {};
}

std::optional<NoteKind> noteKindFromId(const QString& id)
{
    return fromId(id, AllNoteKinds, noteKindId);
}

QString noteKindDisplayName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Contact:
        return QCoreApplication::translate("abri::NoteKind", "Contact");
    case NoteKind::Visit:
        return QCoreApplication::translate("abri::NoteKind", "Visit");
    case NoteKind::Incident:
        return QCoreApplication::translate("abri::NoteKind", "Incident");
    case NoteKind::FollowUp:
        return QCoreApplication::translate("abri::NoteKind", "Follow-up");
    }
    return {};
}

QString consentScopeId(ConsentScope scope)
{
    switch (scope) {
    case ConsentScope::ShareWithPartner:
        return QStringLiteral("share_partner");
    case ConsentScope::ShareWithSector:
        return QStringLiteral("share_sector");
    case ConsentScope::ContactPolice:
        return QStringLiteral("contact_police");
    case ConsentScope::AnonymisedStatistics:
        return QStringLiteral("statistics");
    case ConsentScope::KeepPhotos:
        return QStringLiteral("keep_photos");
    }
    return {};
}

std::optional<ConsentScope> consentScopeFromId(const QString& id)
{
    return fromId(id, AllConsentScopes, consentScopeId);
}

QString consentScopeDisplayName(ConsentScope scope)
{
    switch (scope) {
    case ConsentScope::ShareWithPartner:
        return QCoreApplication::translate("abri::ConsentScope", "Share with a partner");
    case ConsentScope::ShareWithSector:
        return QCoreApplication::translate("abri::ConsentScope", "Share with a sector");
    case ConsentScope::ContactPolice:
        return QCoreApplication::translate("abri::ConsentScope", "Contact the police");
    case ConsentScope::AnonymisedStatistics:
        return QCoreApplication::translate("abri::ConsentScope", "Use in anonymised statistics");
    case ConsentScope::KeepPhotos:
        return QCoreApplication::translate("abri::ConsentScope", "Keep photos");
    }
    return {};
}

bool consentScopeNeedsRecipient(ConsentScope scope)
{
    return scope == ConsentScope::ShareWithPartner || scope == ConsentScope::ShareWithSector;
}

QString consentMethodId(ConsentMethod method)
{
    return method == ConsentMethod::Signed ? QStringLiteral("signed") : QStringLiteral("spoken");
}

std::optional<ConsentMethod> consentMethodFromId(const QString& id)
{
    return fromId(id, AllConsentMethods, consentMethodId);
}

QString consentMethodDisplayName(ConsentMethod method)
{
    return method == ConsentMethod::Signed ? QCoreApplication::translate("abri::ConsentMethod", "Signed")
                                           : QCoreApplication::translate("abri::ConsentMethod", "Spoken");
}

bool Consent::isInForceOn(const QDate& day) const
{
    if (!givenOn.isValid() || givenOn > day) {
        return false;
    }
    if (expiresOn.isValid() && expiresOn < day) {
        return false;
    }
    return !(revokedOn.isValid() && revokedOn <= day);
}

QString attachmentTypeId(AttachmentType type)
{
    switch (type) {
    case AttachmentType::Png:
        return QStringLiteral("png");
    case AttachmentType::Jpeg:
        return QStringLiteral("jpeg");
    case AttachmentType::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<AttachmentType> attachmentTypeFromId(const QString& id)
{
    return fromId(id, AllAttachmentTypes, attachmentTypeId);
}

std::optional<AttachmentType> detectAttachmentType(const QByteArray& data)
{
    if (data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"))) {
        return AttachmentType::Png;
    }
    if (data.size() > 3 && data.startsWith(QByteArrayLiteral("\xff\xd8\xff"))) {
        return AttachmentType::Jpeg;
    }
    if (data.startsWith(QByteArrayLiteral("%PDF-"))) {
        return AttachmentType::Pdf;
    }
    return std::nullopt;
}

PersonDraft PersonDraft::fromFile(const PersonFile& file)
{
    PersonDraft d;
    d.alias = file.alias;
    d.hideName = file.hideName;
    d.pronouns = file.pronouns;
    d.languages = file.languages;
    d.tags = file.tags;
    d.flags = file.flags;
    d.status = file.status;
    d.closedReason = file.closedReason;
    d.workerId = file.workerId;
    auto take = [](const auto& guarded, auto& target) {
        if (!guarded.restricted) {
            target = guarded.value;
        }
    };
    take(file.legalName, d.legalName);
    take(file.idNumbers, d.idNumbers);
    take(file.birth, d.birth);
    take(file.contacts, d.contacts);
    take(file.emergencyContact, d.emergencyContact);
    take(file.location, d.location);
    take(file.healthSummary, d.healthSummary);
    take(file.legalSummary, d.legalSummary);
    take(file.shelterAddress, d.shelterAddress);
    take(file.riskDetails, d.riskDetails);
    return d;
}

} // namespace abri
