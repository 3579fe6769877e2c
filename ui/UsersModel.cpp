#include "UsersModel.h"

#include "ItemRoles.h"

#include <QFont>
#include <QLocale>

namespace abri::ui {

namespace {

QString formatTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void UsersModel::setUsers(std::vector<UserInfo> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserInfo* UsersModel::userAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_users[static_cast<std::size_t>(row)] : nullptr;
}

int UsersModel::rowOf(qint64 userId) const
{
    for (std::size_t i = 0; i < m_users.size(); ++i) {
        if (m_users[i].id == userId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void UsersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    const UserInfo* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user) {
        return {};
    }
    if (role == IdRole) {
        return user->id;
    }
    if (role == Qt::FontRole && !user->active) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole) {
            return user->name;
        }
        if (role == RawValueRole) {
            return user->name.toCaseFolded();
        }
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole) {
            return roleDisplayName(user->role);
        }
        if (role == RawValueRole) {
            return static_cast<int>(user->role);
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return user->active ? tr("Active") : tr("Disabled");
        }
        if (role == RawValueRole) {
            return user->active;
        }
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole) {
            return formatTime(user->createdAt);
        }
        if (role == RawValueRole) {
            return user->createdAt;
        }
        break;
    case LastUnlockColumn:
        if (role == Qt::DisplayRole) {
            return user->lastUnlockAt.isValid() ? formatTime(user->lastUnlockAt) : tr("Never");
        }
        if (role == RawValueRole) {
            return user->lastUnlockAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case LastUnlockColumn:
        return tr("Last unlock");
    default:
        return {};
    }
}

} // namespace abri::ui
