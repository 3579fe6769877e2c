#pragma once

#include "UiOptions.h"

#include <QWizard>

namespace abri::ui {

class CreateVaultPage;
class DemoVaultPage;
class OpenVaultPage;
class RecoveryKeyPage;
class WizardStartPage;

// Creates a vault (folder, organisation, first coordinator, passphrase, then the recovery key), opens an
// existing vault folder, or makes a demo vault with fictional data. Embedded in the main window rather than floating,
// so there is one window titled "Abri".
class FirstRunWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPageId, CreatePageId, RecoveryKeyPageId, OpenPageId, DemoPageId };

    FirstRunWizard(const UiOptions& options, bool cancellable, QWidget* parent = nullptr);

    // The vault to show the lock screen for, once the wizard is accepted.
    QString vaultPath() const;
    bool createdVault() const;
    bool createdDemoVault() const;
    DemoVaultPage* demoPage() const { return m_demo; }
    // Escape in an embedded wizard would hide it and leave an empty window when there is nothing to go back to.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    bool m_cancellable;
    WizardStartPage* m_start;
    CreateVaultPage* m_create;
    RecoveryKeyPage* m_recoveryKey;
    OpenVaultPage* m_open;
    DemoVaultPage* m_demo;
};

} // namespace abri::ui
