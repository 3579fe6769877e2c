#include "OpenVaultPage.h"

#include "FolderField.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace abri::ui {

OpenVaultPage::OpenVaultPage(QWidget* parent)
    : QWizardPage(parent), m_folderLabel(new QLabel(this)),
      m_folder(new FolderField(FolderField::Mode::ExistingVault, this)), m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_folderLabel->setBuddy(m_folder->lineEdit());
    auto* form = new QFormLayout(this);
    form->addRow(m_folderLabel, m_folder);
    form->addRow(QString(), m_status);
    connect(m_folder, &FolderField::pathChanged, this, &OpenVaultPage::updateStatus);
    retranslateUi();
}

QString OpenVaultPage::vaultPath() const
{
    return m_folder->path();
}

void OpenVaultPage::initializePage()
{
    if (m_folder->path().isEmpty() && Vault::looksLikeVault(Vault::defaultPath())) {
        m_folder->setPath(Vault::defaultPath());
    }
    updateStatus();
    m_folder->setFocus();
}

bool OpenVaultPage::isComplete() const
{
    return Vault::looksLikeVault(vaultPath());
}

void OpenVaultPage::updateStatus()
{
    const QString path = vaultPath();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the folder of the vault, often named “vault.abri”."));
    } else if (Vault::looksLikeVault(path)) {
        m_status->setText(tr("This folder holds a vault. Choose Finish, then unlock it."));
    } else {
        m_status->setText(tr("This folder is not an Abri vault. Choose the vault folder itself."));
    }
    Q_EMIT completeChanged();
}

void OpenVaultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void OpenVaultPage::retranslateUi()
{
    setTitle(tr("Open a vault"));
    setSubTitle(tr("For example a vault copied from another computer or restored from a backup."));
    m_folderLabel->setText(tr("&Vault folder:"));
    updateStatus();
}

} // namespace abri::ui
