#include "ResetPassphraseDialog.h"

#include "PassphraseFields.h"
#include "VaultSession.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <memory>

namespace abri::ui {

ResetPassphraseDialog::ResetPassphraseDialog(VaultSession* session, qint64 userId, const QString& userName,
                                             QWidget* parent)
    : FormDialog(parent), m_session(session), m_userId(userId), m_userName(userName), m_intro(new QLabel(this)),
      m_passphrase(nullptr)
{
    setObjectName(QStringLiteral("resetPassphraseDialog"));
    m_intro->setWordWrap(true);
    form()->addRow(m_intro);
    m_passphrase = new PassphraseFields(form(), this);
    connect(m_passphrase, &PassphraseFields::changed, this, [this] { setOkEnabled(m_passphrase->isAcceptable()); });
    setMinimumWidth(460);
    retranslateUi();
    setOkEnabled(false);
}

void ResetPassphraseDialog::submit()
{
    QString text = m_passphrase->firstEdit()->text();
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(text));
    wipeString(text);
    const qint64 userId = m_userId;
    setBusy(true);
    m_session->run(
        this, [userId, passphrase](Vault& vault) { return vault.resetPassphrase(userId, *passphrase); },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                setError(status.error().message());
                return;
            }
            m_passphrase->clear();
            Q_EMIT passphraseReset(m_userId);
            accept();
        });
}

void ResetPassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void ResetPassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Reset passphrase"));
    m_intro->setText(tr("Set a new passphrase for %1. Tell them in person, and ask them to change it in "
                        "My account after they unlock.")
                         .arg(m_userName));
    m_passphrase->retranslateUi();
    retranslateButtons(tr("&Set passphrase"));
}

} // namespace abri::ui
