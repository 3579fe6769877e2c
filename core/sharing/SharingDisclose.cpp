// Sharing: what a document may carry (preview, disclose) and the disclosure ledger that records every disclosure.
#include "sharing/SharingPrivate.h"
#include "vault/Vault.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace abri {

using namespace cases;

namespace {

QString contactLine(const ContactMethod& c)
{
    QStringList details;
    for (const QString& part : {c.instructions.trimmed(), c.safeHours.trimmed()}) {
        if (!part.isEmpty()) {
            details << part;
        }
    }
    if (details.isEmpty()) {
        return c.value;
    }
    return c.value + QStringLiteral(" \u2014 ") + details.join(QStringLiteral(", "));
}

bool holdsSomething(const PersonFile& f, Category category)
{
    switch (category) {
    case Category::Identity:
        return !f.legalName.value.isEmpty() || !f.idNumbers.value.isEmpty() || !f.birth.value.isEmpty();
    case Category::Contact:
        return !f.contacts.value.empty() || !f.emergencyContact.value.isEmpty();
    case Category::Location:
        return !f.location.value.isEmpty();
    case Category::Health:
        return !f.healthSummary.value.isEmpty();
    case Category::Legal:
        return !f.legalSummary.value.isEmpty();
    case Category::ShelterAddress:
        return !f.shelterAddress.value.isEmpty();
    case Category::Risk:
        return !f.riskDetails.value.isEmpty();
    }
    return false;
}

// The text of a single-value field; nullopt for the lists carried apart (consents, disclosures) and for a value
// the loaded file does not show.
std::optional<QString> fieldText(const PersonFile& f, SharedField field)
{
    const auto guarded = [](const Guarded<QString>& g) -> std::optional<QString> {
        return g.restricted ? std::nullopt : std::optional<QString>(g.value);
    };
    switch (field) {
    case SharedField::Alias:
        return f.alias;
    case SharedField::Code:
        return f.code;
    case SharedField::Pronouns:
        return f.pronouns;
    case SharedField::Languages:
        return f.languages.join(QLatin1Char('\n'));
    case SharedField::RiskFlags: {
        QStringList names;
        for (RiskFlag flag : f.flags) {
            names << riskFlagDisplayName(flag);
        }
        return names.join(QLatin1Char('\n'));
    }
    case SharedField::LegalName:
        return guarded(f.legalName);
    case SharedField::Birth:
        return guarded(f.birth);
    case SharedField::IdNumbers:
        return guarded(f.idNumbers);
    case SharedField::Contacts: {
        if (f.contacts.restricted) {
            return std::nullopt;
        }
        QStringList lines;
        for (const ContactMethod& c : f.contacts.value) {
            lines << contactLine(c);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case SharedField::EmergencyContact:
        return guarded(f.emergencyContact);
    case SharedField::Location:
        return guarded(f.location);
    case SharedField::HealthSummary:
        return guarded(f.healthSummary);
    case SharedField::LegalSummary:
        return guarded(f.legalSummary);
    case SharedField::ShelterAddress:
        return guarded(f.shelterAddress);
    case SharedField::RiskDetails:
        return guarded(f.riskDetails);
    case SharedField::Consents:
    case SharedField::Disclosures:
        return std::nullopt;
    }
    return std::nullopt;
}

constexpr const char* DisclosureColumns =
    "d.id, d.person_id, COALESCE(p.code, ''), d.recipient_kind, COALESCE(d.partner_id, 0), "
    "COALESCE(d.authority_request_id, 0), d.recipient_name, d.purpose, d.fields, d.channel, d.document, d.basis, "
    "COALESCE(d.consent_id, 0), d.override_reason, d.person_chose_sensitive, d.user_id, COALESCE(u.name, ''), d.at, "
    "COALESCE(d.reviewed_by, 0), COALESCE(d.reviewed_at, '')";
constexpr const char* DisclosureJoins =
    " FROM disclosures d LEFT JOIN people p ON p.id = d.person_id LEFT JOIN users u ON u.id = d.user_id";

Disclosure readDisclosure(const Statement& st)
{
    Disclosure d;
    d.id = st.int64(0);
    d.personId = st.int64(1);
    d.personCode = st.text(2);
    d.recipientKind = recipientKindFromId(st.text(3)).value_or(RecipientKind::Person);
    d.partnerId = st.int64(4);
    d.authorityRequestId = st.int64(5);
    d.recipientName = st.text(6);
    d.purpose = st.text(7);
    d.fields = sharing::fieldsFromList(st.text(8));
    d.channel = disclosureChannelFromId(st.text(9)).value_or(DisclosureChannel::Print);
    d.document = st.text(10);
    d.basis = disclosureBasisFromId(st.text(11)).value_or(DisclosureBasis::Consent);
    d.consentId = st.int64(12);
    d.overrideReason = st.text(13);
    d.personChoseSensitive = st.int64(14) != 0;
    d.userId = st.int64(15);
    d.userName = st.text(16);
    d.at = fromIsoUtc(st.text(17));
    d.reviewedBy = st.int64(18);
    d.reviewedAt = fromIsoUtc(st.text(19));
    return d;
}

Result<std::vector<Disclosure>> queryDisclosures(Database& db, const QByteArray& where,
                                                 const std::function<void(Statement&)>& bind)
{
    const QByteArray sql =
        QByteArray("SELECT ") + DisclosureColumns + DisclosureJoins + where + " ORDER BY d.at DESC, d.id DESC LIMIT ?;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    bind(st.value());
    std::vector<Disclosure> out;
    while (st->step()) {
        out.push_back(readDisclosure(st.value()));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

// The consent receipt and the disclosure history are the person's own papers: they say what is kept and where it
// went, which no partner or authority is told.
Status checkDocumentRecipient(DocumentKind document, const SharingRequest& request)
{
    if (request.recipient.kind == RecipientKind::Person) {
        return {};
    }
    if (document == DocumentKind::ConsentReceipt) {
        return Error(ErrorCode::InvalidArgument, Sharing::tr("A consent receipt goes to the person only. Choose the "
                                                             "person as the recipient. Nothing was shared."));
    }
    if (document == DocumentKind::DisclosureHistory) {
        return Error(ErrorCode::InvalidArgument,
                     Sharing::tr("The list of what was shared goes to the person only. Choose the person as the "
                                 "recipient. Nothing was shared."));
    }
    return {};
}

// The checks shared by preview() and disclose() for an override.
Status checkOverride(Vault& vault, const QString& overrideReason)
{
    if (overrideReason.isEmpty()) {
        return {};
    }
    if (auto st = vault.requireCoordinator(); !st) {
        return st;
    }
    return sharing::checkOverrideReason(overrideReason);
}

} // namespace

namespace sharing {

QString fieldList(const std::vector<SharedField>& fields)
{
    QStringList ids;
    for (SharedField f : fields) {
        ids << sharedFieldId(f);
    }
    return ids.join(QLatin1Char(','));
}

std::vector<SharedField> fieldsFromList(const QString& text)
{
    std::vector<SharedField> out;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto f = sharedFieldFromId(id)) {
            out.push_back(*f);
        }
    }
    return out;
}

std::set<Category> shownCategories(const SharingDecision& decision)
{
    std::set<Category> out;
    for (const FieldDecision& fd : decision.fields) {
        if (fd.allowed) {
            if (auto c = sharedFieldCategory(fd.field)) {
                out.insert(*c);
            }
        }
    }
    return out;
}

Result<std::vector<Disclosure>> personDisclosures(Database& db, qint64 personId)
{
    return queryDisclosures(db, " WHERE d.person_id = ?", [personId](Statement& st) {
        st.bind(1, personId).bind(2, static_cast<qint64>(-1)); // LIMIT -1: all
    });
}

Result<SharedContent> loadContent(Database& db, const AccessContext& ctx, const SharingDecision& decision)
{
    auto file = loadPerson(db, ctx, decision.request.personId);
    if (!file) {
        return file.error();
    }
    SharedContent content;
    content.decision = decision;
    for (const FieldDecision& fd : decision.fields) {
        if (!fd.allowed) {
            continue;
        }
        if (fd.field == SharedField::Consents) {
            auto consents = personConsents(db, decision.request.personId);
            if (!consents) {
                return consents.error();
            }
            content.consents = std::move(consents.value());
        } else if (fd.field == SharedField::Disclosures) {
            auto disclosures = personDisclosures(db, decision.request.personId);
            if (!disclosures) {
                return disclosures.error();
            }
            content.disclosures = std::move(disclosures.value());
        } else if (auto text = fieldText(file.value(), fd.field)) {
            content.values.insert(fd.field, *text);
        }
    }
    // What the organisation keeps about the person is told to the person only: a partner's or an authority's copy
    // must not learn, say, that a risk or legal file exists.
    if (decision.request.recipient.kind != RecipientKind::Person) {
        return content;
    }
    // Role rights only, like the decision: a break-the-glass grant does not make a category keepable on paper.
    for (Category c : ctx.readableByRole()) {
        if (holdsSomething(file.value(), c)) {
            content.keptCategories.push_back(c);
        }
    }
    return content;
}

} // namespace sharing

Result<SharedContent> Sharing::preview(const SharingRequest& request, const QString& overrideReason)
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    if (auto st = checkOverride(m_vault, overrideReason); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    auto decision = sharing::evaluate(db, ctx.value(), request, overrideReason.isEmpty() ? nullptr : &overrideReason,
                                      localToday(m_vault));
    if (!decision) {
        return decision.error();
    }
    const std::set<Category> shown = sharing::shownCategories(decision.value());
    if (shown.empty()) {
        auto content = sharing::loadContent(db, ctx.value(), decision.value());
        if (content) {
            content->organisation = m_vault.organisation();
        }
        return content; // nothing restricted is shown: nothing to account for
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto content = sharing::loadContent(db, ctx.value(), decision.value());
    if (!content) {
        return content.error();
    }
    auto code = personCodeOf(db, request.personId);
    if (!code) {
        return code.error();
    }
    if (auto st = m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("person.view"), QStringLiteral("person"),
                                                           code.value(), categoryList(shown)}});
        !st) {
        return st.error(); // a view that cannot be audited is not shown
    }
    content->organisation = m_vault.organisation();
    return content;
}

Result<SharedContent> Sharing::preview(const SharingRequest& request, DocumentKind document,
                                       const QString& overrideReason)
{
    if (auto st = checkDocumentRecipient(document, request); !st) {
        return st.error();
    }
    return preview(request, overrideReason);
}

Result<SharedContent> Sharing::disclose(const SharingRequest& request, DisclosureChannel channel, DocumentKind document,
                                        const QString& overrideReason)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    if (auto st = checkDocumentRecipient(document, request); !st) {
        return st.error();
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    if (auto st = checkOverride(m_vault, overrideReason); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    // Decided again here: a consent withdrawn or an agreement suspended since the preview stops the disclosure.
    auto decision = sharing::evaluate(db, ctx.value(), request, overrideReason.isEmpty() ? nullptr : &overrideReason,
                                      localToday(m_vault));
    if (!decision) {
        return decision.error();
    }
    for (const FieldDecision& fd : decision->fields) {
        if (!fd.allowed) {
            return Error(ErrorCode::PermissionDenied, tr("%1 Nothing was shared or recorded.").arg(fd.explanation));
        }
    }
    auto content = sharing::loadContent(db, ctx.value(), decision.value()); // before the new entry exists
    if (!content) {
        return content.error();
    }
    auto code = personCodeOf(db, request.personId);
    if (!code) {
        return code.error();
    }
    const SharingDecision& d = decision.value();
    auto insert = db.prepare("INSERT INTO disclosures(person_id, recipient_kind, partner_id, authority_request_id, "
                             "recipient_name, purpose, fields, channel, document, basis, consent_id, override_reason, "
                             "person_chose_sensitive, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?);");
    if (!insert) {
        return insert.error();
    }
    const RecipientKind kind = request.recipient.kind;
    insert->bind(1, request.personId).bind(2, recipientKindId(kind));
    if (kind == RecipientKind::Partner) {
        insert->bind(3, request.recipient.partnerId);
    } else {
        insert->bindNull(3);
    }
    if (kind == RecipientKind::Authority) {
        insert->bind(4, request.recipient.authorityRequestId);
    } else {
        insert->bindNull(4);
    }
    insert->bind(5, d.recipientName).bind(6, nonNull(request.purpose.trimmed()));
    insert->bind(7, sharing::fieldList(request.fields)).bind(8, disclosureChannelId(channel));
    insert->bind(9, documentKindId(document)).bind(10, disclosureBasisId(d.basis));
    if (d.consentId != 0) {
        insert->bind(11, d.consentId);
    } else {
        insert->bindNull(11);
    }
    insert->bind(12, nonNull(d.overrideReason)).bind(13, request.personChoseSensitive ? 1 : 0);
    insert->bind(14, m_vault.currentUser().id).bind(15, isoUtc(m_vault.clock().nowUtc()));
    if (auto r = insert->run(); !r) {
        return r.error();
    }
    const qint64 ledgerId = db.lastInsertId();
    const QString action = d.basis == DisclosureBasis::Override ? QStringLiteral("disclosure.override")
                                                                : QStringLiteral("disclosure.record");
    const QString detail = documentKindId(document) + QLatin1Char(':') + recipientKindId(kind) + QLatin1Char(':') +
                           sharing::fieldList(request.fields);
    if (auto st = m_vault.commitWithAudit(tx, {AuditRecord{action, QStringLiteral("person"), code.value(), detail}});
        !st) {
        return st.error();
    }
    content->ledgerId = ledgerId;
    content->organisation = m_vault.organisation();
    return content;
}

Result<std::vector<Disclosure>> Sharing::disclosures(qint64 personId) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    if (auto code = personCodeOf(db, personId); !code) {
        return code.error();
    }
    return sharing::personDisclosures(db, personId);
}

Result<std::vector<Disclosure>> Sharing::ledger(const LedgerFilter& filter) const
{
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st.error();
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        return Error(ErrorCode::InvalidArgument, tr("The end date is before the start date. Check the dates."));
    }
    QByteArray where = " WHERE 1";
    QStringList texts; // bound in order, after the ids
    if (filter.personId != 0) {
        where += " AND d.person_id = ?";
    }
    if (filter.partnerId != 0) {
        where += " AND d.partner_id = ?";
    }
    if (filter.basis) {
        where += " AND d.basis = ?";
        texts << disclosureBasisId(*filter.basis);
    }
    if (filter.onlyToReview) {
        where += " AND d.basis = 'override' AND d.reviewed_at IS NULL";
    }
    // Local days, stored as UTC instants: [from 00:00 local, to + 1 day 00:00 local).
    if (filter.from.isValid()) {
        where += " AND d.at >= ?";
        texts << isoUtc(QDateTime(filter.from, QTime(0, 0), Qt::LocalTime));
    }
    if (filter.to.isValid()) {
        where += " AND d.at < ?";
        texts << isoUtc(QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::LocalTime));
    }
    const qint64 limit = std::clamp(filter.limit, 1, 100000);
    return queryDisclosures(m_vault.database(), where, [&](Statement& st) {
        int index = 1;
        if (filter.personId != 0) {
            st.bind(index++, filter.personId);
        }
        if (filter.partnerId != 0) {
            st.bind(index++, filter.partnerId);
        }
        for (const QString& t : texts) {
            st.bind(index++, t);
        }
        st.bind(index, limit);
    });
}

Status Sharing::markOverrideReviewed(qint64 disclosureId)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto find = db.prepare("SELECT basis, COALESCE(reviewed_at, '') FROM disclosures WHERE id = ?;");
    if (!find) {
        return find.error();
    }
    find->bind(1, disclosureId);
    if (!find->step()) {
        if (!find->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, tr("This ledger entry does not exist. Reload the list."));
    }
    if (find->text(0) != disclosureBasisId(DisclosureBasis::Override)) {
        return Error(ErrorCode::InvalidArgument, tr("Only overrides are reviewed; this disclosure relied on the "
                                                    "person's consent or was their own copy. Nothing was changed."));
    }
    if (!find->text(1).isEmpty()) {
        const QDateTime at = fromIsoUtc(find->text(1)).toLocalTime();
        return Error(ErrorCode::InvalidArgument, tr("This override was already reviewed on %1. Nothing was changed.")
                                                     .arg(QLocale().toString(at, QLocale::ShortFormat)));
    }
    auto update = db.prepare("UPDATE disclosures SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND "
                             "reviewed_at IS NULL;");
    if (!update) {
        return update.error();
    }
    update->bind(1, m_vault.currentUser().id).bind(2, isoUtc(m_vault.clock().nowUtc())).bind(3, disclosureId);
    if (auto r = update->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(
        tx, {AuditRecord{
                QStringLiteral("disclosure.review"), QStringLiteral("disclosure"), QString::number(disclosureId), {}}});
}

} // namespace abri
