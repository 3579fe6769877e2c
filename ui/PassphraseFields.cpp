#include "PassphraseFields.h"

#include "vault/PassphrasePolicy.h"

#include <QColor>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>

#include <algorithm>

namespace abri::ui {

PassphraseFields::PassphraseFields(QFormLayout* form, QWidget* parentWidget, Labels labels)
    : QObject(parentWidget), m_labels(labels), m_firstLabel(new QLabel(parentWidget)),
      m_repeatLabel(new QLabel(parentWidget)), m_strengthLabel(new QLabel(parentWidget)),
      m_first(new QLineEdit(parentWidget)), m_repeat(new QLineEdit(parentWidget)),
      m_meter(new QProgressBar(parentWidget)), m_feedback(new QLabel(parentWidget))
{
    m_first->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_feedback->setObjectName(QStringLiteral("strengthFeedback"));
    for (QLineEdit* edit : {m_first, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseFields::update);
    }
    m_firstLabel->setBuddy(m_first);
    m_repeatLabel->setBuddy(m_repeat);
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(true);
    m_meter->setMaximumHeight(m_meter->fontMetrics().height() + 6);
    m_feedback->setWordWrap(true);

    form->addRow(m_firstLabel, m_first);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(m_strengthLabel, m_meter);
    form->addRow(QString(), m_feedback);
    retranslateUi();
}

SecureBuffer PassphraseFields::takePassphrase()
{
    QString text = m_first->text();
    SecureBuffer buffer = SecureBuffer::fromUtf8(text);
    wipeString(text);
    clear();
    return buffer;
}

void PassphraseFields::clear()
{
    m_first->clear();
    m_repeat->clear();
}

void PassphraseFields::retranslateUi()
{
    if (m_labels == Labels::Passphrase) {
        m_firstLabel->setText(tr("&Passphrase:"));
        m_repeatLabel->setText(tr("Repea&t passphrase:"));
    } else {
        m_firstLabel->setText(tr("&New passphrase:"));
        m_repeatLabel->setText(tr("Repea&t new passphrase:"));
    }
    m_strengthLabel->setText(tr("Strength:"));
    m_first->setToolTip(tr("At least %n characters. A few unrelated words make a strong passphrase that is "
                           "easy to remember.",
                           nullptr, PassphrasePolicy::MinimumLength));
    update();
}

void PassphraseFields::update()
{
    const QString first = m_first->text();
    const PassphraseStrength strength = PassphrasePolicy::evaluate(first);
    const QString levels[] = {tr("Very weak"), tr("Weak"), tr("Fair"), tr("Good"), tr("Strong")};
    const int score = std::clamp(strength.score, 0, 4);
    m_meter->setValue(first.isEmpty() ? 0 : score);
    m_meter->setFormat(first.isEmpty() ? QString() : levels[score]);
    // Colour repeats what the text says, for a glance; the text alone is enough.
    const QColor colours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0xd3, 0x54, 0x00), QColor(0xb7, 0x95, 0x0b),
                              QColor(0x27, 0xae, 0x60), QColor(0x1e, 0x84, 0x49)};
    QPalette palette = m_meter->palette();
    palette.setColor(QPalette::Highlight, colours[score]);
    m_meter->setPalette(palette);

    QString message;
    const auto length = first.size();
    if (first.isEmpty()) {
        message = tr("Use at least %n characters.", nullptr, PassphrasePolicy::MinimumLength);
    } else if (length < PassphrasePolicy::MinimumLength) {
        message = tr("Too short: %n more character(s) needed.", nullptr,
                     PassphrasePolicy::MinimumLength - static_cast<int>(length));
    } else if (!strength.acceptable) {
        message =
            strength.feedback.isEmpty() ? tr("Too easy to guess. Add another unrelated word.") : strength.feedback;
    } else if (m_repeat->text() != first) {
        message = m_repeat->text().isEmpty() ? tr("Type the passphrase again to confirm it.")
                                             : tr("The two passphrases differ.");
    } else {
        message = strength.feedback.isEmpty() ? tr("Good passphrase.") : strength.feedback;
    }
    m_feedback->setText(message);

    const bool acceptable =
        length >= PassphrasePolicy::MinimumLength && strength.acceptable && m_repeat->text() == first;
    m_acceptable = acceptable;
    Q_EMIT changed();
}

} // namespace abri::ui
