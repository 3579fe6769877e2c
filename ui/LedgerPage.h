#pragma once

#include "sharing/SharingTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abri::ui {

class LedgerModel;
class VaultSession;

// Coordinator page: the disclosure ledger, every time something about a person left Abri (print, PDF, export,
// referral), with filters, and the overrides waiting for review. Core checks the role on every load; when it
// refuses, the page shows why and holds no data.
class LedgerPage final : public QWidget
{
    Q_OBJECT

public:
    LedgerPage(VaultSession* session, QWidget* parent = nullptr);

    LedgerModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void reload();
    void markReviewed();
    void setBasisFilter(std::optional<DisclosureBasis> basis);
    void setOnlyToReview(bool only);
    void setDateRange(const QDate& from, const QDate& to); // invalid: open
    // Selects the entry in the view; false when it is not listed.
    bool selectDisclosure(qint64 disclosureId);

Q_SIGNALS:
    // After each load, successful or not.
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    LedgerFilter filter() const;
    const Disclosure* selectedDisclosure() const;
    void updateDetails();
    void retranslateUi();

    VaultSession* m_session;
    LedgerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_intro;
    QLabel* m_basisLabel;
    QComboBox* m_basis;
    QCheckBox* m_toReview;
    QCheckBox* m_hasFrom;
    QDateEdit* m_from;
    QCheckBox* m_hasTo;
    QDateEdit* m_to;
    QLabel* m_error;
    QLabel* m_count;
    QLabel* m_details;
    QPushButton* m_review;
    bool m_loaded = false;
    bool m_shownBefore = false;
    bool m_datesSet = false;
    int m_generation = 0;
};

} // namespace abri::ui
