// Sharing: the register of requests from authorities (police, courts, officials). Coordinators only: who asked
// what about whom is itself sensitive. Every change is audited; what was disclosed for a request is in the ledger.
#include "sharing/SharingPrivate.h"
#include "vault/Vault.h"

#include <map>

namespace abri {

using namespace cases;

namespace {

constexpr int MaxShortText = 200;
constexpr int MaxLongText = 20000;

Status validateRequest(const AuthorityRequestDraft& draft, const QDate& today)
{
    if (draft.requester.trimmed().isEmpty()) {
        return invalid(Sharing::tr("Say who made the request (office, officer or court). Nothing was saved."));
    }
    if (draft.requested.trimmed().isEmpty()) {
        return invalid(Sharing::tr("Say what they asked for. Nothing was saved."));
    }
    if (draft.requester.size() > MaxShortText) {
        return invalid(Sharing::tr("The name of who asked is too long (at most %1 characters). Nothing was saved.")
                           .arg(MaxShortText));
    }
    if (draft.requested.size() > MaxLongText || draft.legalBasis.size() > MaxLongText ||
        draft.notes.size() > MaxLongText) {
        return invalid(
            Sharing::tr("A field is longer than %1 characters. Shorten it. Nothing was saved.").arg(MaxLongText));
    }
    if (!draft.receivedOn.isValid()) {
        return invalid(Sharing::tr("Enter the date the request was received. Nothing was saved."));
    }
    if (draft.receivedOn > today) {
        return invalid(Sharing::tr("The date the request was received is in the future. Check it; nothing was "
                                   "saved."));
    }
    if (draft.decision != AuthorityDecision::Pending) {
        if (!draft.decidedOn.isValid()) {
            return invalid(Sharing::tr("Enter the date of the decision. Nothing was saved."));
        }
        if (draft.decidedOn < draft.receivedOn) {
            return invalid(Sharing::tr("The decision is dated before the request was received. Check the dates; "
                                       "nothing was saved."));
        }
        if (draft.decidedOn > today) {
            return invalid(Sharing::tr("The decision date is in the future. Check it; nothing was saved."));
        }
    }
    if (draft.personTold) {
        if (!draft.toldOn.isValid()) {
            return invalid(Sharing::tr("Enter the date the person was told. Nothing was saved."));
        }
        if (draft.toldOn > today) {
            return invalid(Sharing::tr("The date the person was told is in the future. Check it; nothing was "
                                       "saved."));
        }
    }
    if (draft.personId < 0) {
        return Error(ErrorCode::NotFound, Sharing::tr("This person file does not exist. Search for the person "
                                                      "again; nothing was saved."));
    }
    return {};
}

// Binds the draft's columns from index 1: kind, requester, received_on, legal_basis, requested, person_id,
// decision, decided_on, person_told, told_on, notes.
void bindDraft(Statement& st, const AuthorityRequestDraft& draft)
{
    st.bind(1, authorityKindId(draft.kind)).bind(2, draft.requester.trimmed()).bind(3, isoDate(draft.receivedOn));
    st.bind(4, nonNull(draft.legalBasis.trimmed())).bind(5, draft.requested.trimmed());
    if (draft.personId > 0) {
        st.bind(6, draft.personId);
    } else {
        st.bindNull(6);
    }
    st.bind(7, authorityDecisionId(draft.decision));
    if (draft.decision != AuthorityDecision::Pending) {
        st.bind(8, isoDate(draft.decidedOn));
    } else {
        st.bindNull(8);
    }
    st.bind(9, draft.personTold ? 1 : 0);
    if (draft.personTold) {
        st.bind(10, isoDate(draft.toldOn));
    } else {
        st.bindNull(10);
    }
    st.bind(11, nonNull(draft.notes.trimmed()));
}

Status checkPerson(Database& db, qint64 personId)
{
    if (personId <= 0) {
        return {};
    }
    // A file merged away is hidden: the request must point at the kept file, or nothing could be answered for it.
    if (auto code = writablePersonCode(db, personId); !code) {
        if (code.error().code() == ErrorCode::NotFound) {
            return Error(ErrorCode::NotFound, Sharing::tr("The person this request concerns does not exist. Choose "
                                                          "the person again; nothing was saved."));
        }
        if (code.error().code() == ErrorCode::InvalidArgument) {
            return invalid(Sharing::tr("The file of the person this request concerns was merged into another one. "
                                       "Choose the kept file; nothing was saved."));
        }
        return code.error();
    }
    return {};
}

Error requestNotFound()
{
    return Error(ErrorCode::NotFound, Sharing::tr("This request from an authority does not exist. Reload the "
                                                  "register."));
}

// One request (requestId), or all of them (0), newest first, with their ledger entries.
Result<std::vector<AuthorityRequest>> queryRequests(Database& db, qint64 requestId)
{
    QByteArray sql = "SELECT r.id, r.kind, r.requester, r.received_on, r.legal_basis, r.requested, "
                     "COALESCE(r.person_id, 0), COALESCE(p.code, ''), r.decision, COALESCE(r.decided_on, ''), "
                     "r.person_told, COALESCE(r.told_on, ''), r.notes, r.recorded_by, COALESCE(u.name, ''), "
                     "r.recorded_at, r.updated_at FROM authority_requests r "
                     "LEFT JOIN people p ON p.id = r.person_id LEFT JOIN users u ON u.id = r.recorded_by";
    if (requestId != 0) {
        sql += " WHERE r.id = ?";
    }
    sql += " ORDER BY r.received_on DESC, r.id DESC;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    if (requestId != 0) {
        st->bind(1, requestId);
    }
    std::vector<AuthorityRequest> out;
    while (st->step()) {
        AuthorityRequest r;
        r.id = st->int64(0);
        r.kind = authorityKindFromId(st->text(1)).value_or(AuthorityKind::Official);
        r.requester = st->text(2);
        r.receivedOn = fromIsoDate(st->text(3));
        r.legalBasis = st->text(4);
        r.requested = st->text(5);
        r.personId = st->int64(6);
        r.personCode = st->text(7);
        r.decision = authorityDecisionFromId(st->text(8)).value_or(AuthorityDecision::Pending);
        r.decidedOn = fromIsoDate(st->text(9));
        r.personTold = st->int64(10) != 0;
        r.toldOn = fromIsoDate(st->text(11));
        r.notes = st->text(12);
        r.recordedBy = st->int64(13);
        r.recordedByName = st->text(14);
        r.recordedAt = fromIsoUtc(st->text(15));
        r.updatedAt = fromIsoUtc(st->text(16));
        out.push_back(std::move(r));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    // The ledger entries made for these requests, oldest first within each.
    QByteArray links = "SELECT authority_request_id, id FROM disclosures WHERE authority_request_id IS NOT NULL";
    if (requestId != 0) {
        links += " AND authority_request_id = ?";
    }
    links += " ORDER BY id;";
    auto link = db.prepare(links.constData());
    if (!link) {
        return link.error();
    }
    if (requestId != 0) {
        link->bind(1, requestId);
    }
    std::map<qint64, std::vector<qint64>> byRequest;
    while (link->step()) {
        byRequest[link->int64(0)].push_back(link->int64(1));
    }
    if (!link->ok()) {
        return dbError(db);
    }
    for (AuthorityRequest& r : out) {
        if (auto it = byRequest.find(r.id); it != byRequest.end()) {
            r.disclosureIds = it->second;
        }
    }
    return out;
}

Status requireCoordinatorWriter(Vault& vault)
{
    if (auto st = vault.requireWriter(); !st) {
        return st;
    }
    return vault.requireCoordinator();
}

} // namespace

Result<qint64> Sharing::addAuthorityRequest(const AuthorityRequestDraft& draft)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st.error();
    }
    if (auto st = validateRequest(draft, localToday(m_vault)); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    if (auto st = checkPerson(db, draft.personId); !st) {
        return st.error();
    }
    auto insert = db.prepare("INSERT INTO authority_requests(kind, requester, received_on, legal_basis, requested, "
                             "person_id, decision, decided_on, person_told, told_on, notes, recorded_by, recorded_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!insert) {
        return insert.error();
    }
    bindDraft(insert.value(), draft);
    const QString now = isoUtc(m_vault.clock().nowUtc());
    insert->bind(12, m_vault.currentUser().id).bind(13, now).bind(14, now);
    if (auto r = insert->run(); !r) {
        return r.error();
    }
    const qint64 id = db.lastInsertId();
    if (auto st = m_vault.commitWithAudit(
            tx,
            {AuditRecord{QStringLiteral("authority.create"), QStringLiteral("authority_request"), QString::number(id),
                         authorityKindId(draft.kind) + QLatin1Char(':') + authorityDecisionId(draft.decision)}});
        !st) {
        return st.error();
    }
    return id;
}

Status Sharing::updateAuthorityRequest(qint64 requestId, const AuthorityRequestDraft& draft)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto exists = db.prepare("SELECT 1 FROM authority_requests WHERE id = ?;");
    if (!exists) {
        return exists.error();
    }
    exists->bind(1, requestId);
    if (!exists->step()) {
        return exists->ok() ? requestNotFound() : dbError(db);
    }
    if (auto st = validateRequest(draft, localToday(m_vault)); !st) {
        return st;
    }
    if (auto st = checkPerson(db, draft.personId); !st) {
        return st;
    }
    auto update =
        db.prepare("UPDATE authority_requests SET kind = ?, requester = ?, received_on = ?, legal_basis = ?, "
                   "requested = ?, person_id = ?, decision = ?, decided_on = ?, person_told = ?, told_on = ?, "
                   "notes = ?, updated_at = ? WHERE id = ?;");
    if (!update) {
        return update.error();
    }
    bindDraft(update.value(), draft);
    update->bind(12, isoUtc(m_vault.clock().nowUtc())).bind(13, requestId);
    if (auto r = update->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(
        tx, {AuditRecord{QStringLiteral("authority.update"), QStringLiteral("authority_request"),
                         QString::number(requestId),
                         authorityKindId(draft.kind) + QLatin1Char(':') + authorityDecisionId(draft.decision)}});
}

Result<AuthorityRequest> Sharing::authorityRequest(qint64 requestId) const
{
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st.error();
    }
    if (requestId <= 0) {
        return requestNotFound();
    }
    auto found = queryRequests(m_vault.database(), requestId);
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return requestNotFound();
    }
    return found->front();
}

Result<std::vector<AuthorityRequest>> Sharing::authorityRequests() const
{
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st.error();
    }
    return queryRequests(m_vault.database(), 0);
}

} // namespace abri
