// CaseFiles: the access matrix, break-the-glass, hidden-name mode and the list of workers.
#include "cases/CaseFilesPrivate.h"
#include "vault/Vault.h"

namespace abri {

using namespace cases;

namespace {

constexpr int MinimumReasonLength = 10;

} // namespace

Permission CaseFiles::permission(Category category) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return {};
    }
    return Permission{ctx->canRead(0, category) && ctx->matrix.get(ctx->role, category).read, ctx->canWrite(category)};
}

bool CaseFiles::canRead(qint64 personId, Category category) const
{
    auto ctx = accessContext(m_vault);
    return ctx && ctx->canRead(personId, category);
}

Result<AccessMatrix> CaseFiles::accessMatrix() const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    return loadMatrix(m_vault.database());
}

Status CaseFiles::setPermission(Role role, Category category, Permission permission)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st;
    }
    if (permission.write) {
        permission.read = true;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    auto st = db.prepare("INSERT OR REPLACE INTO access_matrix(role, category, can_read, can_write) "
                         "VALUES (?, ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, roleId(role)).bind(2, categoryId(category)).bind(3, permission.read ? 1 : 0);
    st->bind(4, permission.write ? 1 : 0);
    if (auto r = st->run(); !r) {
        return r;
    }
    const QString detail = QStringLiteral("%1:%2=%3")
                               .arg(roleId(role), categoryId(category),
                                    permission.write  ? QStringLiteral("write")
                                    : permission.read ? QStringLiteral("read")
                                                      : QStringLiteral("none"));
    return m_vault.commitWithAudit(
        tx, {AuditRecord{QStringLiteral("access.change"), QStringLiteral("access"), roleId(role), detail}});
}

Status CaseFiles::breakGlass(qint64 personId, Category category, const QString& reason)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    if (reason.trimmed().size() < MinimumReasonLength) {
        return Error(ErrorCode::InvalidArgument,
                     tr("Type why you need to open this part of the file (at least %1 characters). A coordinator "
                        "will review it. Nothing was opened.")
                         .arg(MinimumReasonLength));
    }
    if (reason.size() > 2000) {
        return Error(ErrorCode::InvalidArgument, tr("The reason is too long (at most 2000 characters). Nothing "
                                                    "was opened."));
    }
    Database& db = m_vault.database();
    auto code = personCodeOf(db, personId);
    if (!code) {
        return code.error();
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    auto st = db.prepare("INSERT INTO glass_breaks(user_id, person_id, category, reason, at) VALUES (?, ?, ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, m_vault.currentUser().id).bind(2, personId).bind(3, categoryId(category)).bind(4, reason.trimmed());
    st->bind(5, isoUtc(m_vault.clock().nowUtc()));
    if (auto r = st->run(); !r) {
        return r;
    }
    const qint64 id = db.lastInsertId();
    if (auto r = m_vault.commitWithAudit(
            tx, {AuditRecord{QStringLiteral("access.break_glass"), QStringLiteral("person"), code.value(),
                             QStringLiteral("%1 #%2").arg(categoryId(category)).arg(id)}});
        !r) {
        return r;
    }
    m_vault.sessionGrants().glass.insert({personId, category});
    qCInfo(lcCases) << "break the glass recorded";
    return {};
}

Result<std::vector<GlassBreak>> CaseFiles::glassBreaks(bool includeReviewed, int limit) const
{
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    auto st = db.prepare(includeReviewed
                             ? "SELECT g.id, g.user_id, COALESCE(u.name, ''), g.person_id, COALESCE(p.code, ''), "
                               "g.category, g.reason, g.at, COALESCE(g.reviewed_by, 0), COALESCE(g.reviewed_at, '') "
                               "FROM glass_breaks g LEFT JOIN users u ON u.id = g.user_id "
                               "LEFT JOIN people p ON p.id = g.person_id ORDER BY g.id DESC LIMIT ?;"
                             : "SELECT g.id, g.user_id, COALESCE(u.name, ''), g.person_id, COALESCE(p.code, ''), "
                               "g.category, g.reason, g.at, COALESCE(g.reviewed_by, 0), COALESCE(g.reviewed_at, '') "
                               "FROM glass_breaks g LEFT JOIN users u ON u.id = g.user_id "
                               "LEFT JOIN people p ON p.id = g.person_id WHERE g.reviewed_at IS NULL "
                               "ORDER BY g.id DESC LIMIT ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, limit);
    std::vector<GlassBreak> out;
    while (st->step()) {
        GlassBreak g;
        g.id = st->int64(0);
        g.userId = st->int64(1);
        g.userName = st->text(2);
        g.personId = st->int64(3);
        g.personCode = st->text(4);
        g.category = categoryFromId(st->text(5)).value_or(Category::Identity);
        g.reason = st->text(6);
        g.at = fromIsoUtc(st->text(7));
        g.reviewedBy = st->int64(8);
        g.reviewedAt = fromIsoUtc(st->text(9));
        out.push_back(std::move(g));
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return out;
}

Status CaseFiles::markGlassBreakReviewed(qint64 glassBreakId)
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
        return db.lastError(ErrorCode::Database);
    }
    auto st = db.prepare("UPDATE glass_breaks SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND reviewed_at IS "
                         "NULL;");
    if (!st) {
        return st.error();
    }
    st->bind(1, m_vault.currentUser().id).bind(2, isoUtc(m_vault.clock().nowUtc())).bind(3, glassBreakId);
    if (auto r = st->run(); !r) {
        return r;
    }
    if (db.changes() != 1) {
        return Error(ErrorCode::NotFound, tr("This break-the-glass entry does not exist or was already reviewed."));
    }
    return m_vault.commitWithAudit(
        tx, {AuditRecord{
                QStringLiteral("access.review"), QStringLiteral("glass_break"), QString::number(glassBreakId), {}}});
}

bool CaseFiles::hideNamesForMe() const
{
    auto ctx = accessContext(m_vault);
    return ctx && ctx->hideNames;
}

Status CaseFiles::setHideNamesForMe(bool hide)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    auto st = db.prepare("INSERT OR REPLACE INTO user_prefs(user_id, key, value) VALUES (?, 'hide_names', ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, m_vault.currentUser().id).bind(2, hide ? QStringLiteral("1") : QStringLiteral("0"));
    if (auto r = st->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("user.hide_names"), QStringLiteral("user"),
                                                    QString::number(m_vault.currentUser().id),
                                                    hide ? QStringLiteral("on") : QStringLiteral("off")}});
}

Result<std::vector<UserRef>> CaseFiles::workers() const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    auto st = db.prepare("SELECT id, name FROM users WHERE active = 1 ORDER BY name_key;");
    if (!st) {
        return st.error();
    }
    std::vector<UserRef> out;
    while (st->step()) {
        out.push_back(UserRef{st->int64(0), st->text(1)});
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return out;
}

} // namespace abri
