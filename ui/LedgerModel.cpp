#include "LedgerModel.h"

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

LedgerModel::LedgerModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void LedgerModel::setDisclosures(std::vector<Disclosure> disclosures)
{
    beginResetModel();
    m_disclosures = std::move(disclosures);
    endResetModel();
}

void LedgerModel::clear()
{
    setDisclosures({});
}

const Disclosure* LedgerModel::disclosureAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_disclosures[static_cast<std::size_t>(row)] : nullptr;
}

int LedgerModel::rowOf(qint64 disclosureId) const
{
    for (std::size_t i = 0; i < m_disclosures.size(); ++i) {
        if (m_disclosures[i].id == disclosureId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void LedgerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString LedgerModel::fieldsText(const std::vector<SharedField>& fields)
{
    QStringList names;
    for (SharedField field : fields) {
        names << sharedFieldDisplayName(field);
    }
    return names.join(QStringLiteral(", "));
}

bool LedgerModel::needsReview(const Disclosure& disclosure)
{
    return disclosure.basis == DisclosureBasis::Override && !disclosure.reviewedAt.isValid();
}

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_disclosures.size());
}

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    const Disclosure* entry = index.isValid() ? disclosureAt(index.row()) : nullptr;
    if (!entry) {
        return {};
    }
    if (role == IdRole) {
        return entry->id;
    }
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::DisplayRole) {
            return formatTime(entry->at);
        }
        if (role == RawValueRole) {
            return entry->at;
        }
        break;
    case PersonColumn:
        if (role == Qt::DisplayRole || role == RawValueRole) {
            return entry->personCode;
        }
        break;
    case RecipientColumn:
        if (role == Qt::DisplayRole) {
            // Core's name for the person themself reads inside a sentence; a column needs a label.
            return entry->recipientKind == RecipientKind::Person ? tr("The person (own copy)") : entry->recipientName;
        }
        if (role == RawValueRole) {
            return entry->recipientName.toCaseFolded();
        }
        break;
    case PurposeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return entry->purpose;
        }
        if (role == RawValueRole) {
            return entry->purpose.toCaseFolded();
        }
        break;
    case FieldsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return fieldsText(entry->fields);
        }
        if (role == RawValueRole) {
            return static_cast<int>(entry->fields.size());
        }
        break;
    case ChannelColumn:
        if (role == Qt::DisplayRole) {
            return disclosureChannelDisplayName(entry->channel);
        }
        if (role == RawValueRole) {
            return static_cast<int>(entry->channel);
        }
        break;
    case BasisColumn:
        if (role == Qt::DisplayRole) {
            return disclosureBasisDisplayName(entry->basis);
        }
        if (role == Qt::ToolTipRole && entry->basis == DisclosureBasis::Override) {
            return tr("Reason given: %1").arg(entry->overrideReason);
        }
        if (role == RawValueRole) {
            return static_cast<int>(entry->basis);
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
    case ReviewedColumn:
        // Only overrides are reviewed; other entries have nothing to show here.
        if (entry->basis != DisclosureBasis::Override) {
            break;
        }
        if (role == Qt::DisplayRole) {
            return entry->reviewedAt.isValid() ? formatTime(entry->reviewedAt) : tr("To review");
        }
        if (role == Qt::FontRole && !entry->reviewedAt.isValid()) {
            QFont font;
            font.setBold(true);
            return font;
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

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("When");
    case PersonColumn:
        return tr("File");
    case RecipientColumn:
        return tr("Recipient");
    case PurposeColumn:
        return tr("Purpose");
    case FieldsColumn:
        return tr("What left");
    case ChannelColumn:
        return tr("How");
    case BasisColumn:
        return tr("Basis");
    case UserColumn:
        return tr("By");
    case ReviewedColumn:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace abri::ui
