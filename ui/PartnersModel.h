#pragma once

#include "sharing/SharingTypes.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace abri::ui {

// The partners list as core returned it (already filtered and sorted by name). The list is small (hundreds at most),
// so it is held whole; a QSortFilterProxyModel on RawValueRole sorts it by any column. Loading is the page's job.
class PartnersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SectorColumn, ServicesColumn, AgreementColumn, ColumnCount };

    explicit PartnersModel(QObject* parent = nullptr);

    // today: the vault clock's local day, for the days left before a renewal.
    void setPartners(std::vector<PartnerSummary> partners, const QDate& today);
    const PartnerSummary* partnerAt(int row) const;
    int rowOf(qint64 partnerId) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The status in words, never in colour alone: "Lapsing · renew by 12/03/2027 (10 days left)". Shared by every
    // place that shows an agreement's status.
    // withDate false leaves the renewal date out, where it shows beside the status already.
    static QString statusText(std::optional<AgreementStatus> status, const QDate& renewalOn, const QDate& today,
                              bool withDate = true);
    // Lapsed first, then lapsing, suspended, active, none: the ones that need attention sort to the top.
    static int statusRank(std::optional<AgreementStatus> status);

private:
    std::vector<PartnerSummary> m_partners;
    QDate m_today;
};

} // namespace abri::ui
