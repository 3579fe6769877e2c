#include "RecoveryUnlockForm.h"

#include "Style.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abri::ui {

RecoveryUnlockForm::RecoveryUnlockForm(QWidget* parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_keyLabel(new QLabel(this)), m_key(new QLineEdit(this)),
      m_error(new QLabel(this)), m_unlock(new QPushButton(this)), m_back(new QPushButton(this))
{
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_error->setObjectName(QStringLiteral("recoveryErrorLabel"));
    m_unlock->setObjectName(QStringLiteral("recoveryUnlockButton"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    Style::markAsError(m_error);
    m_key->setFont(Style::monospace());
    m_key->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase);
    m_keyLabel->setBuddy(m_key);
    m_unlock->setDefault(true);
    setFocusProxy(m_key);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_key);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setTabOrder(m_key, m_unlock);
    setTabOrder(m_unlock, m_back);

    connect(m_unlock, &QPushButton::clicked, this, &RecoveryUnlockForm::unlockRequested);
    connect(m_key, &QLineEdit::returnPressed, this, &RecoveryUnlockForm::unlockRequested);
    connect(m_back, &QPushButton::clicked, this, &RecoveryUnlockForm::backRequested);
    retranslateUi();
}

QString RecoveryUnlockForm::takeKey()
{
    const QString key = m_key->text();
    m_key->clear();
    return key;
}

void RecoveryUnlockForm::setBusy(bool busy)
{
    m_key->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_back->setEnabled(!busy);
    if (busy) {
        m_error->clear();
    } else {
        m_key->setFocus();
    }
}

void RecoveryUnlockForm::setError(const QString& message)
{
    m_error->setText(message);
}

void RecoveryUnlockForm::reset()
{
    m_key->clear();
    m_error->clear();
}

void RecoveryUnlockForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RecoveryUnlockForm::retranslateUi()
{
    m_intro->setText(tr("Type the recovery key from the sheet made when the vault was created or last re-keyed. "
                        "Capital or small letters and the dashes do not matter. You can then set a new passphrase "
                        "in Users."));
    m_keyLabel->setText(tr("Recovery &key:"));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_unlock->setText(tr("&Unlock"));
    m_back->setText(tr("< &Back"));
}

} // namespace abri::ui
