#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace abri::ui {

// Shows a recovery key once: large monospace text a person can copy by hand, Print, Copy (cleared from the
// clipboard after 30 s), and an "I have written it down" box that must be ticked before moving on.
class RecoveryKeyView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeyView(QWidget* parent = nullptr);
    ~RecoveryKeyView() override;

    void setRecoveryKey(const QString& key);
    bool isConfirmed() const;

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void forgetKey();

    QString m_key;
    QLabel* m_intro;
    QLabel* m_keyLabel;
    QLabel* m_advice;
    QPushButton* m_print;
    QPushButton* m_copy;
    QCheckBox* m_confirm;
};

} // namespace abri::ui
