#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abri::ui {

class AuditLogModel;
class VaultSession;

// Coordinator page: the tamper-evident audit log, filtered by user, action and dates, and a Verify button that
// asks core to recompute the hash chain on a worker thread.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    AuditPage(VaultSession* session, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* actionFilter() const { return m_action; }
    QLabel* verifyResult() const { return m_verifyResult; }
    void applyFilter();
    void verify();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void loadUsers();
    void fillActions();
    void retranslateUi();

    VaultSession* m_session;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_userLabel;
    QComboBox* m_user;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_verifyResult;
    QLabel* m_error;
};

} // namespace abri::ui
