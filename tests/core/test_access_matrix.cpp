// The whole role x category matrix through CaseFiles: reads, writes, changes to the matrix, break-the-glass and the
// audit of every restricted view.
#include "PeopleTestSupport.h"
#include "cases/CaseFilesPrivate.h"

using namespace abri;
using namespace abri::test;

namespace {

// A person with every field set, written without checks (as the demo generator does).
qint64 seedPerson(Fixture& f, const QString& alias = QStringLiteral("Élodie Martin"))
{
    Database& db = f.vault->database();
    Transaction tx(db);
    auto code = cases::newPersonCode(db);
    REQUIRE(code.ok());
    auto id = cases::insertPerson(db, fullDraft(alias), code.value(), f.vault->currentUser().id, f.clock.nowUtc());
    REQUIRE(id.ok());
    REQUIRE(tx.commit().ok());
    return id.value();
}

qint64 userIdOf(Fixture& f, Role role)
{
    auto st = f.vault->database().prepare("SELECT id FROM users WHERE name = ?;");
    REQUIRE(st.ok());
    st->bind(1, staffName(role));
    REQUIRE(st->step());
    return st->int64(0);
}

// The values of one category in a file, and whether each is restricted.
struct Shown
{
    std::vector<bool> restricted;
    QStringList values;
};

QString contactsText(const std::vector<ContactMethod>& contacts)
{
    QStringList out;
    for (const ContactMethod& c : contacts) {
        out << contactKindId(c.kind) + QLatin1Char(':') + c.value + QLatin1Char('|') + c.instructions +
                   QLatin1Char('|') + c.safeHours;
    }
    return out.join(u';');
}

Shown shown(const PersonFile& f, Category c)
{
    auto one = [](const Guarded<QString>& g) { return Shown{{g.restricted}, {g.value}}; };
    switch (c) {
    case Category::Identity:
        return Shown{{f.legalName.restricted, f.idNumbers.restricted, f.birth.restricted},
                     {f.legalName.value, f.idNumbers.value, f.birth.value}};
    case Category::Contact:
        return Shown{{f.contacts.restricted, f.emergencyContact.restricted},
                     {contactsText(f.contacts.value), f.emergencyContact.value}};
    case Category::Location:
        return one(f.location);
    case Category::Health:
        return one(f.healthSummary);
    case Category::Legal:
        return one(f.legalSummary);
    case Category::ShelterAddress:
        return one(f.shelterAddress);
    case Category::Risk:
        return one(f.riskDetails);
    }
    return {};
}

QStringList expected(const PersonDraft& d, Category c)
{
    switch (c) {
    case Category::Identity:
        return {*d.legalName, *d.idNumbers, *d.birth};
    case Category::Contact:
        return {contactsText(*d.contacts), *d.emergencyContact};
    case Category::Location:
        return {*d.location};
    case Category::Health:
        return {*d.healthSummary};
    case Category::Legal:
        return {*d.legalSummary};
    case Category::ShelterAddress:
        return {*d.shelterAddress};
    case Category::Risk:
        return {*d.riskDetails};
    }
    return {};
}

// Sets one field of a category to a new value.
void setField(PersonDraft& d, Category c, const QString& value)
{
    switch (c) {
    case Category::Identity:
        d.legalName = value;
        break;
    case Category::Contact:
        d.contacts = std::vector<ContactMethod>{{ContactKind::Phone, QStringLiteral("0700000000"), value, {}}};
        break;
    case Category::Location:
        d.location = value;
        break;
    case Category::Health:
        d.healthSummary = value;
        break;
    case Category::Legal:
        d.legalSummary = value;
        break;
    case Category::ShelterAddress:
        d.shelterAddress = value;
        break;
    case Category::Risk:
        d.riskDetails = value;
        break;
    }
}

// The stored value of that field, read directly from the database.
QString storedField(Fixture& f, qint64 id, Category c)
{
    switch (c) {
    case Category::Identity:
        return text(*f.vault, "SELECT legal_name FROM people WHERE id = ?;", id);
    case Category::Contact:
        return text(*f.vault, "SELECT group_concat(instructions, ';') FROM person_contacts WHERE person_id = ?;", id);
    case Category::Location:
        return text(*f.vault, "SELECT location FROM people WHERE id = ?;", id);
    case Category::Health:
        return text(*f.vault, "SELECT health_summary FROM people WHERE id = ?;", id);
    case Category::Legal:
        return text(*f.vault, "SELECT legal_summary FROM people WHERE id = ?;", id);
    case Category::ShelterAddress:
        return text(*f.vault, "SELECT shelter_address FROM people WHERE id = ?;", id);
    case Category::Risk:
        return text(*f.vault, "SELECT risk_details FROM people WHERE id = ?;", id);
    }
    return {};
}

} // namespace

TEST_CASE("access_migrationDefaults_equalAccessMatrixDefaults", "[access]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    auto matrix = cases.accessMatrix();
    REQUIRE(matrix.ok());
    CHECK(matrix.value() == AccessMatrix::defaults());
    // Every cell is in the table: a missing one would silently grant nothing.
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM access_matrix;") ==
          static_cast<qint64>(std::size(AllRoles) * std::size(AllCategories)));
    // What the documentation promises.
    const AccessMatrix d = AccessMatrix::defaults();
    CHECK(d.get(Role::ClinicIntake, Category::Health).read);
    CHECK_FALSE(d.get(Role::ClinicIntake, Category::Legal).read);
    CHECK(d.get(Role::LegalVolunteer, Category::Legal).read);
    CHECK_FALSE(d.get(Role::LegalVolunteer, Category::Health).read);
    for (Role role : AllRoles) {
        const bool shelter = role == Role::Coordinator || role == Role::Caseworker;
        CHECK(d.get(role, Category::ShelterAddress).read == shelter);
        CHECK(d.get(role, Category::Health).read == (role == Role::ClinicIntake));
        CHECK(d.get(role, Category::Legal).read == (role == Role::LegalVolunteer));
    }
}

TEST_CASE("access_read_everyRoleAndCategoryFollowsTheMatrixAndIsAudited", "[access]")
{
    Fixture f;
    addStaff(f);
    const qint64 id = seedPerson(f);
    const PersonDraft seeded = fullDraft();
    const AccessMatrix defaults = AccessMatrix::defaults();

    for (Role role : AllRoles) {
        switchTo(f, role);
        CaseFiles cases(*f.vault);
        auto file = cases.openPerson(id);
        REQUIRE(file.ok());
        std::set<Category> readable;
        for (Category c : AllCategories) {
            INFO(roleId(role).toStdString() << " x " << categoryId(c).toStdString());
            const bool canRead = defaults.get(role, c).read;
            CHECK(cases.canRead(id, c) == canRead);
            CHECK(cases.permission(c) == defaults.get(role, c));
            const Shown s = shown(file.value(), c);
            for (size_t i = 0; i < s.restricted.size(); ++i) {
                CHECK(s.restricted[i] == !canRead);
            }
            if (canRead) {
                readable.insert(c);
                CHECK(s.values == expected(seeded, c));
            } else {
                for (const QString& v : s.values) {
                    CHECK(v.isEmpty()); // restricted, never a value
                }
            }
        }
        CHECK(file->alias == seeded.alias); // the profile is for every role
        CHECK(file->flags == seeded.flags);

        switchTo(f, Role::Coordinator);
        const qint64 userId = userIdOf(f, role);
        auto views = auditOf(*f.vault, QStringLiteral("person.view"));
        REQUIRE_FALSE(views.empty());
        CHECK(views[0].userId == userId);
        CHECK(views[0].objectId == file->code);
        CHECK(views[0].detail == cases::categoryList(readable));
    }
}

TEST_CASE("access_write_everyRoleAndCategoryFollowsTheMatrix", "[access]")
{
    Fixture f;
    addStaff(f);
    const qint64 id = seedPerson(f);
    const AccessMatrix defaults = AccessMatrix::defaults();

    for (Role role : AllRoles) {
        switchTo(f, role);
        CaseFiles cases(*f.vault);
        for (Category c : AllCategories) {
            INFO(roleId(role).toStdString() << " x " << categoryId(c).toStdString());
            auto file = cases.openPerson(id);
            REQUIRE(file.ok());
            PersonDraft draft = PersonDraft::fromFile(file.value());
            const QString before = storedField(f, id, c);
            const QString value = QStringLiteral("new %1 by %2").arg(categoryId(c), roleId(role));
            setField(draft, c, value);
            const qint64 audits = scalar(*f.vault, "SELECT COUNT(*) FROM audit;");
            auto updated = cases.updatePerson(id, draft);
            auto created = cases.createPerson([&] {
                PersonDraft d = aliasOnly(QStringLiteral("New person"));
                setField(d, c, value);
                return d;
            }());
            if (defaults.get(role, c).write) {
                CHECK(updated.ok());
                CHECK(created.ok());
                CHECK(storedField(f, id, c) == value);
            } else {
                REQUIRE_FALSE(updated.ok());
                CHECK(updated.error().code() == ErrorCode::PermissionDenied);
                CHECK(updated.error().message().contains(categoryDisplayName(c)));
                REQUIRE_FALSE(created.ok());
                CHECK(created.error().code() == ErrorCode::PermissionDenied);
                CHECK(storedField(f, id, c) == before);
                CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM audit;") == audits);
            }
        }
    }
    // Creates by roles that may write: one per allowed cell, each audited.
    switchTo(f, Role::Coordinator);
    int allowed = 0;
    for (Role role : AllRoles) {
        for (Category c : AllCategories) {
            allowed += defaults.get(role, c).write ? 1 : 0;
        }
    }
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM people;") == 1 + allowed);
    CHECK(static_cast<int>(auditOf(*f.vault, QStringLiteral("person.create")).size()) == allowed);
}

TEST_CASE("access_write_unchangedValueOfAReadOnlyCategoryIsAccepted", "[access]")
{
    Fixture f;
    addStaff(f);
    const qint64 id = seedPerson(f);
    switchTo(f, Role::LegalVolunteer); // reads identity, may not write it
    CaseFiles cases(*f.vault);
    PersonDraft draft = PersonDraft::fromFile(cases.openPerson(id).value());
    REQUIRE(draft.legalName.has_value());
    draft.pronouns = QStringLiteral("iel");
    draft.legalSummary = QStringLiteral("Hearing on Monday");
    REQUIRE(cases.updatePerson(id, draft).ok());
    CHECK(cases.openPerson(id)->legalSummary.value == QStringLiteral("Hearing on Monday"));

    // A value of a category the role cannot read is refused even when it is right: no guessing.
    switchTo(f, Role::ClinicIntake);
    CaseFiles clinic(*f.vault);
    PersonDraft guess = PersonDraft::fromFile(clinic.openPerson(id).value());
    CHECK_FALSE(guess.legalName.has_value());
    guess.legalName = *fullDraft().legalName;
    CHECK(clinic.updatePerson(id, guess).error().code() == ErrorCode::PermissionDenied);
}

TEST_CASE("access_setPermission_takesEffectIsAuditedAndCoordinatorOnly", "[access]")
{
    Fixture f;
    addStaff(f);
    const qint64 id = seedPerson(f);
    CaseFiles cases(*f.vault);
    REQUIRE(cases.setPermission(Role::ClinicIntake, Category::Health, Permission{false, false}).ok());
    REQUIRE(cases.setPermission(Role::Caseworker, Category::Health, Permission{false, true}).ok()); // write => read
    auto matrix = cases.accessMatrix().value();
    CHECK(matrix.get(Role::ClinicIntake, Category::Health) == Permission{false, false});
    CHECK(matrix.get(Role::Caseworker, Category::Health) == Permission{true, true});
    auto changes = auditOf(*f.vault, QStringLiteral("access.change"));
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].detail == QStringLiteral("caseworker:health=write"));
    CHECK(changes[1].detail == QStringLiteral("clinic:health=none"));

    switchTo(f, Role::ClinicIntake);
    CaseFiles clinic(*f.vault);
    CHECK(clinic.openPerson(id)->healthSummary.restricted);
    CHECK(clinic.openPerson(id)->healthSummary.value.isEmpty());
    switchTo(f, Role::Caseworker);
    CaseFiles casey(*f.vault);
    CHECK(casey.openPerson(id)->healthSummary.value == *fullDraft().healthSummary);

    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        switchTo(f, role);
        CaseFiles other(*f.vault);
        CHECK(other.setPermission(role, Category::Legal, Permission{true, true}).error().code() ==
              ErrorCode::PermissionDenied);
        CHECK(other.accessMatrix().value() == matrix);
    }
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM audit WHERE action = 'access.change';") == 2);
}

TEST_CASE("access_breakGlass_opensOnePersonAndCategoryForThisSessionOnly", "[access][glass]")
{
    Fixture f;
    addStaff(f);
    const qint64 id = seedPerson(f);
    const qint64 other = seedPerson(f, QStringLiteral("Bea"));
    switchTo(f, Role::Caseworker);
    CaseFiles cases(*f.vault);
    REQUIRE(cases.openPerson(id)->healthSummary.restricted);

    auto tooShort = cases.breakGlass(id, Category::Health, QStringLiteral("  urgent  "));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code() == ErrorCode::InvalidArgument);
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM glass_breaks;") == 0);
    CHECK_FALSE(cases.canRead(id, Category::Health));
    CHECK(cases.breakGlass(424242, Category::Health, QStringLiteral("medical emergency at the desk")).error().code() ==
          ErrorCode::NotFound);

    REQUIRE(cases.breakGlass(id, Category::Health, QStringLiteral("medical emergency at the desk")).ok());
    CHECK(cases.canRead(id, Category::Health));
    auto file = cases.openPerson(id).value();
    CHECK(file.healthSummary.value == *fullDraft().healthSummary);
    CHECK(file.legalSummary.restricted);                       // only that category
    CHECK(cases.openPerson(other)->healthSummary.restricted);  // only that person
    CHECK(cases.permission(Category::Health) == Permission{}); // the role itself is unchanged

    switchTo(f, Role::Caseworker); // lock + unlock: a new session
    CaseFiles again(*f.vault);
    CHECK_FALSE(again.canRead(id, Category::Health));
    CHECK(again.openPerson(id)->healthSummary.restricted);
    CHECK(again.glassBreaks().error().code() == ErrorCode::PermissionDenied);

    switchTo(f, Role::Coordinator);
    CaseFiles coordinator(*f.vault);
    auto entries = auditOf(*f.vault, QStringLiteral("access.break_glass"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].objectId == file.code);
    CHECK(entries[0].detail.startsWith(QStringLiteral("health")));
    CHECK_FALSE(entries[0].detail.contains(QStringLiteral("emergency"))); // the reason stays in the register
    auto views = auditOf(*f.vault, QStringLiteral("person.view"));
    CHECK(std::any_of(views.begin(), views.end(),
                      [](const AuditEntry& e) { return e.detail.contains(QStringLiteral("health")); }));

    auto toReview = coordinator.glassBreaks();
    REQUIRE(toReview.ok());
    REQUIRE(toReview->size() == 1);
    const GlassBreak g = toReview->front();
    CHECK(g.personId == id);
    CHECK(g.personCode == file.code);
    CHECK(g.category == Category::Health);
    CHECK(g.userName == QStringLiteral("Casey"));
    CHECK(g.reason == QStringLiteral("medical emergency at the desk"));
    CHECK_FALSE(g.reviewedAt.isValid());
    REQUIRE(coordinator.markGlassBreakReviewed(g.id).ok());
    CHECK(coordinator.glassBreaks()->empty());
    auto all = coordinator.glassBreaks(true).value();
    REQUIRE(all.size() == 1);
    CHECK(all[0].reviewedAt.isValid());
    CHECK(all[0].reviewedBy == f.vault->currentUser().id);
    CHECK(coordinator.markGlassBreakReviewed(g.id).error().code() == ErrorCode::NotFound);
    CHECK(auditOf(*f.vault, QStringLiteral("access.review")).size() == 1);
}

TEST_CASE("access_readOnlySession_seesNoRestrictedCategoryAndAuditsNothing", "[access]")
{
    Fixture f;
    addStaff(f);
    const qint64 id = seedPerson(f);
    switchTo(f, Role::Coordinator, Vault::Access::ReadOnly);
    CaseFiles cases(*f.vault);
    const qint64 audits = scalar(*f.vault, "SELECT COUNT(*) FROM audit;");
    auto file = cases.openPerson(id);
    REQUIRE(file.ok());
    CHECK(file->alias == fullDraft().alias);
    for (Category c : AllCategories) {
        INFO(categoryId(c).toStdString());
        const Shown s = shown(file.value(), c);
        for (size_t i = 0; i < s.restricted.size(); ++i) {
            CHECK(s.restricted[i]);
            CHECK(s.values[static_cast<qsizetype>(i)].isEmpty());
        }
        CHECK_FALSE(cases.canRead(id, c));
    }
    CHECK(scalar(*f.vault, "SELECT COUNT(*) FROM audit;") == audits);
    CHECK(cases.updatePerson(id, PersonDraft::fromFile(file.value())).error().code() == ErrorCode::PermissionDenied);
}
