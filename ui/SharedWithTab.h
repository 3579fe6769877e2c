#pragma once

#include "sharing/SharingTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abri::ui {

class LedgerModel;
class VaultSession;

// "Shared with": every disclosure of this person's file, newest first (who received what, why, how, on what basis,
// by whom), and the documents a person may ask for. The list is core's ledger; this tab only shows it.
class SharedWithTab final : public QWidget
{
    Q_OBJECT

public:
    SharedWithTab(VaultSession* session, qint64 personId, QWidget* parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    LedgerModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    // After each load, successful or not.
    void loaded();
    void shareRequested(abri::DocumentKind kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    bool m_loaded = false;
    LedgerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_intro;
    QLabel* m_empty;
    QLabel* m_error;
    QPushButton* m_receipt;
    QPushButton* m_history;
    QPushButton* m_share;
};

} // namespace abri::ui
