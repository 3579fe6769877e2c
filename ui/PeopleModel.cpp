#include "PeopleModel.h"

#include "ItemRoles.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QLocale>

namespace abri::ui {

namespace {

QString formatTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString flagNames(const std::vector<RiskFlag>& flags)
{
    QStringList names;
    for (RiskFlag flag : flags) {
        names << riskFlagDisplayName(flag);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

// What one task brings back: a page of rows and, with the first page of a query, the number of matches.
struct PeopleModel::Page
{
    quint64 generation = 0;
    bool first = false;
    Result<std::vector<PersonSummary>> rows = std::vector<PersonSummary>{};
    Result<qint64> total = qint64{-1};
};

PeopleModel::PeopleModel(VaultSession* session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
}

void PeopleModel::setFilter(const PersonFilter& filter)
{
    m_filter = filter;
    refresh();
}

void PeopleModel::refresh()
{
    // A new generation: pages still on their way for the old query are dropped when they arrive.
    ++m_generation;
    m_pending = false;
    m_started = true;
    requestPage(true);
}

void PeopleModel::requestPage(bool first)
{
    if (m_pending) {
        return;
    }
    const quint64 generation = m_generation;
    const PersonFilter filter = m_filter;
    const int offset = first ? 0 : static_cast<int>(m_people.size());
    const int limit = m_pageSize;
    m_pending = true;
    const bool started = m_session->run(
        this,
        [generation, filter, offset, limit, first](Vault& vault) {
            CaseFiles cases(vault);
            Page page;
            page.generation = generation;
            page.first = first;
            page.rows = cases.listPeople(filter, offset, limit);
            if (first && page.rows) {
                page.total = cases.countPeople(filter);
            }
            return page;
        },
        [this](Page page) { receivePage(std::move(page)); });
    if (!started) {
        m_pending = false;
        m_more = false;
    }
}

void PeopleModel::receivePage(Page page)
{
    if (page.generation != m_generation) {
        return;
    }
    if (!page.rows || !page.total) {
        m_pending = false;
        m_more = false;
        m_lastError = !page.rows ? page.rows.error().message() : page.total.error().message();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    std::vector<PersonSummary> rows = std::move(page.rows.value());
    m_more = static_cast<int>(rows.size()) >= m_pageSize;
    if (page.first) {
        beginResetModel();
        m_people = std::move(rows);
        m_loaded = true;
        endResetModel();
        if (m_total != page.total.value()) {
            m_total = page.total.value();
            Q_EMIT totalChanged(m_total);
        }
    } else if (!rows.empty()) {
        const int firstRow = rowCount();
        beginInsertRows({}, firstRow, firstRow + static_cast<int>(rows.size()) - 1);
        std::move(rows.begin(), rows.end(), std::back_inserter(m_people));
        endInsertRows();
    }
    // Only now: a listener of the reset or insertion that asks for more must not ask for these rows again.
    m_pending = false;
    Q_EMIT pageLoaded();
}

bool PeopleModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_pending && m_session->isOpen();
}

void PeopleModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        requestPage(false);
    }
}

std::optional<PersonSort> PeopleModel::sortForColumn(int column)
{
    switch (column) {
    case CodeColumn:
        return PersonSort::Code;
    case NameColumn:
        return PersonSort::Name;
    case StatusColumn:
        return PersonSort::ByStatus;
    case WorkerColumn:
        return PersonSort::Worker;
    case UpdatedColumn:
        return PersonSort::Updated;
    default:
        return std::nullopt;
    }
}

int PeopleModel::columnForSort(PersonSort sort)
{
    switch (sort) {
    case PersonSort::Code:
        return CodeColumn;
    case PersonSort::Name:
        return NameColumn;
    case PersonSort::ByStatus:
        return StatusColumn;
    case PersonSort::Worker:
        return WorkerColumn;
    case PersonSort::Updated:
        return UpdatedColumn;
    }
    return NameColumn;
}

void PeopleModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<PersonSort> sort = sortForColumn(column);
    const bool descending = order == Qt::DescendingOrder;
    if (!sort || (*sort == m_filter.sort && descending == m_filter.descending)) {
        return;
    }
    m_filter.sort = *sort;
    m_filter.descending = descending;
    // A view sorts as soon as it is given the model; the first query waits for refresh() or setFilter().
    if (m_started) {
        refresh();
    }
}

const PersonSummary* PeopleModel::personAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_people[static_cast<std::size_t>(row)] : nullptr;
}

void PeopleModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    const PersonSummary* person = index.isValid() && index.column() < ColumnCount ? personAt(index.row()) : nullptr;
    if (!person) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*person, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && person->nameHidden) {
            return tr("The name is hidden: lists show the code.");
        }
        return index.column() == FlagsColumn ? displayText(*person, index.column()) : QVariant();
    case RawValueRole:
        return rawValue(*person, index.column());
    case IdRole:
        return person->id;
    default:
        return {};
    }
}

QString PeopleModel::displayText(const PersonSummary& person, int column) const
{
    switch (column) {
    case CodeColumn:
        return person.code;
    case NameColumn:
        // Core already puts the code here when the name is hidden; never fall back to anything else.
        return person.displayName;
    case StatusColumn:
        return personStatusDisplayName(person.status);
    case WorkerColumn:
        return person.workerId == 0 ? tr("None") : person.workerName;
    case FlagsColumn:
        return flagNames(person.flags);
    case UpdatedColumn:
        return formatTime(person.updatedAt);
    default:
        return {};
    }
}

QVariant PeopleModel::rawValue(const PersonSummary& person, int column) const
{
    switch (column) {
    case CodeColumn:
        return person.code;
    case NameColumn:
        return person.displayName.toCaseFolded();
    case StatusColumn:
        return personStatusId(person.status);
    case WorkerColumn:
        return person.workerId;
    case FlagsColumn: {
        QStringList ids;
        for (RiskFlag flag : person.flags) {
            ids << riskFlagId(flag);
        }
        return ids;
    }
    case UpdatedColumn:
        return person.updatedAt;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case WorkerColumn:
        return tr("Worker");
    case FlagsColumn:
        return tr("Risk flags");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace abri::ui
