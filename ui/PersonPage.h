#pragma once

#include "cases/CaseTypes.h"
#include "sharing/SharingTypes.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace abri::ui {

class AttachmentsTab;
class ConsentsTab;
class PersonOverviewTab;
class ShareDialog;
class SharedWithTab;
class TimelineTab;
class VaultSession;

// One person's file: a header with what every desk must see first (name or code, status, risk flags), and tabs
// for the profile, consents, timeline, attachments and what was shared with whom. Each tab asks core for its part; a
// break of the glass in any of them reloads them all, since it opens that category everywhere on the page.
class PersonPage final : public QWidget
{
    Q_OBJECT

public:
    PersonPage(VaultSession* session, qint64 personId, QWidget* parent = nullptr);

    qint64 personId() const { return m_personId; }
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    PersonOverviewTab* overviewTab() const { return m_overview; }
    ConsentsTab* consentsTab() const { return m_consents; }
    TimelineTab* timelineTab() const { return m_timeline; }
    AttachmentsTab* attachmentsTab() const { return m_attachments; }
    SharedWithTab* sharedWithTab() const { return m_sharedWith; }
    QLabel* titleLabel() const { return m_title; }
    void openMergeDialog();
    // Opens the share dialog on a document; a disclosure made there refreshes "Shared with".
    ShareDialog* openShareDialog(DocumentKind kind);

Q_SIGNALS:
    void closeRequested();
    void openPersonRequested(qint64 personId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showHeader(const PersonFile& file, bool hideNamesForMe);
    void reloadAfterGlassBreak();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    PersonFile m_file;
    bool m_hideNamesForMe = false;
    bool m_loaded = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_badges;
    QLabel* m_mergedNotice;
    QPushButton* m_openMerged;
    QPushButton* m_merge;
    QPushButton* m_shareMenu;
    QAction* m_printReceipt;
    QAction* m_printHistory;
    QAction* m_shareWithPartner;
    QPushButton* m_close;
    QTabWidget* m_tabs;
    PersonOverviewTab* m_overview;
    ConsentsTab* m_consents;
    TimelineTab* m_timeline;
    AttachmentsTab* m_attachments;
    SharedWithTab* m_sharedWith;
};

} // namespace abri::ui
