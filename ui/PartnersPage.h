#pragma once

#include "sharing/SharingTypes.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace abri::ui {

class PartnersModel;
class VaultSession;

// The organisations people may be referred to, with the state of their agreements. Every role reads the list;
// only coordinators see "New partner…" (core refuses the others anyway). Filtering is core's query
// (PartnerFilter); every vault call runs on the session's worker.
class PartnersPage final : public QWidget
{
    Q_OBJECT

public:
    // The search runs this long after the last key.
    static constexpr int SearchDelayMs = 150;

    PartnersPage(VaultSession* session, QWidget* parent = nullptr);

    PartnersModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    // True once the list shows what core returned for the latest filter.
    bool isLoaded() const { return m_loaded && !m_loading && !m_searchTimer.isActive(); }
    void refresh();
    void newPartner();
    void focusSearch();

Q_SIGNALS:
    void openPartnerRequested(qint64 partnerId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Loaded;
    PartnerFilter currentFilter() const;
    void showLoaded(Loaded loaded);
    void openIndex(const QModelIndex& index);
    void updateState();
    void retranslateUi();

    VaultSession* m_session;
    PartnersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QPushButton* m_new;
    QLabel* m_sectorLabel;
    QComboBox* m_sector;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_error;
    QTimer m_searchTimer;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace abri::ui
