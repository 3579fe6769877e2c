#include "FirstRunWizard.h"
#include "LockScreen.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace abri;
using namespace abri::test;
using ui::MainWindow;

namespace {

void fillCreatePage(ui::FirstRunWizard* wizard, const QString& path)
{
    auto* folder = child<QLineEdit>(wizard, QStringLiteral("folderEdit"));
    folder->clear();
    QTest::keyClicks(folder, path);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationEdit")), Organisation);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("userNameEdit")), Coordinator);
}

QStringList visibleTexts(const QWidget* root)
{
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (auto* edit : root->findChildren<QLineEdit*>()) {
        texts << edit->text();
    }
    return texts;
}

} // namespace

TEST_CASE("The first-run wizard creates a vault, the lock screen unlocks it, and Ctrl+L locks it again")
{
    UiFixture fixture;
    MainWindow window(fixture.options);
    showAndActivate(window);
    REQUIRE(window.screen() == MainWindow::Screen::Wizard);
    ui::FirstRunWizard* wizard = window.wizard();
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::StartPageId);
    REQUIRE(child<QRadioButton>(wizard, QStringLiteral("createVaultRadio"))->isChecked());
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::CreatePageId);

    fillCreatePage(wizard, fixture.vaultPath());
    QAbstractButton* commit = wizard->button(QWizard::CommitButton);
    auto* first = child<QLineEdit>(wizard->currentPage(), QStringLiteral("newPassphraseEdit"));
    auto* repeat = child<QLineEdit>(wizard->currentPage(), QStringLiteral("repeatPassphraseEdit"));

    SECTION("a short passphrase is refused with feedback")
    {
        QTest::keyClicks(first, QStringLiteral("short"));
        QTest::keyClicks(repeat, QStringLiteral("short"));
        CHECK_FALSE(commit->isEnabled());
        CHECK(child<QLabel>(wizard->currentPage(), QStringLiteral("strengthFeedback"))
                  ->text()
                  .contains(QStringLiteral("more character")));
    }

    SECTION("two different passphrases are refused")
    {
        QTest::keyClicks(first, CoordinatorPass);
        QTest::keyClicks(repeat, ColleaguePass);
        CHECK_FALSE(commit->isEnabled());
    }

    SECTION("the whole round trip")
    {
        QTest::keyClicks(first, CoordinatorPass);
        QTest::keyClicks(repeat, CoordinatorPass);
        REQUIRE(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        // Creation runs on a worker; the wizard moves on by itself.
        REQUIRE(waitUntil([&] { return wizard->currentId() == ui::FirstRunWizard::RecoveryKeyPageId; }));
        CHECK(Vault::looksLikeVault(fixture.vaultPath()));
        const QString shownKey = child<QLabel>(wizard, QStringLiteral("recoveryKeyLabel"))->text();
        CHECK(shownKey.count(QLatin1Char('-')) >= 6);
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        CHECK_FALSE(finish->isEnabled());
        child<QCheckBox>(wizard, QStringLiteral("writtenDownCheck"))->setChecked(true);
        REQUIRE(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);

        REQUIRE(window.screen() == MainWindow::Screen::Lock);
        CHECK(window.windowTitle() == QStringLiteral("Abri — Locked"));
        ui::LockScreen* lock = window.lockScreen();
        for (const QString& text : visibleTexts(lock)) {
            CHECK_FALSE(text.contains(Organisation));
            CHECK_FALSE(text.contains(Coordinator));
        }

        unlockThroughUi(window, Coordinator, CoordinatorPass);
        CHECK(window.windowTitle() == QStringLiteral("Abri"));
        std::shared_ptr<Vault> vault = window.session()->sharedVault();
        REQUIRE(vault->isUnlocked());
        CHECK(vault->currentUser().name == Coordinator);

        pressKey(Qt::Key_L, Qt::ControlModifier);
        CHECK(window.screen() == MainWindow::Screen::Lock);
        CHECK_FALSE(vault->isUnlocked());
        CHECK(window.session() == nullptr);
        REQUIRE(window.lockScreen() != nullptr);
        CHECK(window.lockScreen()->isVisible());
        CHECK(window.windowTitle() == QStringLiteral("Abri — Locked"));
        // The workspace and its pages are gone once the event loop has run.
        REQUIRE(waitUntil([&] { return window.findChild<ui::Workspace*>() == nullptr; }));
    }
}

TEST_CASE("The wizard opens an existing vault folder and refuses a folder that is not a vault")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    // A fresh computer: nothing remembered, so the wizard comes first.
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Abri"), QStringLiteral("abri")).clear();
    MainWindow window(fixture.options);
    showAndActivate(window);
    ui::FirstRunWizard* wizard = window.wizard();
    REQUIRE(wizard != nullptr);
    child<QRadioButton>(wizard, QStringLiteral("openVaultRadio"))->setChecked(true);
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::OpenPageId);
    auto* folder = wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("folderEdit"));
    REQUIRE(folder != nullptr);
    folder->setText(fixture.dir.path());
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    folder->setText(fixture.vaultPath());
    REQUIRE(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(window.screen() == MainWindow::Screen::Lock);
    CHECK(window.lockScreen()->vaultPath() == fixture.vaultPath());
}

TEST_CASE("A wrong passphrase shows core's error and the vault stays locked")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    typeUnlock(window, Coordinator, QStringLiteral("not the passphrase at all"));
    auto* error = child<QLabel>(window.lockScreen(), QStringLiteral("errorLabel"));
    REQUIRE(waitUntil([&] { return !error->text().isEmpty(); }));
    CHECK(window.screen() == MainWindow::Screen::Lock);
    CHECK(window.session() == nullptr);
    CHECK(child<QLineEdit>(window.lockScreen(), QStringLiteral("passphraseEdit"))->text().isEmpty());
}

TEST_CASE("After failed attempts the next unlock says how many there were")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    typeUnlock(window, Coordinator, QStringLiteral("not the passphrase at all"));
    auto* error = child<QLabel>(window.lockScreen(), QStringLiteral("errorLabel"));
    REQUIRE(waitUntil([&] { return !error->text().isEmpty(); }));
    // Past any back-off: the clock is the test's.
    fixture.clock.advanceSeconds(3600);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    auto* notice = child<QLabel>(window.workspace(), QStringLiteral("noticeLabel"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("1 failed unlock attempt")));
}

TEST_CASE("An unlock that finishes an interrupted re-key tells the user to re-key again")
{
    UiFixture fixture;
    {
        auto vault = fixture.createVault();
        REQUIRE(vault->rekey().ok());
        vault->lock();
    }
    // The state a crash leaves between the database re-key and the slot switch.
    const QString keys = QDir(fixture.vaultPath()).filePath(QStringLiteral("abri.keys"));
    REQUIRE(QFile::rename(keys, keys + QStringLiteral(".pending")));
    MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    auto* notice = child<QLabel>(window.workspace(), QStringLiteral("noticeLabel"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("never shown")));
}

TEST_CASE("While the back-off runs the lock screen counts down and Unlock is disabled")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    auto* unlock = child<QPushButton>(window.lockScreen(), QStringLiteral("unlockButton"));
    auto* countdown = child<QLabel>(window.lockScreen(), QStringLiteral("countdownLabel"));
    // Fail until core starts slowing attempts down (it may allow a few at once).
    for (int attempt = 0; attempt < 10 && unlock->isEnabled(); ++attempt) {
        typeUnlock(window, Coordinator, QStringLiteral("not the passphrase at all"));
        auto* error = child<QLabel>(window.lockScreen(), QStringLiteral("errorLabel"));
        REQUIRE(waitUntil([&] { return !error->text().isEmpty(); }));
        error->clear();
    }
    REQUIRE_FALSE(unlock->isEnabled());
    CHECK(countdown->text().contains(QStringLiteral("second")));
    fixture.clock.advanceSeconds(24 * 3600);
    REQUIRE(waitUntil([&] { return unlock->isEnabled(); }, 5000));
    CHECK(countdown->text().isEmpty());
}

TEST_CASE("The user name is remembered only when the user ticks the box")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    {
        MainWindow window(fixture.options);
        showAndActivate(window);
        CHECK(child<QLineEdit>(window.lockScreen(), QStringLiteral("userNameEdit"))->text().isEmpty());
        CHECK_FALSE(child<QCheckBox>(window.lockScreen(), QStringLiteral("rememberNameCheck"))->isChecked());
        unlockThroughUi(window, Coordinator, CoordinatorPass);
        window.lock();
        CHECK(child<QLineEdit>(window.lockScreen(), QStringLiteral("userNameEdit"))->text().isEmpty());
        child<QCheckBox>(window.lockScreen(), QStringLiteral("rememberNameCheck"))->setChecked(true);
        unlockThroughUi(window, Coordinator, CoordinatorPass);
        window.lock();
    }
    MainWindow again(fixture.options);
    showAndActivate(again);
    CHECK(child<QLineEdit>(again.lockScreen(), QStringLiteral("userNameEdit"))->text() == Coordinator);
    child<QCheckBox>(again.lockScreen(), QStringLiteral("rememberNameCheck"))->setChecked(false);
    unlockThroughUi(again, Coordinator, CoordinatorPass);
    again.lock();
    CHECK(child<QLineEdit>(again.lockScreen(), QStringLiteral("userNameEdit"))->text().isEmpty());
}

TEST_CASE("The recovery key opens the vault and leads to the Users page")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), QStringLiteral("useRecoveryKeyButton")), Qt::LeftButton);
    auto* keyEdit = child<QLineEdit>(window.lockScreen(), QStringLiteral("recoveryKeyEdit"));
    REQUIRE(keyEdit->isVisible());
    QTest::keyClicks(keyEdit, fixture.recoveryKey.toLower());
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), QStringLiteral("recoveryUnlockButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.screen() == MainWindow::Screen::Workspace; }));
    ui::Workspace* workspace = window.workspace();
    CHECK(workspace->hasPage(ui::Workspace::Page::Users));
    CHECK(workspace->page(ui::Workspace::Page::Users)->isVisible());
    CHECK_FALSE(workspace->hasPage(ui::Workspace::Page::MyAccount));
    CHECK(child<QLabel>(workspace, QStringLiteral("noticeLabel"))->text().contains(QStringLiteral("recovery key")));
}

TEST_CASE("A non-coordinator gets neither the Users nor the Audit log page")
{
    UiFixture fixture;
    fixture.createVaultWithUser(QStringLiteral("sam"), Role::Caseworker);
    MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, QStringLiteral("sam"), ColleaguePass);
    ui::Workspace* workspace = window.workspace();
    CHECK_FALSE(workspace->hasPage(ui::Workspace::Page::Users));
    CHECK_FALSE(workspace->hasPage(ui::Workspace::Page::Audit));
    CHECK(workspace->hasPage(ui::Workspace::Page::MyAccount));
    CHECK(workspace->hasPage(ui::Workspace::Page::Preferences));
    CHECK(workspace->findChild<QWidget*>(QStringLiteral("usersPage")) == nullptr);
    CHECK(workspace->findChild<QWidget*>(QStringLiteral("auditPage")) == nullptr);
    // Core refuses too, whatever the GUI shows.
    auto users = window.session()->vault().users();
    REQUIRE_FALSE(users.ok());
    CHECK(users.error().code() == ErrorCode::PermissionDenied);
}

TEST_CASE("After a recovery unlock a coordinator's passphrase is reset and then opens the vault")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), QStringLiteral("useRecoveryKeyButton")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(window.lockScreen(), QStringLiteral("recoveryKeyEdit")), fixture.recoveryKey);
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), QStringLiteral("recoveryUnlockButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.screen() == MainWindow::Screen::Workspace; }));
    QWidget* users = window.workspace()->page(ui::Workspace::Page::Users);
    auto* view = child<QTableView>(users, QStringLiteral("usersView"));
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(users, QStringLiteral("resetPassphraseButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        return dialog != nullptr;
    }));
    const QString fresh = QStringLiteral("granite meadow whistle copper");
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newPassphraseEdit")), fresh);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("repeatPassphraseEdit")), fresh);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    // Success closes the form and confirms in a message box.
    REQUIRE(waitUntil([&] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }));
    closeVisibleDialogs();
    window.lock();
    unlockThroughUi(window, Coordinator, fresh);
}

TEST_CASE("Open another vault shows the wizard, and Cancel returns to the lock screen")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), QStringLiteral("openAnotherVaultButton")),
                      Qt::LeftButton);
    REQUIRE(window.screen() == MainWindow::Screen::Wizard);
    QAbstractButton* cancel = window.wizard()->button(QWizard::CancelButton);
    REQUIRE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(window.screen() == MainWindow::Screen::Lock);
    CHECK(window.lockScreen()->vaultPath() == fixture.vaultPath());
}

TEST_CASE("Escape on the first-run wizard does not leave an empty window")
{
    UiFixture fixture;
    MainWindow window(fixture.options);
    showAndActivate(window);
    REQUIRE(window.screen() == MainWindow::Screen::Wizard);
    QTest::keyClick(window.wizard(), Qt::Key_Escape);
    CHECK(window.wizard()->isVisible());
}
