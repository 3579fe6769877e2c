#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abri::ui {

class UsersModel;
class VaultSession;

// Coordinator page: the vault's users and what a coordinator may do with them. Every action asks core, which
// checks the role and rules (last coordinator, weak passphrase) and explains a refusal.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    UsersPage(VaultSession* session, QWidget* parent = nullptr);

    UsersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void refresh();
    void addUser();
    void toggleEnabled();
    void changeRole();
    void resetPassphrase();
    void revokeAndRekey();

protected:
    void changeEvent(QEvent* event) override;

private:
    int selectedRow() const;
    void selectUser(qint64 userId);
    void updateActions();
    void retranslateUi();

    VaultSession* m_session;
    UsersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_intro;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_role;
    QPushButton* m_reset;
    QPushButton* m_rekey;
};

} // namespace abri::ui
