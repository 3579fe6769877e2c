#pragma once

#include "FormDialog.h"
#include "cases/CaseTypes.h"

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace abri::ui {

class VaultSession;

// Creates a person file from the few things known at first contact. Before saving, core looks for people with a
// similar alias or the same phone; if there are any they are listed, and the user opens the existing file or
// chooses "Create anyway". Validation errors from core are shown in the dialog and nothing is saved.
class NewPersonDialog final : public FormDialog
{
    Q_OBJECT

public:
    NewPersonDialog(VaultSession* session, QWidget* parent = nullptr);

    qint64 createdPersonId() const { return m_createdId; }

Q_SIGNALS:
    void openExistingRequested(qint64 personId);

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void showDuplicates(const std::vector<PersonSummary>& people);
    void inputChanged();
    void openSelected();
    void retranslateUi();

    VaultSession* m_session;
    QLabel* m_aliasLabel;
    QLineEdit* m_alias;
    QLabel* m_pronounsLabel;
    QLineEdit* m_pronouns;
    QLabel* m_languagesLabel;
    QLineEdit* m_languages;
    QLabel* m_phoneLabel;
    QLineEdit* m_phone;
    QLabel* m_duplicatesLabel;
    QListWidget* m_duplicates;
    QPushButton* m_openExisting;
    // The duplicate check ran for what is typed now and the user may create anyway.
    bool m_duplicatesChecked = false;
    qint64 m_createdId = 0;
};

} // namespace abri::ui
