#pragma once

#include "cases/CaseTypes.h"
#include "sharing/SharingTypes.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace abri::ui {

class VaultSession;

// What needs doing, for the user who unlocked: their follow-ups due today or overdue, consents that expire within
// ConsentDays, and partner agreements that lapse within LapsingDays (or lapsed as long ago). Read again each time the
// page is shown; a row opens the person, or the partner.
class TodayPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ConsentDays = 30;

    TodayPage(VaultSession* session, QWidget* parent = nullptr);

    QTreeWidget* followUpList() const { return m_followUps; }
    QTreeWidget* consentList() const { return m_consents; }
    QTreeWidget* agreementList() const { return m_agreements; }
    // True once the lists show what core returned for the last refresh.
    bool isLoaded() const { return m_loaded; }
    void refresh();

Q_SIGNALS:
    void openPersonRequested(qint64 personId);
    void openPartnerRequested(qint64 partnerId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Lists;
    void showLists(Lists lists);
    void openItem(QTreeWidgetItem* item);
    void retranslateUi();

    VaultSession* m_session;
    QLabel* m_intro;
    QLabel* m_followUpHeading;
    QTreeWidget* m_followUps;
    QLabel* m_followUpEmpty;
    QLabel* m_consentHeading;
    QTreeWidget* m_consents;
    QLabel* m_consentEmpty;
    QLabel* m_agreementHeading;
    QTreeWidget* m_agreements;
    QLabel* m_agreementEmpty;
    QLabel* m_error;
    QDate m_today;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace abri::ui
