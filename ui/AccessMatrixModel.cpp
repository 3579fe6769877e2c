#include "AccessMatrixModel.h"

#include "ItemRoles.h"

#include <QFont>

namespace abri::ui {

AccessMatrixModel::AccessMatrixModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AccessMatrixModel::setMatrix(const AccessMatrix& matrix)
{
    beginResetModel();
    m_stored = matrix;
    m_edited = matrix;
    m_loaded = true;
    endResetModel();
    Q_EMIT changesChanged();
}

void AccessMatrixModel::clear()
{
    beginResetModel();
    m_stored = {};
    m_edited = {};
    m_loaded = false;
    endResetModel();
    Q_EMIT changesChanged();
}

void AccessMatrixModel::setEditable(bool editable)
{
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

std::vector<AccessMatrixModel::Change> AccessMatrixModel::changes() const
{
    std::vector<Change> out;
    for (Category category : AllCategories) {
        for (Role role : AllRoles) {
            const Permission before = m_stored.get(role, category);
            const Permission after = m_edited.get(role, category);
            if (before != after) {
                out.push_back(Change{role, category, before, after});
            }
        }
    }
    return out;
}

void AccessMatrixModel::discardChanges()
{
    setMatrix(m_stored);
}

Role AccessMatrixModel::roleAt(int column) const
{
    return AllRoles[static_cast<std::size_t>(column)];
}

Category AccessMatrixModel::categoryAt(int row) const
{
    return AllCategories[static_cast<std::size_t>(row)];
}

AccessMatrixModel::Level AccessMatrixModel::levelOf(Permission permission)
{
    return permission.write ? ReadWrite : permission.read ? ReadOnly : NoAccess;
}

Permission AccessMatrixModel::permissionOf(Level level)
{
    return Permission{level != NoAccess, level == ReadWrite};
}

QString AccessMatrixModel::levelName(Level level)
{
    switch (level) {
    case NoAccess:
        return tr("None");
    case ReadOnly:
        return tr("Read");
    case ReadWrite:
        return tr("Read and write");
    }
    return {};
}

int AccessMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_loaded ? 0 : CategoryCount;
}

int AccessMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::size(AllRoles));
}

QVariant AccessMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const Role userRole = roleAt(index.column());
    const Category category = categoryAt(index.row());
    const Level level = levelOf(m_edited.get(userRole, category));
    const Level stored = levelOf(m_stored.get(userRole, category));
    switch (role) {
    case Qt::DisplayRole:
        return levelName(level);
    case Qt::EditRole:
    case RawValueRole:
        return static_cast<int>(level);
    case Qt::FontRole:
        // Unsaved cells stand out until they are saved or discarded.
        if (level != stored) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (level != stored) {
            return tr("Not saved yet (was: %1)").arg(levelName(stored));
        }
        return tr("%1 — %2").arg(roleDisplayName(userRole), categoryDisplayName(category));
    default:
        return {};
    }
}

bool AccessMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable || index.row() >= rowCount() ||
        index.column() >= columnCount()) {
        return false;
    }
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || level < NoAccess || level > ReadWrite) {
        return false;
    }
    const Role userRole = roleAt(index.column());
    const Category category = categoryAt(index.row());
    const Permission next = permissionOf(static_cast<Level>(level));
    if (m_edited.get(userRole, category) == next) {
        return true;
    }
    m_edited.set(userRole, category, next);
    Q_EMIT dataChanged(index, index);
    Q_EMIT changesChanged();
    return true;
}

Qt::ItemFlags AccessMatrixModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        return roleDisplayName(roleAt(section));
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        return categoryDisplayName(categoryAt(section));
    }
    return {};
}

void AccessMatrixModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace abri::ui
