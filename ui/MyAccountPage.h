#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace abri::ui {

class PassphraseFields;
class VaultSession;

// Change my own passphrase: the current one, then the new one twice with strength feedback. Runs on a worker.
class MyAccountPage final : public QWidget
{
    Q_OBJECT

public:
    MyAccountPage(VaultSession* session, QWidget* parent = nullptr);

    void changePassphrase();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButton();
    void retranslateUi();

    VaultSession* m_session;
    QLabel* m_heading;
    QLabel* m_account;
    QLabel* m_currentLabel;
    QLineEdit* m_current;
    PassphraseFields* m_passphrase;
    QPushButton* m_change;
    QLabel* m_result;
    QLabel* m_error;
};

} // namespace abri::ui
