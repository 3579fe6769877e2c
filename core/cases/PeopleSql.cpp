// The SQL behind person files, without session checks or audit: the service, the demo generator and the benchmark
// all run these, so the benchmark measures exactly what users wait for.
#include "cases/PeopleSql.h"

#include <QRegularExpression>

#include <algorithm>

namespace abri::cases {

namespace {

// Upper bound of a prefix range on a TEXT key: every string starting with the prefix sorts below prefix || U+10FFFF.
#define ABRI_PREFIX_RANGE "term >= ? AND term < ? || char(1114111)"

constexpr int MaxSearchWords = 6;

std::vector<RiskFlag> sortedFlags(const std::vector<RiskFlag>& flags)
{
    std::vector<RiskFlag> out;
    for (RiskFlag f : AllRiskFlags) {
        if (std::find(flags.begin(), flags.end(), f) != flags.end()) {
            out.push_back(f);
        }
    }
    return out;
}

Status insertTerm(Statement& st, const QString& term, const char* kind, qint64 personId)
{
    if (term.isEmpty()) {
        return {};
    }
    st.reset();
    st.bind(1, term).bind(2, QString::fromLatin1(kind)).bind(3, personId);
    return st.run();
}

} // namespace

AccessContext fullAccess()
{
    AccessContext ctx;
    ctx.role = Role::Coordinator;
    for (Category c : AllCategories) {
        ctx.matrix.set(Role::Coordinator, c, Permission{true, true});
    }
    return ctx;
}

QString sortKeyFor(const QString& alias, bool hideName, const QString& code)
{
    return hideName ? QStringLiteral("~") + code : fold(alias.trimmed());
}

QDate localDay(const QDateTime& utc)
{
    return utc.toLocalTime().date();
}

Status writeContacts(Database& db, qint64 personId, const std::vector<ContactMethod>& contacts)
{
    auto del = db.prepare("DELETE FROM person_contacts WHERE person_id = ?;");
    if (!del) {
        return del.error();
    }
    del->bind(1, personId);
    if (auto r = del->run(); !r) {
        return r;
    }
    auto ins = db.prepare("INSERT INTO person_contacts(person_id, position, kind, value, instructions, safe_hours) "
                          "VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''));");
    if (!ins) {
        return ins.error();
    }
    int position = 0;
    for (const ContactMethod& c : contacts) {
        ins->reset();
        ins->bind(1, personId).bind(2, position++).bind(3, contactKindId(c.kind)).bind(4, c.value.trimmed());
        ins->bind(5, c.instructions.trimmed()).bind(6, c.safeHours.trimmed());
        if (auto r = ins->run(); !r) {
            return r;
        }
    }
    return {};
}

Status writeTags(Database& db, qint64 personId, const QStringList& tags)
{
    auto del = db.prepare("DELETE FROM person_tags WHERE person_id = ?;");
    if (!del) {
        return del.error();
    }
    del->bind(1, personId);
    if (auto r = del->run(); !r) {
        return r;
    }
    auto ins = db.prepare("INSERT OR IGNORE INTO person_tags(person_id, tag) VALUES (?, ?);");
    if (!ins) {
        return ins.error();
    }
    for (const QString& tag : tags) {
        ins->reset();
        ins->bind(1, personId).bind(2, tag.trimmed());
        if (auto r = ins->run(); !r) {
            return r;
        }
    }
    return {};
}

Status writeFlags(Database& db, qint64 personId, const std::vector<RiskFlag>& flags)
{
    auto del = db.prepare("DELETE FROM person_flags WHERE person_id = ?;");
    if (!del) {
        return del.error();
    }
    del->bind(1, personId);
    if (auto r = del->run(); !r) {
        return r;
    }
    auto ins = db.prepare("INSERT OR IGNORE INTO person_flags(person_id, flag) VALUES (?, ?);");
    if (!ins) {
        return ins.error();
    }
    for (RiskFlag f : flags) {
        ins->reset();
        ins->bind(1, personId).bind(2, riskFlagId(f));
        if (auto r = ins->run(); !r) {
            return r;
        }
    }
    return {};
}

Result<qint64> insertPerson(Database& db, const PersonDraft& draft, const QString& code, qint64 createdBy,
                            const QDateTime& nowUtc)
{
    auto st = db.prepare(
        "INSERT INTO people(code, alias, sort_key, hide_name, pronouns, languages, status, closed_reason, "
        "status_date, worker_id, legal_name, id_numbers, birth, emergency_contact, location, health_summary, "
        "legal_summary, shelter_address, risk_details, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), "
        "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
        "COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    const QString now = isoUtc(nowUtc);
    st->bind(1, code).bind(2, draft.alias.trimmed()).bind(3, sortKeyFor(draft.alias, draft.hideName, code));
    // Statement::bind turns a null QString into SQL NULL; these columns are NOT NULL, so bind empty text instead.
    const auto notNull = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    st->bind(4, draft.hideName ? 1 : 0).bind(5, notNull(draft.pronouns.trimmed()));
    st->bind(6, notNull(draft.languages.join(u'\n')));
    st->bind(7, personStatusId(draft.status));
    st->bind(8, draft.status == PersonStatus::Closed ? draft.closedReason.trimmed() : QStringLiteral(""));
    st->bind(9, isoDate(localDay(nowUtc)));
    if (draft.workerId > 0) {
        st->bind(10, draft.workerId);
    } else {
        st->bindNull(10);
    }
    int index = 11;
    for (const std::optional<QString>* text :
         {&draft.legalName, &draft.idNumbers, &draft.birth, &draft.emergencyContact, &draft.location,
          &draft.healthSummary, &draft.legalSummary, &draft.shelterAddress, &draft.riskDetails}) {
        st->bind(index++, text->value_or(QStringLiteral("")).trimmed());
    }
    st->bind(20, createdBy).bind(21, now).bind(22, now);
    if (auto r = st->run(); !r) {
        return r.error();
    }
    const qint64 id = db.lastInsertId();
    if (draft.contacts) {
        if (auto r = writeContacts(db, id, *draft.contacts); !r) {
            return r.error();
        }
    }
    if (auto r = writeTags(db, id, draft.tags); !r) {
        return r.error();
    }
    if (auto r = writeFlags(db, id, draft.flags); !r) {
        return r.error();
    }
    if (auto r = refreshSearchTerms(db, id); !r) {
        return r.error();
    }
    return id;
}

Status refreshSearchTerms(Database& db, qint64 personId)
{
    auto del = db.prepare("DELETE FROM search_terms WHERE person_id = ?;");
    if (!del) {
        return del.error();
    }
    del->bind(1, personId);
    if (auto r = del->run(); !r) {
        return r;
    }
    auto person = db.prepare("SELECT alias, code, merged_into IS NOT NULL FROM people WHERE id = ?;");
    if (!person) {
        return person.error();
    }
    person->bind(1, personId);
    if (!person->step()) {
        return person->ok() ? Status(personNotFound()) : Status(db.lastError(ErrorCode::Database));
    }
    if (person->int64(2) != 0) {
        return {}; // a merged file is found through the file it was merged into
    }
    auto ins = db.prepare("INSERT OR IGNORE INTO search_terms(term, kind, person_id) VALUES (?, ?, ?);");
    if (!ins) {
        return ins.error();
    }
    for (const QString& word : foldedWords(person->text(0))) {
        if (auto r = insertTerm(ins.value(), word, "alias", personId); !r) {
            return r;
        }
    }
    if (auto r = insertTerm(ins.value(), fold(person->text(1)).remove(u'-'), "code", personId); !r) {
        return r;
    }
    auto tags = db.prepare("SELECT tag FROM person_tags WHERE person_id = ?;");
    if (!tags) {
        return tags.error();
    }
    tags->bind(1, personId);
    QStringList tagWords;
    while (tags->step()) {
        tagWords << foldedWords(tags->text(0));
    }
    if (!tags->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    for (const QString& word : tagWords) {
        if (auto r = insertTerm(ins.value(), word, "tag", personId); !r) {
            return r;
        }
    }
    auto phones = db.prepare("SELECT value FROM person_contacts WHERE person_id = ? AND kind = 'phone';");
    if (!phones) {
        return phones.error();
    }
    phones->bind(1, personId);
    QStringList reversed;
    while (phones->step()) {
        QString digits = digitsOnly(phones->text(0));
        std::reverse(digits.begin(), digits.end());
        reversed << digits;
    }
    if (!phones->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    for (const QString& digits : reversed) {
        if (auto r = insertTerm(ins.value(), digits, "phone", personId); !r) {
            return r;
        }
    }
    return {};
}

Result<PersonFile> loadPerson(Database& db, const AccessContext& ctx, qint64 personId)
{
    // A column the user may not read is replaced by '' in the query itself, so its value never leaves SQLite.
    auto column = [&](Category c, const char* name) -> QByteArray {
        return ctx.canRead(personId, c) ? QByteArray("p.") + name : QByteArray("''");
    };
    const QByteArray sql =
        "SELECT p.id, p.code, p.alias, p.hide_name, p.pronouns, p.languages, p.status, p.closed_reason, "
        "COALESCE(p.status_date, ''), COALESCE(p.worker_id, 0), COALESCE(u.name, ''), p.created_at, p.updated_at, "
        "COALESCE(p.merged_into, 0), " +
        column(Category::Identity, "legal_name") + ", " + column(Category::Identity, "id_numbers") + ", " +
        column(Category::Identity, "birth") + ", " + column(Category::Contact, "emergency_contact") + ", " +
        column(Category::Location, "location") + ", " + column(Category::Health, "health_summary") + ", " +
        column(Category::Legal, "legal_summary") + ", " + column(Category::ShelterAddress, "shelter_address") + ", " +
        column(Category::Risk, "risk_details") + ABRI_SUMMARY_FROM "WHERE p.id = ?;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    if (!st->step()) {
        return st->ok() ? personNotFound() : db.lastError(ErrorCode::Database);
    }
    PersonFile f;
    f.id = st->int64(0);
    f.code = st->text(1);
    f.alias = st->text(2);
    f.hideName = st->int64(3) != 0;
    f.pronouns = st->text(4);
    f.languages = st->text(5).split(u'\n', Qt::SkipEmptyParts);
    f.status = personStatusFromId(st->text(6)).value_or(PersonStatus::Active);
    f.closedReason = st->text(7);
    f.statusDate = fromIsoDate(st->text(8));
    f.workerId = st->int64(9);
    f.workerName = st->text(10);
    f.createdAt = fromIsoUtc(st->text(11));
    f.updatedAt = fromIsoUtc(st->text(12));
    f.mergedInto = st->int64(13);
    auto guard = [&](Guarded<QString>& target, Category c, int col) {
        target.restricted = !ctx.canRead(personId, c);
        if (!target.restricted) {
            target.value = st->text(col);
        }
    };
    guard(f.legalName, Category::Identity, 14);
    guard(f.idNumbers, Category::Identity, 15);
    guard(f.birth, Category::Identity, 16);
    guard(f.emergencyContact, Category::Contact, 17);
    guard(f.location, Category::Location, 18);
    guard(f.healthSummary, Category::Health, 19);
    guard(f.legalSummary, Category::Legal, 20);
    guard(f.shelterAddress, Category::ShelterAddress, 21);
    guard(f.riskDetails, Category::Risk, 22);

    f.contacts.restricted = !ctx.canRead(personId, Category::Contact);
    if (!f.contacts.restricted) {
        auto c = db.prepare("SELECT kind, value, instructions, safe_hours FROM person_contacts WHERE person_id = ? "
                            "ORDER BY position;");
        if (!c) {
            return c.error();
        }
        c->bind(1, personId);
        while (c->step()) {
            f.contacts.value.push_back(ContactMethod{contactKindFromId(c->text(0)).value_or(ContactKind::Other),
                                                     c->text(1), c->text(2), c->text(3)});
        }
        if (!c->ok()) {
            return db.lastError(ErrorCode::Database);
        }
    }
    auto tags = db.prepare("SELECT tag FROM person_tags WHERE person_id = ? ORDER BY tag;");
    if (!tags) {
        return tags.error();
    }
    tags->bind(1, personId);
    while (tags->step()) {
        f.tags << tags->text(0);
    }
    auto flags = db.prepare("SELECT flag FROM person_flags WHERE person_id = ?;");
    if (!flags) {
        return flags.error();
    }
    flags->bind(1, personId);
    while (flags->step()) {
        if (auto flag = riskFlagFromId(flags->text(0))) {
            f.flags.push_back(*flag);
        }
    }
    if (!tags->ok() || !flags->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    f.flags = sortedFlags(f.flags);
    return f;
}

Result<std::vector<PersonSummary>> readSummaries(Database& db, const AccessContext& ctx, Statement& st)
{
    auto tags = db.prepare("SELECT tag FROM person_tags WHERE person_id = ? ORDER BY tag;");
    auto flags = db.prepare("SELECT flag FROM person_flags WHERE person_id = ?;");
    if (!tags || !flags) {
        return !tags ? tags.error() : flags.error();
    }
    std::vector<PersonSummary> out;
    while (st.step()) {
        PersonSummary s;
        s.id = st.int64(0);
        s.code = st.text(1);
        s.nameHidden = st.int64(3) != 0 || ctx.hideNames;
        s.displayName = s.nameHidden ? s.code : st.text(2);
        s.status = personStatusFromId(st.text(4)).value_or(PersonStatus::Active);
        s.workerId = st.int64(5);
        s.workerName = st.text(6);
        s.updatedAt = fromIsoUtc(st.text(7));
        tags->reset();
        tags->bind(1, s.id);
        while (tags->step()) {
            s.tags << tags->text(0);
        }
        flags->reset();
        flags->bind(1, s.id);
        while (flags->step()) {
            if (auto flag = riskFlagFromId(flags->text(0))) {
                s.flags.push_back(*flag);
            }
        }
        if (!tags->ok() || !flags->ok()) {
            return db.lastError(ErrorCode::Database);
        }
        s.flags = sortedFlags(s.flags);
        out.push_back(std::move(s));
    }
    if (!st.ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return out;
}

Result<std::vector<PersonSummary>> summariesByIds(Database& db, const AccessContext& ctx,
                                                  const std::vector<qint64>& ids)
{
    auto st = db.prepare("SELECT " ABRI_SUMMARY_COLUMNS ABRI_SUMMARY_FROM "WHERE p.id = ?;");
    if (!st) {
        return st.error();
    }
    std::vector<PersonSummary> out;
    for (qint64 id : ids) {
        st->reset();
        st->bind(1, id);
        auto rows = readSummaries(db, ctx, st.value());
        if (!rows) {
            return rows.error();
        }
        for (PersonSummary& s : rows.value()) {
            out.push_back(std::move(s));
        }
    }
    return out;
}

namespace {

// WHERE and ORDER BY of the people list; values are bound in the order they appear.
struct ListQuery
{
    QByteArray where = "WHERE p.merged_into IS NULL";
    QByteArray order;
};

ListQuery listQuery(const AccessContext& ctx, const PersonFilter& filter)
{
    ListQuery q;
    if (filter.status) {
        q.where += " AND p.status = ?";
    }
    if (filter.workerId) {
        q.where += *filter.workerId > 0 ? " AND p.worker_id = ?" : " AND p.worker_id IS NULL";
    }
    if (filter.flag) {
        q.where += " AND p.id IN (SELECT person_id FROM person_flags WHERE flag = ?)";
    }
    const char* dir = filter.descending ? " DESC" : "";
    auto by = [&](std::initializer_list<const char*> columns) {
        QByteArray out = " ORDER BY ";
        bool first = true;
        for (const char* c : columns) {
            if (!first) {
                out += ", ";
            }
            first = false;
            out += QByteArray(c) + dir;
        }
        return out;
    };
    switch (filter.sort) {
    case PersonSort::Name:
        q.order = ctx.hideNames ? by({"p.code"}) : by({"p.sort_key", "p.id"});
        break;
    case PersonSort::Code:
        q.order = by({"p.code"});
        break;
    case PersonSort::ByStatus:
        // In hidden-name mode no order may follow the aliases.
        q.order = ctx.hideNames ? by({"p.status", "p.code"}) : by({"p.status", "p.sort_key", "p.id"});
        break;
    case PersonSort::Worker:
        // By worker id, so the index serves it (people_by_worker); the list shows the name.
        q.order = ctx.hideNames ? by({"p.worker_id", "p.code"}) : by({"p.worker_id", "p.sort_key", "p.id"});
        break;
    case PersonSort::Updated:
        q.order = by({"p.updated_at", "p.id"});
        break;
    }
    return q;
}

void bindFilter(Statement& st, const PersonFilter& filter)
{
    int index = 1;
    if (filter.status) {
        st.bind(index++, personStatusId(*filter.status));
    }
    if (filter.workerId && *filter.workerId > 0) {
        st.bind(index++, *filter.workerId);
    }
    if (filter.flag) {
        st.bind(index++, riskFlagId(*filter.flag));
    }
}

} // namespace

Result<std::vector<PersonSummary>> queryPeople(Database& db, const AccessContext& ctx, const PersonFilter& filter,
                                               int offset, int limit)
{
    const ListQuery q = listQuery(ctx, filter);
    // The page's ids come from the list's index alone (every index on people starts with merged_into and holds the
    // sort columns and the id), so rows skipped by the offset are never read or decrypted; only the page's rows are.
    const QByteArray sql = "SELECT " ABRI_SUMMARY_COLUMNS ABRI_SUMMARY_FROM
                           "WHERE p.id IN (SELECT p.id FROM people p " +
                           q.where + q.order + " LIMIT " + QByteArray::number(std::max(0, limit)) + " OFFSET " +
                           QByteArray::number(std::max(0, offset)) + ")" + q.order + ";";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    bindFilter(st.value(), filter);
    return readSummaries(db, ctx, st.value());
}

Result<qint64> queryCountPeople(Database& db, const AccessContext& ctx, const PersonFilter& filter)
{
    const QByteArray sql = "SELECT COUNT(*) FROM people p " + listQuery(ctx, filter).where + ";";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    bindFilter(st.value(), filter);
    if (!st->step()) {
        return db.lastError(ErrorCode::Database);
    }
    return st->int64(0);
}

namespace {

// Below this many matching terms, the candidates' rows are read and sorted; above it, the people are walked in list
// order on an index until a page is full.
constexpr int FewTerms = 600;

// Terms matching a word prefix, up to FewTerms.
Result<int> termCount(Database& db, const QString& word)
{
    auto st = db.prepare("SELECT COUNT(*) FROM (SELECT 1 FROM search_terms WHERE " ABRI_PREFIX_RANGE
                         " AND kind <> 'phone' LIMIT ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, word).bind(2, word).bind(3, FewTerms);
    if (!st->step()) {
        return db.lastError(ErrorCode::Database);
    }
    return static_cast<int>(st->int64(0));
}

// One condition per word: the person has a term starting with it. Two values each. The index is named because the
// planner otherwise scans the word's whole prefix range once per person.
QByteArray everyWordMatches(int words, const char* personColumn)
{
    QByteArray out;
    for (int i = 0; i < words; ++i) {
        out += QByteArray(
                   " AND EXISTS (SELECT 1 FROM search_terms w INDEXED BY search_terms_by_person WHERE w.person_id = ") +
               personColumn + " AND w." ABRI_PREFIX_RANGE " AND w.kind <> 'phone')";
    }
    return out;
}

int bindWords(Statement& st, int index, const QStringList& words)
{
    for (const QString& w : words) {
        st.bind(index, w).bind(index + 1, w);
        index += 2;
    }
    return index;
}

} // namespace

Result<std::vector<PersonSummary>> queryFindPeople(Database& db, const AccessContext& ctx, const QString& text,
                                                   int limit)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9+\\-.() ]+$"));
    static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z0-9]{3}-[A-Za-z0-9]{0,3}$"));
    const QString trimmed = text.trimmed();
    limit = std::clamp(limit, 0, 500);
    QStringList words;
    if (codeLike.match(trimmed).hasMatch()) {
        words << fold(trimmed).remove(u'-'); // a short code typed with its dash is one term
    } else {
        words = foldedWords(trimmed);
    }
    while (words.size() > MaxSearchWords) {
        words.removeLast();
    }
    QString phoneTail;
    if (phoneLike.match(trimmed).hasMatch()) {
        phoneTail = digitsOnly(trimmed);
        std::reverse(phoneTail.begin(), phoneTail.end());
        // Phone numbers only for roles that read contacts: otherwise a hit would tell whose number it is.
        if (phoneTail.size() < 3 || ctx.readableByRole().count(Category::Contact) == 0) {
            phoneTail.clear();
        }
    }
    if ((words.isEmpty() && phoneTail.isEmpty()) || limit == 0) {
        return std::vector<PersonSummary>{};
    }
    // The rarest word drives the search; the others are checked per person.
    int rarest = -1;
    int rarestCount = FewTerms;
    for (int i = 0; i < words.size(); ++i) {
        auto count = termCount(db, words[i]);
        if (!count) {
            return count.error();
        }
        if (count.value() < rarestCount || rarest < 0) {
            rarest = i;
            rarestCount = count.value();
        }
    }
    // The candidates: the rarest word's matches having every other word, and phone tails. Merged files have no
    // terms (refreshSearchTerms), so they are never candidates.
    QStringList others = words;
    QByteArray ids;
    if (rarest >= 0) {
        others.removeAt(rarest);
        ids = "SELECT t.person_id FROM search_terms t WHERE t." ABRI_PREFIX_RANGE " AND t.kind <> 'phone'" +
              everyWordMatches(static_cast<int>(others.size()), "t.person_id");
    }
    if (!phoneTail.isEmpty()) {
        ids += QByteArray(ids.isEmpty() ? "" : " UNION ") +
               "SELECT person_id FROM search_terms WHERE " ABRI_PREFIX_RANGE " AND kind = 'phone'";
    }
    auto bindIds = [&](Statement& st) {
        int index = 1;
        if (rarest >= 0) {
            index = bindWords(st, index, QStringList{words[rarest]});
            index = bindWords(st, index, others);
        }
        if (!phoneTail.isEmpty()) {
            index = bindWords(st, index, QStringList{phoneTail});
        }
        return index;
    };

    if (phoneTail.isEmpty() && rarestCount >= FewTerms && !ctx.hideNames) {
        // Many candidates (a one-letter prefix matches tens of thousands): walk the active people in list order on
        // the covering index (merged_into, status, sort_key) and stop once the page is full, instead of reading and
        // sorting every candidate's row. Then the others, if the page is not full yet.
        std::vector<qint64> found;
        for (const char* status : {"p.merged_into IS NULL AND p.status = 'active' ORDER BY p.sort_key",
                                   "p.merged_into IS NULL AND p.status <> 'active' ORDER BY p.sort_key"}) {
            const QByteArray sql = "SELECT p.id FROM people p INDEXED BY people_by_status WHERE p.id IN (" + ids +
                                   ") AND " + status + " LIMIT ?;";
            auto st = db.prepare(sql.constData());
            if (!st) {
                return st.error();
            }
            st->bind(bindIds(st.value()), limit - static_cast<int>(found.size()));
            while (st->step()) {
                found.push_back(st->int64(0));
            }
            if (!st->ok()) {
                return db.lastError(ErrorCode::Database);
            }
            if (static_cast<int>(found.size()) >= limit) {
                break;
            }
        }
        return summariesByIds(db, ctx, found);
    }

    // Few candidates: read them and sort.
    const QByteArray order = ctx.hideNames ? "p.code" : "p.sort_key";
    const QByteArray sql = "SELECT " ABRI_SUMMARY_COLUMNS ABRI_SUMMARY_FROM
                           "WHERE p.merged_into IS NULL AND p.id IN (" +
                           ids + ") ORDER BY p.status <> 'active', " + order + " LIMIT ?;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(bindIds(st.value()), limit);
    return readSummaries(db, ctx, st.value());
}

int editDistance(const QString& a, const QString& b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit) {
        return limit + 1;
    }
    std::vector<qsizetype> prev(static_cast<size_t>(b.size() + 1));
    std::vector<qsizetype> cur(prev.size());
    for (qsizetype j = 0; j <= b.size(); ++j) {
        prev[static_cast<size_t>(j)] = j;
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        qsizetype best = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<size_t>(j);
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[uj] = std::min({prev[uj] + 1, cur[uj - 1] + 1, prev[uj - 1] + cost});
            best = std::min(best, cur[uj]);
        }
        if (best > limit) {
            return limit + 1;
        }
        std::swap(prev, cur);
    }
    return static_cast<int>(std::min<qsizetype>(prev.back(), limit + 1));
}

} // namespace abri::cases
