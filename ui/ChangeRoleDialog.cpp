#include "ChangeRoleDialog.h"

#include "VaultSession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace abri::ui {

ChangeRoleDialog::ChangeRoleDialog(VaultSession* session, qint64 userId, const QString& userName, Role current,
                                   QWidget* parent)
    : FormDialog(parent), m_session(session), m_userId(userId), m_userName(userName), m_intro(new QLabel(this)),
      m_roleLabel(new QLabel(this)), m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_intro->setWordWrap(true);
    m_roleLabel->setBuddy(m_role);
    for (Role role : AllRoles) {
        m_role->addItem(QString(), static_cast<int>(role));
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(current)));
    form()->addRow(m_intro);
    form()->addRow(m_roleLabel, m_role);
    setMinimumWidth(380);
    retranslateUi();
}

void ChangeRoleDialog::submit()
{
    // Fast (no key derivation), so it runs here; core checks the caller's role and the last-coordinator rule.
    const Status status = m_session->vault().setRole(m_userId, static_cast<Role>(m_role->currentData().toInt()));
    if (!status) {
        setError(status.error().message());
        return;
    }
    Q_EMIT roleChanged(m_userId);
    accept();
}

void ChangeRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change role"));
    m_intro->setText(tr("Choose what %1 may do in Abri.").arg(m_userName));
    m_roleLabel->setText(tr("&Role:"));
    for (int i = 0; i < m_role->count(); ++i) {
        m_role->setItemText(i, roleDisplayName(static_cast<Role>(m_role->itemData(i).toInt())));
    }
    retranslateButtons(tr("&Change role"));
}

} // namespace abri::ui
