// CaseFiles: versioned notes, the timeline, full-text search over notes, and follow-up tasks.
#include "cases/CaseFilesPrivate.h"
#include "vault/Vault.h"

#include <map>

namespace abri {

using namespace cases;

namespace {

constexpr int MaxQueryLength = 500;
constexpr int MaxQueryWords = 16;
constexpr int SnippetTokens = 16;
// A shorter prefix expands to most of the index's terms (seconds at a million notes) and finds too much anyway.
constexpr int MinPrefixLength = 3;

// SQLite needs '' (not NULL) for the general category.
QString categoryText(const std::optional<Category>& category)
{
    return category ? categoryId(*category) : QStringLiteral("");
}

QString displayNameOf(const AccessContext& ctx, const QString& code, const QString& alias, bool hideName)
{
    return hideName || ctx.hideNames ? code : alias;
}

constexpr const char* NoteColumns =
    "n.id, n.note_id, n.version, n.person_id, n.kind, n.category, n.body, n.current, n.author_id, "
    "COALESCE(u.name, ''), n.created_at";

Note readNote(Statement& st, const AccessContext& ctx)
{
    Note n;
    n.id = st.int64(0);
    n.noteId = st.int64(1);
    n.version = static_cast<int>(st.int64(2));
    n.personId = st.int64(3);
    n.kind = noteKindFromId(st.text(4)).value_or(NoteKind::Contact);
    const QString category = st.text(5);
    if (!category.isEmpty()) {
        // An unknown category id (a newer Abri) is treated as one nobody reads.
        n.category = categoryFromId(category);
        n.restricted = !n.category || !ctx.canRead(n.personId, *n.category);
    }
    if (!n.restricted) {
        n.body = st.text(6);
    }
    n.current = st.int64(7) != 0;
    n.authorId = st.int64(8);
    n.authorName = st.text(9);
    n.createdAt = fromIsoUtc(st.text(10));
    return n;
}

// Restricted categories whose content the notes show (for person.view entries).
std::set<Category> shownNoteCategories(const std::vector<Note>& notes)
{
    std::set<Category> out;
    for (const Note& n : notes) {
        if (n.category && !n.restricted) {
            out.insert(*n.category);
        }
    }
    return out;
}

Status auditViews(Vault& vault, const std::vector<AuditRecord>& records)
{
    if (records.empty()) {
        return {};
    }
    Database& db = vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    return vault.commitWithAudit(tx, records);
}

// The user's words as an FTS MATCH expression: every word quoted (so nothing the user types is query syntax),
// all required, the last one (from 3 letters) as a prefix so a word need not be typed in full.
Result<QString> matchExpression(const QString& text)
{
    if (text.size() > MaxQueryLength) {
        return Error(ErrorCode::InvalidArgument,
                     CaseFiles::tr("The search is too long (at most %1 characters). Use a few distinctive words.")
                         .arg(MaxQueryLength));
    }
    QStringList words = foldedWords(text);
    if (words.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     CaseFiles::tr("Type at least one word to search the notes (letters or digits)."));
    }
    if (words.size() > MaxQueryWords) {
        return Error(ErrorCode::InvalidArgument,
                     CaseFiles::tr("The search has too many words (at most %1). Use a few distinctive words.")
                         .arg(MaxQueryWords));
    }
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool prefix = i == words.size() - 1 && words.at(i).size() >= MinPrefixLength;
        terms << QStringLiteral("\"%1%2\"").arg(words.at(i), prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

namespace cases {

Result<qint64> insertNote(Database& db, qint64 personId, const NoteDraft& draft, qint64 authorId,
                          const QDateTime& createdAtUtc)
{
    // note_id cannot be changed after the insert (trigger), so the first version gets its id chosen up front.
    auto next = db.prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM notes;");
    if (!next) {
        return next.error();
    }
    if (!next->step()) {
        return dbError(db);
    }
    const qint64 id = next->int64(0);
    auto st = db.prepare("INSERT INTO notes(id, note_id, version, person_id, kind, category, body, author_id, "
                         "created_at, current) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 1);");
    if (!st) {
        return st.error();
    }
    st->bind(1, id).bind(2, id).bind(3, personId).bind(4, noteKindId(draft.kind));
    st->bind(5, categoryText(draft.category)).bind(6, draft.body).bind(7, authorId).bind(8, isoUtc(createdAtUtc));
    if (auto r = st->run(); !r) {
        return r.error();
    }
    auto fts = db.prepare("INSERT INTO notes_fts(docid, body) VALUES (?, ?);");
    if (!fts) {
        return fts.error();
    }
    fts->bind(1, id).bind(2, draft.body);
    if (auto r = fts->run(); !r) {
        return r.error();
    }
    return id;
}

Result<qint64> insertFollowUp(Database& db, qint64 personId, const QString& title, const QDate& due, qint64 ownerId,
                              qint64 createdBy, const QDateTime& nowUtc)
{
    auto st = db.prepare("INSERT INTO followups(person_id, title, due_on, owner_id, created_by, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, personId).bind(2, title).bind(3, isoDate(due)).bind(4, ownerId).bind(5, createdBy);
    st->bind(6, isoUtc(nowUtc));
    if (auto r = st->run(); !r) {
        return r.error();
    }
    return db.lastInsertId();
}

Result<std::vector<Note>> queryTimeline(Database& db, const AccessContext& ctx, qint64 personId)
{
    const QByteArray sql = QByteArray("SELECT ") + NoteColumns +
                           " FROM notes n LEFT JOIN users u ON u.id = n.author_id "
                           "WHERE n.person_id = ? AND n.current = 1 ORDER BY n.created_at DESC, n.id DESC;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    std::vector<Note> out;
    while (st->step()) {
        out.push_back(readNote(st.value(), ctx));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

Result<std::vector<NoteHit>> querySearchNotes(Database& db, const AccessContext& ctx, const QString& query, int limit)
{
    auto match = matchExpression(query);
    if (!match) {
        return match.error();
    }
    limit = std::clamp(limit, 1, 1000);

    // What the user may read, decided in SQL so that nothing else is ever matched, counted or cut into a snippet.
    QByteArray filter = "n.current = 1 AND (n.category = ''";
    std::vector<QString> binds;
    const std::set<Category> byRole = ctx.readableByRole();
    if (!byRole.empty()) {
        filter += " OR n.category IN (";
        bool first = true;
        for (Category c : byRole) {
            filter += first ? "?" : ", ?";
            first = false;
            binds.push_back(categoryId(c));
        }
        filter += ")";
    }
    std::vector<std::pair<qint64, Category>> grants;
    if (ctx.canAudit && ctx.grants != nullptr) {
        for (const auto& g : ctx.grants->glass) {
            if (byRole.count(g.second) == 0) {
                grants.push_back(g);
            }
        }
    }
    for (std::size_t i = 0; i < grants.size(); ++i) {
        filter += " OR (n.person_id = ? AND n.category = ?)";
    }
    filter += ")";

    // Newest first by id: notes get their ids in the order they are recorded (a correction is a new, later row), so
    // the index walks its matches backwards and stops at the limit, cutting snippets only for the rows returned.
    // Sorting by created_at instead would read every match of a common word before returning the first.
    const QByteArray sql = "SELECT n.id, n.person_id, p.code, p.alias, p.hide_name, n.kind, n.category, n.created_at, "
                           "snippet(notes_fts, ?, ?, ?, -1, ?) "
                           "FROM notes_fts JOIN notes n ON n.id = notes_fts.docid JOIN people p ON p.id = n.person_id "
                           "WHERE notes_fts MATCH ? AND " +
                           filter + " ORDER BY notes_fts.docid DESC LIMIT ?;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, QStringLiteral("\x02")).bind(2, QStringLiteral("\x03")).bind(3, QStringLiteral("…"));
    st->bind(4, SnippetTokens).bind(5, match.value());
    int i = 6;
    for (const QString& b : binds) {
        st->bind(i, b);
        ++i;
    }
    for (const auto& g : grants) {
        st->bind(i, g.first).bind(i + 1, categoryId(g.second));
        i += 2;
    }
    st->bind(i, limit);

    std::vector<NoteHit> out;
    while (st->step()) {
        NoteHit h;
        h.noteId = st->int64(0);
        h.personId = st->int64(1);
        h.personCode = st->text(2);
        h.personDisplayName = displayNameOf(ctx, h.personCode, st->text(3), st->int64(4) != 0);
        h.kind = noteKindFromId(st->text(5)).value_or(NoteKind::Contact);
        const QString category = st->text(6);
        if (!category.isEmpty()) {
            h.category = categoryFromId(category);
        }
        h.createdAt = fromIsoUtc(st->text(7));
        h.snippet = st->text(8);
        out.push_back(std::move(h));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

} // namespace cases

Result<qint64> CaseFiles::addNote(qint64 personId, const NoteDraft& draft)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    if (auto st = validateNote(draft); !st) {
        return st.error();
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    if (draft.category && !ctx->canWrite(*draft.category)) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Your role may not write %1 notes. Ask a coordinator, or write a general note without "
                        "the details. Nothing was saved.")
                         .arg(categoryDisplayName(*draft.category)));
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto code = writablePersonCode(db, personId);
    if (!code) {
        return code.error();
    }
    auto id = insertNote(db, personId, draft, ctx->userId, m_vault.clock().nowUtc());
    if (!id) {
        return id.error();
    }
    const QString detail = noteKindId(draft.kind) + QLatin1Char('/') +
                           (draft.category ? categoryId(*draft.category) : QStringLiteral("general"));
    if (auto r = m_vault.commitWithAudit(
            tx, {AuditRecord{QStringLiteral("note.add"), QStringLiteral("person"), code.value(), detail}});
        !r) {
        return r.error();
    }
    return id.value();
}

Result<qint64> CaseFiles::correctNote(qint64 noteVersionId, const QString& newBody)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto old = db.prepare("SELECT note_id, version, person_id, kind, category, body, current FROM notes WHERE id = ?;");
    if (!old) {
        return old.error();
    }
    old->bind(1, noteVersionId);
    if (!old->step()) {
        if (!old->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, tr("This note does not exist. Reload the timeline."));
    }
    const qint64 noteId = old->int64(0);
    const int version = static_cast<int>(old->int64(1));
    const qint64 personId = old->int64(2);
    NoteDraft draft;
    draft.kind = noteKindFromId(old->text(3)).value_or(NoteKind::Contact);
    const QString categoryText = old->text(4);
    const QString oldBody = old->text(5);
    const bool current = old->int64(6) != 0;
    draft.body = newBody;
    if (!categoryText.isEmpty()) {
        draft.category = categoryFromId(categoryText);
        if (!draft.category) {
            return Error(ErrorCode::PermissionDenied, tr("This note belongs to a category this version of Abri does "
                                                         "not know. Nothing was saved."));
        }
        if (!ctx->canWrite(*draft.category)) {
            return Error(ErrorCode::PermissionDenied,
                         tr("Your role may not correct %1 notes. Ask someone who may. Nothing was saved.")
                             .arg(categoryDisplayName(*draft.category)));
        }
    }
    if (!current) {
        return Error(ErrorCode::InvalidArgument, tr("This version was already corrected. Correct the current "
                                                    "version of the note instead; nothing was saved."));
    }
    if (auto st = validateNote(draft); !st) {
        return st.error();
    }
    if (newBody == oldBody) {
        return Error(ErrorCode::InvalidArgument, tr("The correction is the same as the note. Change the text; "
                                                    "nothing was saved."));
    }
    auto code = writablePersonCode(db, personId);
    if (!code) {
        return code.error();
    }
    auto ins = db.prepare("INSERT INTO notes(note_id, version, person_id, kind, category, body, author_id, "
                          "created_at, current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1);");
    if (!ins) {
        return ins.error();
    }
    ins->bind(1, noteId).bind(2, version + 1).bind(3, personId).bind(4, noteKindId(draft.kind));
    ins->bind(5, categoryText.isEmpty() ? QStringLiteral("") : categoryText).bind(6, newBody);
    ins->bind(7, ctx->userId).bind(8, isoUtc(m_vault.clock().nowUtc()));
    if (auto r = ins->run(); !r) {
        return r.error();
    }
    const qint64 newId = db.lastInsertId();
    // The superseded version leaves the index first, while its row (which the index reads) is unchanged.
    auto unindex = db.prepare("DELETE FROM notes_fts WHERE docid = ?;");
    if (!unindex) {
        return unindex.error();
    }
    unindex->bind(1, noteVersionId);
    if (auto r = unindex->run(); !r) {
        return r.error();
    }
    auto index = db.prepare("INSERT INTO notes_fts(docid, body) VALUES (?, ?);");
    if (!index) {
        return index.error();
    }
    index->bind(1, newId).bind(2, newBody);
    if (auto r = index->run(); !r) {
        return r.error();
    }
    auto supersede = db.prepare("UPDATE notes SET current = 0 WHERE id = ? AND current = 1;");
    if (!supersede) {
        return supersede.error();
    }
    supersede->bind(1, noteVersionId);
    if (auto r = supersede->run(); !r) {
        return r.error();
    }
    if (db.changes() != 1) {
        return Error(ErrorCode::InvalidArgument, tr("This version was already corrected. Correct the current "
                                                    "version of the note instead; nothing was saved."));
    }
    const QString detail = QStringLiteral("note %1 v%2").arg(noteId).arg(version + 1);
    if (auto r = m_vault.commitWithAudit(
            tx, {AuditRecord{QStringLiteral("note.correct"), QStringLiteral("person"), code.value(), detail}});
        !r) {
        return r.error();
    }
    return newId;
}

Result<std::vector<Note>> CaseFiles::timeline(qint64 personId)
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    auto code = personCodeOf(db, personId);
    if (!code) {
        return code.error();
    }
    auto notes = queryTimeline(db, ctx.value(), personId);
    if (!notes) {
        return notes.error();
    }
    const std::set<Category> shown = shownNoteCategories(notes.value());
    if (!shown.empty()) {
        if (auto r = auditViews(m_vault, {AuditRecord{QStringLiteral("person.view"), QStringLiteral("person"),
                                                      code.value(), categoryList(shown)}});
            !r) {
            return r.error();
        }
    }
    return notes;
}

Result<std::vector<Note>> CaseFiles::noteHistory(qint64 noteId)
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    // Any version's id names the note too, so a caller holding a current version id need not look up note_id.
    const QByteArray sql = QByteArray("SELECT ") + NoteColumns +
                           " FROM notes n LEFT JOIN users u ON u.id = n.author_id "
                           "WHERE n.note_id = (SELECT note_id FROM notes WHERE id = ?) ORDER BY n.version;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, noteId);
    std::vector<Note> out;
    while (st->step()) {
        out.push_back(readNote(st.value(), ctx.value()));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    if (out.empty()) {
        return Error(ErrorCode::NotFound, tr("This note does not exist. Reload the timeline."));
    }
    if (out.front().restricted) {
        if (!out.front().category) {
            return Error(ErrorCode::PermissionDenied, tr("This note belongs to a category this version of Abri "
                                                         "does not know, so it cannot be shown."));
        }
        return Error(ErrorCode::PermissionDenied,
                     tr("Your role may not read %1 notes. Break the glass for this person if you must, with a "
                        "reason.")
                         .arg(categoryDisplayName(*out.front().category)));
    }
    if (out.front().category) {
        auto code = personCodeOf(db, out.front().personId);
        if (!code) {
            return code.error();
        }
        if (auto r = auditViews(m_vault, {AuditRecord{QStringLiteral("person.view"), QStringLiteral("person"),
                                                      code.value(), categoryId(*out.front().category)}});
            !r) {
            return r.error();
        }
    }
    return out;
}

Result<std::vector<NoteHit>> CaseFiles::searchNotes(const QString& query, int limit)
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    auto hits = querySearchNotes(m_vault.database(), ctx.value(), query, limit);
    if (!hits) {
        return hits.error();
    }
    // One entry per person whose restricted notes were shown, all in one commit.
    std::map<QString, std::set<Category>> shown;
    for (const NoteHit& h : hits.value()) {
        if (h.category) {
            shown[h.personCode].insert(*h.category);
        }
    }
    std::vector<AuditRecord> records;
    for (const auto& [code, categories] : shown) {
        records.push_back(
            AuditRecord{QStringLiteral("person.view"), QStringLiteral("person"), code, categoryList(categories)});
    }
    if (auto r = auditViews(m_vault, records); !r) {
        return r.error();
    }
    return hits;
}

} // namespace abri
