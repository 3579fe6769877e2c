#pragma once

#include "UiOptions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QStackedWidget;

namespace abri::ui {

class DesktopLockWatcher;
class FirstRunWizard;
class IdleWatcher;
class LockKeyFilter;
class LockScreen;
class VaultSession;
class Workspace;

// Abri's one window. It shows exactly one screen: the first-run wizard, the neutral lock screen, or the workspace
// of an unlocked session. Every way of locking (Ctrl+L, panic keys, idle time, suspend or screen lock, the Lock
// button) ends in lock(), which closes all dialogs, clears Abri's clipboard text, has core wipe the keys and
// destroys the workspace with the data its pages hold.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen { Wizard, Lock, Workspace };

    explicit MainWindow(const UiOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Screen screen() const { return m_screenKind; }
    FirstRunWizard* wizard() const;
    LockScreen* lockScreen() const;
    Workspace* workspace() const;
    VaultSession* session() const;
    IdleWatcher* idleWatcher() const;
    LockKeyFilter* keyFilter() const { return m_keys; }
    DesktopLockWatcher* desktopWatcher() const { return m_desktop; }

    void lock();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showWizard(bool cancellable);
    void showLockScreen(const QString& vaultPath, const QString& notice = {});
    void openSession(std::unique_ptr<Vault> vault, bool recovery);
    void setScreen(QWidget* screen, Screen kind);
    void updateTitle();

    UiOptions m_options;
    QString m_vaultPath;
    QStackedWidget* m_screens;
    QPointer<QWidget> m_screen;
    Screen m_screenKind = Screen::Wizard;
    QPointer<VaultSession> m_session;
    QPointer<IdleWatcher> m_idle;
    LockKeyFilter* m_keys;
    DesktopLockWatcher* m_desktop = nullptr;
};

} // namespace abri::ui
