// Notes (versions, timeline), full-text search with access rules, and follow-ups, through CaseFiles.
#include "cases/CaseFiles.h"
// The rest in the usual order.
#include "TestSupport.h"
#include "cases/CaseFilesPrivate.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <set>

using namespace abri;
using namespace abri::test;

namespace {

const char* userFor(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return "Alice";
    case Role::Caseworker:
        return "Casey";
    case Role::LegalVolunteer:
        return "Lee";
    case Role::ClinicIntake:
        return "Cleo";
    }
    return "";
}

void addStaff(Fixture& f)
{
    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        auto u = f.vault->addUser(QString::fromLatin1(userFor(role)), role, pass(GoodPass));
        INFO((u ? QString() : u.error().message()).toStdString());
        REQUIRE(u.ok());
    }
}

void switchTo(Fixture& f, Role role)
{
    f.vault->lock();
    auto v = f.unlock(QString::fromLatin1(userFor(role)), GoodPass);
    REQUIRE(v.ok());
    f.vault = std::move(v.value());
}

qint64 newPerson(Vault& vault, const char* alias)
{
    PersonDraft d;
    d.alias = QString::fromUtf8(alias);
    auto id = CaseFiles(vault).createPerson(d);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 count(Vault& vault, const char* sql)
{
    auto st = vault.database().prepare(sql);
    REQUIRE(st.ok());
    REQUIRE(st->step());
    return st->int64(0);
}

qint64 userId(Vault& vault, const char* name)
{
    auto users = vault.users();
    REQUIRE(users.ok());
    for (const UserInfo& u : users.value()) {
        if (u.name == QString::fromLatin1(name)) {
            return u.id;
        }
    }
    FAIL("no such user");
    return 0;
}

std::vector<AuditEntry> audits(Vault& vault, const char* action)
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    auto entries = vault.auditEntries(filter);
    REQUIRE(entries.ok());
    return entries.value();
}

NoteDraft note(const char* body, std::optional<Category> category = std::nullopt, NoteKind kind = NoteKind::Contact)
{
    NoteDraft d;
    d.kind = kind;
    d.category = category;
    d.body = QString::fromUtf8(body);
    return d;
}

// Writes a note without any check, as the demo generator does (so every category can be seeded by one user).
qint64 seedNote(Vault& vault, qint64 personId, const QString& body, std::optional<Category> category)
{
    Database& db = vault.database();
    Transaction tx(db);
    NoteDraft d;
    d.category = category;
    d.body = body;
    auto id = cases::insertNote(db, personId, d, vault.currentUser().id, vault.clock().nowUtc());
    REQUIRE(id.ok());
    REQUIRE(tx.commit().ok());
    return id.value();
}

const Note* findNote(const std::vector<Note>& notes, std::optional<Category> category)
{
    for (const Note& n : notes) {
        if (n.category == category) {
            return &n;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("notes_correction_addsVersionAndKeepsTheOld", "[notes]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    auto first = cases.addNote(person, note("Met at the station about housing"));
    REQUIRE(first.ok());
    f.clock.advanceSeconds(60);
    auto second = cases.correctNote(first.value(), QStringLiteral("Met at the market about housing"));
    REQUIRE(second.ok());
    CHECK(second.value() != first.value());

    auto history = cases.noteHistory(first.value());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).id == first.value());
    CHECK(history->at(0).version == 1);
    CHECK(history->at(0).body == QStringLiteral("Met at the station about housing"));
    CHECK_FALSE(history->at(0).current);
    CHECK(history->at(1).version == 2);
    CHECK(history->at(1).noteId == first.value());
    CHECK(history->at(1).current);
    CHECK(history->at(1).authorName == QStringLiteral("Alice"));
    // Any version's id names the same note.
    auto again = cases.noteHistory(second.value());
    REQUIRE(again.ok());
    CHECK(again->size() == 2);

    auto timeline = cases.timeline(person);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->at(0).id == second.value());
    CHECK(timeline->at(0).body == QStringLiteral("Met at the market about housing"));

    // The superseded text leaves the index (not only the results); the new one is in it.
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH 'station';") == 0);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH 'market';") == 1);
    auto old = cases.searchNotes(QStringLiteral("station"));
    REQUIRE(old.ok());
    CHECK(old->empty());
    auto fresh = cases.searchNotes(QStringLiteral("market"));
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->at(0).noteId == second.value());

    auto corrections = audits(*f.vault, "note.correct");
    REQUIRE(corrections.size() == 1);
    CHECK(corrections[0].detail == QStringLiteral("note %1 v2").arg(first.value()));
    auto added = audits(*f.vault, "note.add");
    REQUIRE(added.size() == 1);
    CHECK(added[0].detail == QStringLiteral("contact/general"));
}

TEST_CASE("notes_correctingAnOldVersion_isRefusedAndSavesNothing", "[notes]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    auto first = cases.addNote(person, note("First text"));
    REQUIRE(first.ok());
    REQUIRE(cases.correctNote(first.value(), QStringLiteral("Second text")).ok());
    const qint64 rows = count(*f.vault, "SELECT COUNT(*) FROM notes;");
    auto r = cases.correctNote(first.value(), QStringLiteral("Third text"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::InvalidArgument);
    CHECK(r.error().message().contains(QStringLiteral("current version")));
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes;") == rows);
    // The current version is the one after the first; an unchanged text is no correction.
    auto same = cases.correctNote(first.value() + 1, QStringLiteral("Second text"));
    CHECK(same.error().code() == ErrorCode::InvalidArgument);
    auto empty = cases.correctNote(first.value() + 1, QStringLiteral("   "));
    CHECK(empty.error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.correctNote(999999, QStringLiteral("x")).error().code() == ErrorCode::NotFound);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes;") == rows);
}

TEST_CASE("notes_directEditOrDelete_isRefusedByTheDatabase", "[notes]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    REQUIRE(cases.addNote(person, note("Kept as written")).ok());
    Database& db = f.vault->database();
    CHECK_FALSE(db.exec("UPDATE notes SET body = 'changed';").ok());
    CHECK_FALSE(db.exec("UPDATE notes SET author_id = 42;").ok());
    CHECK_FALSE(db.exec("UPDATE notes SET created_at = '2020-01-01';").ok());
    CHECK_FALSE(db.exec("DELETE FROM notes;").ok());
    auto timeline = cases.timeline(person);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->at(0).body == QStringLiteral("Kept as written"));
}

TEST_CASE("notes_timeline_isNewestFirstWithAuthorAndKind", "[notes]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 other = newPerson(*f.vault, "Noor");
    REQUIRE(cases.addNote(person, note("older", std::nullopt, NoteKind::Visit)).ok());
    f.clock.advanceSeconds(3600);
    REQUIRE(cases.addNote(person, note("newer", Category::Risk, NoteKind::Incident)).ok());
    REQUIRE(cases.addNote(other, note("someone else")).ok());
    auto timeline = cases.timeline(person);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 2);
    CHECK(timeline->at(0).body == QStringLiteral("newer"));
    CHECK(timeline->at(0).kind == NoteKind::Incident);
    CHECK(timeline->at(0).category == Category::Risk);
    CHECK(timeline->at(1).body == QStringLiteral("older"));
    CHECK(timeline->at(1).kind == NoteKind::Visit);
    CHECK(timeline->at(1).authorName == QStringLiteral("Alice"));
    CHECK(timeline->at(0).createdAt > timeline->at(1).createdAt);
    CHECK(cases.timeline(999999).error().code() == ErrorCode::NotFound);
}

TEST_CASE("search_findsByWordPrefixAndWithoutAccents", "[notes][search]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    REQUIRE(cases.addNote(person, note("Élodie a rendez-vous à l'hôpital Saint-Louis jeudi")).ok());
    REQUIRE(cases.addNote(person, note("Nothing about that here")).ok());

    for (const char* query : {"elodie", "ÉLODIE", "hôpital", "hopital", "hôp", "saint louis", "louis saint",
                              "rendez-vous", "(jeudi", "\"jeudi\"", "jeu*"}) {
        INFO(query);
        auto hits = cases.searchNotes(QString::fromUtf8(query));
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->at(0).personId == person);
        CHECK(hits->at(0).personDisplayName == QStringLiteral("Mira"));
        CHECK_FALSE(hits->at(0).personCode.isEmpty());
        CHECK(hits->at(0).snippet.contains(QChar(0x02)));
        CHECK(hits->at(0).snippet.contains(QChar(0x03)));
    }
    // Query syntax typed by a user is only words: OR and NOT are words that must also be present.
    for (const char* query : {"hopital OR nothing", "hopital NOT jeudi", "xylophone", "hopital*x", "lodie"}) {
        INFO(query);
        auto hits = cases.searchNotes(QString::fromUtf8(query));
        REQUIRE(hits.ok());
        CHECK(hits->empty());
    }
    // A last word of fewer than 3 letters is a whole word, not a prefix (which would match most of the index).
    REQUIRE(cases.addNote(person, note("Rendez-vous at 10 ok")).ok());
    auto shortWord = cases.searchNotes(QStringLiteral("ok"));
    REQUIRE(shortWord.ok());
    CHECK(shortWord->size() == 1);
    auto shortPrefix = cases.searchNotes(QStringLiteral("sa"));
    REQUIRE(shortPrefix.ok());
    CHECK(shortPrefix->empty());
    // Only the last word is a prefix.
    auto notPrefix = cases.searchNotes(QStringLiteral("hop jeudi"));
    REQUIRE(notPrefix.ok());
    CHECK(notPrefix->empty());
}

TEST_CASE("search_badQuery_isRefusedWithAClearMessage", "[notes][search]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    for (const QString& query :
         {QString(), QStringLiteral("   "), QStringLiteral("!!! --- ***"), QStringLiteral("\"")}) {
        auto hits = cases.searchNotes(query);
        REQUIRE_FALSE(hits.ok());
        CHECK(hits.error().code() == ErrorCode::InvalidArgument);
        CHECK(hits.error().message().contains(QStringLiteral("word")));
    }
    auto tooLong = cases.searchNotes(QString(501, QLatin1Char('a')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("search_isNewestFirstAndLimited", "[notes][search]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    std::vector<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        auto id = cases.addNote(person, note("weekly check-in"));
        REQUIRE(id.ok());
        ids.push_back(id.value());
        f.clock.advanceSeconds(60);
    }
    auto hits = cases.searchNotes(QStringLiteral("check"), 3);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 3);
    CHECK(hits->at(0).noteId == ids[4]);
    CHECK(hits->at(1).noteId == ids[3]);
    CHECK(hits->at(2).noteId == ids[2]);
}

TEST_CASE("search_hiddenName_showsTheCodeInHits", "[notes][search]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    PersonDraft d;
    d.alias = QStringLiteral("Quiet");
    d.hideName = true;
    auto person = cases.createPerson(d);
    REQUIRE(person.ok());
    const qint64 open = newPerson(*f.vault, "Open");
    REQUIRE(cases.addNote(person.value(), note("lantern")).ok());
    REQUIRE(cases.addNote(open, note("lantern")).ok());
    auto hits = cases.searchNotes(QStringLiteral("lantern"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 2);
    for (const NoteHit& h : hits.value()) {
        CHECK(h.personDisplayName == (h.personId == open ? QStringLiteral("Open") : h.personCode));
    }
    REQUIRE(cases.setHideNamesForMe(true).ok());
    hits = cases.searchNotes(QStringLiteral("lantern"));
    REQUIRE(hits.ok());
    for (const NoteHit& h : hits.value()) {
        CHECK(h.personDisplayName == h.personCode);
    }
}

TEST_CASE("access_notesOfEachCategory_visibleExactlyWhenTheRoleReadsThem", "[notes][search][access]")
{
    Fixture f;
    addStaff(f);
    const qint64 person = newPerson(*f.vault, "Mira");
    seedNote(*f.vault, person, QStringLiteral("shared general words"), std::nullopt);
    for (Category c : AllCategories) {
        seedNote(*f.vault, person, QStringLiteral("shared secret%1 words").arg(categoryId(c)), c);
    }
    const AccessMatrix defaults = AccessMatrix::defaults();

    for (Role role : AllRoles) {
        switchTo(f, role);
        CaseFiles cases(*f.vault);
        auto timeline = cases.timeline(person);
        REQUIRE(timeline.ok());
        REQUIRE(timeline->size() == static_cast<std::size_t>(CategoryCount + 1));
        const Note* general = findNote(timeline.value(), std::nullopt);
        REQUIRE(general != nullptr);
        CHECK(general->body == QStringLiteral("shared general words"));
        std::size_t readable = 1;
        for (Category c : AllCategories) {
            INFO(roleId(role).toStdString() << " x " << categoryId(c).toStdString());
            const bool reads = defaults.get(role, c).read;
            CHECK(cases.canRead(person, c) == reads);
            const Note* n = findNote(timeline.value(), c);
            REQUIRE(n != nullptr);
            CHECK(n->restricted == !reads);
            CHECK(n->body == (reads ? QStringLiteral("shared secret%1 words").arg(categoryId(c)) : QString()));
            auto hits = cases.searchNotes(QStringLiteral("secret") + categoryId(c));
            REQUIRE(hits.ok());
            CHECK(hits->size() == (reads ? 1u : 0u));
            // A prefix that only unreadable notes complete finds nothing either.
            auto prefix = cases.searchNotes(QStringLiteral("secret") + categoryId(c).left(4));
            REQUIRE(prefix.ok());
            if (!reads) {
                for (const NoteHit& h : prefix.value()) {
                    CHECK(h.category != c);
                }
            }
            readable += reads ? 1 : 0;
            if (!reads) {
                CHECK_FALSE(cases.noteHistory(n->id).ok());
                CHECK(cases.noteHistory(n->id).error().code() == ErrorCode::PermissionDenied);
            }
        }
        // The count of a common word counts only readable notes, and no snippet holds an unreadable word.
        auto all = cases.searchNotes(QStringLiteral("shared"), 100);
        REQUIRE(all.ok());
        CHECK(all->size() == readable);
        for (const NoteHit& h : all.value()) {
            CHECK((!h.category || defaults.get(role, *h.category).read));
            for (Category c : AllCategories) {
                if (!defaults.get(role, c).read) {
                    CHECK_FALSE(h.snippet.contains(categoryId(c)));
                }
            }
        }
    }
}

TEST_CASE("access_breakTheGlass_opensOnePersonsCategoryForTheSession", "[notes][search][access]")
{
    Fixture f;
    addStaff(f);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 other = newPerson(*f.vault, "Noor");
    seedNote(*f.vault, person, QStringLiteral("tribunal hearing moved"), Category::Legal);
    seedNote(*f.vault, other, QStringLiteral("tribunal appeal lodged"), Category::Legal);

    switchTo(f, Role::ClinicIntake);
    CaseFiles cases(*f.vault);
    auto before = cases.searchNotes(QStringLiteral("tribunal"));
    REQUIRE(before.ok());
    CHECK(before->empty());
    REQUIRE(cases.breakGlass(person, Category::Legal, QStringLiteral("Court date tomorrow, need the details")).ok());
    auto after = cases.searchNotes(QStringLiteral("tribunal"));
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->at(0).personId == person);
    auto timeline = cases.timeline(person);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 1);
    CHECK_FALSE(timeline->at(0).restricted);
    CHECK(timeline->at(0).body == QStringLiteral("tribunal hearing moved"));
    auto otherTimeline = cases.timeline(other);
    REQUIRE(otherTimeline.ok());
    CHECK(otherTimeline->at(0).restricted);
    CHECK(otherTimeline->at(0).body.isEmpty());

    // The grant ends with the session.
    switchTo(f, Role::ClinicIntake);
    auto nextSession = CaseFiles(*f.vault).searchNotes(QStringLiteral("tribunal"));
    REQUIRE(nextSession.ok());
    CHECK(nextSession->empty());
}

TEST_CASE("audit_viewsOfRestrictedNotes_areRecordedPerPerson", "[notes][audit]")
{
    Fixture f;
    addStaff(f);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 other = newPerson(*f.vault, "Noor");
    const qint64 plain = newPerson(*f.vault, "Ada");
    seedNote(*f.vault, person, QStringLiteral("clinic visit booked"), Category::Health);
    seedNote(*f.vault, person, QStringLiteral("clinic said bring papers"), Category::Legal);
    seedNote(*f.vault, other, QStringLiteral("clinic follow-up"), Category::Health);
    seedNote(*f.vault, plain, QStringLiteral("clinic opening hours"), std::nullopt);
    QString personCode, otherCode;
    {
        auto st = f.vault->database().prepare("SELECT code FROM people WHERE id = ?;");
        REQUIRE(st.ok());
        st->bind(1, person);
        REQUIRE(st->step());
        personCode = st->text(0);
        st->reset();
        st->bind(1, other);
        REQUIRE(st->step());
        otherCode = st->text(0);
    }

    const auto viewsBefore = audits(*f.vault, "person.view").size();
    switchTo(f, Role::ClinicIntake);
    {
        CaseFiles cases(*f.vault);
        auto hits = cases.searchNotes(QStringLiteral("clinic"));
        REQUIRE(hits.ok());
        CHECK(hits->size() == 3); // two health notes and the general one; never the legal one
        // The timeline records the categories it showed, not the ones it kept back.
        REQUIRE(cases.timeline(person).ok());
        // Nothing restricted shown: nothing recorded.
        REQUIRE(cases.timeline(plain).ok());
        REQUIRE(cases.searchNotes(QStringLiteral("opening")).ok());
    }
    switchTo(f, Role::Coordinator); // the audit log is for coordinators
    auto views = audits(*f.vault, "person.view");
    REQUIRE(views.size() == viewsBefore + 3);
    // Newest first: the timeline, then one entry per person of the search.
    CHECK(views[0].objectId == personCode);
    CHECK(views[0].detail == QStringLiteral("health"));
    std::set<QString> searched;
    for (std::size_t i = 0; i < 3; ++i) {
        const AuditEntry& e = views[i];
        CHECK(e.detail == QStringLiteral("health"));
        CHECK(e.objectType == QStringLiteral("person"));
        CHECK(e.userName == QStringLiteral("Cleo"));
        if (i > 0) {
            searched.insert(e.objectId);
        }
    }
    CHECK(searched == std::set<QString>{personCode, otherCode});
}

TEST_CASE("notes_badInput_isRefusedAndSavesNothing", "[notes]")
{
    Fixture f;
    addStaff(f);
    const qint64 person = newPerson(*f.vault, "Mira");
    switchTo(f, Role::Caseworker);
    CaseFiles cases(*f.vault);
    const qint64 notes = count(*f.vault, "SELECT COUNT(*) FROM notes;");
    const qint64 indexed = count(*f.vault, "SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH 'words';");
    const qint64 entries = count(*f.vault, "SELECT COUNT(*) FROM audit;");

    auto empty = cases.addNote(person, note("  \n "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code() == ErrorCode::InvalidArgument);
    CHECK(empty.error().message().contains(QStringLiteral("Nothing was saved"), Qt::CaseInsensitive));

    NoteDraft huge;
    huge.body = QString(20001, QLatin1Char('w'));
    CHECK(cases.addNote(person, huge).error().code() == ErrorCode::InvalidArgument);

    auto health = cases.addNote(person, note("words about health", Category::Health));
    REQUIRE_FALSE(health.ok());
    CHECK(health.error().code() == ErrorCode::PermissionDenied);

    CHECK(cases.addNote(999999, note("words")).error().code() == ErrorCode::NotFound);

    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes;") == notes);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH 'words';") == indexed);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries);

    // The caseworker writes the categories the matrix lets them write.
    auto risk = cases.addNote(person, note("words about risk", Category::Risk));
    CHECK(risk.ok());
}

TEST_CASE("notes_correctingACategoryTheRoleMayNotWrite_isRefused", "[notes][access]")
{
    Fixture f;
    addStaff(f);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 legal = seedNote(*f.vault, person, QStringLiteral("legal words"), Category::Legal);
    switchTo(f, Role::ClinicIntake);
    CaseFiles cases(*f.vault);
    auto r = cases.correctNote(legal, QStringLiteral("changed"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::PermissionDenied);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM notes;") == 1);
    switchTo(f, Role::LegalVolunteer);
    CHECK(CaseFiles(*f.vault).correctNote(legal, QStringLiteral("changed")).ok());
}

TEST_CASE("followUps_addCompleteAndDueLists", "[followups]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 other = newPerson(*f.vault, "Noor");
    const qint64 alice = userId(*f.vault, "Alice");
    const qint64 casey = userId(*f.vault, "Casey");
    const QDate today = f.clock.nowUtc().toLocalTime().date();
    auto late = cases.addFollowUp(person, QStringLiteral("Call back about the flat"), today.addDays(-2), casey);
    auto now = cases.addFollowUp(other, QStringLiteral("Bring the forms"), today, alice);
    auto later = cases.addFollowUp(person, QStringLiteral("Court date"), today.addDays(7), casey);
    REQUIRE(late.ok());
    REQUIRE(now.ok());
    REQUIRE(later.ok());

    auto due = cases.followUpsDue(today, 0);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).id == late.value());
    CHECK(due->at(0).ownerName == QStringLiteral("Casey"));
    CHECK(due->at(0).personDisplayName == QStringLiteral("Mira"));
    CHECK_FALSE(due->at(0).personCode.isEmpty());
    CHECK(due->at(1).id == now.value());
    auto mine = cases.followUpsDue(today, casey);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->at(0).id == late.value());
    auto nextWeek = cases.followUpsDue(today.addDays(7), 0);
    REQUIRE(nextWeek.ok());
    CHECK(nextWeek->size() == 3);

    REQUIRE(cases.completeFollowUp(late.value()).ok());
    due = cases.followUpsDue(today, 0);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).id == now.value());
    auto again = cases.completeFollowUp(late.value());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.completeFollowUp(999999).error().code() == ErrorCode::NotFound);

    auto list = cases.followUps(person);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == later.value()); // open first
    CHECK_FALSE(list->at(0).doneAt.isValid());
    CHECK(list->at(1).id == late.value());
    CHECK(list->at(1).doneAt.isValid());

    CHECK(audits(*f.vault, "followup.add").size() == 3);
    CHECK(audits(*f.vault, "followup.done").size() == 1);
}

TEST_CASE("followUps_badInput_isRefusedAndSavesNothing", "[followups]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const qint64 me = f.vault->currentUser().id;
    const qint64 lee = userId(*f.vault, "Lee");
    REQUIRE(f.vault->disableUser(lee).ok());
    const QDate today = f.clock.nowUtc().toLocalTime().date();
    const qint64 entries = count(*f.vault, "SELECT COUNT(*) FROM audit;");

    struct Case
    {
        const char* what;
        qint64 person;
        QString title;
        QDate due;
        qint64 owner;
        ErrorCode code;
    };
    const Case bad[] = {
        {"empty title", person, QStringLiteral("  "), today, me, ErrorCode::InvalidArgument},
        {"long title", person, QString(501, QLatin1Char('t')), today, me, ErrorCode::InvalidArgument},
        {"no date", person, QStringLiteral("Call"), QDate(), me, ErrorCode::InvalidArgument},
        {"mistyped year", person, QStringLiteral("Call"), today.addYears(30), me, ErrorCode::InvalidArgument},
        {"unknown owner", person, QStringLiteral("Call"), today, 999999, ErrorCode::InvalidArgument},
        {"disabled owner", person, QStringLiteral("Call"), today, lee, ErrorCode::InvalidArgument},
        {"unknown person", 999999, QStringLiteral("Call"), today, me, ErrorCode::NotFound},
    };
    for (const Case& c : bad) {
        INFO(c.what);
        auto r = cases.addFollowUp(c.person, c.title, c.due, c.owner);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == c.code);
        CHECK_FALSE(r.error().message().isEmpty());
    }
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM followups;") == 0);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries);
    CHECK(cases.followUpsDue(QDate(), 0).error().code() == ErrorCode::InvalidArgument);
}
