// Partners: agreements (formal MOUs and informal agreements), their documents and the renewal list. The status an
// agreement has on a day is computed (Agreement::statusOn); only Active, Suspended and Lapsed are stored.
#include "cases/CaseFilesPrivate.h"
#include "sharing/Partners.h"
#include "sharing/PartnersSql.h"
#include "vault/Vault.h"

#include <sodium.h>

#include <array>

namespace abri {

using cases::clean;
using cases::dbError;
using cases::fromIsoDate;
using cases::fromIsoUtc;
using cases::invalid;
using cases::isoDate;
using cases::isoUtc;
using cases::localToday;

namespace sharing {

namespace {

constexpr int MaxShortText = 200;
constexpr int MaxNotesLength = 20000;
constexpr int MaxLapsingDays = 3660;

QByteArray sha256(const QByteArray& data)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size()));
}

void bindDate(Statement& st, int index, const QDate& date)
{
    if (date.isValid()) {
        st.bind(index, isoDate(date));
    } else {
        st.bindNull(index);
    }
}

// Only what belongs to the kind is stored, so that changing the kind leaves nothing stale behind.
AgreementDraft normalized(const AgreementDraft& draft)
{
    AgreementDraft d = draft;
    if (d.kind == AgreementKind::Formal) {
        d.agreedBy.clear();
        d.agreedOn = QDate();
    } else {
        d.signedOn = QDate();
    }
    if (!d.conductSigned) {
        d.conductSignedOn = QDate();
    }
    return d;
}

// Binds kind .. notes (9 values) from first on.
void bindAgreementFields(Statement& st, int first, const AgreementDraft& draft)
{
    const AgreementDraft d = normalized(draft);
    st.bind(first, agreementKindId(d.kind));
    bindDate(st, first + 1, d.signedOn);
    bindDate(st, first + 2, d.renewalOn);
    st.bind(first + 3, clean(d.agreedBy));
    bindDate(st, first + 4, d.agreedOn);
    st.bind(first + 5, categoryIds(d.categories)).bind(first + 6, d.conductSigned ? 1 : 0);
    bindDate(st, first + 7, d.conductSignedOn);
    st.bind(first + 8, agreementStatusId(d.status)).bind(first + 9, clean(d.notes));
}

constexpr const char* AgreementColumns =
    "a.id, a.partner_id, COALESCE(p.name, ''), a.kind, a.signed_on, a.renewal_on, a.agreed_by, a.agreed_on, "
    "a.categories, a.conduct_signed, a.conduct_signed_on, a.status, a.notes, a.document_name, a.document_type, "
    "a.document_size, a.updated_at";

Agreement readAgreement(const Statement& st)
{
    Agreement a;
    a.id = st.int64(0);
    a.partnerId = st.int64(1);
    a.partnerName = st.text(2);
    a.kind = agreementKindFromId(st.text(3)).value_or(AgreementKind::Informal);
    a.signedOn = fromIsoDate(st.text(4));
    a.renewalOn = fromIsoDate(st.text(5));
    a.agreedBy = st.text(6);
    a.agreedOn = fromIsoDate(st.text(7));
    a.categories = categoriesFromIds(st.text(8));
    a.conductSigned = st.int64(9) != 0;
    a.conductSignedOn = fromIsoDate(st.text(10));
    // An unknown stored status grants nothing: read it as suspended.
    a.storedStatus = agreementStatusFromId(st.text(11)).value_or(AgreementStatus::Suspended);
    if (a.storedStatus == AgreementStatus::Lapsing) {
        a.storedStatus = AgreementStatus::Active;
    }
    a.notes = st.text(12);
    if (!st.isNull(13)) {
        a.documentName = st.text(13);
        a.documentType = attachmentTypeFromId(st.text(14));
        a.documentSize = st.int64(15);
    }
    a.updatedAt = fromIsoUtc(st.text(16));
    return a;
}

Result<std::vector<Agreement>> queryAgreements(Database& db, const char* where, const std::vector<QString>& binds)
{
    const QByteArray sql = QByteArray("SELECT ") + AgreementColumns +
                           " FROM agreements a LEFT JOIN partners p ON p.id = a.partner_id " + where + ";";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    int index = 1;
    for (const QString& value : binds) {
        st->bind(index++, value);
    }
    std::vector<Agreement> out;
    while (st->step()) {
        out.push_back(readAgreement(st.value()));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

} // namespace

QString categoryIds(const std::set<Category>& categories)
{
    QStringList ids;
    for (Category c : AllCategories) {
        if (categories.count(c) != 0) {
            ids << categoryId(c);
        }
    }
    const QString joined = ids.join(u',');
    return joined.isNull() ? QStringLiteral("") : joined; // NOT NULL column
}

std::set<Category> categoriesFromIds(const QString& ids)
{
    std::set<Category> out;
    for (const QString& id : ids.split(u',', Qt::SkipEmptyParts)) {
        if (const auto c = categoryFromId(id.trimmed())) {
            out.insert(*c);
        }
    }
    return out;
}

Error agreementNotFound()
{
    return Error(ErrorCode::NotFound, Partners::tr("This agreement does not exist. Reload the list."));
}

Status validateAgreement(const AgreementDraft& draft, const QDate& today)
{
    QDate start;
    if (draft.kind == AgreementKind::Formal) {
        if (!draft.signedOn.isValid()) {
            return invalid(Partners::tr("Enter the date the agreement was signed. Nothing was saved."));
        }
        if (draft.signedOn > today) {
            return invalid(Partners::tr("The signing date is in the future. Record the agreement once it is "
                                        "signed. Nothing was saved."));
        }
        start = draft.signedOn;
    } else {
        if (draft.agreedBy.trimmed().isEmpty()) {
            return invalid(Partners::tr("Enter who agreed on the partner's side. Nothing was saved."));
        }
        if (draft.agreedBy.trimmed().size() > MaxShortText) {
            return invalid(
                Partners::tr("Who agreed is longer than %1 characters. Nothing was saved.").arg(MaxShortText));
        }
        if (!draft.agreedOn.isValid()) {
            return invalid(Partners::tr("Enter the date it was agreed. Nothing was saved."));
        }
        if (draft.agreedOn > today) {
            return invalid(Partners::tr("The date it was agreed is in the future. Record the agreement once it is "
                                        "made. Nothing was saved."));
        }
        start = draft.agreedOn;
    }
    if (draft.renewalOn.isValid() && draft.renewalOn <= start) {
        return invalid(Partners::tr("The renewal date must come after the date the agreement started. Check the "
                                    "dates. Nothing was saved."));
    }
    if (draft.conductSigned) {
        if (!draft.conductSignedOn.isValid()) {
            return invalid(Partners::tr("Enter the date the code of conduct was signed. Nothing was saved."));
        }
        if (draft.conductSignedOn > today) {
            return invalid(Partners::tr("The date the code of conduct was signed is in the future. Nothing was "
                                        "saved."));
        }
    }
    if (draft.status == AgreementStatus::Lapsing) {
        return invalid(Partners::tr("\"Renewal due soon\" follows from the renewal date and cannot be set by hand. "
                                    "Choose active, suspended or lapsed. Nothing was saved."));
    }
    if (draft.notes.size() > MaxNotesLength) {
        return invalid(Partners::tr("The notes are longer than %1 characters. Nothing was saved.").arg(MaxNotesLength));
    }
    return {};
}

Result<qint64> insertAgreement(Database& db, qint64 partnerId, const AgreementDraft& draft, qint64 createdBy,
                               const QDateTime& nowUtc)
{
    auto st = db.prepare("INSERT INTO agreements(partner_id, kind, signed_on, renewal_on, agreed_by, agreed_on, "
                         "categories, conduct_signed, conduct_signed_on, status, notes, created_by, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, partnerId);
    bindAgreementFields(st.value(), 2, draft);
    st->bind(12, createdBy).bind(13, isoUtc(nowUtc)).bind(14, isoUtc(nowUtc));
    if (auto r = st->run(); !r) {
        return r.error();
    }
    return db.lastInsertId();
}

Result<Agreement> loadAgreement(Database& db, qint64 agreementId)
{
    auto found = queryAgreements(db, "WHERE a.id = ?", {QString::number(agreementId)});
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return agreementNotFound();
    }
    return found->front();
}

Result<std::vector<Agreement>> loadAgreements(Database& db, qint64 partnerId)
{
    const char* order = "ORDER BY COALESCE(a.signed_on, a.agreed_on) DESC, a.id DESC";
    if (partnerId == 0) {
        return queryAgreements(db, order, {});
    }
    const QByteArray where = QByteArray("WHERE a.partner_id = ? ") + order;
    return queryAgreements(db, where.constData(), {QString::number(partnerId)});
}

} // namespace sharing

using namespace sharing;

namespace {

AuditRecord agreementRecord(const QString& action, qint64 agreementId, const QString& detail)
{
    return AuditRecord{action, QStringLiteral("agreement"), QString::number(agreementId), detail};
}

// Codes only: "partner=3 formal active contact,health".
QString agreementDetail(qint64 partnerId, const AgreementDraft& draft)
{
    return QStringLiteral("partner=%1 %2 %3 %4")
        .arg(partnerId)
        .arg(agreementKindId(draft.kind), agreementStatusId(draft.status), categoryIds(draft.categories))
        .trimmed();
}

} // namespace

Result<std::vector<Agreement>> Partners::agreements(qint64 partnerId) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    if (auto p = loadPartner(db, partnerId); !p) {
        return p.error();
    }
    return loadAgreements(db, partnerId);
}

Result<Agreement> Partners::agreement(qint64 agreementId) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    return loadAgreement(m_vault.database(), agreementId);
}

Result<qint64> Partners::addAgreement(qint64 partnerId, const AgreementDraft& draft)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st.error();
    }
    if (auto st = validateAgreement(draft, localToday(m_vault)); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    if (auto p = loadPartner(db, partnerId); !p) {
        return p.error();
    }
    auto id = insertAgreement(db, partnerId, draft, m_vault.currentUser().id, m_vault.clock().nowUtc());
    if (!id) {
        return id.error();
    }
    if (auto r = m_vault.commitWithAudit(
            tx, {agreementRecord(QStringLiteral("agreement.create"), id.value(), agreementDetail(partnerId, draft))});
        !r) {
        return r.error();
    }
    return id.value();
}

Status Partners::updateAgreement(qint64 agreementId, const AgreementDraft& draft)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st;
    }
    if (auto st = validateAgreement(draft, localToday(m_vault)); !st) {
        return st;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto existing = loadAgreement(db, agreementId);
    if (!existing) {
        return existing.error();
    }
    auto st = db.prepare("UPDATE agreements SET kind = ?, signed_on = ?, renewal_on = ?, agreed_by = ?, "
                         "agreed_on = ?, categories = ?, conduct_signed = ?, conduct_signed_on = ?, status = ?, "
                         "notes = ?, updated_at = ? WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    bindAgreementFields(st.value(), 1, draft);
    st->bind(11, isoUtc(m_vault.clock().nowUtc())).bind(12, agreementId);
    if (auto r = st->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(tx, {agreementRecord(QStringLiteral("agreement.update"), agreementId,
                                                        agreementDetail(existing->partnerId, draft))});
}

Status Partners::attachAgreementDocument(qint64 agreementId, const QString& fileName, const QByteArray& data)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st;
    }
    auto document = checkAgreementDocument(fileName, data);
    if (!document) {
        return document.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    if (auto existing = loadAgreement(db, agreementId); !existing) {
        return existing.error();
    }
    auto bytes = db.prepare("INSERT OR REPLACE INTO agreement_documents(agreement_id, data) VALUES (?, ?);");
    if (!bytes) {
        return bytes.error();
    }
    bytes->bind(1, agreementId).bind(2, document->data);
    if (auto r = bytes->run(); !r) {
        return r;
    }
    auto meta = db.prepare("UPDATE agreements SET document_name = ?, document_type = ?, document_size = ?, "
                           "document_sha256 = ?, updated_at = ? WHERE id = ?;");
    if (!meta) {
        return meta.error();
    }
    const QString type = attachmentTypeId(document->type);
    const qint64 size = document->data.size();
    meta->bind(1, document->fileName).bind(2, type).bind(3, size).bind(4, sha256(document->data));
    meta->bind(5, isoUtc(m_vault.clock().nowUtc())).bind(6, agreementId);
    if (auto r = meta->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(tx, {agreementRecord(QStringLiteral("agreement.document"), agreementId,
                                                        QStringLiteral("%1 %2").arg(type).arg(size))});
}

Result<QByteArray> Partners::agreementDocument(qint64 agreementId)
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    auto existing = loadAgreement(db, agreementId);
    if (!existing) {
        return existing.error();
    }
    if (existing->documentName.isEmpty()) {
        return Error(ErrorCode::NotFound, tr("This agreement has no document. A coordinator can add the signed "
                                             "agreement."));
    }
    auto st = db.prepare("SELECT d.data, a.document_sha256 FROM agreement_documents d JOIN agreements a ON a.id = "
                         "d.agreement_id WHERE d.agreement_id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, agreementId);
    if (!st->step()) {
        if (!st->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::CorruptDatabase, tr("The document of this agreement is missing from the vault. "
                                                    "Restore a backup, or add the document again."));
    }
    QByteArray data = st->blob(0);
    if (sha256(data) != st->blob(1)) {
        return Error(ErrorCode::CorruptDatabase, tr("The document of this agreement is damaged: it is not the file "
                                                    "that was added. Restore a backup, or add the document again."));
    }
    // A read-only session cannot write the audit log; an agreement holds nothing about a person, so it may still
    // be read there (like an attachment without a category).
    if (!m_vault.isReadOnly()) {
        Transaction tx(db);
        if (!tx.isActive()) {
            return dbError(db);
        }
        const QString detail =
            QStringLiteral("%1 %2")
                .arg(existing->documentType ? attachmentTypeId(*existing->documentType) : QStringLiteral("unknown"))
                .arg(data.size());
        if (auto r = m_vault.commitWithAudit(
                tx, {agreementRecord(QStringLiteral("agreement.document_view"), agreementId, detail)});
            !r) {
            return r.error();
        }
    }
    return data;
}

Result<std::vector<LapsingAgreement>> Partners::agreementsLapsing(int withinDays) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    if (withinDays < 0 || withinDays > MaxLapsingDays) {
        return Error(ErrorCode::InvalidArgument, tr("Choose a number of days between 0 and %1.").arg(MaxLapsingDays));
    }
    const QDate today = localToday(m_vault);
    // Stored active with a renewal date in [today - withinDays, today + withinDays]: those before today lapsed
    // recently, the others are due. ISO dates compare as text.
    auto found = queryAgreements(m_vault.database(),
                                 "WHERE a.status = 'active' AND a.renewal_on IS NOT NULL AND a.renewal_on >= ? AND "
                                 "a.renewal_on <= ? ORDER BY a.renewal_on, a.id",
                                 {isoDate(today.addDays(-withinDays)), isoDate(today.addDays(withinDays))});
    if (!found) {
        return found.error();
    }
    std::vector<LapsingAgreement> out;
    out.reserve(found->size());
    for (Agreement& a : found.value()) {
        const AgreementStatus status = a.statusOn(today);
        out.push_back(LapsingAgreement{std::move(a), status});
    }
    return out;
}

} // namespace abri
