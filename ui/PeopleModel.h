#pragma once

#include "cases/CaseTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace abri::ui {

class VaultSession;

// The people list, read from core one page at a time on the session's worker: views ask for more through
// canFetchMore()/fetchMore() as they scroll, rows are appended when a page arrives, and a list of 100 000 people
// never loads at once. Sorting and filtering are queries (PersonFilter), never done here over loaded rows. A page
// that arrives after the filter or the sort changed belongs to an older generation and is dropped.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, StatusColumn, WorkerColumn, FlagsColumn, UpdatedColumn, ColumnCount };
    static constexpr int DefaultPageSize = 200;

    explicit PeopleModel(VaultSession* session, QObject* parent = nullptr);

    // Starts over with this filter and sort: the rows shown stay until the first page of the new query arrives.
    void setFilter(const PersonFilter& filter);
    const PersonFilter& filter() const { return m_filter; }
    // Runs the current query again (after a change elsewhere, or hidden-name mode).
    void refresh();
    void setPageSize(int size) { m_pageSize = size; }
    // People matching the filter in the vault (not only the loaded rows); -1 until known.
    qint64 total() const { return m_total; }
    // True while a page of the current query is on its way.
    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    const PersonSummary* personAt(int row) const;
    QString lastError() const { return m_lastError; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Columns map to PersonSort; the flags column has no order and is left as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static std::optional<PersonSort> sortForColumn(int column);
    static int columnForSort(PersonSort sort);

Q_SIGNALS:
    void totalChanged(qint64 total);
    // A page arrived (the first page of a query, or one more).
    void pageLoaded();
    void loadFailed(const QString& message);

private:
    struct Page;
    void requestPage(bool first);
    void receivePage(Page page);
    QString displayText(const PersonSummary& person, int column) const;
    QVariant rawValue(const PersonSummary& person, int column) const;

    VaultSession* m_session;
    PersonFilter m_filter;
    std::vector<PersonSummary> m_people;
    QString m_lastError;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    int m_pageSize = DefaultPageSize;
    bool m_more = false;
    bool m_pending = false;
    bool m_loaded = false;
    bool m_started = false;
};

} // namespace abri::ui
