#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace abri::ui {

// Base of Abri's small form dialogs: window-modal, deleted on close, an error line, a busy indicator while a
// worker runs, and an OK button that calls submit() instead of closing, so a failure keeps what was typed.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget* parent = nullptr);

    QPushButton* okButton() const;
    void reject() override;

protected:
    QFormLayout* form() const { return m_form; }
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setError(const QString& message);
    void setOkEnabled(bool enabled);
    void retranslateButtons(const QString& okText);
    virtual void submit() = 0;

private:
    QFormLayout* m_form;
    QLabel* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
    bool m_okEnabled = true;
};

} // namespace abri::ui
