// CaseFiles: follow-up tasks (what must happen for a person, by when, and who does it).
#include "cases/CaseFilesPrivate.h"
#include "vault/Vault.h"

namespace abri {

using namespace cases;

namespace {

constexpr int MaxFollowUpTitle = 500;
// Further ahead than this is almost always a mistyped year.
constexpr int MaxYearsAhead = 10;

constexpr const char* FollowUpSelect =
    "SELECT f.id, f.person_id, p.code, p.alias, p.hide_name, f.title, f.due_on, f.owner_id, COALESCE(u.name, ''), "
    "f.done_at FROM followups f JOIN people p ON p.id = f.person_id LEFT JOIN users u ON u.id = f.owner_id ";

Result<std::vector<FollowUp>> readFollowUps(Database& db, Statement& st, const AccessContext& ctx)
{
    std::vector<FollowUp> out;
    while (st.step()) {
        FollowUp f;
        f.id = st.int64(0);
        f.personId = st.int64(1);
        f.personCode = st.text(2);
        f.personDisplayName = st.int64(4) != 0 || ctx.hideNames ? f.personCode : st.text(3);
        f.title = st.text(5);
        f.due = fromIsoDate(st.text(6));
        f.ownerId = st.int64(7);
        f.ownerName = st.text(8);
        f.doneAt = fromIsoUtc(st.text(9));
        out.push_back(std::move(f));
    }
    if (!st.ok()) {
        return dbError(db);
    }
    return out;
}

} // namespace

Result<qint64> CaseFiles::addFollowUp(qint64 personId, const QString& title, const QDate& due, qint64 ownerId)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::InvalidArgument, tr("Say what has to be done. Nothing was saved."));
    }
    if (trimmed.size() > MaxFollowUpTitle) {
        return Error(ErrorCode::InvalidArgument,
                     tr("The follow-up is longer than %1 characters. Keep it short and put the details in a note; "
                        "nothing was saved.")
                         .arg(MaxFollowUpTitle));
    }
    const QDate today = m_vault.clock().nowUtc().toLocalTime().date();
    if (!due.isValid()) {
        return Error(ErrorCode::InvalidArgument, tr("Enter the date the follow-up is due. Nothing was saved."));
    }
    if (due > today.addYears(MaxYearsAhead) || due < today.addYears(-MaxYearsAhead)) {
        return Error(ErrorCode::InvalidArgument, tr("The due date is more than %1 years away. Check the year; "
                                                    "nothing was saved.")
                                                     .arg(MaxYearsAhead));
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto owner = db.prepare("SELECT active FROM users WHERE id = ?;");
    if (!owner) {
        return owner.error();
    }
    owner->bind(1, ownerId);
    if (!owner->step() || owner->int64(0) == 0) {
        if (!owner->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::InvalidArgument, tr("Choose who will do the follow-up among the active users. "
                                                    "Nothing was saved."));
    }
    auto person = writablePersonCode(db, personId);
    if (!person) {
        return person.error();
    }
    const QString code = person.value();
    auto id = insertFollowUp(db, personId, trimmed, due, ownerId, m_vault.currentUser().id, m_vault.clock().nowUtc());
    if (!id) {
        return id.error();
    }
    if (auto r = m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("followup.add"), QStringLiteral("person"),
                                                          code, QStringLiteral("followup %1").arg(id.value())}});
        !r) {
        return r.error();
    }
    return id.value();
}

Status CaseFiles::completeFollowUp(qint64 followUpId)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto find = db.prepare("SELECT p.code, f.done_at FROM followups f JOIN people p ON p.id = f.person_id "
                           "WHERE f.id = ?;");
    if (!find) {
        return find.error();
    }
    find->bind(1, followUpId);
    if (!find->step()) {
        if (!find->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, tr("This follow-up does not exist. Reload the list."));
    }
    if (!find->isNull(1)) {
        return Error(ErrorCode::InvalidArgument, tr("This follow-up is already done."));
    }
    const QString code = find->text(0);
    auto st = db.prepare("UPDATE followups SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL;");
    if (!st) {
        return st.error();
    }
    st->bind(1, isoUtc(m_vault.clock().nowUtc())).bind(2, m_vault.currentUser().id).bind(3, followUpId);
    if (auto r = st->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("followup.done"), QStringLiteral("person"), code,
                                                    QStringLiteral("followup %1").arg(followUpId)}});
}

Result<std::vector<FollowUp>> CaseFiles::followUps(qint64 personId) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    // Open ones first, soonest due first; then the done ones, most recently done first.
    const QByteArray sql = QByteArray(FollowUpSelect) +
                           "WHERE f.person_id = ? ORDER BY f.done_at IS NOT NULL, "
                           "CASE WHEN f.done_at IS NULL THEN f.due_on END, f.done_at DESC, f.id;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    return readFollowUps(db, st.value(), ctx.value());
}

Result<std::vector<FollowUp>> CaseFiles::followUpsDue(const QDate& day, qint64 ownerId) const
{
    if (!day.isValid()) {
        return Error(ErrorCode::InvalidArgument, tr("Choose a valid day."));
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    const QByteArray sql = QByteArray(FollowUpSelect) +
                           (ownerId == 0 ? "WHERE f.done_at IS NULL AND f.due_on <= ? ORDER BY f.due_on, f.id;"
                                         : "WHERE f.done_at IS NULL AND f.due_on <= ? AND f.owner_id = ? "
                                           "ORDER BY f.due_on, f.id;");
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, isoDate(day));
    if (ownerId != 0) {
        st->bind(2, ownerId);
    }
    return readFollowUps(db, st.value(), ctx.value());
}

} // namespace abri
