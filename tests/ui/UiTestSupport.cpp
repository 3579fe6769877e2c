#include "UiTestSupport.h"

#include "LockScreen.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace abri::test {

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qSleep(5);
    }
    return true;
}

UiFixture::UiFixture()
{
    REQUIRE(dir.isValid());
    options.vault.kdf = crypto::KdfParams::minimum();
    options.vault.clock = &clock;
    options.vault.localStateDir = dir.filePath(QStringLiteral("state"));
    options.idlePollMs = 20;
    options.watchDesktopSession = false;
    // The GUI's settings file is shared by all tests in the process: start each test from nothing.
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Abri"), QStringLiteral("abri")).clear();
}

QString UiFixture::vaultPath() const
{
    return dir.filePath(QStringLiteral("vault.abri"));
}

std::unique_ptr<Vault> UiFixture::createVault()
{
    auto created = Vault::create(vaultPath(), Organisation, Coordinator, secure(CoordinatorPass), options.vault);
    INFO((created ? std::string() : created.error().message().toStdString()));
    REQUIRE(created.ok());
    recoveryKey = created.value().recoveryKey;
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Abri"), QStringLiteral("abri"))
        .setValue(QStringLiteral("vault/path"), vaultPath());
    return std::move(created.value().vault);
}

void UiFixture::createVaultWithUser(const QString& name, Role role)
{
    auto vault = createVault();
    auto added = vault->addUser(name, role, secure(ColleaguePass));
    INFO((added ? std::string() : added.error().message().toStdString()));
    REQUIRE(added.ok());
    vault->lock();
}

SecureBuffer secure(const QString& text)
{
    return SecureBuffer::fromUtf8(text);
}

void showAndActivate(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(waitUntil([&] { return window.isActiveWindow(); }, 5000));
}

void typeUnlock(ui::MainWindow& window, const QString& name, const QString& passphrase)
{
    REQUIRE(window.screen() == ui::MainWindow::Screen::Lock);
    ui::LockScreen* lock = window.lockScreen();
    REQUIRE(waitUntil([&] { return child<QPushButton>(lock, QStringLiteral("unlockButton"))->isEnabled(); }));
    auto* nameEdit = child<QLineEdit>(lock, QStringLiteral("userNameEdit"));
    auto* passEdit = child<QLineEdit>(lock, QStringLiteral("passphraseEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(passEdit, passphrase);
    QTest::mouseClick(child<QPushButton>(lock, QStringLiteral("unlockButton")), Qt::LeftButton);
}

void unlockThroughUi(ui::MainWindow& window, const QString& name, const QString& passphrase)
{
    typeUnlock(window, name, passphrase);
    REQUIRE(waitUntil([&] { return window.screen() == ui::MainWindow::Screen::Workspace; }));
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget();
    if (!target) {
        target = QApplication::activeWindow();
    }
    // Right after a dialog closes, activation may not have moved back yet; the keys still reach the application.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (!target && widget->isVisible()) {
            target = widget;
        }
    }
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

int visibleDialogCount()
{
    int count = 0;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && qobject_cast<QDialog*>(widget)) {
            ++count;
        }
    }
    return count;
}

void closeVisibleDialogs()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
            dialog->done(QDialog::Rejected);
        }
    }
}

} // namespace abri::test
