#include "MainWindow.h"

#include "Clipboard.h"
#include "DesktopLockWatcher.h"
#include "Dialogs.h"
#include "FirstRunWizard.h"
#include "IdleWatcher.h"
#include "LockKeyFilter.h"
#include "LockScreen.h"
#include "UiSettings.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QCloseEvent>
#include <QEvent>
#include <QIcon>
#include <QStackedWidget>

namespace abri::ui {

MainWindow::MainWindow(const UiOptions& options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_screens(new QStackedWidget(this)),
      m_keys(new LockKeyFilter(options.clock(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_screens);
    setWindowIcon(QIcon(QStringLiteral(":/icons/abri.svg")));
    setMinimumSize(760, 540);
    resize(1040, 700);

    connect(m_keys, &LockKeyFilter::lockRequested, this, &MainWindow::lock);
    connect(m_keys, &LockKeyFilter::panicRequested, this, &MainWindow::lock);
    if (options.watchDesktopSession) {
        m_desktop = new DesktopLockWatcher(this);
        connect(m_desktop, &DesktopLockWatcher::lockRequested, this, &MainWindow::lock);
    }

    QString path = UiSettings::vaultPath();
    if (!Vault::looksLikeVault(path)) {
        path = Vault::looksLikeVault(Vault::defaultPath()) ? Vault::defaultPath() : QString();
    }
    if (path.isEmpty()) {
        showWizard(false);
    } else {
        showLockScreen(path);
    }
}

MainWindow::~MainWindow()
{
    if (m_session) {
        m_session->lock();
    }
    Clipboard::instance().clearIfOurs();
}

FirstRunWizard* MainWindow::wizard() const
{
    return m_screenKind == Screen::Wizard ? qobject_cast<FirstRunWizard*>(m_screen.data()) : nullptr;
}

LockScreen* MainWindow::lockScreen() const
{
    return m_screenKind == Screen::Lock ? qobject_cast<LockScreen*>(m_screen.data()) : nullptr;
}

Workspace* MainWindow::workspace() const
{
    return m_screenKind == Screen::Workspace ? qobject_cast<Workspace*>(m_screen.data()) : nullptr;
}

VaultSession* MainWindow::session() const
{
    return m_session;
}

IdleWatcher* MainWindow::idleWatcher() const
{
    return m_idle;
}

void MainWindow::lock()
{
    if (!m_session) {
        return;
    }
    m_keys->setEnabled(false);
    if (m_idle) {
        m_idle->deleteLater();
        m_idle = nullptr;
    }
    Dialogs::closeAll();
    Clipboard::instance().clearIfOurs();
    // Core wipes the keys now, or the moment a running worker lets go of the vault.
    VaultSession* session = m_session;
    m_session = nullptr;
    session->lock();
    // The lock screen replaces the workspace at once; the workspace and then the session are deleted when
    // control returns to the event loop, since this may run inside one of their own signal handlers.
    showLockScreen(m_vaultPath);
    session->deleteLater();
}

void MainWindow::showWizard(bool cancellable)
{
    auto* wizard = new FirstRunWizard(m_options, cancellable);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        const QString path = wizard->vaultPath();
        UiSettings::setVaultPath(path);
        QString notice;
        if (wizard->createdDemoVault()) {
            notice = tr("The demo vault is ready. Unlock it as one of the demo users below.");
        } else if (wizard->createdVault()) {
            notice = tr("Your vault is ready. Unlock it with your name and passphrase.");
        }
        showLockScreen(path, notice);
    });
    connect(wizard, &QWizard::rejected, this, [this] { showLockScreen(m_vaultPath); });
    setScreen(wizard, Screen::Wizard);
}

void MainWindow::showLockScreen(const QString& vaultPath, const QString& notice)
{
    m_vaultPath = vaultPath;
    auto* screen = new LockScreen(vaultPath, m_options);
    screen->showNotice(notice);
    connect(screen, &LockScreen::unlocked, this,
            [this, screen](bool recovery) { openSession(screen->takeVault(), recovery); });
    connect(screen, &LockScreen::openAnotherVaultRequested, this, [this] { showWizard(true); });
    setScreen(screen, Screen::Lock);
}

void MainWindow::openSession(std::unique_ptr<Vault> vault, bool recovery)
{
    if (!vault) {
        return;
    }
    const int failedAttempts = vault->failedAttemptsBeforeThisUnlock();
    const bool rekeyFinished = vault->interruptedRekeyFinished();
    m_session = new VaultSession(std::move(vault), this);
    auto* workspace = new Workspace(m_session, recovery);
    m_idle = new IdleWatcher(m_options.clock(), m_session->vault().autoLockMinutes(), m_options.idlePollMs, this);
    connect(m_idle, &IdleWatcher::idleExpired, this, &MainWindow::lock);
    connect(workspace, &Workspace::lockRequested, this, &MainWindow::lock);
    connect(workspace, &Workspace::autoLockMinutesChanged, m_idle, &IdleWatcher::setMinutes);
    m_keys->setEnabled(true);
    setScreen(workspace, Screen::Workspace);

    if (recovery) {
        workspace->showPage(Workspace::Page::Users);
        workspace->showNotice(tr("You opened the vault with the recovery key. Select a coordinator and choose "
                                 "Reset passphrase (or add a coordinator), then lock and unlock with that name and "
                                 "passphrase."));
    } else if (rekeyFinished) {
        workspace->showNotice(tr("A re-key that was interrupted has been completed, but its new recovery key was "
                                 "never shown, so no one has a recovery key that opens this vault now. A coordinator "
                                 "should choose \"Revoke and re-key\" on the Users page now."));
    } else if (failedAttempts > 0) {
        workspace->showNotice(tr("There were %n failed unlock attempt(s) on this computer since your last unlock. "
                                 "If that was not you, tell a coordinator.",
                                 nullptr, failedAttempts));
    }
}

void MainWindow::setScreen(QWidget* screen, Screen kind)
{
    QPointer<QWidget> previous = m_screen;
    m_screens->addWidget(screen);
    m_screens->setCurrentWidget(screen);
    m_screen = screen;
    m_screenKind = kind;
    if (previous) {
        // Hidden now, deleted once the current event is handled: a lock may come from inside the old screen.
        previous->hide();
        m_screens->removeWidget(previous);
        previous->deleteLater();
    }
    updateTitle();
    screen->setFocus();
}

void MainWindow::updateTitle()
{
    // Never a name: titles show in task bars, window switchers and screenshots. A demo vault says so everywhere.
    bool demo = false;
    if (m_screenKind == Screen::Workspace) {
        demo = workspace() && workspace()->isDemo();
    } else if (m_screenKind == Screen::Lock) {
        demo = UiSettings::isDemoVaultPath(m_vaultPath);
    }
    if (m_screenKind == Screen::Lock) {
        setWindowTitle(demo ? tr("Abri — DEMO — Locked") : tr("Abri — Locked"));
    } else {
        setWindowTitle(demo ? tr("Abri — DEMO") : tr("Abri"));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    lock();
    Clipboard::instance().clearIfOurs();
    event->accept();
}

} // namespace abri::ui
