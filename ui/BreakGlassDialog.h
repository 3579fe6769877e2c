#pragma once

#include "FormDialog.h"
#include "cases/CaseTypes.h"

class QLabel;
class QPlainTextEdit;

namespace abri::ui {

class VaultSession;

// Opens one restricted category of one person for the rest of this session, with a typed reason that core
// records and lists for a coordinator to review. Accepted means the glass was broken: reload what shows the file.
class BreakGlassDialog final : public FormDialog
{
    Q_OBJECT

public:
    BreakGlassDialog(VaultSession* session, qint64 personId, Category category, QWidget* parent = nullptr);

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    Category m_category;
    QLabel* m_explanation;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
};

} // namespace abri::ui
