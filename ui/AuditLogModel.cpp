#include "AuditLogModel.h"

#include "AuditActions.h"
#include "ItemRoles.h"
#include "VaultSession.h"

#include <QLocale>

#include <algorithm>

namespace abri::ui {

namespace {

QString formatTime(const QDateTime& utc)
{
    // The locale's short date and time, with seconds: order matters when reading an audit trail.
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss"))) {
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), timeFormat);
}

} // namespace

AuditLogModel::AuditLogModel(VaultSession* session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_lastError.clear();
    m_more = true;
    // The first page arrives with the reset itself rather than as an insertion right after it.
    std::vector<AuditEntry> first = loadPage();
    std::move(first.begin(), first.end(), std::back_inserter(m_entries));
    // No fetching while the reset is announced: a view or proxy reacting to it must not insert rows before every
    // listener has seen the reset end.
    m_changing = true;
    endResetModel();
    m_changing = false;
}

void AuditLogModel::setUserNames(QHash<qint64, QString> names)
{
    m_userNames = std::move(names);
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    // While a worker holds the vault, views wait; they ask again after the next layout.
    return !parent.isValid() && m_more && !m_changing && !m_session->isBusy() && m_session->isOpen();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    std::vector<AuditEntry> entries = loadPage();
    if (entries.empty()) {
        return;
    }
    // Listeners of the insertion may ask for more; that waits until these rows are in.
    m_changing = true;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    std::move(entries.begin(), entries.end(), std::back_inserter(m_entries));
    endInsertRows();
    m_changing = false;
}

std::vector<AuditEntry> AuditLogModel::loadPage()
{
    if (!m_more || !m_session->isOpen()) {
        m_more = false;
        return {};
    }
    AuditFilter page = m_filter;
    page.limit = m_pageSize;
    page.beforeSeq = m_entries.empty() ? 0 : m_entries.back().seq;
    auto result = m_session->vault().auditEntries(page);
    if (!result) {
        m_more = false;
        m_lastError = result.error().message();
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    std::vector<AuditEntry> entries = std::move(result.value());
    m_more = static_cast<int>(entries.size()) >= m_pageSize;
    // Newest first, whatever order a page comes in, so the next page continues below the oldest shown.
    std::sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq > b.seq; });
    return entries;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const AuditEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? entry.time.toString(Qt::ISODate) : displayText(entry, index.column());
    case RawValueRole:
        return rawValue(entry, index.column());
    case IdRole:
        return entry.seq;
    default:
        return {};
    }
}

QString AuditLogModel::displayText(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return formatTime(entry.time);
    case UserColumn:
        return entry.userName.isEmpty() ? tr("Recovery key or system") : entry.userName;
    case ActionColumn:
        return AuditActions::displayName(entry.action);
    case ObjectColumn:
        if (entry.objectType == QLatin1String("user")) {
            const QString name = m_userNames.value(entry.objectId.toLongLong());
            return name.isEmpty() ? tr("User %1").arg(entry.objectId) : tr("User: %1").arg(name);
        }
        return entry.objectId.isEmpty() ? entry.objectType : entry.objectType + QLatin1Char(' ') + entry.objectId;
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::rawValue(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.seq;
    case UserColumn:
        return entry.userName.toCaseFolded();
    case ActionColumn:
        return entry.action;
    case ObjectColumn:
        return QString(entry.objectType + QLatin1Char('\x1f') + entry.objectId);
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace abri::ui
