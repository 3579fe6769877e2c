#include "Clipboard.h"
#include "DesktopLockWatcher.h"
#include "IdleWatcher.h"
#include "LockKeyFilter.h"
#include "LockScreen.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QThread>

using namespace abri;
using namespace abri::test;
using ui::MainWindow;

namespace {

struct UnlockedWindow
{
    UiFixture fixture;
    std::unique_ptr<MainWindow> window;
    std::shared_ptr<Vault> vault;

    UnlockedWindow()
    {
        fixture.createVault()->lock();
        window = std::make_unique<MainWindow>(fixture.options);
        showAndActivate(*window);
        unlockThroughUi(*window, Coordinator, CoordinatorPass);
        vault = window->session()->sharedVault();
        REQUIRE(vault->isUnlocked());
    }

    bool isLocked() const
    {
        return window->screen() == MainWindow::Screen::Lock && !vault->isUnlocked() && window->lockScreen() &&
               window->lockScreen()->isVisible();
    }
};

} // namespace

TEST_CASE("Auto-lock locks after the vault's idle minutes on the injected clock")
{
    UnlockedWindow w;
    const int minutes = w.vault->autoLockMinutes();
    REQUIRE(minutes > 0);
    w.fixture.clock.advanceSeconds(qint64{minutes} * 60 - 30);
    w.window->idleWatcher()->check();
    CHECK_FALSE(w.isLocked());

    SECTION("input resets the idle time")
    {
        pressKey(Qt::Key_Shift);
        w.fixture.clock.advanceSeconds(60);
        w.window->idleWatcher()->check();
        CHECK_FALSE(w.isLocked());
    }

    SECTION("the poll timer locks once the minutes have passed")
    {
        w.fixture.clock.advanceSeconds(60);
        REQUIRE(waitUntil([&] { return w.isLocked(); }, 5000));
    }
}

TEST_CASE("A coordinator's new auto-lock delay applies at once")
{
    UnlockedWindow w;
    w.window->workspace()->showPage(ui::Workspace::Page::Preferences);
    auto* spin = child<QSpinBox>(w.window->workspace(), QStringLiteral("autoLockSpin"));
    spin->setValue(2);
    QTest::mouseClick(child<QPushButton>(w.window->workspace(), QStringLiteral("saveAutoLockButton")), Qt::LeftButton);
    CHECK(w.vault->autoLockMinutes() == 2);
    w.fixture.clock.advanceSeconds(2 * 60 + 1);
    REQUIRE(waitUntil([&] { return w.isLocked(); }, 5000));
}

TEST_CASE("Pressing Escape three times within a second locks at once")
{
    UnlockedWindow w;
    pressKey(Qt::Key_Escape);
    pressKey(Qt::Key_Escape);
    CHECK_FALSE(w.isLocked());
    pressKey(Qt::Key_Escape);
    CHECK(w.isLocked());
}

TEST_CASE("Escape pressed three times slowly does not lock")
{
    UnlockedWindow w;
    for (int i = 0; i < 5; ++i) {
        pressKey(Qt::Key_Escape);
        w.fixture.clock.advanceSeconds(1);
    }
    CHECK_FALSE(w.isLocked());
    CHECK(w.window->screen() == MainWindow::Screen::Workspace);
}

TEST_CASE("Locking closes every open dialog, even while a dialog has focus")
{
    UnlockedWindow w;
    w.window->workspace()->showPage(ui::Workspace::Page::Users);
    QTest::mouseClick(child<QPushButton>(w.window->workspace(), QStringLiteral("addUserButton")), Qt::LeftButton);
    REQUIRE(waitUntil([] { return visibleDialogCount() == 1; }, 5000));
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog != nullptr);
    dialog->activateWindow();
    REQUIRE(waitUntil([&] { return dialog->isActiveWindow(); }, 5000));

    SECTION("Ctrl+L from inside the dialog")
    {
        pressKey(Qt::Key_L, Qt::ControlModifier);
    }
    SECTION("the panic keys from inside the dialog")
    {
        pressKey(Qt::Key_Escape);
        pressKey(Qt::Key_Escape);
        pressKey(Qt::Key_Escape);
    }
    CHECK(w.isLocked());
    CHECK(visibleDialogCount() == 0);
}

TEST_CASE("Locking clears text Abri put on the clipboard, and only that")
{
    UnlockedWindow w;
    QClipboard* clipboard = QGuiApplication::clipboard();

    SECTION("our text is cleared")
    {
        ui::Clipboard::instance().setSecretText(QStringLiteral("ABCD-EFGH"));
        REQUIRE(clipboard->text() == QStringLiteral("ABCD-EFGH"));
        w.window->lock();
        CHECK(clipboard->text().isEmpty());
    }
    SECTION("text copied since by another program stays")
    {
        ui::Clipboard::instance().setSecretText(QStringLiteral("ABCD-EFGH"));
        clipboard->setText(QStringLiteral("someone else's"));
        w.window->lock();
        CHECK(clipboard->text() == QStringLiteral("someone else's"));
    }
    CHECK(w.isLocked());
}

TEST_CASE("The clipboard is cleared after its delay")
{
    ui::Clipboard::instance().setSecretText(QStringLiteral("KEY-1234"), 50);
    REQUIRE(QGuiApplication::clipboard()->text() == QStringLiteral("KEY-1234"));
    REQUIRE(waitUntil([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 5000));
}

TEST_CASE("Suspend, screen lock and session lock signals ask for a lock but their release does not")
{
    ui::DesktopLockWatcher watcher;
    QSignalSpy spy(&watcher, &ui::DesktopLockWatcher::lockRequested);
    watcher.onPrepareForSleep(false);
    watcher.onScreenSaverActiveChanged(false);
    CHECK(spy.count() == 0);
    watcher.onPrepareForSleep(true);
    watcher.onScreenSaverActiveChanged(true);
    watcher.onSessionLock();
    CHECK(spy.count() == 3);
}

TEST_CASE("A desktop lock signal locks the window")
{
    UiFixture fixture;
    fixture.options.watchDesktopSession = true;
    fixture.createVault()->lock();
    MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    auto vault = window.session()->sharedVault();
    REQUIRE(window.desktopWatcher() != nullptr);
    window.desktopWatcher()->onPrepareForSleep(true);
    CHECK(window.screen() == MainWindow::Screen::Lock);
    CHECK_FALSE(vault->isUnlocked());
}

TEST_CASE("Locking while a worker uses the vault wipes the keys when the worker ends")
{
    UnlockedWindow w;
    ui::VaultSession* session = w.window->session();
    bool delivered = false;
    QObject context;
    REQUIRE(session->run(
        &context,
        [](Vault& vault) {
            QThread::msleep(200);
            return vault.isUnlocked();
        },
        [&](bool) { delivered = true; }));
    w.window->lock();
    CHECK(w.window->screen() == MainWindow::Screen::Lock);
    REQUIRE(waitUntil([&] { return !w.vault->isUnlocked(); }, 10'000));
    waitUntil([] { return false; }, 300);
    CHECK_FALSE(delivered);
}
