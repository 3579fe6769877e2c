#include "GlassBreaksModel.h"

#include "ItemRoles.h"

#include <QLocale>

namespace abri::ui {

namespace {

QString formatTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

GlassBreaksModel::GlassBreaksModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void GlassBreaksModel::setBreaks(std::vector<GlassBreak> breaks)
{
    beginResetModel();
    m_breaks = std::move(breaks);
    endResetModel();
}

const GlassBreak* GlassBreaksModel::breakAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_breaks[static_cast<std::size_t>(row)] : nullptr;
}

int GlassBreaksModel::rowOf(qint64 glassBreakId) const
{
    for (std::size_t i = 0; i < m_breaks.size(); ++i) {
        if (m_breaks[i].id == glassBreakId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void GlassBreaksModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int GlassBreaksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_breaks.size());
}

int GlassBreaksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlassBreaksModel::data(const QModelIndex& index, int role) const
{
    const GlassBreak* entry = index.isValid() ? breakAt(index.row()) : nullptr;
    if (!entry) {
        return {};
    }
    if (role == IdRole) {
        return entry->id;
    }
    const bool reviewed = entry->reviewedAt.isValid();
    switch (index.column()) {
    case WhenColumn:
        if (role == Qt::DisplayRole) {
            return formatTime(entry->at);
        }
        if (role == RawValueRole) {
            return entry->at;
        }
        break;
    case UserColumn:
        if (role == Qt::DisplayRole) {
            return entry->userName;
        }
        if (role == RawValueRole) {
            return entry->userName.toCaseFolded();
        }
        break;
    case PersonColumn:
        if (role == Qt::DisplayRole || role == RawValueRole) {
            return entry->personCode;
        }
        break;
    case CategoryColumn:
        if (role == Qt::DisplayRole) {
            return categoryDisplayName(entry->category);
        }
        if (role == RawValueRole) {
            return static_cast<int>(entry->category);
        }
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return entry->reason;
        }
        if (role == RawValueRole) {
            return entry->reason.toCaseFolded();
        }
        break;
    case ReviewedColumn:
        if (role == Qt::DisplayRole) {
            return reviewed ? formatTime(entry->reviewedAt) : tr("To review");
        }
        if (role == RawValueRole) {
            return entry->reviewedAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant GlassBreaksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case PersonColumn:
        return tr("File");
    case CategoryColumn:
        return tr("Category");
    case ReasonColumn:
        return tr("Reason");
    case ReviewedColumn:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace abri::ui
