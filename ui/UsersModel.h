#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>

#include <vector>

namespace abri::ui {

// The vault's users for the Users page. Display text is translated and formatted for the locale; RawValueRole
// carries what to sort on (name folded for comparison, role, active flag, dates).
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, StatusColumn, CreatedColumn, LastUnlockColumn, ColumnCount };

    explicit UsersModel(QObject* parent = nullptr);

    void setUsers(std::vector<UserInfo> users);
    const UserInfo* userAt(int row) const;
    int rowOf(qint64 userId) const;
    // Re-emits headers and cells after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<UserInfo> m_users;
};

} // namespace abri::ui
