#include "AttachmentsModel.h"

#include "ItemRoles.h"

#include <QFont>
#include <QLocale>

namespace abri::ui {

AttachmentsModel::AttachmentsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AttachmentsModel::setAttachments(std::vector<AttachmentInfo> attachments)
{
    beginResetModel();
    m_attachments = std::move(attachments);
    endResetModel();
}

const AttachmentInfo* AttachmentsModel::attachmentAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_attachments[static_cast<std::size_t>(row)] : nullptr;
}

int AttachmentsModel::rowOf(qint64 attachmentId) const
{
    for (std::size_t i = 0; i < m_attachments.size(); ++i) {
        if (m_attachments[i].id == attachmentId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void AttachmentsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString AttachmentsModel::typeDisplayName(AttachmentType type)
{
    switch (type) {
    case AttachmentType::Png:
        return tr("PNG image");
    case AttachmentType::Jpeg:
        return tr("JPEG image");
    case AttachmentType::Pdf:
        return tr("PDF document");
    }
    return {};
}

QString AttachmentsModel::categoryText(const std::optional<Category>& category)
{
    return category ? categoryDisplayName(*category) : tr("General");
}

int AttachmentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attachments.size());
}

int AttachmentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentsModel::data(const QModelIndex& index, int role) const
{
    const AttachmentInfo* info = index.isValid() ? attachmentAt(index.row()) : nullptr;
    if (!info) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*info, index.column());
    case Qt::ToolTipRole:
        return index.column() == DescriptionColumn || index.column() == FileColumn ? display(*info, index.column())
                                                                                   : QVariant();
    case RawValueRole:
        return raw(*info, index.column());
    case IdRole:
        return info->id;
    case Qt::FontRole:
        if (info->restricted) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    default:
        return {};
    }
}

QVariant AttachmentsModel::display(const AttachmentInfo& info, int column) const
{
    switch (column) {
    case FileColumn:
        // The category of a restricted attachment is what core lets everyone see; it tells the user whom to ask.
        return info.restricted ? tr("Restricted (%1)").arg(categoryText(info.category)) : info.fileName;
    case TypeColumn:
        return typeDisplayName(info.type);
    case SizeColumn:
        return QLocale().formattedDataSize(info.size);
    case CategoryColumn:
        return categoryText(info.category);
    case DescriptionColumn:
        return info.description;
    case AddedByColumn:
        return info.addedByName;
    case AddedAtColumn:
        return info.addedAt.isValid() ? QLocale().toString(info.addedAt.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    default:
        return {};
    }
}

QVariant AttachmentsModel::raw(const AttachmentInfo& info, int column) const
{
    switch (column) {
    case FileColumn:
        return info.restricted ? QString() : info.fileName.toCaseFolded();
    case TypeColumn:
        return static_cast<int>(info.type);
    case SizeColumn:
        return info.size;
    case CategoryColumn:
        return info.category ? static_cast<int>(*info.category) + 1 : 0;
    case DescriptionColumn:
        return info.description.toCaseFolded();
    case AddedByColumn:
        return info.addedByName.toCaseFolded();
    case AddedAtColumn:
        return info.addedAt;
    default:
        return {};
    }
}

QVariant AttachmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case CategoryColumn:
        return tr("Category");
    case DescriptionColumn:
        return tr("Description");
    case AddedByColumn:
        return tr("Added by");
    case AddedAtColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace abri::ui
