#pragma once

#include "cases/CaseTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace abri::ui {

// Break-the-glass entries for a coordinator to review: who opened which category of which file, why and when.
class GlassBreaksModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, UserColumn, PersonColumn, CategoryColumn, ReasonColumn, ReviewedColumn, ColumnCount };

    explicit GlassBreaksModel(QObject* parent = nullptr);

    void setBreaks(std::vector<GlassBreak> breaks);
    const GlassBreak* breakAt(int row) const;
    int rowOf(qint64 glassBreakId) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<GlassBreak> m_breaks;
};

} // namespace abri::ui
