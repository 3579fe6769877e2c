#pragma once

#include "cases/CaseTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace abri::ui {

// The attachments of one person file. A restricted attachment shows only what core returns for it (its category,
// type and size), so the list never hints at a name or description the user may not read.
class AttachmentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        TypeColumn,
        SizeColumn,
        CategoryColumn,
        DescriptionColumn,
        AddedByColumn,
        AddedAtColumn,
        ColumnCount
    };

    explicit AttachmentsModel(QObject* parent = nullptr);

    void setAttachments(std::vector<AttachmentInfo> attachments);
    const AttachmentInfo* attachmentAt(int row) const;
    int rowOf(qint64 attachmentId) const;
    void retranslate();

    static QString typeDisplayName(AttachmentType type);
    static QString categoryText(const std::optional<Category>& category);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AttachmentInfo& info, int column) const;
    QVariant raw(const AttachmentInfo& info, int column) const;

    std::vector<AttachmentInfo> m_attachments;
};

} // namespace abri::ui
