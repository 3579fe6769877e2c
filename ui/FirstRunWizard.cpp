#include "FirstRunWizard.h"

#include "CreateVaultPage.h"
#include "DemoVaultPage.h"
#include "OpenVaultPage.h"
#include "RecoveryKeyPage.h"
#include "WizardStartPage.h"

#include <QEvent>

namespace abri::ui {

FirstRunWizard::FirstRunWizard(const UiOptions& options, bool cancellable, QWidget* parent)
    : QWizard(parent), m_cancellable(cancellable), m_start(new WizardStartPage(this)),
      m_create(new CreateVaultPage(options, this)), m_recoveryKey(new RecoveryKeyPage(this)),
      m_open(new OpenVaultPage(this)), m_demo(new DemoVaultPage(options, this))
{
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, !cancellable);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(StartPageId, m_start);
    setPage(CreatePageId, m_create);
    setPage(RecoveryKeyPageId, m_recoveryKey);
    setPage(OpenPageId, m_open);
    setPage(DemoPageId, m_demo);
    setStartId(StartPageId);
    connect(m_create, &CreateVaultPage::created, m_recoveryKey, &RecoveryKeyPage::setRecoveryKey);
    retranslateUi();
}

QString FirstRunWizard::vaultPath() const
{
    if (m_demo->isCreated()) {
        return m_demo->vaultPath();
    }
    return m_create->isCreated() ? m_create->vaultPath() : m_open->vaultPath();
}

bool FirstRunWizard::createdDemoVault() const
{
    return m_demo->isCreated();
}

bool FirstRunWizard::createdVault() const
{
    return m_create->isCreated();
}

void FirstRunWizard::reject()
{
    // Cancel while the demo is being made stops it (nothing is left behind) rather than leaving the wizard.
    if (m_demo->isBusy()) {
        m_demo->cancel();
        return;
    }
    if (m_cancellable) {
        QWizard::reject();
    }
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setButtonText(QWizard::CommitButton, tr("&Create vault"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace abri::ui
