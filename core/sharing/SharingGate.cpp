// Sharing: the gate. Decides, field by field, whether a disclosure may happen, and says why not in plain words.
#include "sharing/SharingPrivate.h"
#include "vault/Vault.h"

#include <QLocale>

namespace abri {

using namespace cases;

namespace {

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The category as the end of a sentence ("Your role may not read ...", "... does not include ...").
QString categoryPhrase(Category category)
{
    switch (category) {
    case Category::Identity:
        return Sharing::tr("identity information");
    case Category::Contact:
        return Sharing::tr("contact details");
    case Category::Location:
        return Sharing::tr("where the person can be found");
    case Category::Health:
        return Sharing::tr("health information");
    case Category::Legal:
        return Sharing::tr("legal information");
    case Category::ShelterAddress:
        return Sharing::tr("the shelter address");
    case Category::Risk:
        return Sharing::tr("risk details");
    }
    return {};
}

// Sector consents are typed by hand: the id, the translated name and the English name all name the sector.
QString englishSectorName(Sector sector)
{
    switch (sector) {
    case Sector::Health:
        return QStringLiteral("Health");
    case Sector::Legal:
        return QStringLiteral("Legal");
    case Sector::CivilRights:
        return QStringLiteral("Civil rights");
    case Sector::Shelter:
        return QStringLiteral("Shelter");
    case Sector::SocialServices:
        return QStringLiteral("Social services");
    case Sector::PublicOfficials:
        return QStringLiteral("Public officials");
    case Sector::PoliceLiaison:
        return QStringLiteral("Police liaison");
    case Sector::Media:
        return QStringLiteral("Media");
    case Sector::Other:
        return QStringLiteral("Other");
    }
    return {};
}

bool namesSector(const QString& recipient, Sector sector)
{
    const QString r = fold(recipient.trimmed());
    QString spaced = sectorId(sector);
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return r == sectorId(sector) || r == spaced || r == fold(sectorDisplayName(sector)) ||
           r == fold(englishSectorName(sector));
}

bool namesPartner(const Consent& c, const sharing::PartnerRef& partner)
{
    if (c.scope == ConsentScope::ShareWithPartner) {
        // By id only: a typed name is linked to the partner of that name when recorded or when the partner gets
        // that name, so a rename never hands the consent to another organisation.
        return c.partnerId == partner.id;
    }
    if (c.scope != ConsentScope::ShareWithSector) {
        return false;
    }
    // Stored as the sector id; older rows hold an English or current-language name.
    const std::optional<Sector> sector = sharing::sectorNamed(c.recipient);
    return sector && *sector == partner.sector;
}

struct Verdict
{
    WithholdReason reason = WithholdReason::None;
    QString explanation;
};

struct ConsentVerdict : Verdict
{
    qint64 consentId = 0;
};

// candidates name the recipient (newest first). purpose: nullptr when any purpose will do. An in-force consent
// wins; otherwise the most specific reason: a consent for this purpose that was withdrawn, then one that expired,
// then consents for other purposes only, then none.
ConsentVerdict pickConsent(const std::vector<const Consent*>& candidates, const QString* purpose,
                           const QString& recipientName, const QDate& today)
{
    const Consent* revoked = nullptr;
    const Consent* expired = nullptr;
    bool otherPurpose = false;
    for (const Consent* c : candidates) {
        if (purpose != nullptr && fold(c->purpose.trimmed()) != fold(purpose->trimmed())) {
            otherPurpose = true;
            continue;
        }
        if (c->isInForceOn(today)) {
            ConsentVerdict v;
            v.consentId = c->id;
            return v;
        }
        if (c->revokedOn.isValid() && c->revokedOn <= today) {
            revoked = revoked != nullptr ? revoked : c;
        } else if (c->expiresOn.isValid() && c->expiresOn < today) {
            expired = expired != nullptr ? expired : c;
        }
    }
    ConsentVerdict v;
    if (revoked != nullptr) {
        v.reason = WithholdReason::ConsentRevoked;
        v.explanation =
            Sharing::tr("The consent for %1 was withdrawn on %2.").arg(recipientName, shortDate(revoked->revokedOn));
    } else if (expired != nullptr) {
        v.reason = WithholdReason::ConsentExpired;
        v.explanation =
            Sharing::tr("The consent for %1 expired on %2.").arg(recipientName, shortDate(expired->expiresOn));
    } else if (otherPurpose) {
        v.reason = WithholdReason::ConsentOtherPurpose;
        v.explanation =
            Sharing::tr("The consents for %1 are for other purposes, not “%2”.").arg(recipientName, purpose->trimmed());
    } else {
        v.reason = WithholdReason::NoConsent;
        v.explanation = Sharing::tr("No consent recorded for sharing with %1.").arg(recipientName);
    }
    return v;
}

// For one field: an agreement in force that allows its category (profile fields need only an agreement in force).
Verdict agreementVerdict(const std::vector<Agreement>& agreements, std::optional<Category> category,
                         const QString& partnerName, const QDate& today)
{
    Verdict v;
    bool inForce = false;
    bool suspended = false;
    QDate lapsedOn;
    for (const Agreement& a : agreements) {
        const AgreementStatus status = a.statusOn(today);
        if (status == AgreementStatus::Active || status == AgreementStatus::Lapsing) {
            inForce = true;
            if (!category || a.categories.count(*category) != 0) {
                return v;
            }
        } else if (status == AgreementStatus::Suspended) {
            suspended = true;
        } else if (a.renewalOn.isValid() && a.renewalOn < today && (!lapsedOn.isValid() || a.renewalOn > lapsedOn)) {
            lapsedOn = a.renewalOn;
        }
    }
    if (inForce) {
        v.reason = WithholdReason::CategoryNotInAgreement;
        v.explanation =
            Sharing::tr("The agreement with %1 does not include %2.").arg(partnerName, categoryPhrase(*category));
    } else if (agreements.empty()) {
        v.reason = WithholdReason::NoAgreement;
        v.explanation = Sharing::tr("There is no agreement with %1.").arg(partnerName);
    } else if (suspended) {
        v.reason = WithholdReason::AgreementSuspended;
        v.explanation = Sharing::tr("The agreement with %1 is suspended.").arg(partnerName);
    } else {
        v.reason = WithholdReason::AgreementLapsed;
        v.explanation = lapsedOn.isValid()
                            ? Sharing::tr("The agreement with %1 lapsed on %2.").arg(partnerName, shortDate(lapsedOn))
                            : Sharing::tr("The agreement with %1 has lapsed.").arg(partnerName);
    }
    return v;
}

// The reasons every recipient shares: the role, the person's choice, and what only the person themself receives.
Verdict commonVerdict(const AccessContext& ctx, const std::set<Category>& readable, const SharingRequest& request,
                      SharedField field, const QString& recipientName)
{
    Verdict v;
    const std::optional<Category> category = sharedFieldCategory(field);
    if (category && readable.count(*category) == 0) {
        v.reason = WithholdReason::RoleCannotRead;
        v.explanation = ctx.canAudit ? Sharing::tr("Your role may not read %1.").arg(categoryPhrase(*category))
                                     : Sharing::tr("This vault is open read-only: %1 cannot be shared from it.")
                                           .arg(categoryPhrase(*category));
    } else if (sharedFieldNeedsPersonsChoice(field) && !request.personChoseSensitive) {
        v.reason = WithholdReason::NeedsPersonsChoice;
        v.explanation = Sharing::tr("Left out unless the person asks for it.");
    } else if ((field == SharedField::Consents || field == SharedField::Disclosures) &&
               request.recipient.kind != RecipientKind::Person) {
        v.reason = WithholdReason::NotForThisRecipient;
        v.explanation =
            field == SharedField::Consents
                ? Sharing::tr("The person's consents go to the person only, not to %1.").arg(recipientName)
                : Sharing::tr("The list of what was shared goes to the person only, not to %1.").arg(recipientName);
    }
    return v;
}

} // namespace

namespace sharing {

std::optional<Sector> sectorNamed(const QString& text)
{
    for (Sector sector : AllSectors) {
        if (namesSector(text, sector)) {
            return sector;
        }
    }
    return std::nullopt;
}

Result<PartnerRef> partnerRef(Database& db, qint64 partnerId)
{
    auto st = db.prepare("SELECT id, name, sector FROM partners WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, partnerId);
    if (!st->step()) {
        if (!st->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, Sharing::tr("This partner does not exist. Choose it again from the list."));
    }
    PartnerRef p;
    p.id = st->int64(0);
    p.name = st->text(1);
    p.sector = sectorFromId(st->text(2)).value_or(Sector::Other);
    return p;
}

Result<std::vector<Agreement>> partnerAgreements(Database& db, qint64 partnerId)
{
    auto st = db.prepare("SELECT id, partner_id, kind, COALESCE(renewal_on, ''), categories, status FROM agreements "
                         "WHERE partner_id = ? ORDER BY id DESC;");
    if (!st) {
        return st.error();
    }
    st->bind(1, partnerId);
    std::vector<Agreement> out;
    while (st->step()) {
        Agreement a;
        a.id = st->int64(0);
        a.partnerId = st->int64(1);
        a.kind = agreementKindFromId(st->text(2)).value_or(AgreementKind::Informal);
        a.renewalOn = fromIsoDate(st->text(3));
        for (const QString& id : st->text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto c = categoryFromId(id.trimmed())) {
                a.categories.insert(*c);
            }
        }
        // An unknown stored status allows nothing rather than everything.
        a.storedStatus = agreementStatusFromId(st->text(5)).value_or(AgreementStatus::Suspended);
        out.push_back(std::move(a));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

Result<AuthorityRef> authorityRef(Database& db, qint64 requestId)
{
    auto st = db.prepare("SELECT id, requester, COALESCE(person_id, 0), decision FROM authority_requests "
                         "WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, requestId);
    if (!st->step()) {
        if (!st->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, Sharing::tr("This request from an authority does not exist. Record it "
                                                      "first in the register."));
    }
    // An unknown stored decision allows nothing.
    return AuthorityRef{st->int64(0), st->text(1), st->int64(2),
                        authorityDecisionFromId(st->text(3)).value_or(AuthorityDecision::Pending)};
}

Result<std::vector<Consent>> personConsents(Database& db, qint64 personId)
{
    auto st = db.prepare("SELECT c.id, c.person_id, c.scope, c.recipient, c.purpose, c.given_on, "
                         "COALESCE(c.expires_on, ''), COALESCE(c.revoked_on, ''), c.method, c.recorded_by, "
                         "COALESCE(u.name, ''), c.recorded_at, COALESCE(c.partner_id, 0) FROM consents c "
                         "LEFT JOIN users u ON u.id = c.recorded_by WHERE c.person_id = ? "
                         "ORDER BY c.given_on DESC, c.id DESC;");
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    std::vector<Consent> out;
    while (st->step()) {
        Consent c;
        c.id = st->int64(0);
        c.personId = st->int64(1);
        c.scope = consentScopeFromId(st->text(2)).value_or(ConsentScope::ShareWithPartner);
        c.recipient = st->text(3);
        c.purpose = st->text(4);
        c.givenOn = fromIsoDate(st->text(5));
        c.expiresOn = fromIsoDate(st->text(6));
        c.revokedOn = fromIsoDate(st->text(7));
        c.method = consentMethodFromId(st->text(8)).value_or(ConsentMethod::Spoken);
        c.recordedBy = st->int64(9);
        c.recordedByName = st->text(10);
        c.recordedAt = fromIsoUtc(st->text(11));
        c.partnerId = st->int64(12);
        out.push_back(std::move(c));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

Status checkOverrideReason(const QString& reason)
{
    if (reason.trimmed().size() < MinOverrideReason) {
        return invalid(Sharing::tr("Say why the consent or agreement is overridden, in at least %1 characters. "
                                   "Nothing was shared.")
                           .arg(MinOverrideReason));
    }
    return {};
}

Result<SharingDecision> evaluate(Database& db, const AccessContext& ctx, const SharingRequest& request,
                                 const QString* overrideReason, const QDate& today)
{
    // Before anything is read: who an authority asked about is itself sensitive (the register is coordinators'
    // only), so no other role learns even whether a request exists or whom it concerns.
    if (request.recipient.kind == RecipientKind::Authority && ctx.role != Role::Coordinator) {
        return Error(ErrorCode::PermissionDenied, Sharing::tr("Only a coordinator answers requests from "
                                                              "authorities. Nothing was shared."));
    }
    {
        auto person = db.prepare("SELECT merged_into FROM people WHERE id = ?;");
        if (!person) {
            return person.error();
        }
        person->bind(1, request.personId);
        if (!person->step()) {
            if (!person->ok()) {
                return dbError(db);
            }
            return personNotFound();
        }
        if (!person->isNull(0)) {
            return personNotFound(); // merged away: share from the kept file
        }
    }
    if (request.fields.empty()) {
        return invalid(Sharing::tr("Choose at least one piece of information to share. Nothing was shared."));
    }
    const RecipientKind kind = request.recipient.kind;
    if (kind != RecipientKind::Person && request.purpose.trimmed().isEmpty()) {
        return invalid(Sharing::tr("Say why the information is shared (its purpose). Nothing was shared."));
    }

    SharingDecision d;
    d.request = request;
    d.basis = overrideReason != nullptr       ? DisclosureBasis::Override
              : kind == RecipientKind::Person ? DisclosureBasis::PersonsOwnCopy
                                              : DisclosureBasis::Consent;
    if (overrideReason != nullptr) {
        d.overrideReason = overrideReason->trimmed();
    }

    ConsentVerdict consent;
    std::vector<Agreement> agreements;
    if (kind == RecipientKind::Person) {
        d.recipientName = Sharing::tr("the person");
    } else {
        auto consents = personConsents(db, request.personId);
        if (!consents) {
            return consents.error();
        }
        std::vector<const Consent*> candidates;
        if (kind == RecipientKind::Partner) {
            auto partner = partnerRef(db, request.recipient.partnerId);
            if (!partner) {
                return partner.error();
            }
            d.recipientName = partner->name;
            for (const Consent& c : consents.value()) {
                if (namesPartner(c, partner.value())) {
                    candidates.push_back(&c);
                }
            }
            consent = pickConsent(candidates, &request.purpose, d.recipientName, today);
            auto loaded = partnerAgreements(db, partner->id);
            if (!loaded) {
                return loaded.error();
            }
            agreements = std::move(loaded.value());
        } else {
            auto authority = authorityRef(db, request.recipient.authorityRequestId);
            if (!authority) {
                return authority.error();
            }
            if (authority->personId != 0 && authority->personId != request.personId) {
                return invalid(Sharing::tr("This request from an authority concerns another person. Nothing was "
                                           "shared."));
            }
            // Nothing leaves for a request the organisation has not agreed (at least partly) to answer.
            if (authority->decision == AuthorityDecision::Refused) {
                return invalid(Sharing::tr("This request was refused, so nothing is disclosed for it. If the decision "
                                           "changed, record it first (partly or fully). Nothing was shared."));
            }
            if (authority->decision != AuthorityDecision::Partly && authority->decision != AuthorityDecision::Fully) {
                return invalid(Sharing::tr("Record the decision on this request (partly or fully) before disclosing "
                                           "anything for it. Nothing was shared."));
            }
            d.recipientName = authority->requester;
            for (const Consent& c : consents.value()) {
                if (c.scope == ConsentScope::ContactPolice) {
                    candidates.push_back(&c);
                }
            }
            consent = pickConsent(candidates, nullptr, d.recipientName, today);
        }
        d.consentId = consent.consentId;
    }

    const std::set<Category> readable = ctx.readableByRole(); // grants do not count for sharing
    for (SharedField field : request.fields) {
        FieldDecision fd;
        fd.field = field;
        Verdict v = commonVerdict(ctx, readable, request, field, d.recipientName);
        if (v.reason == WithholdReason::None && overrideReason == nullptr && kind != RecipientKind::Person) {
            v = consent;
            if (v.reason == WithholdReason::None && kind == RecipientKind::Partner) {
                v = agreementVerdict(agreements, sharedFieldCategory(field), d.recipientName, today);
            }
        }
        fd.allowed = v.reason == WithholdReason::None;
        fd.reason = v.reason;
        fd.explanation = v.explanation;
        d.fields.push_back(std::move(fd));
    }
    return d;
}

} // namespace sharing

Result<SharingDecision> Sharing::decide(const SharingRequest& request) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    return sharing::evaluate(m_vault.database(), ctx.value(), request, nullptr, localToday(m_vault));
}

Result<SharingDecision> Sharing::decideWithOverride(const SharingRequest& request, const QString& reason) const
{
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st.error();
    }
    if (auto st = sharing::checkOverrideReason(reason); !st) {
        return st.error();
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    return sharing::evaluate(m_vault.database(), ctx.value(), request, &reason, localToday(m_vault));
}

} // namespace abri
