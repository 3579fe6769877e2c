// Person files through CaseFiles: round trips, short codes, validation, lists, type-ahead, hidden names, duplicate
// checks and merges.
#include "PeopleTestSupport.h"
#include "cases/CaseFilesPrivate.h"

#include <QRegularExpression>

#include <set>

using namespace abri;
using namespace abri::test;

namespace {

// The coordinator may write every category, so one draft can set every field.
void openEveryCategory(CaseFiles& cases)
{
    for (Category c : AllCategories) {
        REQUIRE(cases.setPermission(Role::Coordinator, c, Permission{true, true}).ok());
    }
}

qint64 create(CaseFiles& cases, const PersonDraft& draft)
{
    auto id = cases.createPerson(draft);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// Without the parts a coordinator may not write by default.
PersonDraft writable(PersonDraft d)
{
    d.healthSummary.reset();
    d.legalSummary.reset();
    return d;
}

QStringList names(const std::vector<PersonSummary>& rows)
{
    QStringList out;
    for (const PersonSummary& s : rows) {
        out << s.displayName;
    }
    return out;
}

void checkFileEquals(const PersonFile& f, const PersonDraft& d)
{
    CHECK(f.alias == d.alias);
    CHECK(f.hideName == d.hideName);
    CHECK(f.pronouns == d.pronouns);
    CHECK(f.languages == d.languages);
    QStringList tags = d.tags;
    tags.sort();
    CHECK(f.tags == tags);
    CHECK(f.flags == d.flags);
    CHECK(f.status == d.status);
    CHECK(f.closedReason == d.closedReason);
    CHECK(f.workerId == d.workerId);
    CHECK(f.legalName.value == *d.legalName);
    CHECK(f.idNumbers.value == *d.idNumbers);
    CHECK(f.birth.value == *d.birth);
    CHECK(f.contacts.value == *d.contacts);
    CHECK(f.emergencyContact.value == *d.emergencyContact);
    CHECK(f.location.value == *d.location);
    CHECK(f.healthSummary.value == *d.healthSummary);
    CHECK(f.legalSummary.value == *d.legalSummary);
    CHECK(f.shelterAddress.value == *d.shelterAddress);
    CHECK(f.riskDetails.value == *d.riskDetails);
}

} // namespace

TEST_CASE("people_createOpenUpdate_roundTripsEveryField", "[people]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    openEveryCategory(cases);
    const qint64 casey = scalar(*f.vault, "SELECT id FROM users WHERE name = 'Casey';");

    PersonDraft d = fullDraft();
    d.workerId = casey;
    const qint64 id = create(cases, d);
    auto file = cases.openPerson(id);
    REQUIRE(file.ok());
    checkFileEquals(file.value(), d);
    CHECK(file->workerName == QStringLiteral("Casey"));
    CHECK(file->statusDate == f.clock.nowUtc().toLocalTime().date());
    CHECK(file->createdAt == f.clock.nowUtc());
    CHECK(file->mergedInto == 0);
    CHECK(cases::shownCategories(file.value()).size() == std::size(AllCategories));

    f.clock.advanceSeconds(3 * 86400);
    PersonDraft u;
    u.alias = QStringLiteral("Lola");
    u.hideName = true;
    u.pronouns = QStringLiteral("she/her");
    u.languages = {QStringLiteral("English")};
    u.tags = {QStringLiteral("court")};
    u.flags = {RiskFlag::BeingLookedFor};
    u.status = PersonStatus::Closed;
    u.closedReason = QStringLiteral("Moved away");
    u.legalName = QString();
    u.idNumbers = QStringLiteral("P-999");
    u.birth = QStringLiteral("1991");
    u.contacts = std::vector<ContactMethod>{{ContactKind::Messaging, QStringLiteral("@lola"), {}, {}}};
    u.emergencyContact = QString();
    u.location = QStringLiteral("North side");
    u.healthSummary = QStringLiteral("Other health");
    u.legalSummary = QStringLiteral("Other legal");
    u.shelterAddress = QString();
    u.riskDetails = QStringLiteral("Other risk");
    REQUIRE(cases.updatePerson(id, u).ok());
    auto after = cases.openPerson(id);
    REQUIRE(after.ok());
    checkFileEquals(after.value(), u);
    CHECK(after->statusDate == f.clock.nowUtc().toLocalTime().date());
    CHECK(after->updatedAt == f.clock.nowUtc());
    CHECK(after->createdAt == file->createdAt);

    // The audit says which categories changed, never a value.
    auto updates = auditOf(*f.vault, QStringLiteral("person.update"));
    REQUIRE(updates.size() == 1);
    CHECK(updates[0].objectId == file->code);
    CHECK(updates[0].detail == QStringLiteral("profile,identity,contact,location,health,legal,shelter,risk"));
    auto creates = auditOf(*f.vault, QStringLiteral("person.create"));
    REQUIRE(creates.size() == 1);
    CHECK_FALSE(creates[0].detail.contains(QStringLiteral("lodie")));

    // An unchanged status keeps its date; leaving the optional parts unset keeps them.
    f.clock.advanceSeconds(86400);
    PersonDraft same = PersonDraft::fromFile(after.value());
    same.legalName.reset();
    same.healthSummary.reset();
    same.pronouns = QStringLiteral("they");
    REQUIRE(cases.updatePerson(id, same).ok());
    auto third = cases.openPerson(id);
    CHECK(third->statusDate == after->statusDate);
    CHECK(third->healthSummary.value == QStringLiteral("Other health"));
    CHECK(third->pronouns == QStringLiteral("they"));
    CHECK(auditOf(*f.vault, QStringLiteral("person.update"))[0].detail == QStringLiteral("profile"));
}

TEST_CASE("people_shortCodes_areUniqueAndWellFormed", "[people]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    static const QRegularExpression pattern(
        QStringLiteral("^[ACDEFGHJKMNPQRTUVWXY34679]{3}-[ACDEFGHJKMNPQRTUVWXY34679]{3}$"));
    std::set<QString> codes;
    for (int i = 0; i < 60; ++i) {
        const qint64 id = create(cases, aliasOnly(QStringLiteral("Person %1").arg(i)));
        auto file = cases.openPerson(id);
        REQUIRE(file.ok());
        CHECK(pattern.match(file->code).hasMatch());
        codes.insert(file->code);
        auto byCode = cases.personByCode(file->code.toLower().remove(u'-'));
        REQUIRE(byCode.ok());
        CHECK(byCode->id == id);
    }
    CHECK(codes.size() == 60);
    CHECK(cases.personByCode(QStringLiteral("AAA-AAA")).error().code() == ErrorCode::NotFound);
    CHECK(cases.personByCode(QStringLiteral("nonsense")).error().code() == ErrorCode::NotFound);
}

TEST_CASE("people_invalidDrafts_explainAndSaveNothing", "[people][validation]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    PersonDraft valid = fullDraft();
    valid.healthSummary.reset(); // the coordinator does not write health or legal by default
    valid.legalSummary.reset();
    const qint64 existing = create(cases, valid);
    const qint64 lee = scalar(*f.vault, "SELECT id FROM users WHERE name = 'Lee';");
    REQUIRE(f.vault->disableUser(lee).ok());

    struct Bad
    {
        const char* name;
        PersonDraft draft;
        ErrorCode code;
    };
    std::vector<Bad> bad;
    bad.push_back({"empty alias", aliasOnly(QStringLiteral("   ")), ErrorCode::InvalidArgument});
    PersonDraft future = aliasOnly(QStringLiteral("Zoé"));
    future.birth = QStringLiteral("2030-01-01");
    bad.push_back({"birth in the future", future, ErrorCode::InvalidArgument});
    PersonDraft badFormat = aliasOnly(QStringLiteral("Zoé"));
    badFormat.birth = QStringLiteral("21/05/1990");
    bad.push_back({"bad birth format", badFormat, ErrorCode::InvalidArgument});
    PersonDraft closed = aliasOnly(QStringLiteral("Zoé"));
    closed.status = PersonStatus::Closed;
    bad.push_back({"closed without reason", closed, ErrorCode::InvalidArgument});
    PersonDraft phone = aliasOnly(QStringLiteral("Zoé"));
    phone.contacts = std::vector<ContactMethod>{{ContactKind::Phone, QStringLiteral("12"), {}, {}}};
    bad.push_back({"phone too short", phone, ErrorCode::InvalidArgument});
    PersonDraft worker = aliasOnly(QStringLiteral("Zoé"));
    worker.workerId = lee;
    bad.push_back({"disabled worker", worker, ErrorCode::InvalidArgument});
    PersonDraft noWorker = aliasOnly(QStringLiteral("Zoé"));
    noWorker.workerId = 9999;
    bad.push_back({"unknown worker", noWorker, ErrorCode::InvalidArgument});
    PersonDraft health = aliasOnly(QStringLiteral("Zoé"));
    health.healthSummary = QStringLiteral("not for a coordinator to write");
    bad.push_back({"category the role may not write", health, ErrorCode::PermissionDenied});

    const qint64 people = scalar(*f.vault, "SELECT COUNT(*) FROM people;");
    const qint64 terms = scalar(*f.vault, "SELECT COUNT(*) FROM search_terms;");
    const qint64 audits = scalar(*f.vault, "SELECT COUNT(*) FROM audit;");
    auto before = cases.openPerson(existing);
    REQUIRE(before.ok());
    const qint64 auditsAfterOpen = audits + 1;
    for (const Bad& b : bad) {
        DYNAMIC_SECTION(b.name)
        {
            auto created = cases.createPerson(b.draft);
            REQUIRE_FALSE(created.ok());
            CHECK(created.error().code() == b.code);
            CHECK(created.error().message().contains(QStringLiteral("othing was saved")));
            auto updated = cases.updatePerson(existing, b.draft);
            REQUIRE_FALSE(updated.ok());
            CHECK(updated.error().code() == b.code);
            CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM people;") == people);
            CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM search_terms;") == terms);
            CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM audit;") == auditsAfterOpen);
            auto after = cases.openPerson(existing);
            REQUIRE(after.ok());
            CHECK(after->alias == before->alias);
            CHECK(after->updatedAt == before->updatedAt);
            CHECK(after->contacts.value == before->contacts.value);
        }
    }
    CHECK(cases.updatePerson(424242, aliasOnly(QStringLiteral("Zoé"))).error().code() == ErrorCode::NotFound);
    CHECK(cases.openPerson(424242).error().code() == ErrorCode::NotFound);
}

TEST_CASE("people_list_pagesSortsAndFilters", "[people][list]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    const qint64 casey = scalar(*f.vault, "SELECT id FROM users WHERE name = 'Casey';");
    const QStringList aliases = {QStringLiteral("Dora"), QStringLiteral("amélie"), QStringLiteral("Chloé"),
                                 QStringLiteral("Bea"), QStringLiteral("Élise")};
    std::vector<qint64> ids;
    for (int i = 0; i < aliases.size(); ++i) {
        PersonDraft d = aliasOnly(aliases[i]);
        d.workerId = i % 2 == 0 ? casey : 0;
        d.status = i == 3 ? PersonStatus::Inactive : PersonStatus::Active;
        if (i == 1) {
            d.flags = {RiskFlag::BeingLookedFor};
        }
        ids.push_back(create(cases, d));
        f.clock.advanceSeconds(60);
    }

    PersonFilter all;
    // Accent- and case-insensitive order by name.
    CHECK(names(cases.listPeople(all, 0, 100).value()) ==
          QStringList({QStringLiteral("amélie"), QStringLiteral("Bea"), QStringLiteral("Chloé"), QStringLiteral("Dora"),
                       QStringLiteral("Élise")}));
    CHECK(cases.countPeople(all).value() == 5);
    // Paging: two pages of two and one of one, no overlap.
    CHECK(names(cases.listPeople(all, 0, 2).value()) == QStringList({QStringLiteral("amélie"), QStringLiteral("Bea")}));
    CHECK(names(cases.listPeople(all, 2, 2).value()) == QStringList({QStringLiteral("Chloé"), QStringLiteral("Dora")}));
    CHECK(names(cases.listPeople(all, 4, 2).value()) == QStringList({QStringLiteral("Élise")}));
    CHECK(cases.listPeople(all, 6, 2)->empty());

    PersonFilter desc;
    desc.descending = true;
    CHECK(cases.listPeople(desc, 0, 1)->front().displayName == QStringLiteral("Élise"));
    PersonFilter updated;
    updated.sort = PersonSort::Updated;
    updated.descending = true;
    CHECK(cases.listPeople(updated, 0, 1)->front().id == ids.back());
    PersonFilter byCode;
    byCode.sort = PersonSort::Code;
    auto coded = cases.listPeople(byCode, 0, 10).value();
    for (size_t i = 1; i < coded.size(); ++i) {
        CHECK(coded[i - 1].code < coded[i].code);
    }
    PersonFilter byStatus;
    byStatus.sort = PersonSort::ByStatus;
    CHECK(cases.listPeople(byStatus, 0, 10)->back().displayName == QStringLiteral("Bea"));

    PersonFilter inactive;
    inactive.status = PersonStatus::Inactive;
    CHECK(names(cases.listPeople(inactive, 0, 10).value()) == QStringList({QStringLiteral("Bea")}));
    CHECK(cases.countPeople(inactive).value() == 1);
    PersonFilter mine;
    mine.workerId = casey;
    CHECK(names(cases.listPeople(mine, 0, 10).value()) ==
          QStringList({QStringLiteral("Chloé"), QStringLiteral("Dora"), QStringLiteral("Élise")}));
    CHECK(cases.listPeople(mine, 0, 10)->front().workerName == QStringLiteral("Casey"));
    PersonFilter nobody;
    nobody.workerId = 0;
    CHECK(names(cases.listPeople(nobody, 0, 10).value()) ==
          QStringList({QStringLiteral("amélie"), QStringLiteral("Bea")}));
    PersonFilter flagged;
    flagged.flag = RiskFlag::BeingLookedFor;
    auto flaggedRows = cases.listPeople(flagged, 0, 10).value();
    REQUIRE(flaggedRows.size() == 1);
    CHECK(flaggedRows[0].flags == std::vector<RiskFlag>{RiskFlag::BeingLookedFor});
    PersonFilter combined;
    combined.workerId = 0;
    combined.status = PersonStatus::Active;
    CHECK(cases.countPeople(combined).value() == 1);
}

TEST_CASE("people_find_matchesAliasTagCodeAndPhone", "[people][search]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    const qint64 elodie = create(cases, writable(fullDraft(QStringLiteral("Élodie Martin"))));
    PersonDraft other = aliasOnly(QStringLiteral("Marta"));
    other.status = PersonStatus::Inactive;
    const qint64 marta = create(cases, other);
    PersonDraft third = aliasOnly(QStringLiteral("Martine"));
    third.contacts = std::vector<ContactMethod>{{ContactKind::Phone, QStringLiteral("07 11 22 33 44"), {}, {}}};
    const qint64 martine = create(cases, third);
    const QString code = cases.openPerson(elodie)->code;

    auto ids = [&](const QString& text) {
        auto rows = cases.findPeople(text);
        REQUIRE(rows.ok());
        std::vector<qint64> out;
        for (const PersonSummary& s : rows.value()) {
            out.push_back(s.id);
        }
        return out;
    };
    using V = std::vector<qint64>;
    CHECK(ids(QStringLiteral("elo")) == V{elodie});
    CHECK(ids(QStringLiteral("ÉLOD")) == V{elodie});
    CHECK(ids(QStringLiteral("mart")) == V{elodie, martine, marta}); // active first, then by name
    CHECK(ids(QStringLiteral("mart elo")) == V{elodie});             // every word must match
    CHECK(ids(QStringLiteral("martin")) == V{elodie, martine});
    CHECK(ids(QStringLiteral("outreach")) == V{elodie}); // tag word
    CHECK(ids(QStringLiteral("night out")) == V{elodie});
    CHECK(ids(code) == V{elodie});
    // A short prefix of a code may also start another code: the file must be among the hits.
    auto has = [](const V& v, qint64 id) { return std::find(v.begin(), v.end(), id) != v.end(); };
    CHECK(has(ids(code.left(5)), elodie)); // "KX4-7"
    CHECK(ids(code.toLower().remove(u'-')) == V{elodie});
    CHECK(has(ids(code.left(3).toLower()), elodie));
    CHECK(ids(QStringLiteral("5678")) == V{elodie}); // last digits of +33 6 12 34 56 78
    CHECK(ids(QStringLiteral("56 78")) == V{elodie});
    CHECK(ids(QStringLiteral("33 44")) == V{martine});
    CHECK(ids(QStringLiteral("1234")).empty()); // the middle of a number is not its end
    CHECK(ids(QStringLiteral("zzz")).empty());
    CHECK(ids(QStringLiteral("  ")).empty());
    CHECK(cases.findPeople(QStringLiteral("mart"), 1)->size() == 1);
    // Values of restricted categories are never search terms.
    CHECK(ids(QStringLiteral("legal")).empty());
    CHECK(ids(QStringLiteral("gare")).empty());
}

TEST_CASE("people_find_phoneDigitsOnlyForRolesThatReadContacts", "[people][search][access]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    const qint64 id = create(cases, writable(fullDraft()));
    REQUIRE(cases.setPermission(Role::ClinicIntake, Category::Contact, Permission{false, false}).ok());

    switchTo(f, Role::ClinicIntake);
    CaseFiles clinic(*f.vault);
    CHECK(clinic.findPeople(QStringLiteral("5678"))->empty());
    CHECK(clinic.findPeople(QStringLiteral("+33 6 12 34 56 78"))->empty());
    CHECK(clinic.similarPeople(QStringLiteral("Someone"), {QStringLiteral("06 12 34 56 78")})->empty());
    CHECK(clinic.findPeople(QStringLiteral("elodie"))->size() == 1); // the alias is still found

    switchTo(f, Role::LegalVolunteer); // reads contacts by default
    CaseFiles legal(*f.vault);
    REQUIRE(legal.findPeople(QStringLiteral("5678"))->size() == 1);
    CHECK(legal.findPeople(QStringLiteral("5678"))->front().id == id);

    // A read-only session may not read contacts either.
    switchTo(f, Role::Caseworker, Vault::Access::ReadOnly);
    CaseFiles readOnly(*f.vault);
    CHECK(readOnly.findPeople(QStringLiteral("5678"))->empty());
}

TEST_CASE("people_hiddenNames_showTheCodeInListsAndSearch", "[people][hidden]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    PersonDraft hidden = aliasOnly(QStringLiteral("Aaron Secret"));
    hidden.hideName = true;
    const qint64 hiddenId = create(cases, hidden);
    const qint64 shownId = create(cases, aliasOnly(QStringLiteral("Zed Visible")));
    const QString hiddenCode = cases.openPerson(hiddenId)->code;
    const QString shownCode = cases.openPerson(shownId)->code;

    auto list = cases.listPeople({}, 0, 10).value();
    REQUIRE(list.size() == 2);
    // Hidden names sort after the visible ones (by code), so the order does not hint at the alias.
    CHECK(list[0].displayName == QStringLiteral("Zed Visible"));
    CHECK(list[1].displayName == hiddenCode);
    CHECK(list[1].nameHidden);
    auto found = cases.findPeople(QStringLiteral("secret")).value();
    REQUIRE(found.size() == 1);
    CHECK(found[0].displayName == hiddenCode);
    CHECK(cases.personByCode(hiddenCode)->displayName == hiddenCode);

    // Per user: every name becomes the code, for this user only.
    REQUIRE(cases.setHideNamesForMe(true).ok());
    const auto hiddenList = cases.listPeople({}, 0, 10).value();
    for (const PersonSummary& s : hiddenList) {
        CHECK(s.displayName == s.code);
        CHECK(s.nameHidden);
    }
    CHECK(cases.findPeople(QStringLiteral("zed"))->front().displayName == shownCode);
    // No sort may follow the aliases while names are hidden: within a status or a worker, codes come in order.
    for (PersonSort sort : {PersonSort::ByStatus, PersonSort::Worker}) {
        PersonFilter byCode;
        byCode.sort = sort;
        const auto sorted = cases.listPeople(byCode, 0, 10).value();
        REQUIRE(sorted.size() == 2);
        CHECK(sorted[0].code < sorted[1].code);
    }
    CHECK(cases.similarPeople(QStringLiteral("Zed Visible"), {})->front().displayName == shownCode);
    switchTo(f, Role::Caseworker);
    CaseFiles casey(*f.vault);
    CHECK(casey.findPeople(QStringLiteral("zed"))->front().displayName == QStringLiteral("Zed Visible"));
}

TEST_CASE("people_similar_findsCloseAliasesAndSamePhone", "[people][duplicates]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 elodie = create(cases, writable(fullDraft(QStringLiteral("Élodie Martin"))));
    const qint64 bob = create(cases, aliasOnly(QStringLiteral("Bob")));
    for (int i = 0; i < 12; ++i) {
        create(cases, aliasOnly(QStringLiteral("Samira %1").arg(i)));
    }
    auto ids = [&](const QString& alias, const QStringList& phones) {
        auto rows = cases.similarPeople(alias, phones);
        REQUIRE(rows.ok());
        std::vector<qint64> out;
        for (const PersonSummary& s : rows.value()) {
            out.push_back(s.id);
        }
        return out;
    };
    using V = std::vector<qint64>;
    CHECK(ids(QStringLiteral("elodie martin"), {}) == V{elodie}); // same alias, folded
    CHECK(ids(QStringLiteral("Elodye"), {}) == V{elodie});        // a typo
    CHECK(ids(QStringLiteral("Bob"), {}) == V{bob});
    CHECK(ids(QStringLiteral("Rob"), {}).empty()); // the first letters differ: another name
    CHECK(ids(QStringLiteral("Nadia"), {}).empty());
    // The same phone written differently: the last 8 digits match.
    CHECK(ids(QStringLiteral("Nadia"), {QStringLiteral("0612345678")}) == V{elodie});
    CHECK(ids(QStringLiteral("Nadia"), {QStringLiteral("0699999999")}).empty());
    // A short number must match whole.
    CHECK(ids(QStringLiteral("Nadia"), {QStringLiteral("5678")}).empty());
    // At most ten, the exact alias first.
    auto many = ids(QStringLiteral("Samira 3"), {});
    CHECK(many.size() == 10);
    CHECK(cases.similarPeople(QStringLiteral("Samira 3"), {})->front().displayName == QStringLiteral("Samira 3"));
}

TEST_CASE("people_merge_movesEverythingAndLosesNothing", "[people][merge]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    openEveryCategory(cases);
    const qint64 casey = scalar(*f.vault, "SELECT id FROM users WHERE name = 'Casey';");

    PersonDraft keepDraft = fullDraft(QStringLiteral("Élodie Martin"));
    keepDraft.healthSummary = QString();
    keepDraft.birth = QStringLiteral("1990");
    keepDraft.tags = {QStringLiteral("shelter")};
    keepDraft.flags = {RiskFlag::SafetyPlan};
    const qint64 keep = create(cases, keepDraft);
    PersonDraft mergedDraft = fullDraft(QStringLiteral("Elo M"));
    mergedDraft.legalName = keepDraft.legalName; // equal: kept once
    mergedDraft.location = QStringLiteral("Parc, mornings");
    mergedDraft.tags = {QStringLiteral("court"), QStringLiteral("shelter")};
    mergedDraft.flags = {RiskFlag::BeingLookedFor};
    mergedDraft.workerId = casey;
    mergedDraft.contacts = std::vector<ContactMethod>{(*keepDraft.contacts)[0],
                                                      {ContactKind::Phone, QStringLiteral("07 00 00 11 22"), {}, {}}};
    const qint64 merged = create(cases, mergedDraft);
    const QString keepCode = cases.openPerson(keep)->code;
    const QString mergedCode = cases.openPerson(merged)->code;

    // Rows of other services, inserted directly (their services are tested elsewhere).
    auto exec = [&](const char* sql) {
        auto st = f.vault->database().prepare(sql);
        REQUIRE(st.ok());
        st->bind(1, merged);
        REQUIRE(st->run().ok());
    };
    exec("INSERT INTO notes(note_id, version, person_id, kind, body, author_id, created_at) "
         "VALUES (1, 1, ?, 'contact', 'a note', 1, '2026-01-01T09:00:00.000Z');");
    exec("INSERT INTO consents(person_id, scope, purpose, given_on, method, recorded_by, recorded_at) "
         "VALUES (?, 'statistics', 'stats', '2026-01-01', 'spoken', 1, '2026-01-01T09:00:00.000Z');");
    exec("INSERT INTO followups(person_id, title, due_on, owner_id, created_by, created_at) "
         "VALUES (?, 'call back', '2026-01-05', 1, 1, '2026-01-01T09:00:00.000Z');");
    exec("INSERT INTO attachments(person_id, file_name, type, size, sha256, added_by, added_at) "
         "VALUES (?, 'a.png', 'png', 1, x'00', 1, '2026-01-01T09:00:00.000Z');");
    REQUIRE(cases.breakGlass(merged, Category::Health, QStringLiteral("checking before the merge")).ok());

    REQUIRE(cases.mergePeople(keep, merged).ok());

    for (const char* table :
         {"SELECT COUNT(*) FROM notes WHERE person_id = ?;", "SELECT COUNT(*) FROM consents WHERE person_id = ?;",
          "SELECT COUNT(*) FROM followups WHERE person_id = ?;",
          "SELECT COUNT(*) FROM attachments WHERE person_id = ?;",
          "SELECT COUNT(*) FROM glass_breaks WHERE person_id = ?;"}) {
        INFO(table);
        CHECK(scalar(*f.vault, table, keep) == 1);
        CHECK(scalar(*f.vault, table, merged) == 0);
    }
    auto k = cases.openPerson(keep).value();
    CHECK(k.alias == QStringLiteral("Élodie Martin"));
    CHECK(k.legalName.value == *keepDraft.legalName);
    CHECK(k.location.value == *keepDraft.location + QStringLiteral("\n") + *mergedDraft.location);
    CHECK(k.healthSummary.value == *mergedDraft.healthSummary);
    CHECK(k.birth.value == QStringLiteral("1990-05-21")); // the more precise date of the same year
    CHECK(k.tags == QStringList({QStringLiteral("court"), QStringLiteral("shelter")}));
    CHECK(k.flags == std::vector<RiskFlag>{RiskFlag::BeingLookedFor, RiskFlag::SafetyPlan});
    REQUIRE(k.contacts.value.size() == 3); // the shared number once, then the new one
    CHECK(k.contacts.value[2].value == QStringLiteral("07 00 00 11 22"));
    CHECK(k.workerId == casey);

    auto m = cases.openPerson(merged).value();
    CHECK(m.status == PersonStatus::Closed);
    CHECK(m.mergedInto == keep);
    CHECK(m.closedReason.contains(keepCode));
    CHECK(m.location.value == *mergedDraft.location); // the merged file keeps what it knew
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM search_terms WHERE person_id = ?;", merged) == 0);
    // Lists, search and duplicate checks skip the merged file; its new number leads to the kept one.
    CHECK(cases.countPeople({}).value() == 1);
    CHECK(cases.findPeople(QStringLiteral("elo"))->size() == 1);
    CHECK(cases.findPeople(QStringLiteral("1122"))->front().id == keep);
    CHECK(cases.similarPeople(QStringLiteral("Elo M"), {})->empty());
    CHECK(cases.personByCode(mergedCode)->id == merged); // a code on paper still resolves

    auto entries = auditOf(*f.vault, QStringLiteral("person.merge"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].objectId == keepCode);
    CHECK(entries[0].detail == mergedCode);

    // A merged file cannot be merged or edited again.
    CHECK(cases.mergePeople(keep, merged).error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.updatePerson(merged, aliasOnly(QStringLiteral("x"))).error().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("people_merge_badRequestsChangeNothing", "[people][merge]")
{
    Fixture f;
    addStaff(f);
    CaseFiles cases(*f.vault);
    const qint64 a = create(cases, aliasOnly(QStringLiteral("Ana")));
    const qint64 b = create(cases, aliasOnly(QStringLiteral("Bia")));
    CHECK(cases.mergePeople(a, a).error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.mergePeople(a, 987654).error().code() == ErrorCode::NotFound);
    CHECK(cases.mergePeople(987654, b).error().code() == ErrorCode::NotFound);
    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        DYNAMIC_SECTION("role " << roleId(role).toStdString())
        {
            switchTo(f, role);
            CaseFiles other(*f.vault);
            CHECK(other.mergePeople(a, b).error().code() == ErrorCode::PermissionDenied);
            CHECK(other.countPeople({}).value() == 2);
        }
    }
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM people WHERE merged_into IS NOT NULL;") == 0);
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM audit WHERE action = 'person.merge';") == 0);
}

TEST_CASE("people_find_commonPrefixAmongManyPeople_keepsActiveFirstThenNameOrder", "[people][search]")
{
    // Enough people that one letter matches many terms: the search then walks the list order instead of sorting
    // every candidate, and must give the same answer.
    Fixture f;
    Database& db = f.vault->database();
    std::vector<std::pair<QString, bool>> expected; // sort key, active
    qint64 mergedId = 0;
    {
        Transaction tx(db);
        for (int i = 0; i < 700; ++i) {
            PersonDraft d = aliasOnly(QStringLiteral("M%1 Test").arg((i * 7919) % 700, 3, 10, QLatin1Char('0')));
            d.status = i % 3 == 0 ? PersonStatus::Inactive : PersonStatus::Active;
            d.hideName = i == 5;
            auto code = cases::newPersonCode(db);
            REQUIRE(code.ok());
            auto id = cases::insertPerson(db, d, code.value(), 1, f.clock.nowUtc());
            REQUIRE(id.ok());
            if (i == 10) {
                mergedId = id.value();
                auto st = db.prepare("UPDATE people SET merged_into = 1 WHERE id = ?;");
                REQUIRE(st.ok());
                st->bind(1, mergedId);
                REQUIRE(st->run().ok());
                REQUIRE(cases::refreshSearchTerms(db, mergedId).ok());
                continue;
            }
            expected.emplace_back(d.hideName ? QStringLiteral("~") + code.value() : cases::fold(d.alias),
                                  d.status == PersonStatus::Active);
        }
        REQUIRE(tx.commit().ok());
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& a, const auto& b) { return a.second != b.second ? a.second : a.first < b.first; });
    CaseFiles cases(*f.vault);
    for (int limit : {20, 500}) {
        auto rows = cases.findPeople(QStringLiteral("m"), limit);
        REQUIRE(rows.ok());
        REQUIRE(static_cast<int>(rows->size()) == limit);
        for (int i = 0; i < limit; ++i) {
            const PersonSummary& s = rows.value()[static_cast<size_t>(i)];
            INFO(i);
            CHECK(s.id != mergedId);
            CHECK((s.status == PersonStatus::Active) == expected[static_cast<size_t>(i)].second);
            const QString key = s.nameHidden ? QStringLiteral("~") + s.code : cases::fold(s.displayName);
            CHECK(key == expected[static_cast<size_t>(i)].first);
        }
    }
    // Every word must still match: "t" is as common, "m0" narrows it.
    auto both = cases.findPeople(QStringLiteral("test m00"), 50);
    REQUIRE(both.ok());
    CHECK(both->size() == 10);
}
