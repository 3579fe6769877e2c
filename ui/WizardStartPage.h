#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace abri::ui {

// First page of the first-run wizard: make a new vault, open one that exists, or try Abri in a demo vault.
class WizardStartPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardStartPage(QWidget* parent = nullptr);

    bool createNew() const;
    bool openDemo() const;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_intro;
    QRadioButton* m_create;
    QRadioButton* m_open;
    QRadioButton* m_demo;
    QLabel* m_demoNote;
};

} // namespace abri::ui
