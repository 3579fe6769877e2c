#include "CreateVaultPage.h"

#include "Background.h"
#include "FirstRunWizard.h"
#include "FolderField.h"
#include "PassphraseFields.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <memory>

namespace abri::ui {

CreateVaultPage::CreateVaultPage(const UiOptions& options, QWidget* parent)
    : QWizardPage(parent), m_options(options), m_folder(new FolderField(FolderField::Mode::NewVault, this)),
      m_folderLabel(new QLabel(this)), m_organisationLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_organisation(new QLineEdit(this)), m_user(new QLineEdit(this)), m_passphrase(nullptr),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_user->setObjectName(QStringLiteral("userNameEdit"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_folderLabel->setBuddy(m_folder->lineEdit());
    m_organisationLabel->setBuddy(m_organisation);
    m_userLabel->setBuddy(m_user);

    // Wide enough for a long path, narrow enough to read on a large screen.
    auto* formHost = new QWidget(this);
    formHost->setMaximumWidth(760);
    auto* form = new QFormLayout(formHost);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_folderLabel, m_folder);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_userLabel, m_user);
    m_passphrase = new PassphraseFields(form, formHost, PassphraseFields::Labels::Passphrase);

    m_progress->setRange(0, 0); // busy: Argon2id gives no progress figures
    m_progress->setVisible(false);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formHost);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    setCommitPage(true);
    connect(m_folder, &FolderField::pathChanged, this, &CreateVaultPage::completeChanged);
    connect(m_organisation, &QLineEdit::textChanged, this, &CreateVaultPage::completeChanged);
    connect(m_user, &QLineEdit::textChanged, this, &CreateVaultPage::completeChanged);
    connect(m_passphrase, &PassphraseFields::changed, this, &CreateVaultPage::completeChanged);
    setTabOrder(m_folder->lineEdit(), m_organisation);
    retranslateUi();
}

QString CreateVaultPage::vaultPath() const
{
    return m_folder->path();
}

void CreateVaultPage::initializePage()
{
    if (m_folder->path().isEmpty()) {
        m_folder->setPath(Vault::defaultPath());
    }
    m_organisation->setFocus();
}

bool CreateVaultPage::isComplete() const
{
    return !m_busy && !m_created && !m_folder->path().isEmpty() && !m_organisation->text().trimmed().isEmpty() &&
           !m_user->text().trimmed().isEmpty() && m_passphrase->isAcceptable();
}

bool CreateVaultPage::validatePage()
{
    if (m_created) {
        return true;
    }
    // QWizard wants an answer now; the wizard is moved on from the worker's result instead.
    if (!m_busy && isComplete()) {
        startCreating();
    }
    return false;
}

int CreateVaultPage::nextId() const
{
    return FirstRunWizard::RecoveryKeyPageId;
}

void CreateVaultPage::startCreating()
{
    // The passphrase stays in the fields until the vault exists, so a failure does not make the user retype it.
    QString text = m_passphrase->firstEdit()->text();
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(text));
    wipeString(text);
    const QString path = vaultPath();
    const QString organisation = m_organisation->text().trimmed();
    const QString user = m_user->text().trimmed();
    const Vault::Options options = m_options.vault;
    setBusy(true);
    runInBackground(
        this,
        [passphrase, path, organisation, user, options] {
            return Vault::create(path, organisation, user, *passphrase, options);
        },
        [this](Result<Vault::Created> result) {
            setBusy(false);
            if (!result) {
                m_status->setText(result.error().message());
                return;
            }
            // Nothing stays unlocked behind the wizard: the user unlocks on the lock screen, which also proves
            // they can type their passphrase.
            result.value().vault->lock();
            result.value().vault.reset();
            m_passphrase->clear();
            m_created = true;
            Q_EMIT created(result.value().recoveryKey);
            wipeString(result.value().recoveryKey);
            wizard()->next();
        });
}

void CreateVaultPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(busy ? tr("Creating the vault… This takes a few seconds.") : QString());
    const std::initializer_list<QWidget*> fields = {m_folder, m_organisation, m_user, m_passphrase->firstEdit(),
                                                    m_passphrase->repeatEdit()};
    for (QWidget* field : fields) {
        field->setEnabled(!busy);
    }
    Q_EMIT completeChanged();
    if (QAbstractButton* back = wizard()->button(QWizard::BackButton)) {
        back->setEnabled(!busy);
    }
}

void CreateVaultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void CreateVaultPage::retranslateUi()
{
    setTitle(tr("Create a vault"));
    setSubTitle(tr("You will be its first coordinator. You can add colleagues once it is created."));
    m_folderLabel->setText(tr("&Folder:"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_userLabel->setText(tr("Your &name:"));
    m_user->setToolTip(tr("The name you will type to unlock. It need not be your legal name."));
    m_organisation->setToolTip(tr("Stored only inside the encrypted vault."));
    m_passphrase->retranslateUi();
}

} // namespace abri::ui
