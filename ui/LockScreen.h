#pragma once

#include "UiOptions.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace abri::ui {

class RecoveryUnlockForm;

// The neutral screen shown whenever the vault is locked: no organisation, no person, nothing but a name field
// (pre-filled only when the user asked this computer to remember it) and a passphrase. Unlocking runs on a worker
// thread behind a busy indicator; while core's back-off is running, a countdown replaces the Unlock button.
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    LockScreen(const QString& vaultPath, const UiOptions& options, QWidget* parent = nullptr);

    QString vaultPath() const { return m_path; }
    // The demo vault made by the first-run wizard: marked DEMO, with its users and passphrase shown.
    bool isDemo() const { return m_demo; }
    // The unlocked vault, after unlocked() was emitted.
    std::unique_ptr<Vault> takeVault();
    void showNotice(const QString& text);

Q_SIGNALS:
    void unlocked(bool withRecoveryKey);
    void openAnotherVaultRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void unlock();
    void unlockWithRecoveryKey();
    void setBusy(bool busy);
    void updateCountdown();
    void finishUnlock(Result<std::unique_ptr<Vault>> result, bool recovery);
    void showRecoveryForm(bool show);
    void retranslateUi();

    QString m_path;
    UiOptions m_options;
    std::unique_ptr<Vault> m_vault;
    QTimer m_countdownTimer;
    bool m_busy = false;
    bool m_demo = false;

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_notice;
    QLabel* m_demoBadge;
    QLabel* m_demoInfo;
    QWidget* m_passphraseForm;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QPushButton* m_unlock;
    QLabel* m_countdown;
    QLabel* m_error;
    QPushButton* m_useRecoveryKey;
    QPushButton* m_openAnother;
    RecoveryUnlockForm* m_recoveryForm;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
};

} // namespace abri::ui
