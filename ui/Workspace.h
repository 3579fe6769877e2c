#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace abri::ui {

class VaultSession;

// What an unlocked session sees: a navigation list on the left and one page at a time. Only pages the user's
// role may use are built (core refuses the rest anyway). The whole workspace, with every page and the data it
// holds, is destroyed when the vault locks.
class Workspace final : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Users, Audit, MyAccount, Preferences };

    Workspace(VaultSession* session, bool recoverySession, QWidget* parent = nullptr);

    bool hasPage(Page page) const;
    void showPage(Page page);
    QWidget* page(Page page) const;
    void showNotice(const QString& text);

Q_SIGNALS:
    void lockRequested();
    void autoLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addPage(Page page, QWidget* widget);
    void setBusy(bool busy);
    void retranslateUi();

    VaultSession* m_session;
    bool m_recovery;
    QLabel* m_who;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QPushButton* m_lock;
    QWidget* m_noticeBar;
    QLabel* m_notice;
    QToolButton* m_noticeClose;
    QProgressBar* m_busy;
};

} // namespace abri::ui
