#pragma once

#include "sharing/SharingTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace abri::ui {

// Disclosure ledger entries as core returned them (field names, never values): the coordinator's ledger page and
// a person's "Shared with" tab. Sorting is left to a proxy on RawValueRole.
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        PersonColumn,
        RecipientColumn,
        PurposeColumn,
        FieldsColumn,
        ChannelColumn,
        BasisColumn,
        UserColumn,
        ReviewedColumn,
        ColumnCount
    };

    explicit LedgerModel(QObject* parent = nullptr);

    void setDisclosures(std::vector<Disclosure> disclosures);
    void clear();
    const Disclosure* disclosureAt(int row) const;
    int rowOf(qint64 disclosureId) const;
    const std::vector<Disclosure>& disclosures() const { return m_disclosures; }
    void retranslate();

    // "Alias, Short code, Consents": the fields' display names, in the order they were sent.
    static QString fieldsText(const std::vector<SharedField>& fields);
    static bool needsReview(const Disclosure& disclosure);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Disclosure> m_disclosures;
};

} // namespace abri::ui
