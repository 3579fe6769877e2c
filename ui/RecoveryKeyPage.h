#pragma once

#include <QWizardPage>

namespace abri::ui {

class RecoveryKeyView;

// Shows the new vault's recovery key once; Finish stays disabled until "I have written it down" is ticked.
class RecoveryKeyPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);

    void setRecoveryKey(const QString& key);
    bool isComplete() const override;
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    RecoveryKeyView* m_view;
};

} // namespace abri::ui
