#include "AddUserDialog.h"

#include "PassphraseFields.h"
#include "VaultSession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <memory>

namespace abri::ui {

AddUserDialog::AddUserDialog(VaultSession* session, QWidget* parent)
    : FormDialog(parent), m_session(session), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_roleLabel(new QLabel(this)), m_role(new QComboBox(this)), m_passphrase(nullptr)
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    for (Role role : AllRoles) {
        m_role->addItem(QString(), static_cast<int>(role));
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(Role::Caseworker)));
    form()->addRow(m_nameLabel, m_name);
    form()->addRow(m_roleLabel, m_role);
    m_passphrase = new PassphraseFields(form(), this, PassphraseFields::Labels::Passphrase);
    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::updateOk);
    connect(m_passphrase, &PassphraseFields::changed, this, &AddUserDialog::updateOk);
    setMinimumWidth(460);
    retranslateUi();
    updateOk();
}

void AddUserDialog::updateOk()
{
    setOkEnabled(!m_name->text().trimmed().isEmpty() && m_passphrase->isAcceptable());
}

void AddUserDialog::submit()
{
    const QString name = m_name->text().trimmed();
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    QString text = m_passphrase->firstEdit()->text();
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(text));
    wipeString(text);
    setBusy(true);
    m_session->run(
        this, [name, role, passphrase](Vault& vault) { return vault.addUser(name, role, *passphrase); },
        [this](Result<UserInfo> result) {
            setBusy(false);
            if (!result) {
                setError(result.error().message());
                return;
            }
            m_passphrase->clear();
            Q_EMIT userAdded(result.value().id);
            accept();
        });
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setToolTip(tr("The name this person types to unlock. It need not be their legal name."));
    m_roleLabel->setText(tr("&Role:"));
    for (int i = 0; i < m_role->count(); ++i) {
        m_role->setItemText(i, roleDisplayName(static_cast<Role>(m_role->itemData(i).toInt())));
    }
    m_passphrase->retranslateUi();
    retranslateButtons(tr("&Add user"));
}

} // namespace abri::ui
