#pragma once

#include "cases/Access.h"

#include <QAbstractTableModel>

#include <vector>

namespace abri::ui {

// The role x category matrix as the Access page edits it: rows are categories, columns roles, each cell None, Read
// or Read and write. Edits stay here until saved, so the page can list exactly what changes before core is asked.
class AccessMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Level { NoAccess = 0, ReadOnly = 1, ReadWrite = 2 };

    struct Change
    {
        Role role = Role::Caseworker;
        Category category = Category::Identity;
        Permission before;
        Permission after;
    };

    explicit AccessMatrixModel(QObject* parent = nullptr);

    // The matrix as stored; drops unsaved edits.
    void setMatrix(const AccessMatrix& matrix);
    void clear();
    bool isLoaded() const { return m_loaded; }
    void setEditable(bool editable);
    // Cells that differ from the stored matrix, in row then column order.
    std::vector<Change> changes() const;
    void discardChanges();
    Role roleAt(int column) const;
    Category categoryAt(int row) const;

    static Level levelOf(Permission permission);
    static Permission permissionOf(Level level);
    static QString levelName(Level level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

Q_SIGNALS:
    void changesChanged();

private:
    AccessMatrix m_stored;
    AccessMatrix m_edited;
    bool m_loaded = false;
    bool m_editable = false;
};

} // namespace abri::ui
