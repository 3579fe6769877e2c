#pragma once

#include "sharing/SharingTypes.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace abri::ui {

class AuthorityRequestDialog;
class ShareDialog;
class VaultSession;

// Coordinator page: the register of requests from the police, courts and officials, what was decided, whether the
// person was told, and how many ledger entries were made for each. Disclosing for a request goes through the same
// gate and ledger as everything else (the share dialog with the request as recipient).
class AuthorityRequestsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ReceivedColumn,
        RequesterColumn,
        KindColumn,
        LegalBasisColumn,
        RequestedColumn,
        DecisionColumn,
        PersonColumn,
        ToldColumn,
        DisclosuresColumn,
        ColumnCount
    };

    AuthorityRequestsPage(VaultSession* session, QWidget* parent = nullptr);

    void reload();
    AuthorityRequestDialog* newRequest();
    AuthorityRequestDialog* editSelected();
    // Opens the share dialog for the selected request's person, with the request as recipient.
    ShareDialog* discloseForSelected();
    bool selectRequest(qint64 requestId);
    const std::vector<AuthorityRequest>& requests() const { return m_requests; }
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    // After each load, successful or not.
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    const AuthorityRequest* selectedRequest() const;
    void present();
    void updateActions();
    void retranslateUi();

    VaultSession* m_session;
    std::vector<AuthorityRequest> m_requests;
    bool m_loaded = false;
    bool m_shownBefore = false;
    QLabel* m_intro;
    QLabel* m_error;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_disclose;
};

} // namespace abri::ui
