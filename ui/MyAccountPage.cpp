#include "MyAccountPage.h"

#include "PassphraseFields.h"
#include "Style.h"
#include "VaultSession.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace abri::ui {

MyAccountPage::MyAccountPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_account(new QLabel(this)),
      m_currentLabel(new QLabel(this)), m_current(new QLineEdit(this)), m_passphrase(nullptr),
      m_change(new QPushButton(this)), m_result(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("myAccountPage"));
    m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    Style::markAsHeading(m_heading, 1.2);
    Style::markAsError(m_error);
    m_result->setWordWrap(true);
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_currentLabel->setBuddy(m_current);

    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    m_passphrase = new PassphraseFields(form, this);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_change);

    auto* panel = new QWidget(this);
    panel->setMaximumWidth(640);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_account);
    panelLayout->addSpacing(12);
    panelLayout->addWidget(m_heading);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_error);
    panelLayout->addWidget(m_result);
    panelLayout->addLayout(buttonRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    layout->addStretch();

    connect(m_current, &QLineEdit::textChanged, this, &MyAccountPage::updateButton);
    connect(m_passphrase, &PassphraseFields::changed, this, &MyAccountPage::updateButton);
    connect(m_change, &QPushButton::clicked, this, &MyAccountPage::changePassphrase);
    connect(m_passphrase->repeatEdit(), &QLineEdit::returnPressed, this, &MyAccountPage::changePassphrase);
    retranslateUi();
    updateButton();
}

void MyAccountPage::updateButton()
{
    m_change->setEnabled(!m_current->text().isEmpty() && m_passphrase->isAcceptable());
}

void MyAccountPage::changePassphrase()
{
    if (!m_change->isEnabled()) {
        return;
    }
    QString currentText = m_current->text();
    QString nextText = m_passphrase->firstEdit()->text();
    auto current = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(currentText));
    auto next = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(nextText));
    wipeString(currentText);
    wipeString(nextText);
    m_current->clear();
    m_error->clear();
    m_result->setText(tr("Changing your passphrase…"));
    m_session->run(
        this, [current, next](Vault& vault) { return vault.changeMyPassphrase(*current, *next); },
        [this](Status status) {
            if (!status) {
                m_result->clear();
                m_error->setText(status.error().message());
                m_current->setFocus();
                return;
            }
            m_passphrase->clear();
            m_result->setText(tr("Your passphrase was changed. Use the new one from now on."));
        });
}

void MyAccountPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MyAccountPage::retranslateUi()
{
    const UserInfo& user = m_session->vault().currentUser();
    m_account->setText(tr("You are signed in as %1, with the role %2.").arg(user.name, roleDisplayName(user.role)));
    m_heading->setText(tr("Change my passphrase"));
    m_currentLabel->setText(tr("&Current passphrase:"));
    m_change->setText(tr("C&hange passphrase"));
    m_passphrase->retranslateUi();
}

} // namespace abri::ui
