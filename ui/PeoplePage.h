#pragma once

#include "cases/CaseTypes.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace abri::ui {

class PeopleModel;
class VaultSession;

// Finding someone in a keystroke: a search field with results while typing (alias, tag, code, last digits of a
// phone), full-text search in notes, and the whole list, lazily loaded, sorted and filtered by core. Every vault
// call runs on the session's worker, so typing never waits for the vault.
class PeoplePage final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { List, TypeAhead, Notes };
    // Type-ahead waits this long after the last key, so a fast typist starts one search, not one per letter.
    static constexpr int TypeAheadDelayMs = 120;

    PeoplePage(VaultSession* session, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* results() const { return m_results; }
    QTreeWidget* noteHits() const { return m_hits; }
    Mode mode() const { return m_mode; }
    // True while a type-ahead or notes search for the current text is pending.
    bool isSearching() const { return m_searching || m_typeAheadTimer.isActive(); }

    void focusSearch();
    void searchNotes();
    void newPerson();
    // Runs the list query and the current search again (after a change, or hidden-name mode).
    void refresh();
    void setStatusFilter(std::optional<PersonStatus> status);

    // Marks <b>matched words</b> in a snippet from core (between \x02 and \x03), everything else escaped.
    static QString snippetToHtml(const QString& snippet);

Q_SIGNALS:
    void openPersonRequested(qint64 personId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadWorkers();
    void applyFilters();
    void searchTextChanged();
    void runTypeAhead();
    void showTypeAhead(const std::vector<PersonSummary>& people);
    void showNoteHits(const std::vector<NoteHit>& hits);
    void openItem(QTreeWidgetItem* item);
    void openCurrent();
    void setMode(Mode mode);
    void updateState();
    void retranslateUi();

    VaultSession* m_session;
    PeopleModel* m_model;
    QLineEdit* m_search;
    QPushButton* m_notes;
    QPushButton* m_new;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_workerLabel;
    QComboBox* m_worker;
    QLabel* m_flagLabel;
    QComboBox* m_flag;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QTreeWidget* m_results;
    QTreeWidget* m_hits;
    QLabel* m_empty;
    QLabel* m_error;
    QTimer m_typeAheadTimer;
    Mode m_mode = Mode::List;
    quint64 m_searchSeq = 0; // results of an older search are dropped
    QString m_shownQuery;    // what the results on screen were searched for
    bool m_searching = false;
    bool m_started = false;
};

} // namespace abri::ui
