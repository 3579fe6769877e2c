#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace abri::ui {

class PartnerPage;
class PersonPage;
class VaultSession;

// What an unlocked session sees: a navigation list on the left and one page at a time. Only pages the user's
// role may use are built (core refuses the rest anyway). The whole workspace, with every page and the data it
// holds, is destroyed when the vault locks.
//
// Pages that call the vault only through VaultSession::run (property "asyncVaultAccess") stay usable while a
// worker runs, so typing in a search field never waits; the others are disabled meanwhile, because they call the
// vault directly on this thread.
class Workspace final : public QWidget
{
    Q_OBJECT

public:
    enum class Page {
        Today,
        People,
        Partners,
        Access,
        Ledger,
        AuthorityRequests,
        Users,
        Audit,
        MyAccount,
        Preferences
    };

    Workspace(VaultSession* session, bool recoverySession, QWidget* parent = nullptr);

    bool hasPage(Page page) const;
    void showPage(Page page);
    QWidget* page(Page page) const;
    void showNotice(const QString& text);
    // A demo vault (fictional data) shows a DEMO badge in the header.
    bool isDemo() const { return m_demo; }

    // Shows one person's file in place of the current page; closing it returns to that page.
    void openPerson(qint64 personId);
    void closePerson();
    PersonPage* personPage() const;
    // One partner's page, shown the same way (a person's file and a partner's page replace each other).
    void openPartner(qint64 partnerId);
    void closePartner();
    PartnerPage* partnerPage() const;
    // Ctrl+F and Ctrl+N, from anywhere in the workspace.
    void focusSearch();
    void newPerson();

Q_SIGNALS:
    void lockRequested();
    void autoLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addPage(Page page, QWidget* widget);
    void showDetail(QWidget* detail);
    void closeDetail();
    void showRow(int row);
    void setBusy(bool busy);
    void updateEnabled();
    void refreshLists();
    void retranslateUi();

    VaultSession* m_session;
    bool m_recovery;
    bool m_demo = false;
    bool m_busyNow = false;
    int m_pendingRow = -1; // a page chosen while the worker ran, shown when it is done
    QLabel* m_who;
    QLabel* m_demoBadge;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QPushButton* m_lock;
    QWidget* m_noticeBar;
    QLabel* m_notice;
    QToolButton* m_noticeClose;
    QProgressBar* m_busy;
    QTimer m_busyDelay;
    QPointer<QWidget> m_detail; // the open person file or partner page
};

} // namespace abri::ui
