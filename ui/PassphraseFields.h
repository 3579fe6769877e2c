#pragma once

#include "crypto/SecureBuffer.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;

namespace abri::ui {

// A new passphrase typed twice, with live strength feedback from core's PassphrasePolicy. Adds its rows to the
// caller's form so labels line up with the other fields. Refuses (isAcceptable() == false) below the minimum
// length, when the policy finds it too guessable, or when the two entries differ.
class PassphraseFields final : public QObject
{
    Q_OBJECT

public:
    enum class Labels { Passphrase, NewPassphrase };

    PassphraseFields(QFormLayout* form, QWidget* parentWidget, Labels labels = Labels::NewPassphrase);

    bool isAcceptable() const { return m_acceptable; }
    // Copies the passphrase into guarded memory and clears both fields.
    SecureBuffer takePassphrase();
    void clear();
    void retranslateUi();

    QLineEdit* firstEdit() const { return m_first; }
    QLineEdit* repeatEdit() const { return m_repeat; }

Q_SIGNALS:
    void changed();

private:
    void update();

    Labels m_labels;
    QLabel* m_firstLabel;
    QLabel* m_repeatLabel;
    QLabel* m_strengthLabel;
    QLineEdit* m_first;
    QLineEdit* m_repeat;
    QProgressBar* m_meter;
    QLabel* m_feedback;
    bool m_acceptable = false;
};

} // namespace abri::ui
