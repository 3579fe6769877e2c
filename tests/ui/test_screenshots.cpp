#include "AuditPage.h"
#include "FirstRunWizard.h"
#include "Language.h"
#include "LockScreen.h"
#include "RecoveryKeyPrinter.h"
#include "UiTestSupport.h"
#include "UsersPage.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace abri;
using namespace abri::test;
using ui::MainWindow;

// Not a check: saves pictures of each screen for a person to look at. Hidden from normal runs; run with
//   ABRI_SCREENSHOT_DIR=/tmp/shots abri_ui_tests "[.screenshots]"
// (under xvfb-run with QT_QPA_PLATFORM=xcb to see what the desktop shows).
namespace {

void save(QWidget* widget, const QString& language, const QString& name)
{
    const QString dir = qEnvironmentVariable("ABRI_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    waitUntil([] { return false; }, 150);
    const QString file = QDir(dir).filePath(language + QLatin1Char('-') + name + QStringLiteral(".png"));
    REQUIRE(widget->grab().save(file));
}

QDialog* visibleDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void shootEverything(const QString& language)
{
    ui::Language::apply(language);
    UiFixture fixture;
    MainWindow window(fixture.options);
    showAndActivate(window);
    ui::FirstRunWizard* wizard = window.wizard();
    save(&window, language, QStringLiteral("01-wizard-start"));
    wizard->next();
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationEdit")), Organisation);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("userNameEdit")), Coordinator);
    auto* folder = child<QLineEdit>(wizard, QStringLiteral("folderEdit"));
    folder->clear();
    QTest::keyClicks(folder, fixture.vaultPath());
    QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), QStringLiteral("newPassphraseEdit")),
                     QStringLiteral("correct horse"));
    save(&window, language, QStringLiteral("02-wizard-create-weak"));
    QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), QStringLiteral("newPassphraseEdit")),
                     QStringLiteral(" battery staple"));
    QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), QStringLiteral("repeatPassphraseEdit")), CoordinatorPass);
    save(&window, language, QStringLiteral("03-wizard-create-ready"));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return wizard->currentId() == ui::FirstRunWizard::RecoveryKeyPageId; }));
    save(&window, language, QStringLiteral("04-wizard-recovery-key"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QDir(qEnvironmentVariable("ABRI_SCREENSHOT_DIR", QDir::tempPath()))
                                  .filePath(language + QStringLiteral("-recovery-key.pdf")));
    ui::RecoveryKeyPrinter::print(
        printer,
        child<QLabel>(wizard, QStringLiteral("recoveryKeyLabel"))->text().replace(QLatin1Char('\n'), QLatin1Char('-')));
    child<QCheckBox>(wizard, QStringLiteral("writtenDownCheck"))->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    save(&window, language, QStringLiteral("05-lock-screen-new-vault"));

    typeUnlock(window, Coordinator, QStringLiteral("wrong passphrase here"));
    waitUntil([&] { return !child<QLabel>(window.lockScreen(), QStringLiteral("errorLabel"))->text().isEmpty(); });
    save(&window, language, QStringLiteral("06-lock-screen-error"));
    fixture.clock.advanceSeconds(3600);
    unlockThroughUi(window, Coordinator, CoordinatorPass);

    auto* users = qobject_cast<ui::UsersPage*>(window.workspace()->page(ui::Workspace::Page::Users));
    auto vault = window.session()->sharedVault();
    REQUIRE(vault->addUser(QStringLiteral("noor"), Role::LegalVolunteer, secure(ColleaguePass)).ok());
    REQUIRE(vault->addUser(QStringLiteral("sam"), Role::Caseworker, secure(ColleaguePass)).ok());
    REQUIRE(vault->addUser(QStringLiteral("alex"), Role::ClinicIntake, secure(ColleaguePass)).ok());
    users->refresh();
    users->view()->selectRow(1);
    save(&window, language, QStringLiteral("07-users"));
    users->addUser();
    QDialog* add = visibleDialog();
    REQUIRE(add != nullptr);
    QTest::keyClicks(child<QLineEdit>(add, QStringLiteral("nameEdit")), QStringLiteral("jo"));
    QTest::keyClicks(child<QLineEdit>(add, QStringLiteral("newPassphraseEdit")), QStringLiteral("plum"));
    save(add, language, QStringLiteral("08-add-user"));
    add->done(QDialog::Rejected);

    users->revokeAndRekey();
    QDialog* confirm = visibleDialog();
    REQUIRE(confirm != nullptr);
    save(confirm, language, QStringLiteral("09-rekey-confirm"));
    confirm->done(QDialog::Rejected);

    window.workspace()->showPage(ui::Workspace::Page::Audit);
    auto* audit = qobject_cast<ui::AuditPage*>(window.workspace()->page(ui::Workspace::Page::Audit));
    audit->applyFilter();
    save(&window, language, QStringLiteral("10-audit"));
    audit->verify();
    REQUIRE(waitUntil([] { return visibleDialog() != nullptr; }));
    save(&window, language, QStringLiteral("11-audit-verified"));
    save(visibleDialog(), language, QStringLiteral("12-audit-verify-box"));
    visibleDialog()->done(QDialog::Accepted);

    window.workspace()->showPage(ui::Workspace::Page::MyAccount);
    save(&window, language, QStringLiteral("13-my-account"));
    window.workspace()->showPage(ui::Workspace::Page::Preferences);
    save(&window, language, QStringLiteral("14-preferences"));

    window.lock();
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), QStringLiteral("useRecoveryKeyButton")), Qt::LeftButton);
    save(&window, language, QStringLiteral("15-lock-screen-recovery"));
}

} // namespace

TEST_CASE("Screenshots of every screen in English and French", "[.screenshots]")
{
    shootEverything(QStringLiteral("en"));
    shootEverything(QStringLiteral("fr"));
    ui::Language::apply(QStringLiteral("en"));
}
