#include "AuditLogModel.h"
#include "AuditPage.h"
#include "ItemRoles.h"
#include "UiTestSupport.h"
#include "UsersModel.h"
#include "UsersPage.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace abri;
using namespace abri::test;
using ui::MainWindow;

namespace {

struct CoordinatorWindow
{
    UiFixture fixture;
    std::unique_ptr<MainWindow> window;

    CoordinatorWindow()
    {
        fixture.createVault()->lock();
        window = std::make_unique<MainWindow>(fixture.options);
        showAndActivate(*window);
        unlockThroughUi(*window, Coordinator, CoordinatorPass);
    }

    template <typename Page>
    Page* page(ui::Workspace::Page which)
    {
        window->workspace()->showPage(which);
        auto* found = qobject_cast<Page*>(window->workspace()->page(which));
        REQUIRE(found != nullptr);
        REQUIRE(found->isVisible());
        return found;
    }
};

QDialog* waitForDialog(const QString& objectName)
{
    QDialog* found = nullptr;
    waitUntil(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->objectName() == objectName) {
                    found = qobject_cast<QDialog*>(widget);
                }
            }
            return found != nullptr;
        },
        5000);
    REQUIRE(found != nullptr);
    return found;
}

QMessageBox* waitForMessageBox()
{
    QMessageBox* found = nullptr;
    waitUntil(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                    found = box;
                }
            }
            return found != nullptr;
        },
        30'000);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("A coordinator adds a user from the Users page")
{
    CoordinatorWindow w;
    auto* users = w.page<ui::UsersPage>(ui::Workspace::Page::Users);
    REQUIRE(users->model()->rowCount() == 1);
    QTest::mouseClick(child<QPushButton>(users, QStringLiteral("addUserButton")), Qt::LeftButton);
    QDialog* dialog = waitForDialog(QStringLiteral("addUserDialog"));
    auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("noor"));
    auto* role = child<QComboBox>(dialog, QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::LegalVolunteer)));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newPassphraseEdit")), ColleaguePass);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("repeatPassphraseEdit")), ColleaguePass);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    REQUIRE(waitUntil([&] { return users->model()->rowCount() == 2; }));
    const UserInfo* added = users->model()->userAt(users->model()->userAt(0)->name == Coordinator ? 1 : 0);
    CHECK(added->name == QStringLiteral("noor"));
    CHECK(added->role == Role::LegalVolunteer);
    CHECK(added->active);
    CHECK(visibleDialogCount() == 0);

    SECTION("a second user with the same name is refused with core's message, and the dialog keeps it")
    {
        QTest::mouseClick(child<QPushButton>(users, QStringLiteral("addUserButton")), Qt::LeftButton);
        QDialog* again = waitForDialog(QStringLiteral("addUserDialog"));
        QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("nameEdit")), QStringLiteral("noor"));
        QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("newPassphraseEdit")), ColleaguePass);
        QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("repeatPassphraseEdit")), ColleaguePass);
        QTest::mouseClick(child<QPushButton>(again, QStringLiteral("okButton")), Qt::LeftButton);
        auto* error = child<QLabel>(again, QStringLiteral("errorLabel"));
        REQUIRE(waitUntil([&] { return !error->text().isEmpty(); }));
        CHECK(again->isVisible());
        CHECK(users->model()->rowCount() == 2);
        again->done(QDialog::Rejected);
    }

    SECTION("the new colleague can be disabled and enabled again")
    {
        QAbstractItemModel* shown = users->view()->model();
        const QModelIndex noorIndex =
            shown->match(shown->index(0, 0), Qt::DisplayRole, QStringLiteral("noor"), 1, Qt::MatchExactly).value(0);
        REQUIRE(noorIndex.isValid());
        users->view()->selectRow(noorIndex.row());
        auto* toggle = child<QPushButton>(users, QStringLiteral("toggleUserButton"));
        REQUIRE(toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        auto list = w.window->session()->vault().users();
        REQUIRE(list.ok());
        for (const UserInfo& user : list.value()) {
            CHECK(user.active == (user.name != QStringLiteral("noor")));
        }
        QTest::mouseClick(toggle, Qt::LeftButton);
        list = w.window->session()->vault().users();
        REQUIRE(list.ok());
        for (const UserInfo& user : list.value()) {
            CHECK(user.active);
        }
    }
}

TEST_CASE("Disabling the last coordinator shows core's refusal")
{
    CoordinatorWindow w;
    auto* users = w.page<ui::UsersPage>(ui::Workspace::Page::Users);
    users->view()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(users, QStringLiteral("toggleUserButton")), Qt::LeftButton);
    QMessageBox* box = waitForMessageBox();
    CHECK_FALSE(box->text().isEmpty());
    box->done(QDialog::Rejected);
    auto list = w.window->session()->vault().users();
    REQUIRE(list.ok());
    CHECK(list.value().front().active);
}

TEST_CASE("Revoke and re-key shows the new recovery key, which must be confirmed before closing")
{
    CoordinatorWindow w;
    auto* users = w.page<ui::UsersPage>(ui::Workspace::Page::Users);
    users->revokeAndRekey();
    QMessageBox* confirm = waitForMessageBox();
    QAbstractButton* rekey = nullptr;
    for (QAbstractButton* button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::AcceptRole) {
            rekey = button;
        }
    }
    REQUIRE(rekey != nullptr);
    QTest::mouseClick(rekey, Qt::LeftButton);
    QDialog* dialog = waitForDialog(QStringLiteral("recoveryKeyDialog"));
    const QString key = child<QLabel>(dialog, QStringLiteral("recoveryKeyLabel"))->text();
    CHECK(key.count(QLatin1Char('-')) >= 6);
    CHECK(key != w.fixture.recoveryKey);
    auto* close = child<QPushButton>(dialog, QStringLiteral("closeButton"));
    CHECK_FALSE(close->isEnabled());
    dialog->reject();
    CHECK(dialog->isVisible());
    child<QCheckBox>(dialog, QStringLiteral("writtenDownCheck"))->setChecked(true);
    QTest::mouseClick(close, Qt::LeftButton);
    REQUIRE(waitUntil([] { return visibleDialogCount() == 0; }, 5000));
}

TEST_CASE("The audit log filters by action and user, and Verify shows core's report")
{
    CoordinatorWindow w;
    auto* audit = w.page<ui::AuditPage>(ui::Workspace::Page::Audit);
    ui::AuditLogModel* model = audit->model();
    REQUIRE(model->rowCount() >= 2); // at least the vault's creation and this unlock

    SECTION("by action")
    {
        QComboBox* action = audit->actionFilter();
        action->setCurrentIndex(action->findData(QStringLiteral("unlock")));
        REQUIRE(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            CHECK(model->index(row, ui::AuditLogModel::ActionColumn).data(ui::RawValueRole).toString() ==
                  QStringLiteral("unlock"));
        }
        action->setCurrentIndex(action->findData(QStringLiteral("user.disable")));
        CHECK(model->rowCount() == 0);
    }

    SECTION("by user")
    {
        QComboBox* user = audit->userFilter();
        const qint64 me = w.window->session()->vault().currentUser().id;
        user->setCurrentIndex(user->findData(me));
        REQUIRE(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            CHECK(model->index(row, ui::AuditLogModel::UserColumn).data().toString() == Coordinator);
        }
    }

    SECTION("by date")
    {
        auto* from = child<QCheckBox>(audit, QStringLiteral("fromCheck"));
        auto* fromDate = child<QDateEdit>(audit, QStringLiteral("fromDate"));
        fromDate->setDate(QDate::currentDate().addYears(50));
        from->setChecked(true);
        CHECK(model->rowCount() == 0);
        from->setChecked(false);
        CHECK(model->rowCount() >= 2);
    }

    SECTION("Verify")
    {
        QTest::mouseClick(child<QPushButton>(audit, QStringLiteral("verifyButton")), Qt::LeftButton);
        QMessageBox* box = waitForMessageBox();
        CHECK(box->icon() == QMessageBox::Information);
        CHECK(audit->verifyResult()->text() == box->text());
        CHECK_FALSE(box->text().isEmpty());
        box->done(QDialog::Accepted);
    }
}

TEST_CASE("A user changes their own passphrase on My account and unlocks with the new one")
{
    CoordinatorWindow w;
    w.window->workspace()->showPage(ui::Workspace::Page::MyAccount);
    QWidget* page = w.window->workspace()->page(ui::Workspace::Page::MyAccount);
    const QString next = QStringLiteral("marble octopus lantern quietly");
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("currentPassphraseEdit")), CoordinatorPass);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("newPassphraseEdit")), next);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("repeatPassphraseEdit")), next);
    auto* change = child<QPushButton>(page, QStringLiteral("changePassphraseButton"));
    REQUIRE(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);
    auto* result = child<QLabel>(page, QStringLiteral("resultLabel"));
    auto* error = child<QLabel>(page, QStringLiteral("errorLabel"));
    REQUIRE(
        waitUntil([&] { return result->text().contains(QStringLiteral("was changed")) || !error->text().isEmpty(); }));
    REQUIRE(error->text().isEmpty());
    w.window->lock();
    unlockThroughUi(*w.window, Coordinator, next);
}

TEST_CASE("A coordinator changes a colleague's role")
{
    CoordinatorWindow w;
    REQUIRE(w.window->session()->vault().addUser(QStringLiteral("sam"), Role::Caseworker, secure(ColleaguePass)).ok());
    auto* users = w.page<ui::UsersPage>(ui::Workspace::Page::Users);
    users->refresh();
    QAbstractItemModel* shown = users->view()->model();
    const QModelIndex sam =
        shown->match(shown->index(0, 0), Qt::DisplayRole, QStringLiteral("sam"), 1, Qt::MatchExactly).value(0);
    REQUIRE(sam.isValid());
    users->view()->selectRow(sam.row());
    QTest::mouseClick(child<QPushButton>(users, QStringLiteral("changeRoleButton")), Qt::LeftButton);
    QDialog* dialog = waitForDialog(QStringLiteral("changeRoleDialog"));
    auto* role = child<QComboBox>(dialog, QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::ClinicIntake)));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitUntil([] { return visibleDialogCount() == 0; }, 5000));
    auto list = w.window->session()->vault().users();
    REQUIRE(list.ok());
    for (const UserInfo& user : list.value()) {
        if (user.name == QStringLiteral("sam")) {
            CHECK(user.role == Role::ClinicIntake);
        }
    }
}
