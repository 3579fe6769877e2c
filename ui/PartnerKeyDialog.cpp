#include "PartnerKeyDialog.h"

#include "Style.h"
#include "VaultSession.h"
#include "sharing/Partners.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace abri::ui {

PartnerKeyDialog::PartnerKeyDialog(VaultSession* session, qint64 partnerId, QWidget* parent)
    : FormDialog(parent), m_session(session), m_partnerId(partnerId), m_intro(new QLabel(this)),
      m_keyLabel(new QLabel(this)), m_key(new QPlainTextEdit(this)), m_fingerprintLabel(new QLabel(this)),
      m_fingerprint(new QLabel(this)), m_parseError(new QLabel(this))
{
    setObjectName(QStringLiteral("partnerKeyDialog"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_parseError->setObjectName(QStringLiteral("parseErrorLabel"));
    m_intro->setWordWrap(true);
    m_keyLabel->setBuddy(m_key);
    m_key->setFont(Style::monospace());
    m_key->setTabChangesFocus(true);
    m_key->setFixedHeight(m_key->fontMetrics().lineSpacing() * 5 + 12);
    m_fingerprint->setFont(Style::monospace(1.1));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::markAsError(m_parseError);
    m_parseError->setVisible(false);

    form()->addRow(m_intro);
    form()->addRow(m_keyLabel, m_key);
    form()->addRow(m_fingerprintLabel, m_fingerprint);
    form()->addRow(m_parseError);

    connect(m_key, &QPlainTextEdit::textChanged, this, &PartnerKeyDialog::keyChanged);
    setMinimumWidth(560);
    retranslateUi();
    keyChanged();
}

QString PartnerKeyDialog::fingerprint() const
{
    return m_fingerprint->text();
}

QString PartnerKeyDialog::parseError() const
{
    return m_parseError->isHidden() ? QString() : m_parseError->text();
}

void PartnerKeyDialog::keyChanged()
{
    const QString text = m_key->toPlainText();
    if (text.trimmed().isEmpty()) {
        // Nothing pasted yet is not an error; removing a key is its own action on the partner page.
        m_fingerprint->setText(tr("(paste a key)"));
        m_fingerprint->setEnabled(false);
        m_parseError->setVisible(false);
        setOkEnabled(false);
        return;
    }
    const Result<QByteArray> key = parsePartnerPublicKey(text);
    m_fingerprint->setEnabled(key.ok());
    if (key) {
        m_fingerprint->setText(publicKeyFingerprint(key.value()));
        m_parseError->setVisible(false);
    } else {
        m_fingerprint->setText(tr("(not a key)"));
        m_parseError->setText(key.error().message());
        m_parseError->setVisible(true);
    }
    setOkEnabled(key.ok());
}

void PartnerKeyDialog::submit()
{
    const QString text = m_key->toPlainText();
    const qint64 partnerId = m_partnerId;
    setBusy(true);
    const bool started = m_session->run(
        this, [text, partnerId](Vault& vault) { return Partners(vault).setPublicKey(partnerId, text); },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                keyChanged();
                setError(status.error().message());
                return;
            }
            accept();
        });
    if (!started) {
        setBusy(false);
    }
}

void PartnerKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        keyChanged();
    }
    FormDialog::changeEvent(event);
}

void PartnerKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Partner's public key"));
    m_intro->setText(tr("Paste the public key the partner sent you: 64 hexadecimal digits, base64, or a block "
                        "between \"BEGIN ABRI PUBLIC KEY\" and \"END ABRI PUBLIC KEY\". Then read the fingerprint "
                        "aloud to them over the phone: it must match the one they see."));
    m_keyLabel->setText(tr("&Key:"));
    m_fingerprintLabel->setText(tr("Fingerprint:"));
    retranslateButtons(tr("&Save key"));
}

} // namespace abri::ui
