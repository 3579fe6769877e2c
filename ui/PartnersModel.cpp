#include "PartnersModel.h"

#include "ItemRoles.h"

#include <QFont>
#include <QLocale>

namespace abri::ui {

PartnersModel::PartnersModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void PartnersModel::setPartners(std::vector<PartnerSummary> partners, const QDate& today)
{
    beginResetModel();
    m_partners = std::move(partners);
    m_today = today;
    endResetModel();
}

const PartnerSummary* PartnersModel::partnerAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_partners[static_cast<std::size_t>(row)];
}

int PartnersModel::rowOf(qint64 partnerId) const
{
    for (std::size_t row = 0; row < m_partners.size(); ++row) {
        if (m_partners[row].id == partnerId) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

void PartnersModel::retranslate()
{
    if (!m_partners.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PartnersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_partners.size());
}

int PartnersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnersModel::data(const QModelIndex& index, int role) const
{
    const PartnerSummary* partner = index.isValid() ? partnerAt(index.row()) : nullptr;
    if (!partner || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return partner->name;
        case SectorColumn:
            return sectorDisplayName(partner->sector);
        case ServicesColumn:
            // One line in the table; the tooltip and the partner page show all of it.
            return role == Qt::DisplayRole ? QString(partner->services).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                           : partner->services;
        case AgreementColumn:
            return statusText(partner->agreementStatus, partner->renewalOn, m_today);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return partner->name;
        case SectorColumn:
            return sectorDisplayName(partner->sector);
        case ServicesColumn:
            return partner->services;
        case AgreementColumn:
            // Rank first, then the soonest renewal; no renewal date sorts last within its rank.
            return QStringLiteral("%1-%2")
                .arg(statusRank(partner->agreementStatus))
                .arg(partner->renewalOn.isValid() ? partner->renewalOn.toString(Qt::ISODate) : QStringLiteral("9999"));
        }
        break;
    case IdRole:
        return partner->id;
    case Qt::FontRole:
        if (index.column() == AgreementColumn && partner->agreementStatus &&
            (*partner->agreementStatus == AgreementStatus::Lapsing ||
             *partner->agreementStatus == AgreementStatus::Lapsed)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PartnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case SectorColumn:
        return tr("Sector");
    case ServicesColumn:
        return tr("Services");
    case AgreementColumn:
        return tr("Agreement");
    default:
        return {};
    }
}

QString PartnersModel::statusText(std::optional<AgreementStatus> status, const QDate& renewalOn, const QDate& today,
                                  bool withDate)
{
    if (!status) {
        return tr("No agreement");
    }
    const QString word = agreementStatusDisplayName(*status);
    if (!renewalOn.isValid()) {
        return word;
    }
    if (!withDate) {
        const int left = today.isValid() ? static_cast<int>(today.daysTo(renewalOn)) : -1;
        return *status == AgreementStatus::Lapsing && left >= 0 ? tr("%1 (%n day(s) left)", "status", left).arg(word)
                                                                : word;
    }
    const QString date = QLocale().toString(renewalOn, QLocale::ShortFormat);
    switch (*status) {
    case AgreementStatus::Active:
        return tr("%1 · renew by %2", "status, date").arg(word, date);
    case AgreementStatus::Lapsing: {
        const int left = today.isValid() ? static_cast<int>(today.daysTo(renewalOn)) : -1;
        return left >= 0 ? tr("%1 · renew by %2 (%n day(s) left)", "status, date", left).arg(word, date)
                         : tr("%1 · renew by %2", "status, date").arg(word, date);
    }
    case AgreementStatus::Lapsed:
        return renewalOn <= today || !today.isValid() ? tr("%1 · ended %2", "status, date").arg(word, date) : word;
    case AgreementStatus::Suspended:
        return word;
    }
    return word;
}

int PartnersModel::statusRank(std::optional<AgreementStatus> status)
{
    if (!status) {
        return 4;
    }
    switch (*status) {
    case AgreementStatus::Lapsed:
        return 0;
    case AgreementStatus::Lapsing:
        return 1;
    case AgreementStatus::Suspended:
        return 2;
    case AgreementStatus::Active:
        return 3;
    }
    return 4;
}

} // namespace abri::ui
