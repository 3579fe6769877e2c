// CaseFiles: person files. Session checks, the access matrix and the audit entries happen here; the SQL is in
// PeopleSql.cpp so the demo generator and the benchmark run the same queries.
#include "cases/PeopleSql.h"
#include "vault/Vault.h"

#include <algorithm>
#include <map>

namespace abri {

using namespace cases;

namespace {

// The restricted text fields: their category, where they are in a draft and a file, and their column.
struct TextPart
{
    Category category;
    std::optional<QString> PersonDraft::*draft;
    Guarded<QString> PersonFile::*file;
    const char* column;
};

const TextPart TextParts[] = {
    {Category::Identity, &PersonDraft::legalName, &PersonFile::legalName, "legal_name"},
    {Category::Identity, &PersonDraft::idNumbers, &PersonFile::idNumbers, "id_numbers"},
    {Category::Identity, &PersonDraft::birth, &PersonFile::birth, "birth"},
    {Category::Contact, &PersonDraft::emergencyContact, &PersonFile::emergencyContact, "emergency_contact"},
    {Category::Location, &PersonDraft::location, &PersonFile::location, "location"},
    {Category::Health, &PersonDraft::healthSummary, &PersonFile::healthSummary, "health_summary"},
    {Category::Legal, &PersonDraft::legalSummary, &PersonFile::legalSummary, "legal_summary"},
    {Category::ShelterAddress, &PersonDraft::shelterAddress, &PersonFile::shelterAddress, "shelter_address"},
    {Category::Risk, &PersonDraft::riskDetails, &PersonFile::riskDetails, "risk_details"},
};

std::vector<ContactMethod> trimmedContacts(const std::vector<ContactMethod>& contacts)
{
    std::vector<ContactMethod> out;
    for (const ContactMethod& c : contacts) {
        out.push_back(ContactMethod{c.kind, c.value.trimmed(), c.instructions.trimmed(), c.safeHours.trimmed()});
    }
    return out;
}

// What a draft sets, and which of those differ from what is stored.
struct PartChanges
{
    std::set<Category> set;
    std::set<Category> changed;
};

PartChanges partChanges(const PersonDraft& draft, const PersonFile& stored)
{
    PartChanges out;
    for (const TextPart& p : TextParts) {
        if (const auto& value = draft.*(p.draft)) {
            out.set.insert(p.category);
            if (value->trimmed() != (stored.*(p.file)).value) {
                out.changed.insert(p.category);
            }
        }
    }
    if (draft.contacts) {
        out.set.insert(Category::Contact);
        if (trimmedContacts(*draft.contacts) != stored.contacts.value) {
            out.changed.insert(Category::Contact);
        }
    }
    return out;
}

// Setting a part needs the right to write it, unless it is unchanged. For an existing file, an unchanged value is
// accepted only from someone who may read it: otherwise the answer would tell whether a guess was right.
Status checkWrites(const AccessContext& ctx, qint64 personId, const PartChanges& parts)
{
    for (Category c : parts.set) {
        if (ctx.canWrite(c)) {
            continue;
        }
        const bool unchanged = parts.changed.count(c) == 0;
        if (unchanged && (personId == 0 || ctx.canRead(personId, c))) {
            continue;
        }
        return Error(ErrorCode::PermissionDenied,
                     CaseFiles::tr("Your role may not change the %1 part of a file. Ask a coordinator if you need "
                                   "to. Nothing was saved.")
                         .arg(categoryDisplayName(c)));
    }
    return {};
}

Status checkWorker(Database& db, qint64 workerId)
{
    if (workerId == 0) {
        return {};
    }
    auto st = db.prepare("SELECT 1 FROM users WHERE id = ? AND active = 1;");
    if (!st) {
        return st.error();
    }
    st->bind(1, workerId);
    if (st->step()) {
        return {};
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return Error(ErrorCode::InvalidArgument, CaseFiles::tr("The assigned worker is not an active user. Choose "
                                                           "another worker or none. Nothing was saved."));
}

bool profileChanged(const PersonDraft& d, const PersonFile& f)
{
    QStringList tags;
    for (const QString& t : d.tags) {
        if (!tags.contains(t.trimmed())) {
            tags << t.trimmed();
        }
    }
    tags.sort();
    std::vector<RiskFlag> flags = d.flags;
    std::sort(flags.begin(), flags.end());
    flags.erase(std::unique(flags.begin(), flags.end()), flags.end());
    std::vector<RiskFlag> stored = f.flags;
    std::sort(stored.begin(), stored.end());
    return d.alias.trimmed() != f.alias || d.hideName != f.hideName || d.pronouns.trimmed() != f.pronouns ||
           d.languages != f.languages || tags != f.tags || flags != stored || d.status != f.status ||
           d.closedReason.trimmed() != f.closedReason || d.workerId != f.workerId;
}

QString changeDetail(bool profile, const std::set<Category>& categories)
{
    QStringList parts;
    if (profile) {
        parts << QStringLiteral("profile");
    }
    if (!categories.empty()) {
        parts << categoryList(categories);
    }
    return parts.join(u',');
}

Error alreadyMerged()
{
    return Error(ErrorCode::InvalidArgument, CaseFiles::tr("This file was merged into another one and can no longer "
                                                           "be changed. Open the file it was merged into. Nothing "
                                                           "was saved."));
}

} // namespace

Result<qint64> CaseFiles::createPerson(const PersonDraft& draft)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    const QDateTime now = m_vault.clock().nowUtc();
    if (auto st = validateDraft(draft, localDay(now)); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    const PartChanges parts = partChanges(draft, PersonFile{});
    if (auto st = checkWrites(ctx.value(), 0, parts); !st) {
        return st.error();
    }
    if (auto st = checkWorker(db, draft.workerId); !st) {
        return st.error();
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    auto code = newPersonCode(db);
    if (!code) {
        return code.error();
    }
    auto id = insertPerson(db, draft, code.value(), ctx->userId, now);
    if (!id) {
        return id.error();
    }
    if (auto st = m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("person.create"), QStringLiteral("person"),
                                                           code.value(), changeDetail(true, parts.changed)}});
        !st) {
        return st.error();
    }
    return id.value();
}

Status CaseFiles::updatePerson(qint64 personId, const PersonDraft& draft)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    const QDateTime now = m_vault.clock().nowUtc();
    if (auto st = validateDraft(draft, localDay(now)); !st) {
        return st;
    }
    Database& db = m_vault.database();
    // The stored values, to tell what changes; never returned.
    auto stored = loadPerson(db, fullAccess(), personId);
    if (!stored) {
        return stored.error();
    }
    if (stored->mergedInto != 0) {
        return alreadyMerged();
    }
    const PartChanges parts = partChanges(draft, stored.value());
    if (auto st = checkWrites(ctx.value(), personId, parts); !st) {
        return st;
    }
    if (draft.workerId != stored->workerId) {
        if (auto st = checkWorker(db, draft.workerId); !st) {
            return st;
        }
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    // COALESCE: an empty QString may be a null one, and these columns are NOT NULL.
    QByteArray sql = "UPDATE people SET alias = ?, sort_key = ?, hide_name = ?, pronouns = COALESCE(?, ''), "
                     "languages = COALESCE(?, ''), status = ?, closed_reason = COALESCE(?, ''), status_date = ?, "
                     "worker_id = ?, updated_at = ?";
    for (const TextPart& p : TextParts) {
        if (draft.*(p.draft)) {
            sql += QByteArray(", ") + p.column + " = COALESCE(?, '')";
        }
    }
    sql += " WHERE id = ?;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    const QDate statusDate = draft.status != stored->status ? localDay(now) : stored->statusDate;
    st->bind(1, draft.alias.trimmed()).bind(2, sortKeyFor(draft.alias, draft.hideName, stored->code));
    // Statement::bind turns a null QString into SQL NULL; these columns are NOT NULL.
    const auto notNull = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    st->bind(3, draft.hideName ? 1 : 0).bind(4, notNull(draft.pronouns.trimmed()));
    st->bind(5, notNull(draft.languages.join(u'\n')));
    st->bind(6, personStatusId(draft.status));
    st->bind(7, draft.status == PersonStatus::Closed ? draft.closedReason.trimmed() : QStringLiteral(""));
    if (statusDate.isValid()) {
        st->bind(8, isoDate(statusDate));
    } else {
        st->bindNull(8);
    }
    if (draft.workerId > 0) {
        st->bind(9, draft.workerId);
    } else {
        st->bindNull(9);
    }
    st->bind(10, isoUtc(now));
    int index = 11;
    for (const TextPart& p : TextParts) {
        if (const auto& value = draft.*(p.draft)) {
            st->bind(index++, notNull(value->trimmed()));
        }
    }
    st->bind(index, personId);
    if (auto r = st->run(); !r) {
        return r;
    }
    if (draft.contacts) {
        if (auto r = writeContacts(db, personId, *draft.contacts); !r) {
            return r;
        }
    }
    if (auto r = writeTags(db, personId, draft.tags); !r) {
        return r;
    }
    if (auto r = writeFlags(db, personId, draft.flags); !r) {
        return r;
    }
    if (auto r = refreshSearchTerms(db, personId); !r) {
        return r;
    }
    return m_vault.commitWithAudit(tx,
                                   {AuditRecord{QStringLiteral("person.update"), QStringLiteral("person"), stored->code,
                                                changeDetail(profileChanged(draft, stored.value()), parts.changed)}});
}

Result<PersonFile> CaseFiles::openPerson(qint64 personId)
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    auto file = loadPerson(db, ctx.value(), personId);
    if (!file) {
        return file;
    }
    const std::set<Category> shown = shownCategories(file.value());
    if (shown.empty()) {
        return file; // nothing restricted was shown: nothing to account for
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    if (auto st = m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("person.view"), QStringLiteral("person"),
                                                           file->code, categoryList(shown)}});
        !st) {
        return st.error(); // a view that cannot be audited is not shown
    }
    return file;
}

Result<std::vector<PersonSummary>> CaseFiles::listPeople(const PersonFilter& filter, int offset, int limit) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    return queryPeople(m_vault.database(), ctx.value(), filter, offset, std::clamp(limit, 0, 10000));
}

Result<qint64> CaseFiles::countPeople(const PersonFilter& filter) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    return queryCountPeople(m_vault.database(), ctx.value(), filter);
}

Result<std::vector<PersonSummary>> CaseFiles::findPeople(const QString& text, int limit) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    return queryFindPeople(m_vault.database(), ctx.value(), text, limit);
}

Result<PersonSummary> CaseFiles::personByCode(const QString& code) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    QString normalised = code.trimmed().toUpper();
    if (normalised.size() == 6 && !normalised.contains(u'-')) {
        normalised.insert(3, u'-');
    }
    const Error notFound(ErrorCode::NotFound, tr("No person file has this short code. Check the code (for example "
                                                 "KX4-7PM) and try again."));
    if (!looksLikePersonCode(normalised)) {
        return notFound;
    }
    Database& db = m_vault.database();
    auto st = db.prepare("SELECT " ABRI_SUMMARY_COLUMNS ABRI_SUMMARY_FROM "WHERE p.code = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, normalised);
    auto rows = readSummaries(db, ctx.value(), st.value());
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return notFound;
    }
    return rows->front();
}

namespace {

// How far a word of a new alias may be from a stored one and still count as similar: typos, not other names.
int allowedDistance(const QString& word)
{
    return word.size() <= 2 ? 0 : word.size() <= 5 ? 1 : 2;
}

constexpr int MaxSimilar = 10;
constexpr int PhoneMatchDigits = 8;

// "1990" and "1990-05-21" are the same birth told with less precision: keep the precise one.
QString mergedBirth(const QString& keep, const QString& merged)
{
    if (merged.isEmpty() || merged == keep || keep.startsWith(merged)) {
        return keep;
    }
    if (keep.isEmpty() || merged.startsWith(keep)) {
        return merged;
    }
    return keep; // two different dates: the merged file keeps its own, and both stay readable
}

QString mergedText(const QString& keep, const QString& merged, const QString& separator)
{
    if (merged.isEmpty() || merged == keep) {
        return keep;
    }
    if (keep.isEmpty()) {
        return merged;
    }
    return keep + separator + merged;
}

} // namespace

Result<std::vector<PersonSummary>> CaseFiles::similarPeople(const QString& alias, const QStringList& phones) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    std::map<qint64, int> score;

    auto terms = db.prepare("SELECT DISTINCT term FROM search_terms WHERE term >= ? AND term < ? || char(1114111) "
                            "AND kind = 'alias' LIMIT 5000;");
    auto people = db.prepare("SELECT person_id FROM search_terms WHERE term = ? AND kind = 'alias' LIMIT 200;");
    if (!terms || !people) {
        return !terms ? terms.error() : people.error();
    }
    for (const QString& word : foldedWords(alias)) {
        const int limit = allowedDistance(word);
        terms->reset();
        const QString prefix = word.left(2);
        terms->bind(1, prefix).bind(2, prefix);
        QStringList close;
        while (terms->step()) {
            const QString term = terms->text(0);
            if (editDistance(word, term, limit) <= limit) {
                close << term;
            }
        }
        if (!terms->ok()) {
            return db.lastError(ErrorCode::Database);
        }
        for (const QString& term : close) {
            people->reset();
            people->bind(1, term);
            while (people->step()) {
                score[people->int64(0)] += term == word ? 3 : 2;
            }
            if (!people->ok()) {
                return db.lastError(ErrorCode::Database);
            }
        }
    }
    // The whole alias, folded, outranks any single word.
    const QString foldedAlias = foldedWords(alias).join(u' ');
    auto aliasOf = db.prepare("SELECT alias FROM people WHERE id = ?;");
    if (!aliasOf) {
        return aliasOf.error();
    }
    for (auto& [id, value] : score) {
        aliasOf->reset();
        aliasOf->bind(1, id);
        if (aliasOf->step() && foldedWords(aliasOf->text(0)).join(u' ') == foldedAlias) {
            value += 100;
        }
    }
    // Phones only for roles that read contacts: a match would tell whose number it is.
    if (ctx->readableByRole().count(Category::Contact) > 0) {
        auto byPhone = db.prepare("SELECT person_id FROM search_terms WHERE term >= ? AND term < ? || "
                                  "char(1114111) AND kind = 'phone' LIMIT 200;");
        auto exact = db.prepare("SELECT person_id FROM search_terms WHERE term = ? AND kind = 'phone' LIMIT 200;");
        if (!byPhone || !exact) {
            return !byPhone ? byPhone.error() : exact.error();
        }
        for (const QString& phone : phones) {
            QString digits = digitsOnly(phone);
            if (digits.size() < 3) {
                continue;
            }
            const bool tail = digits.size() >= PhoneMatchDigits;
            if (tail) {
                digits = digits.right(PhoneMatchDigits);
            }
            std::reverse(digits.begin(), digits.end());
            Statement& st = tail ? byPhone.value() : exact.value();
            st.reset();
            st.bind(1, digits);
            if (tail) {
                st.bind(2, digits);
            }
            while (st.step()) {
                score[st.int64(0)] += 50;
            }
            if (!st.ok()) {
                return db.lastError(ErrorCode::Database);
            }
        }
    }
    std::vector<std::pair<qint64, int>> ranked(score.begin(), score.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<qint64> ids;
    for (const auto& [id, value] : ranked) {
        if (static_cast<int>(ids.size()) == MaxSimilar) {
            break;
        }
        ids.push_back(id);
    }
    return summariesByIds(db, ctx.value(), ids);
}

Status CaseFiles::mergePeople(qint64 keepId, qint64 mergedId)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    if (auto st = m_vault.requireCoordinator(); !st) {
        return st;
    }
    if (keepId == mergedId) {
        return Error(ErrorCode::InvalidArgument, tr("A file cannot be merged into itself. Choose two different "
                                                    "files. Nothing was changed."));
    }
    Database& db = m_vault.database();
    auto keep = loadPerson(db, fullAccess(), keepId);
    if (!keep) {
        return keep.error();
    }
    auto merged = loadPerson(db, fullAccess(), mergedId);
    if (!merged) {
        return merged.error();
    }
    if (keep->mergedInto != 0 || merged->mergedInto != 0) {
        return alreadyMerged();
    }
    const QDateTime now = m_vault.clock().nowUtc();
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    for (const char* sql : {"UPDATE notes SET person_id = ? WHERE person_id = ?;",
                            "UPDATE consents SET person_id = ? WHERE person_id = ?;",
                            "UPDATE followups SET person_id = ? WHERE person_id = ?;",
                            "UPDATE attachments SET person_id = ? WHERE person_id = ?;",
                            "UPDATE glass_breaks SET person_id = ? WHERE person_id = ?;",
                            // the ledger's triggers allow only person_id to change
                            "UPDATE disclosures SET person_id = ? WHERE person_id = ?;",
                            "UPDATE authority_requests SET person_id = ? WHERE person_id = ?;"}) {
        auto st = db.prepare(sql);
        if (!st) {
            return st.error();
        }
        st->bind(1, keepId).bind(2, mergedId);
        if (auto r = st->run(); !r) {
            return r;
        }
    }

    // The kept file gets everything the merged one knew; the merged file keeps its own values as they were.
    PersonFile& k = keep.value();
    const PersonFile& m = merged.value();
    std::vector<ContactMethod> contacts = k.contacts.value;
    for (const ContactMethod& c : m.contacts.value) {
        if (std::find(contacts.begin(), contacts.end(), c) == contacts.end()) {
            contacts.push_back(c);
        }
    }
    QStringList tags = k.tags;
    QStringList languages = k.languages;
    for (const QString& t : m.tags) {
        if (!tags.contains(t)) {
            tags << t;
        }
    }
    for (const QString& l : m.languages) {
        if (!languages.contains(l)) {
            languages << l;
        }
    }
    std::vector<RiskFlag> flags = k.flags;
    flags.insert(flags.end(), m.flags.begin(), m.flags.end());
    const bool hideName = k.hideName || m.hideName;

    QByteArray sql = "UPDATE people SET pronouns = COALESCE(?, ''), languages = COALESCE(?, ''), hide_name = ?, "
                     "sort_key = ?, worker_id = ?, updated_at = ?";
    for (const TextPart& p : TextParts) {
        sql += QByteArray(", ") + p.column + " = COALESCE(?, '')";
    }
    sql += " WHERE id = ?;";
    auto update = db.prepare(sql.constData());
    if (!update) {
        return update.error();
    }
    update->bind(1, mergedText(k.pronouns, m.pronouns, QStringLiteral(" / ")));
    update->bind(2, languages.join(u'\n')).bind(3, hideName ? 1 : 0).bind(4, sortKeyFor(k.alias, hideName, k.code));
    const qint64 workerId = k.workerId != 0 ? k.workerId : m.workerId;
    if (workerId != 0) {
        update->bind(5, workerId);
    } else {
        update->bindNull(5);
    }
    update->bind(6, isoUtc(now));
    int index = 7;
    for (const TextPart& p : TextParts) {
        const QString& a = (k.*(p.file)).value;
        const QString& b = (m.*(p.file)).value;
        update->bind(index++,
                     p.draft == &PersonDraft::birth ? mergedBirth(a, b) : mergedText(a, b, QStringLiteral("\n")));
    }
    update->bind(index, keepId);
    if (auto r = update->run(); !r) {
        return r;
    }
    if (auto r = writeContacts(db, keepId, contacts); !r) {
        return r;
    }
    if (auto r = writeTags(db, keepId, tags); !r) {
        return r;
    }
    if (auto r = writeFlags(db, keepId, flags); !r) {
        return r;
    }

    auto close = db.prepare("UPDATE people SET status = 'closed', closed_reason = ?, status_date = ?, "
                            "merged_into = ?, updated_at = ? WHERE id = ?;");
    if (!close) {
        return close.error();
    }
    close->bind(1, tr("Merged into %1").arg(k.code)).bind(2, isoDate(localDay(now))).bind(3, keepId);
    close->bind(4, isoUtc(now)).bind(5, mergedId);
    if (auto r = close->run(); !r) {
        return r;
    }
    if (auto r = refreshSearchTerms(db, keepId); !r) {
        return r;
    }
    if (auto r = refreshSearchTerms(db, mergedId); !r) {
        return r;
    }
    return m_vault.commitWithAudit(
        tx, {AuditRecord{QStringLiteral("person.merge"), QStringLiteral("person"), k.code, m.code}});
}

} // namespace abri
