#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace abri::ui {

class RecoveryKeyView;

// Shows the new recovery key after "Revoke and re-key". It closes only once "I have written it down" is ticked
// (a lock still closes it: the old passphrases keep working, and the vault can be re-keyed again).
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, QWidget* parent = nullptr);

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_intro;
    RecoveryKeyView* m_view;
    QPushButton* m_close;
};

} // namespace abri::ui
