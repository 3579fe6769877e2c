// The person page offscreen, as a caseworker or a clinic-intake volunteer would use it: every change goes through
// the real dialogs and tabs, and what they saved is then read back through core.
#include "BreakGlassDialog.h"
#include "ConsentsTab.h"
#include "NewPersonDialog.h"
#include "PeoplePage.h"
#include "PersonOverviewTab.h"
#include "PersonPage.h"
#include "TimelineTab.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace abri;
using namespace abri::test;

namespace {

const QString Clinic = QStringLiteral("imane");
const QString Legal = QStringLiteral("noor");
const QString HealthText = QStringLiteral("Asthma; inhaler renewed in March. Prefers a woman doctor.");
const QString LegalText = QStringLiteral("Hearing at the tribunal on 12 February about the eviction.");

// A GUI session on a vault opened by one user. Waits for running work before the session goes, so no task
// finishes on a destroyed page.
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
    Vault& vault() const { return session->vault(); }
    CaseFiles files() const { return CaseFiles(session->vault()); }
};

std::unique_ptr<Vault> unlockAs(const UiFixture& fixture, const QString& name, const QString& passphrase)
{
    auto vault = Vault::unlock(fixture.vaultPath(), name, secure(passphrase), fixture.vaultOptions());
    INFO((vault ? std::string() : vault.error().message().toStdString()));
    REQUIRE(vault.ok());
    return std::move(vault.value());
}

qint64 createPerson(Vault& vault, const QString& alias)
{
    PersonDraft draft;
    draft.alias = alias;
    auto id = CaseFiles(vault).createPerson(draft);
    INFO((id ? std::string() : id.error().message().toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

// A vault with a coordinator, a clinic-intake and a legal volunteer, and one person whose health part the clinic
// wrote and whose legal part the legal volunteer wrote. Returns the person's id; the vault is locked.
qint64 createTeamVault(UiFixture& fixture)
{
    qint64 personId = 0;
    {
        auto vault = fixture.createVault();
        REQUIRE(vault->addUser(Clinic, Role::ClinicIntake, secure(ColleaguePass)).ok());
        REQUIRE(vault->addUser(Legal, Role::LegalVolunteer, secure(ColleaguePass)).ok());
        personId = createPerson(*vault, QStringLiteral("Zaza Belleville"));
        vault->lock();
    }
    auto write = [&](const QString& user, auto change) {
        auto vault = unlockAs(fixture, user, ColleaguePass);
        CaseFiles files(*vault);
        auto file = files.openPerson(personId);
        REQUIRE(file.ok());
        PersonDraft draft = PersonDraft::fromFile(file.value());
        change(draft);
        auto st = files.updatePerson(personId, draft);
        INFO((st ? std::string() : st.error().message().toStdString()));
        REQUIRE(st.ok());
        vault->lock();
    };
    write(Clinic, [](PersonDraft& d) { d.healthSummary = HealthText; });
    write(Legal, [](PersonDraft& d) { d.legalSummary = LegalText; });
    return personId;
}

template <typename T>
T* visibleDialog(const QString& objectName)
{
    T* found = nullptr;
    waitUntil(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->objectName() == objectName) {
                    found = qobject_cast<T*>(widget);
                }
            }
            return found != nullptr;
        },
        5000);
    INFO("waiting for dialog " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

bool waitLoaded(ui::PersonPage& page)
{
    return waitUntil([&] {
        return page.overviewTab()->isLoaded() && page.consentsTab()->isLoaded() && page.timelineTab()->isLoaded();
    });
}

// Types like a person, also letters beyond ASCII (QTest::keyClicks only knows ASCII).
void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QLabel* errorOf(QWidget* parent, const QString& name)
{
    return child<QLabel>(parent, name);
}

} // namespace

TEST_CASE("personPage_createConsentNote_searchFindsTheNote")
{
    UiFixture fixture;
    Session s(fixture.createVault());

    // New person through the dialog: alias typed, saved with Ctrl+Enter.
    QPointer<ui::NewPersonDialog> dialog = new ui::NewPersonDialog(s.get());
    qint64 created = 0;
    QObject::connect(dialog, &QDialog::accepted, [&] { created = dialog->createdPersonId(); });
    showAndActivate(*dialog);
    typeText(child<QLineEdit>(dialog, QStringLiteral("aliasEdit")), QStringLiteral("Perle Ménilmontant"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("pronounsEdit")), QStringLiteral("elle"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("languagesEdit")), QStringLiteral("French, Tagalog"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("aliasEdit")), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return created != 0; }));
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    {
        auto file = s.files().openPerson(created);
        REQUIRE(file.ok());
        CHECK(file->alias == QStringLiteral("Perle Ménilmontant"));
        CHECK(file->pronouns == QStringLiteral("elle"));
        CHECK(file->languages == QStringList{QStringLiteral("French"), QStringLiteral("Tagalog")});
    }

    ui::PersonPage page(s.get(), created);
    page.resize(1100, 800);
    showAndActivate(page);
    REQUIRE(waitLoaded(page));
    CHECK(page.titleLabel()->text() == QStringLiteral("Perle Ménilmontant"));

    // A consent through the Consents tab.
    page.tabs()->setCurrentWidget(page.consentsTab());
    ui::ConsentsTab* consents = page.consentsTab();
    auto* scope = child<QComboBox>(consents, QStringLiteral("scopeCombo"));
    scope->setCurrentIndex(scope->findData(static_cast<int>(ConsentScope::ShareWithPartner)));
    typeText(child<QLineEdit>(consents, QStringLiteral("recipientEdit")), QStringLiteral("Médecins du Monde"));
    QTest::keyClicks(child<QLineEdit>(consents, QStringLiteral("purposeEdit")), QStringLiteral("Follow-up care"));
    QTest::mouseClick(child<QPushButton>(consents, QStringLiteral("addConsentButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return consents->consents().size() == 1; }));
    CHECK(consents->table()->item(0, ui::ConsentsTab::StateColumn)->text() == QStringLiteral("In force"));
    CHECK(consents->table()->item(0, ui::ConsentsTab::RecipientColumn)->text() == QStringLiteral("Médecins du Monde"));
    {
        auto stored = s.files().consents(created);
        REQUIRE(stored.ok());
        REQUIRE(stored->size() == 1);
        CHECK(stored->front().givenOn == fixture.clock.nowUtc().toLocalTime().date());
        CHECK(stored->front().purpose == QStringLiteral("Follow-up care"));
    }

    // A note through the Timeline tab, added with Ctrl+Enter.
    page.tabs()->setCurrentWidget(page.timelineTab());
    ui::TimelineTab* timeline = page.timelineTab();
    auto* body = child<QPlainTextEdit>(timeline, QStringLiteral("bodyEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Accompanied her to the Oberkampf clinic; next visit Thursday."));
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return timeline->notes().size() == 1; }));
    CHECK(timeline->notes().front().body ==
          QStringLiteral("Accompanied her to the Oberkampf clinic; next visit Thursday."));
    CHECK(body->toPlainText().isEmpty());
    CHECK(timeline->notesTable()->item(0, ui::TimelineTab::BodyColumn)->text().contains(QStringLiteral("Oberkampf")));

    // Full text finds it, through core and through the people page's notes search.
    auto hits = s.files().searchNotes(QStringLiteral("oberkampf"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().personId == created);

    ui::PeoplePage people(s.get());
    people.resize(900, 600);
    people.show();
    people.searchField()->setText(QStringLiteral("Oberkampf"));
    people.searchNotes();
    REQUIRE(waitUntil([&] { return !people.isSearching() && people.noteHits()->topLevelItemCount() == 1; }));
    CHECK(people.mode() == ui::PeoplePage::Mode::Notes);
}

TEST_CASE("newPersonDialog_emptyAlias_showsErrorAndSavesNothing")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    QPointer<ui::NewPersonDialog> dialog = new ui::NewPersonDialog(s.get());
    showAndActivate(*dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("pronounsEdit")), QStringLiteral("she/her"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    auto* error = errorOf(dialog, QStringLiteral("errorLabel"));
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text().contains(QStringLiteral("alias")));
    CHECK(dialog->isVisible());
    CHECK(child<QLineEdit>(dialog, QStringLiteral("pronounsEdit"))->text() == QStringLiteral("she/her"));
    auto count = s.files().countPeople({});
    REQUIRE(count.ok());
    CHECK(count.value() == 0);
    dialog->done(QDialog::Rejected);
}

TEST_CASE("newPersonDialog_similarAlias_listsDuplicatesBeforeSaving")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    const qint64 existing = createPerson(s.vault(), QStringLiteral("Rosa Delacroix"));

    QPointer<ui::NewPersonDialog> dialog = new ui::NewPersonDialog(s.get());
    showAndActivate(*dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("aliasEdit")), QStringLiteral("rosa delacroix"));
    auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* list = child<QListWidget>(dialog, QStringLiteral("duplicatesList"));
    REQUIRE(waitUntil([&] { return list->isVisible() && list->count() == 1; }));
    CHECK(child<QLabel>(dialog, QStringLiteral("duplicatesLabel"))
              ->text()
              .startsWith(QStringLiteral("Possible duplicates")));
    CHECK(list->item(0)->text().contains(QStringLiteral("Rosa Delacroix")));
    CHECK(ok->text().remove(QLatin1Char('&')) == QStringLiteral("Create anyway"));
    auto count = [&] {
        auto n = s.files().countPeople({});
        REQUIRE(n.ok());
        return n.value();
    };
    CHECK(count() == 1);

    SECTION("opening the existing file asks for it and creates nothing")
    {
        qint64 asked = 0;
        QObject::connect(dialog, &ui::NewPersonDialog::openExistingRequested, [&](qint64 id) { asked = id; });
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openExistingButton")), Qt::LeftButton);
        CHECK(asked == existing);
        REQUIRE(waitUntil([&] { return dialog.isNull(); }));
        CHECK(count() == 1);
    }

    SECTION("create anyway makes a second file")
    {
        qint64 created = 0;
        QObject::connect(dialog, &QDialog::accepted, [&] { created = dialog->createdPersonId(); });
        QTest::mouseClick(ok, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return created != 0; }));
        CHECK(created != existing);
        CHECK(count() == 2);
    }

    SECTION("changing the alias asks core again before saving")
    {
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("aliasEdit")), QStringLiteral(" bis"));
        CHECK(ok->text().remove(QLatin1Char('&')) == QStringLiteral("Create"));
        dialog->done(QDialog::Rejected);
    }
}

TEST_CASE("consentsTab_futureDate_showsErrorAndSavesNothing")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    const qint64 personId = createPerson(s.vault(), QStringLiteral("Nadia Goutte-d'Or"));
    ui::ConsentsTab tab(s.get(), personId);
    tab.show();
    REQUIRE(waitUntil([&] { return tab.isLoaded(); }));
    auto* scope = child<QComboBox>(&tab, QStringLiteral("scopeCombo"));
    scope->setCurrentIndex(scope->findData(static_cast<int>(ConsentScope::AnonymisedStatistics)));
    CHECK_FALSE(child<QLineEdit>(&tab, QStringLiteral("recipientEdit"))->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&tab, QStringLiteral("purposeEdit")), QStringLiteral("Annual report"));
    auto* given = child<QDateEdit>(&tab, QStringLiteral("givenDateEdit"));
    CHECK(given->date() == fixture.clock.nowUtc().toLocalTime().date());
    given->setDate(given->date().addDays(3));
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("addConsentButton")), Qt::LeftButton);
    auto* error = errorOf(&tab, QStringLiteral("consentFormErrorLabel"));
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text().contains(QStringLiteral("future")));
    auto stored = s.files().consents(personId);
    REQUIRE(stored.ok());
    CHECK(stored->empty());
    CHECK(tab.table()->rowCount() == 0);

    SECTION("with today's date it is recorded, and revoking marks it revoked")
    {
        given->setDate(fixture.clock.nowUtc().toLocalTime().date());
        QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("addConsentButton")), Qt::LeftButton);
        INFO(error->text().toStdString());
        REQUIRE(waitUntil([&] { return tab.consents().size() == 1; }));
        CHECK_FALSE(error->isVisible());
        tab.table()->selectRow(0);
        auto* revoke = child<QPushButton>(&tab, QStringLiteral("revokeButton"));
        REQUIRE(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return tab.consents().size() == 1 && tab.consents().front().revokedOn.isValid(); }));
        CHECK(tab.table()->item(0, ui::ConsentsTab::StateColumn)->text() == QStringLiteral("Revoked"));
    }
}

TEST_CASE("timelineTab_emptyNote_showsErrorAndSavesNothing")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    const qint64 personId = createPerson(s.vault(), QStringLiteral("Lou Barbès"));
    ui::TimelineTab tab(s.get(), personId);
    tab.show();
    REQUIRE(waitUntil([&] { return tab.isLoaded(); }));
    QTest::keyClicks(child<QPlainTextEdit>(&tab, QStringLiteral("bodyEdit")), QStringLiteral("   "));
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("addNoteButton")), Qt::LeftButton);
    auto* error = errorOf(&tab, QStringLiteral("noteErrorLabel"));
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text().contains(QStringLiteral("empty")));
    auto notes = s.files().timeline(personId);
    REQUIRE(notes.ok());
    CHECK(notes->empty());
}

TEST_CASE("timelineTab_correction_keepsTheHistory")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    const qint64 personId = createPerson(s.vault(), QStringLiteral("Sacha Pigalle"));
    ui::TimelineTab tab(s.get(), personId);
    tab.resize(900, 700);
    showAndActivate(tab);
    REQUIRE(waitUntil([&] { return tab.isLoaded(); }));
    auto* body = child<QPlainTextEdit>(&tab, QStringLiteral("bodyEdit"));
    QTest::keyClicks(body, QStringLiteral("Met at the cafe on Tuesday."));
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("addNoteButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return tab.notes().size() == 1; }));

    tab.notesTable()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("correctButton")), Qt::LeftButton);
    auto* dialog = visibleDialog<QDialog>(QStringLiteral("correctNoteDialog"));
    auto* correction = child<QPlainTextEdit>(dialog, QStringLiteral("bodyEdit"));
    CHECK(correction->toPlainText() == QStringLiteral("Met at the cafe on Tuesday."));
    correction->setPlainText(QStringLiteral("Met at the cafe on Wednesday."));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return tab.notes().size() == 1 && tab.notes().front().version == 2; }));
    CHECK(tab.notes().front().body == QStringLiteral("Met at the cafe on Wednesday."));
    CHECK(tab.notesTable()->item(0, ui::TimelineTab::WhenColumn)->text().contains(QStringLiteral("corrected")));

    tab.notesTable()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("historyButton")), Qt::LeftButton);
    auto* history = visibleDialog<QDialog>(QStringLiteral("noteHistoryDialog"));
    auto* table = child<QTableWidget>(history, QStringLiteral("historyTable"));
    REQUIRE(waitUntil([&] { return table->rowCount() == 2; }));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Met at the cafe on Tuesday."));
    CHECK(table->item(1, 3)->text() == QStringLiteral("Met at the cafe on Wednesday."));
    history->done(QDialog::Rejected);

    auto versions = s.files().noteHistory(tab.notes().front().noteId);
    REQUIRE(versions.ok());
    CHECK(versions->size() == 2);
}

TEST_CASE("timelineTab_followUp_addedAndDone")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    const qint64 personId = createPerson(s.vault(), QStringLiteral("Inès Château-Rouge"));
    ui::TimelineTab tab(s.get(), personId);
    tab.show();
    REQUIRE(waitUntil([&] { return tab.isLoaded(); }));
    auto* owner = child<QComboBox>(&tab, QStringLiteral("followUpOwnerCombo"));
    CHECK(owner->currentText() == Coordinator);
    QTest::keyClicks(child<QLineEdit>(&tab, QStringLiteral("followUpTitleEdit")),
                     QStringLiteral("Call the housing office"));
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("addFollowUpButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return tab.followUps().size() == 1; }));
    CHECK(tab.followUps().front().due == fixture.clock.nowUtc().toLocalTime().date().addDays(7));
    tab.followUpsTable()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("followUpDoneButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return tab.followUps().size() == 1 && tab.followUps().front().doneAt.isValid(); }));

    SECTION("an empty title is refused and nothing is added")
    {
        QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("addFollowUpButton")), Qt::LeftButton);
        auto* error = errorOf(&tab, QStringLiteral("followUpErrorLabel"));
        REQUIRE(waitUntil([&] { return error->isVisible(); }));
        auto stored = s.files().followUps(personId);
        REQUIRE(stored.ok());
        CHECK(stored->size() == 1);
    }
}

TEST_CASE("personOverview_save_storesEditsAndKeepsFieldsOnError")
{
    UiFixture fixture;
    Session s(fixture.createVault());
    const qint64 personId = createPerson(s.vault(), QStringLiteral("Marlène Stalingrad"));
    ui::PersonPage page(s.get(), personId);
    page.resize(1100, 800);
    showAndActivate(page);
    REQUIRE(waitLoaded(page));
    ui::PersonOverviewTab* overview = page.overviewTab();
    // Merging is offered to coordinators only.
    CHECK(child<QPushButton>(&page, QStringLiteral("mergeButton"))->isVisible());

    auto* pronouns = child<QLineEdit>(overview, QStringLiteral("pronounsEdit"));
    pronouns->setText(QStringLiteral("she/they"));
    child<QCheckBox>(overview, QStringLiteral("flag_do_not_confirm"))->setChecked(true);
    auto* birth = child<QLineEdit>(overview, QStringLiteral("birthEdit"));
    birth->setText(QStringLiteral("2999"));
    pronouns->setFocus();
    QTest::keyClick(pronouns, Qt::Key_Return, Qt::ControlModifier);
    auto* error = errorOf(overview, QStringLiteral("overviewErrorLabel"));
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text().contains(QStringLiteral("future")));
    CHECK(pronouns->text() == QStringLiteral("she/they"));
    CHECK(birth->text() == QStringLiteral("2999"));
    {
        auto file = s.files().openPerson(personId);
        REQUIRE(file.ok());
        CHECK(file->pronouns.isEmpty());
        CHECK(file->flags.empty());
    }

    birth->setText(QStringLiteral("1994"));
    child<QLineEdit>(overview, QStringLiteral("emergencyEdit"))->setText(QStringLiteral("Her sister, 06 11 22 33 44"));
    QTest::mouseClick(child<QPushButton>(overview, QStringLiteral("addContactButton")), Qt::LeftButton);
    auto* contacts = child<QTableWidget>(overview, QStringLiteral("contactsTable"));
    REQUIRE(contacts->rowCount() == 1);
    contacts->item(0, 1)->setText(QStringLiteral("+33 6 12 34 56 78"));
    contacts->item(0, 2)->setText(QStringLiteral("Text only, never leave voicemail"));
    QTest::mouseClick(child<QPushButton>(overview, QStringLiteral("saveButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return child<QLabel>(overview, QStringLiteral("savedNotice"))->isVisible(); }));
    CHECK_FALSE(error->isVisible());
    auto file = s.files().openPerson(personId);
    REQUIRE(file.ok());
    CHECK(file->pronouns == QStringLiteral("she/they"));
    CHECK(file->birth.value == QStringLiteral("1994"));
    CHECK(file->emergencyContact.value == QStringLiteral("Her sister, 06 11 22 33 44"));
    REQUIRE(file->contacts.value.size() == 1);
    CHECK(file->contacts.value.front().value == QStringLiteral("+33 6 12 34 56 78"));
    CHECK(file->contacts.value.front().instructions == QStringLiteral("Text only, never leave voicemail"));
    REQUIRE(file->flags.size() == 1);
    CHECK(file->flags.front() == RiskFlag::DoNotConfirmPresence);
    REQUIRE(waitUntil([&] { return page.findChild<QLabel*>(QStringLiteral("flagBadge_do_not_confirm")) != nullptr; }));

    SECTION("a hidden name puts the code in the title")
    {
        child<QCheckBox>(overview, QStringLiteral("hideNameCheck"))->setChecked(true);
        overview->save();
        REQUIRE(waitUntil([&] { return page.titleLabel()->text() == file->code; }));
        CHECK(child<QLineEdit>(overview, QStringLiteral("aliasEdit"))->text() == QStringLiteral("Marlène Stalingrad"));
    }
}

TEST_CASE("personPage_clinicIntake_seesHealthNotLegal_andBreaksTheGlass")
{
    UiFixture fixture;
    const qint64 personId = createTeamVault(fixture);
    Session s(unlockAs(fixture, Clinic, ColleaguePass));
    ui::PersonPage page(s.get(), personId);
    page.resize(1100, 800);
    showAndActivate(page);
    REQUIRE(waitLoaded(page));
    ui::PersonOverviewTab* overview = page.overviewTab();

    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("mergeButton"))->isVisible());
    QGroupBox* health = overview->groupOf(Category::Health);
    QGroupBox* legal = overview->groupOf(Category::Legal);
    auto* healthEdit = child<QPlainTextEdit>(health, QStringLiteral("healthEdit"));
    CHECK(healthEdit->isVisible());
    CHECK(healthEdit->toPlainText() == HealthText);
    CHECK_FALSE(healthEdit->isReadOnly());
    CHECK_FALSE(child<QWidget>(health, QStringLiteral("restrictedPanel"))->isVisible());

    auto* legalEdit = child<QPlainTextEdit>(legal, QStringLiteral("legalEdit"));
    CHECK_FALSE(legalEdit->isVisible());
    CHECK(legalEdit->toPlainText().isEmpty());
    CHECK(child<QWidget>(legal, QStringLiteral("restrictedPanel"))->isVisible());
    CHECK(child<QLabel>(legal, QStringLiteral("restrictedLabel"))->text().startsWith(QStringLiteral("Restricted")));
    // Readable but not writable for this role: shown, read-only.
    QGroupBox* risk = overview->groupOf(Category::Risk);
    CHECK(child<QLabel>(risk, QStringLiteral("readOnlyLabel"))->isVisible());
    CHECK(child<QPlainTextEdit>(risk, QStringLiteral("riskEdit"))->isReadOnly());
    // Nowhere on the page does the legal text appear.
    for (QPlainTextEdit* edit : page.findChildren<QPlainTextEdit*>()) {
        CHECK_FALSE(edit->toPlainText().contains(QStringLiteral("tribunal")));
    }

    // Something typed before breaking the glass is still there after the legal part opens.
    auto* pronouns = child<QLineEdit>(overview, QStringLiteral("pronounsEdit"));
    pronouns->setText(QStringLiteral("they/them"));

    // Break the glass: a short reason is refused and opens nothing.
    QTest::mouseClick(child<QPushButton>(legal, QStringLiteral("breakGlassButton")), Qt::LeftButton);
    auto* dialog = visibleDialog<ui::BreakGlassDialog>(QStringLiteral("breakGlassDialog"));
    auto* reason = child<QPlainTextEdit>(dialog, QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("need it"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    auto* error = errorOf(dialog, QStringLiteral("errorLabel"));
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(dialog->isVisible());
    CHECK_FALSE(s.files().canRead(personId, Category::Legal));

    // A real reason opens the legal part for this person, read-only for this role.
    reason->setPlainText(QStringLiteral("She asked me to confirm the hearing date with her lawyer today."));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return legalEdit->isVisible() && legalEdit->toPlainText() == LegalText; }));
    CHECK(legalEdit->isReadOnly());
    CHECK(pronouns->text() == QStringLiteral("they/them"));
    CHECK_FALSE(child<QWidget>(legal, QStringLiteral("restrictedPanel"))->isVisible());
    auto breaks = s.files().canRead(personId, Category::Legal);
    CHECK(breaks);

    // The health part saves for this role.
    healthEdit->setPlainText(HealthText + QStringLiteral(" Allergic to penicillin."));
    overview->save();
    REQUIRE(waitUntil([&] { return child<QLabel>(overview, QStringLiteral("savedNotice"))->isVisible(); }));
    auto file = s.files().openPerson(personId);
    REQUIRE(file.ok());
    CHECK(file->healthSummary.value.endsWith(QStringLiteral("penicillin.")));
    CHECK(file->legalSummary.value == LegalText);
    CHECK(file->pronouns == QStringLiteral("they/them"));
}

TEST_CASE("timelineTab_healthNote_restrictedForCoordinator")
{
    UiFixture fixture;
    const qint64 personId = createTeamVault(fixture);
    {
        auto vault = unlockAs(fixture, Clinic, ColleaguePass);
        NoteDraft note{NoteKind::Visit, Category::Health, QStringLiteral("Blood test results are fine.")};
        REQUIRE(CaseFiles(*vault).addNote(personId, note).ok());
        vault->lock();
    }
    Session s(unlockAs(fixture, Coordinator, CoordinatorPass));
    ui::TimelineTab tab(s.get(), personId);
    tab.show();
    REQUIRE(waitUntil([&] { return tab.isLoaded(); }));
    REQUIRE(tab.notes().size() == 1);
    CHECK(tab.notesTable()->item(0, ui::TimelineTab::BodyColumn)->text() == QStringLiteral("Restricted (Health)"));
    // The coordinator may not write health notes, so the category is not offered.
    auto* category = child<QComboBox>(&tab, QStringLiteral("categoryCombo"));
    CHECK(category->findData(static_cast<int>(Category::Health)) < 0);
    CHECK(category->findData(static_cast<int>(Category::Identity)) >= 0);
    tab.notesTable()->selectRow(0);
    CHECK_FALSE(child<QPushButton>(&tab, QStringLiteral("correctButton"))->isEnabled());
    CHECK(child<QPushButton>(&tab, QStringLiteral("breakGlassButton"))->isVisible());
}

// Not a check: pictures of the person page with realistic data, for a person to look at. Hidden from normal runs:
//   ABRI_SCREENSHOT_DIR=/tmp/shots abri_ui_tests "[.screenshots]"
TEST_CASE("personPage_screenshots", "[.screenshots]")
{
    UiFixture fixture;
    const qint64 personId = createTeamVault(fixture);
    {
        auto vault = unlockAs(fixture, Clinic, ColleaguePass);
        CaseFiles files(*vault);
        REQUIRE(files
                    .addNote(personId, {NoteKind::Visit, Category::Health,
                                        QStringLiteral("Blood test results are fine; next check in June.")})
                    .ok());
        vault->lock();
    }
    const QString dir = qEnvironmentVariable("ABRI_SCREENSHOT_DIR", QDir::tempPath());
    auto save = [&](QWidget* widget, const QString& name) {
        waitUntil([] { return false; }, 150);
        REQUIRE(widget->grab().save(QDir(dir).filePath(QStringLiteral("persongui-") + name + QStringLiteral(".png"))));
    };
    {
        Session s(unlockAs(fixture, Coordinator, CoordinatorPass));
        CaseFiles files = s.files();
        auto file = files.openPerson(personId);
        REQUIRE(file.ok());
        PersonDraft draft = PersonDraft::fromFile(file.value());
        draft.pronouns = QStringLiteral("elle / she");
        draft.languages = {QStringLiteral("French"), QStringLiteral("Portuguese")};
        draft.tags = {QStringLiteral("night outreach"), QStringLiteral("housing")};
        draft.flags = {RiskFlag::DoNotConfirmPresence, RiskFlag::BeingLookedFor};
        draft.workerId = s.vault().currentUser().id;
        draft.legalName = QStringLiteral("Maria Fictícia Exemplo");
        draft.birth = QStringLiteral("1991");
        draft.contacts = std::vector<ContactMethod>{{ContactKind::Phone, QStringLiteral("+33 6 00 00 01 02"),
                                                     QStringLiteral("Text only, never leave voicemail"),
                                                     QStringLiteral("Weekdays after 6 pm")},
                                                    {ContactKind::Messaging, QStringLiteral("Signal: @zaza.b"),
                                                     QStringLiteral("Write first, she calls back"), QString()}};
        draft.emergencyContact = QStringLiteral("Sister Ana, +33 6 00 00 09 09");
        draft.location = QStringLiteral("Usually near Belleville metro, evenings");
        draft.shelterAddress = QStringLiteral("Room 4, 12 rue Imaginaire, 75020 Paris");
        draft.riskDetails = QStringLiteral("Former partner has been asking about her at the drop-in.");
        REQUIRE(files.updatePerson(personId, draft).ok());
        const QDate today = fixture.clock.nowUtc().toLocalTime().date();
        fixture.clock.set(fixture.clock.nowUtc().addDays(-60));
        REQUIRE(files
                    .addConsent(personId, {ConsentScope::ShareWithPartner, QStringLiteral("Médecins du Monde"), 0,
                                           QStringLiteral("Health follow-up"), today.addDays(-60), today.addDays(-5),
                                           ConsentMethod::Signed})
                    .ok());
        REQUIRE(
            files
                .addNote(personId, {NoteKind::Contact, std::nullopt,
                                    QStringLiteral("First contact during night outreach. Wants help with housing.")})
                .ok());
        fixture.clock.set(fixture.clock.nowUtc().addDays(60));
        auto revoked =
            files.addConsent(personId, {ConsentScope::KeepPhotos, QString(), 0, QStringLiteral("Photos of injuries"),
                                        today.addDays(-30), QDate(), ConsentMethod::Spoken});
        REQUIRE(revoked.ok());
        REQUIRE(files.revokeConsent(revoked.value(), today.addDays(-2)).ok());
        REQUIRE(files
                    .addConsent(personId,
                                {ConsentScope::AnonymisedStatistics, QString(), 0, QStringLiteral("Annual report"),
                                 today, today.addYears(1), ConsentMethod::Spoken})
                    .ok());
        auto note = files.addNote(personId, {NoteKind::Visit, Category::ShelterAddress,
                                             QStringLiteral("Moved into room 4. Keys given, house rules explained.")});
        REQUIRE(note.ok());
        REQUIRE(files
                    .correctNote(note.value(), QStringLiteral("Moved into room 4 on Monday. Keys given, house rules "
                                                              "explained in Portuguese."))
                    .ok());
        REQUIRE(files
                    .addFollowUp(personId, QStringLiteral("Call the housing office"), today.addDays(3),
                                 s.vault().currentUser().id)
                    .ok());
        REQUIRE(files
                    .addFollowUp(personId, QStringLiteral("Bring the signed lease"), today.addDays(-1),
                                 s.vault().currentUser().id)
                    .ok());

        ui::PersonPage page(s.get(), personId);
        page.resize(1200, 860);
        showAndActivate(page);
        REQUIRE(waitLoaded(page));
        save(&page, QStringLiteral("overview"));
        page.tabs()->setCurrentWidget(page.consentsTab());
        save(&page, QStringLiteral("consents"));
        page.tabs()->setCurrentWidget(page.timelineTab());
        save(&page, QStringLiteral("timeline"));
        page.tabs()->setCurrentIndex(3);
        save(&page, QStringLiteral("attachments"));

        auto* dialog = new ui::NewPersonDialog(s.get());
        showAndActivate(*dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("aliasEdit")), QStringLiteral("Zaza"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return child<QListWidget>(dialog, QStringLiteral("duplicatesList"))->isVisible(); }));
        save(dialog, QStringLiteral("new-person-duplicates"));
        dialog->done(QDialog::Rejected);
    }

    // The same file as the clinic-intake volunteer sees it: health open, legal and shelter restricted.
    Session c(unlockAs(fixture, Clinic, ColleaguePass));
    ui::PersonPage page(c.get(), personId);
    page.resize(1200, 860);
    showAndActivate(page);
    REQUIRE(waitLoaded(page));
    save(&page, QStringLiteral("clinic-overview"));
    page.tabs()->setCurrentWidget(page.timelineTab());
    save(&page, QStringLiteral("clinic-timeline"));
    page.tabs()->setCurrentWidget(page.overviewTab());
    QTest::mouseClick(
        child<QPushButton>(page.overviewTab()->groupOf(Category::Legal), QStringLiteral("breakGlassButton")),
        Qt::LeftButton);
    auto* glass = visibleDialog<ui::BreakGlassDialog>(QStringLiteral("breakGlassDialog"));
    QTest::keyClicks(child<QPlainTextEdit>(glass, QStringLiteral("reasonEdit")), QStringLiteral("need it"));
    QTest::mouseClick(child<QPushButton>(glass, QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return child<QLabel>(glass, QStringLiteral("errorLabel"))->isVisible(); }));
    save(glass, QStringLiteral("break-glass"));
}
