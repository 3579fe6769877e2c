#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace abri::ui {

// The lock screen's second form: the recovery key instead of a name and passphrase.
class RecoveryUnlockForm final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryUnlockForm(QWidget* parent = nullptr);

    // Returns the typed key and clears the field.
    QString takeKey();
    void setBusy(bool busy);
    void setError(const QString& message);
    void reset();

Q_SIGNALS:
    void unlockRequested();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_intro;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_back;
};

} // namespace abri::ui
