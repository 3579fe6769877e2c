#pragma once

#include "FormDialog.h"
#include "cases/CaseTypes.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace abri::ui {

class VaultSession;

// Coordinator only (core checks): merges a duplicate file into this one. The other file is found by type-ahead
// (alias, tag or short code), both files are shown side by side, and only after a confirmation does core move
// everything of the other file here and close it. The dialog is accepted only when the merge succeeded.
class MergeDialog final : public FormDialog
{
    Q_OBJECT

public:
    MergeDialog(VaultSession* session, qint64 keepPersonId, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* results() const { return m_results; }
    qint64 otherPersonId() const { return m_otherId; }
    // Shows this file as the one to merge in (as picking it in the results does).
    void chooseOther(qint64 personId);

Q_SIGNALS:
    void merged(qint64 keepPersonId, qint64 mergedPersonId);
    // Results of the type-ahead and the summaries arrived (for tests).
    void resultsShown();
    void summaryShown();

protected:
    void changeEvent(QEvent* event) override;
    void submit() override;

private:
    void search();
    void loadSummary(qint64 personId, QLabel* target, bool other);
    void merge();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_keepId;
    qint64 m_otherId = 0;
    QString m_keepCode;
    QString m_otherCode;
    int m_searchSeq = 0;
    int m_summarySeq = 0;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_keepHeading;
    QLabel* m_otherHeading;
    QLabel* m_keepSummary;
    QLabel* m_otherSummary;
    QLabel* m_explanation;
    QTimer* m_typing;
};

} // namespace abri::ui
