// The people list, search and Today page offscreen, over a vault filled through core: the lazy model under
// QAbstractItemModelTester while pages arrive and filters change, type-ahead and notes search as typed, hidden-name
// mode, the keyboard shortcuts of the workspace, and the DEMO marks of a demo vault.
#include "DemoVaultPage.h"
#include "FirstRunWizard.h"
#include "ItemRoles.h"
#include "LockScreen.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonPage.h"
#include "PreferencesPage.h"
#include "SnippetDelegate.h"
#include "TodayPage.h"
#include "UiSettings.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"
#include "cases/CaseFiles.h"
#include "cases/CaseFilesPrivate.h"
#include "cases/DemoData.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace abri;
using namespace abri::test;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

constexpr int FilledPeople = 420;

// A GUI session over one vault; waits for running work before the session goes.
struct Session
{
    std::unique_ptr<ui::VaultSession> session;

    explicit Session(std::unique_ptr<Vault> vault) : session(std::make_unique<ui::VaultSession>(std::move(vault))) {}
    ~Session()
    {
        closeVisibleDialogs();
        waitUntil([&] { return !session->isBusy(); });
    }
    ui::VaultSession* get() const { return session.get(); }
    CaseFiles files() const { return CaseFiles(session->vault()); }
};

qint64 createPerson(Vault& vault, const QString& alias, PersonStatus status = PersonStatus::Active,
                    QStringList tags = {})
{
    PersonDraft draft;
    draft.alias = alias;
    draft.status = status;
    draft.tags = std::move(tags);
    if (status == PersonStatus::Closed) {
        draft.closedReason = QStringLiteral("Moved away");
    }
    auto id = CaseFiles(vault).createPerson(draft);
    INFO((id ? std::string() : id.error().message().toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

QString codeOf(Vault& vault, qint64 personId)
{
    auto file = CaseFiles(vault).openPerson(personId);
    REQUIRE(file.ok());
    return file.value().code;
}

qint64 count(Vault& vault, const PersonFilter& filter)
{
    auto total = CaseFiles(vault).countPeople(filter);
    REQUIRE(total.ok());
    return total.value();
}

// The vault of a test, filled with fictional people by core's demo generator (no notes: they are not listed).
std::unique_ptr<Vault> filledVault(UiFixture& fixture, int people)
{
    auto vault = fixture.createVault();
    DemoOptions demo;
    demo.people = people;
    demo.notes = 0;
    demo.seed = 7;
    const Status filled = fillDemo(*vault, demo);
    INFO((filled ? std::string() : filled.error().message().toStdString()));
    REQUIRE(filled.ok());
    return vault;
}

bool settled(ui::PeopleModel& model)
{
    return model.hasLoaded() && !model.isLoading();
}

void fetchAll(ui::PeopleModel& model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    }
}

QStringList column(const ui::PeopleModel& model, int columnIndex, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, columnIndex).data(role).toString();
    }
    return values;
}

void typeSearch(ui::PeoplePage& page, const QString& text)
{
    page.searchField()->clear();
    QTest::keyClicks(page.searchField(), text);
    REQUIRE(waitUntil([&] { return !page.isSearching(); }));
}

QStringList itemTexts(const QTreeWidget* list, int columnIndex)
{
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        texts << list->topLevelItem(i)->text(columnIndex);
    }
    return texts;
}

} // namespace

TEST_CASE("peopleModel_pagesSortsAndFilters_passesModelTesterThroughout")
{
    UiFixture fixture;
    Session session(filledVault(fixture, FilledPeople));
    ui::PeopleModel model(session.get());
    model.setPageSize(100);
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QTableView view;
    view.setModel(&model);

    model.setFilter({});
    REQUIRE(waitUntil([&] { return settled(model); }));
    CHECK(model.total() == FilledPeople);
    CHECK(model.rowCount() == 100);
    REQUIRE(model.canFetchMore({}));

    SECTION("pages arrive one after another, without gaps or repeats, sorted by core")
    {
        fetchAll(model);
        REQUIRE(model.rowCount() == FilledPeople);
        CHECK_FALSE(model.canFetchMore({}));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.index(row, 0).data(ui::IdRole).toLongLong());
        }
        CHECK(ids.size() == FilledPeople);
        // By name as core folds it; files whose name is hidden show their code but keep their place.
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.personAt(row)->nameHidden) {
                names << cases::fold(model.personAt(row)->displayName);
            }
        }
        REQUIRE(names.size() > FilledPeople / 2);
        for (int row = 1; row < names.size(); ++row) {
            INFO("row " << row << ": " << names[row - 1].toStdString() << " / " << names[row].toStdString());
            CHECK(names[row - 1].compare(names[row]) <= 0);
        }

        model.sort(ui::PeopleModel::CodeColumn, Qt::DescendingOrder);
        REQUIRE(waitUntil([&] { return settled(model) && model.filter().sort == PersonSort::Code; }));
        CHECK(model.filter().descending);
        fetchAll(model);
        const QStringList codes = column(model, ui::PeopleModel::CodeColumn);
        REQUIRE(codes.size() == FilledPeople);
        QStringList expected = codes;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        CHECK(codes == expected);
    }

    SECTION("each filter gives what core counts, and a page of the old query is dropped")
    {
        PersonFilter closed;
        closed.status = PersonStatus::Closed;
        const qint64 closedCount = count(session.session->vault(), closed);
        REQUIRE(closedCount > 0);
        REQUIRE(closedCount < FilledPeople);

        // A page of the unfiltered list is on its way when the filter changes: it must not end up in the list.
        model.fetchMore({});
        REQUIRE(model.isLoading());
        model.setFilter(closed);
        REQUIRE(waitUntil([&] { return settled(model) && model.total() == closedCount; }));
        fetchAll(model);
        CHECK(model.rowCount() == closedCount);
        for (const QString& status : column(model, ui::PeopleModel::StatusColumn, ui::RawValueRole)) {
            CHECK(status == QStringLiteral("closed"));
        }

        PersonFilter flagged;
        flagged.flag = RiskFlag::DoNotConfirmPresence;
        const qint64 flaggedCount = count(session.session->vault(), flagged);
        model.setFilter(flagged);
        REQUIRE(waitUntil([&] { return settled(model) && model.total() == flaggedCount; }));
        fetchAll(model);
        CHECK(model.rowCount() == flaggedCount);
        for (int row = 0; row < model.rowCount(); ++row) {
            CHECK(model.index(row, ui::PeopleModel::FlagsColumn)
                      .data(ui::RawValueRole)
                      .toStringList()
                      .contains(QStringLiteral("do_not_confirm")));
        }

        auto workers = session.files().workers();
        REQUIRE(workers.ok());
        REQUIRE_FALSE(workers.value().empty());
        PersonFilter byWorker;
        byWorker.workerId = workers.value().front().id;
        const qint64 workerCount = count(session.session->vault(), byWorker);
        model.setFilter(byWorker);
        REQUIRE(waitUntil([&] { return settled(model) && model.total() == workerCount; }));
        fetchAll(model);
        CHECK(model.rowCount() == workerCount);
        for (int row = 0; row < model.rowCount(); ++row) {
            CHECK(model.index(row, ui::PeopleModel::WorkerColumn).data(ui::RawValueRole).toLongLong() ==
                  byWorker.workerId.value());
        }

        // Several changes in a row while pages are on their way: only the last query's rows remain.
        model.setFilter({});
        model.fetchMore({});
        model.setFilter(closed);
        model.setFilter(flagged);
        REQUIRE(waitUntil([&] { return settled(model) && model.total() == flaggedCount; }));
        REQUIRE(waitUntil([&] { return !session.get()->isBusy(); }));
        fetchAll(model);
        CHECK(model.rowCount() == flaggedCount);
    }
}

TEST_CASE("peoplePage_typingAnAliasPrefixOrCode_showsThePersonWhileTyping")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 lou =
        createPerson(*vault, QStringLiteral("Louisa Marchetti"), PersonStatus::Active, {QStringLiteral("night-shift")});
    createPerson(*vault, QStringLiteral("Maya"));
    const QString louCode = codeOf(*vault, lou);
    Session session(std::move(vault));
    ui::PeoplePage page(session.get());
    page.resize(900, 600);
    page.show();
    REQUIRE(waitUntil([&] { return page.model()->hasLoaded(); }));
    CHECK(page.model()->total() == 2);
    // The English plural form depends on the state of the translations.
    const QString countText = child<QLabel>(&page, QStringLiteral("countLabel"))->text();
    INFO(countText.toStdString());
    CHECK((countText == QStringLiteral("2 people") || countText.startsWith(QStringLiteral("2 person"))));

    QSignalSpy opened(&page, &ui::PeoplePage::openPersonRequested);
    typeSearch(page, QStringLiteral("marc"));
    REQUIRE(page.mode() == ui::PeoplePage::Mode::TypeAhead);
    CHECK(itemTexts(page.results(), 0) == QStringList{QStringLiteral("Louisa Marchetti")});
    CHECK(itemTexts(page.results(), 1) == QStringList{louCode});

    typeSearch(page, louCode.toLower());
    CHECK(itemTexts(page.results(), 0) == QStringList{QStringLiteral("Louisa Marchetti")});

    typeSearch(page, QStringLiteral("night"));
    CHECK(itemTexts(page.results(), 0) == QStringList{QStringLiteral("Louisa Marchetti")});
    // Enter in the search field opens the highlighted result.
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toLongLong() == lou);

    typeSearch(page, QStringLiteral("zzqx"));
    auto* empty = child<QLabel>(&page, QStringLiteral("emptyLabel"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No one matches \"zzqx\"")));

    // Clearing the field goes back to the whole list.
    page.searchField()->clear();
    CHECK(page.mode() == ui::PeoplePage::Mode::List);
    CHECK(page.view()->isVisible());
}

TEST_CASE("peoplePage_searchInNotes_showsTheHitWithItsWordsInBold")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 person = createPerson(*vault, QStringLiteral("Rosalind"));
    NoteDraft note;
    note.kind = NoteKind::Visit;
    note.body = QStringLiteral("The landlord changed the locks while she was at the clinic.");
    REQUIRE(CaseFiles(*vault).addNote(person, note).ok());
    Session session(std::move(vault));
    ui::PeoplePage page(session.get());
    page.resize(900, 600);
    page.show();

    page.searchField()->setText(QStringLiteral("landlord"));
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("searchNotesButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !page.isSearching() && page.mode() == ui::PeoplePage::Mode::Notes; }));
    REQUIRE(page.noteHits()->topLevelItemCount() == 1);
    QTreeWidgetItem* hit = page.noteHits()->topLevelItem(0);
    CHECK(hit->text(0).startsWith(QStringLiteral("Rosalind (")));
    CHECK(hit->text(2) == noteKindDisplayName(NoteKind::Visit));
    CHECK(hit->text(3).contains(QStringLiteral("landlord changed the locks")));
    CHECK(hit->data(3, ui::SnippetDelegate::HtmlRole).toString().contains(QStringLiteral("<b>landlord</b>")));
    CHECK(hit->data(0, ui::IdRole).toLongLong() == person);

    page.searchField()->setText(QStringLiteral("aquarium"));
    page.searchNotes();
    REQUIRE(waitUntil([&] { return !page.isSearching() && page.mode() == ui::PeoplePage::Mode::Notes; }));
    CHECK(page.noteHits()->topLevelItemCount() == 0);
    CHECK(child<QLabel>(&page, QStringLiteral("emptyLabel"))->text().contains(QStringLiteral("No note")));
}

TEST_CASE("peoplePage_snippetMarkers_becomeBoldAndTheRestIsEscaped")
{
    const QString snippet = QStringLiteral("a <tag> & \x02word\x03 end");
    CHECK(ui::PeoplePage::snippetToHtml(snippet) == QStringLiteral("a &lt;tag&gt; &amp; <b>word</b> end"));
}

TEST_CASE("todayPage_dueFollowUpAndExpiringConsent_areListedAndOpenThePerson")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 me = vault->currentUser().id;
    const qint64 nadia = createPerson(*vault, QStringLiteral("Nadia"));
    const qint64 other = createPerson(*vault, QStringLiteral("Sunny"));
    const QDate today = fixture.clock.nowUtc().toLocalTime().date();
    CaseFiles files(*vault);
    REQUIRE(files.addFollowUp(nadia, QStringLiteral("Call back about the hearing"), today, me).ok());
    REQUIRE(files.addFollowUp(other, QStringLiteral("Bring the forms"), today.addDays(-3), me).ok());
    REQUIRE(files.addFollowUp(other, QStringLiteral("Not yet due"), today.addDays(5), me).ok());
    ConsentDraft soon;
    soon.scope = ConsentScope::ShareWithPartner;
    soon.recipient = QStringLiteral("Clinique du Nord");
    soon.purpose = QStringLiteral("Follow-up care");
    soon.givenOn = today.addDays(-10);
    soon.expiresOn = today.addDays(12);
    REQUIRE(files.addConsent(nadia, soon).ok());
    ConsentDraft later = soon;
    later.expiresOn = today.addDays(90);
    REQUIRE(files.addConsent(other, later).ok());

    Session session(std::move(vault));
    ui::TodayPage page(session.get());
    page.show();
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    const QStringList followUps = itemTexts(page.followUpList(), 2);
    CHECK(followUps.size() == 2);
    CHECK(followUps.contains(QStringLiteral("Call back about the hearing")));
    CHECK(followUps.contains(QStringLiteral("Bring the forms")));
    CHECK_FALSE(followUps.contains(QStringLiteral("Not yet due")));
    CHECK(itemTexts(page.followUpList(), 0).contains(QStringLiteral("Today")));
    REQUIRE(page.consentList()->topLevelItemCount() == 1);
    QTreeWidgetItem* consent = page.consentList()->topLevelItem(0);
    CHECK(consent->text(1).startsWith(QStringLiteral("Nadia (")));
    CHECK(consent->text(2).contains(QStringLiteral("Clinique du Nord")));

    QSignalSpy opened(&page, &ui::TodayPage::openPersonRequested);
    Q_EMIT page.consentList()->itemActivated(consent, 0);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toLongLong() == nadia);
}

TEST_CASE("todayPage_nothingDue_saysSo")
{
    UiFixture fixture;
    Session session(fixture.createVault());
    ui::TodayPage page(session.get());
    page.show();
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(child<QLabel>(&page, QStringLiteral("followUpEmpty"))->isVisible());
    CHECK(child<QLabel>(&page, QStringLiteral("consentEmpty"))->isVisible());
    CHECK_FALSE(page.followUpList()->isVisible());
}

TEST_CASE("hiddenNameMode_switchedOnInPreferences_listsShowCodesOnly")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 person = createPerson(*vault, QStringLiteral("Amaranta"));
    const QString code = codeOf(*vault, person);
    vault->lock();
    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    ui::Workspace* workspace = window.workspace();
    workspace->showPage(ui::Workspace::Page::People);
    auto* people = qobject_cast<ui::PeoplePage*>(workspace->page(ui::Workspace::Page::People));
    REQUIRE(people != nullptr);
    REQUIRE(waitUntil([&] { return people->model()->hasLoaded() && people->model()->rowCount() == 1; }));
    CHECK(people->model()->index(0, ui::PeopleModel::NameColumn).data().toString() == QStringLiteral("Amaranta"));

    workspace->showPage(ui::Workspace::Page::Preferences);
    auto* hide = child<QCheckBox>(workspace, QStringLiteral("hideNamesCheck"));
    REQUIRE(waitUntil([&] { return hide->isEnabled(); }));
    CHECK_FALSE(hide->isChecked());
    hide->setChecked(true);
    REQUIRE(waitUntil([&] { return CaseFiles(window.session()->vault()).hideNamesForMe(); }));
    workspace->showPage(ui::Workspace::Page::People);
    REQUIRE(waitUntil([&] {
        return !people->model()->isLoading() && people->model()->rowCount() == 1 &&
               people->model()->index(0, ui::PeopleModel::NameColumn).data().toString() == code;
    }));
    typeSearch(*people, QStringLiteral("amar"));
    CHECK(itemTexts(people->results(), 0) == QStringList{code});
}

TEST_CASE("workspace_ctrlFAndCtrlN_goToPeopleFromAnyPage")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    ui::Workspace* workspace = window.workspace();
    // Today first, then People: the start page is Today.
    auto* nav = child<QListWidget>(workspace, QStringLiteral("navigation"));
    CHECK(nav->item(0)->text() == QStringLiteral("Today"));
    CHECK(nav->item(1)->text() == QStringLiteral("People"));
    CHECK(workspace->page(ui::Workspace::Page::Today)->isVisible());
    CHECK(workspace->hasPage(ui::Workspace::Page::Access));

    workspace->showPage(ui::Workspace::Page::Preferences);
    pressKey(Qt::Key_F, Qt::ControlModifier);
    auto* people = qobject_cast<ui::PeoplePage*>(workspace->page(ui::Workspace::Page::People));
    REQUIRE(people != nullptr);
    CHECK(people->isVisible());
    CHECK(QApplication::focusWidget() == people->searchField());

    workspace->showPage(ui::Workspace::Page::Today);
    pressKey(Qt::Key_N, Qt::ControlModifier);
    CHECK(people->isVisible());
    REQUIRE(waitUntil([] { return visibleDialogCount() == 1; }, 5000));
    closeVisibleDialogs();
}

TEST_CASE("workspace_openingAPersonFromTheList_showsTheFileAndBackReturnsToTheList")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 person = createPerson(*vault, QStringLiteral("Ines"));
    vault->lock();
    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    ui::Workspace* workspace = window.workspace();
    workspace->showPage(ui::Workspace::Page::People);
    auto* people = qobject_cast<ui::PeoplePage*>(workspace->page(ui::Workspace::Page::People));
    REQUIRE(waitUntil([&] { return people->model()->rowCount() == 1; }));
    people->view()->setFocus();
    people->view()->setCurrentIndex(people->model()->index(0, 0));
    QTest::keyClick(people->view(), Qt::Key_Return);
    REQUIRE(workspace->personPage() != nullptr);
    CHECK(workspace->personPage()->isVisible());
    CHECK_FALSE(people->isVisible());

    workspace->closePerson();
    REQUIRE(waitUntil([&] { return workspace->personPage() == nullptr; }, 5000));
    CHECK(people->isVisible());
    CHECK(person > 0);
    // The file's tabs may still be loading on the worker; they use the test's clock, which goes with the fixture.
    REQUIRE(waitUntil([&] { return !window.session()->isBusy(); }));
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("demoVault_lockScreenAndWorkspace_areMarkedDemo")
{
    UiFixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("demo.abri"));
    DemoOptions demo;
    demo.people = 30;
    demo.notes = 60;
    auto created = createDemoVault(path, demo, fixture.vaultOptions());
    INFO((created ? std::string() : created.error().message().toStdString()));
    REQUIRE(created.ok());
    created.value().vault->lock();
    ui::UiSettings::setVaultPath(path);
    ui::UiSettings::setDemoVaultPath(path);

    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    REQUIRE(window.screen() == ui::MainWindow::Screen::Lock);
    CHECK(window.windowTitle() == QStringLiteral("Abri — DEMO — Locked"));
    CHECK(window.lockScreen()->isDemo());
    CHECK(child<QLabel>(window.lockScreen(), QStringLiteral("demoBadge"))->isVisible());
    const QString info = child<QLabel>(window.lockScreen(), QStringLiteral("demoInfo"))->text();
    CHECK(info.contains(demoPassphrase().toHtmlEscaped()));
    for (const QString& name : demoUserNames()) {
        CHECK(info.contains(name));
    }

    unlockThroughUi(window, demoUserNames().at(1), demoPassphrase());
    CHECK(window.windowTitle() == QStringLiteral("Abri — DEMO"));
    CHECK(window.workspace()->isDemo());
    CHECK(child<QLabel>(window.workspace(), QStringLiteral("demoBadge"))->isVisible());
    window.workspace()->showPage(ui::Workspace::Page::People);
    auto* people = qobject_cast<ui::PeoplePage*>(window.workspace()->page(ui::Workspace::Page::People));
    REQUIRE(waitUntil([&] { return people->model()->hasLoaded(); }));
    CHECK(people->model()->total() == 30);
}

TEST_CASE("demoVault_anOrdinaryVault_isNotMarkedDemo")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    CHECK(window.windowTitle() == QStringLiteral("Abri — Locked"));
    CHECK_FALSE(window.lockScreen()->isDemo());
    CHECK_FALSE(child<QLabel>(window.lockScreen(), QStringLiteral("demoBadge"))->isVisible());
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    CHECK(window.windowTitle() == QStringLiteral("Abri"));
    CHECK_FALSE(child<QLabel>(window.workspace(), QStringLiteral("demoBadge"))->isVisible());
}

TEST_CASE("demoVault_madeFromTheWizard_opensItsLockScreen")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    ui::FirstRunWizard* wizard = window.wizard();
    REQUIRE(wizard != nullptr);
    child<QRadioButton>(wizard, QStringLiteral("demoVaultRadio"))->setChecked(true);
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::DemoPageId);
    ui::DemoVaultPage* page = wizard->demoPage();
    CHECK(page->size() == ui::DemoVaultPage::Size::Small);

    SECTION("stopping leaves no vault behind")
    {
        wizard->next();
        REQUIRE(page->isBusy());
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("demoCancelButton")), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !page->isBusy(); }, 120'000));
        CHECK(child<QLabel>(page, QStringLiteral("statusLabel"))->text().contains(QStringLiteral("Cancelled")));
        CHECK_FALSE(QFileInfo::exists(page->vaultPath()));
        CHECK(window.screen() == ui::MainWindow::Screen::Wizard);
        CHECK(ui::UiSettings::demoVaultPath().isEmpty());
    }
    SECTION("the small demo is made and its lock screen says DEMO")
    {
        wizard->next();
        REQUIRE(waitUntil([&] { return window.screen() == ui::MainWindow::Screen::Lock; }, 240'000));
        CHECK(window.lockScreen()->isDemo());
        CHECK(window.windowTitle() == QStringLiteral("Abri — DEMO — Locked"));
        CHECK(ui::UiSettings::isDemoVaultPath(window.lockScreen()->vaultPath()));
        CHECK(window.lockScreen()->vaultPath().endsWith(QStringLiteral("demo.abri")));
    }
}

// Not part of the suite ([.]): writes the People and Today pages of a demo vault to /tmp for a look.
TEST_CASE("screenshots_peopleAndTodayOfADemoVault_areWritten", "[.screenshots]")
{
    UiFixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("demo.abri"));
    DemoOptions demo;
    demo.people = 600;
    demo.notes = 3000;
    auto created = createDemoVault(path, demo, fixture.vaultOptions());
    REQUIRE(created.ok());
    created.value().vault->lock();
    ui::UiSettings::setVaultPath(path);
    ui::UiSettings::setDemoVaultPath(path);
    ui::MainWindow window(fixture.options);
    window.resize(1180, 720);
    showAndActivate(window);
    REQUIRE(window.lockScreen()->grab().save(QStringLiteral("/tmp/peoplegui-lock.png")));
    unlockThroughUi(window, demoUserNames().at(1), demoPassphrase());
    auto* today = qobject_cast<ui::TodayPage*>(window.workspace()->page(ui::Workspace::Page::Today));
    REQUIRE(waitUntil([&] { return today->isLoaded(); }));
    REQUIRE(window.grab().save(QStringLiteral("/tmp/peoplegui-today.png")));
    window.workspace()->showPage(ui::Workspace::Page::People);
    auto* people = qobject_cast<ui::PeoplePage*>(window.workspace()->page(ui::Workspace::Page::People));
    REQUIRE(waitUntil([&] { return people->model()->hasLoaded() && !people->model()->isLoading(); }));
    REQUIRE(window.grab().save(QStringLiteral("/tmp/peoplegui-people.png")));
    typeSearch(*people, QStringLiteral("ma"));
    REQUIRE(window.grab().save(QStringLiteral("/tmp/peoplegui-typeahead.png")));
    people->searchField()->setText(demoNoteWords().value(0));
    people->searchNotes();
    REQUIRE(waitUntil([&] { return !people->isSearching() && people->mode() == ui::PeoplePage::Mode::Notes; }));
    REQUIRE(window.grab().save(QStringLiteral("/tmp/peoplegui-notes.png")));
}
