#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace abri::ui {

class VaultSession;

// The audit log, newest first, read from core one page at a time: views ask for more through
// canFetchMore()/fetchMore() as they scroll, so a log of 100 000 entries never loads at once.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    static constexpr int DefaultPageSize = 200;

    explicit AuditLogModel(VaultSession* session, QObject* parent = nullptr);

    // Starts over with this filter (its beforeSeq and limit are managed here).
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void setPageSize(int size) { m_pageSize = size; }
    // Names for "user" objects in the Object column.
    void setUserNames(QHash<qint64, QString> names);
    QString lastError() const { return m_lastError; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    std::vector<AuditEntry> loadPage();
    QString displayText(const AuditEntry& entry, int column) const;
    QVariant rawValue(const AuditEntry& entry, int column) const;

    VaultSession* m_session;
    AuditFilter m_filter;
    std::vector<AuditEntry> m_entries;
    QHash<qint64, QString> m_userNames;
    QString m_lastError;
    int m_pageSize = DefaultPageSize;
    bool m_more = false;
    bool m_changing = false; // inside a reset or insertion: no nested fetchMore()
};

} // namespace abri::ui
