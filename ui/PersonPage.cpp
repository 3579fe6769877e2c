#include "PersonPage.h"

#include "AttachmentsTab.h"
#include "ConsentsTab.h"
#include "MergeDialog.h"
#include "PersonOverviewTab.h"
#include "ShareDialog.h"
#include "SharedWithTab.h"
#include "Style.h"
#include "TimelineTab.h"
#include "VaultSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace abri::ui {

PersonPage::PersonPage(VaultSession* session, qint64 personId, QWidget* parent)
    : QWidget(parent), m_session(session), m_personId(personId), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_badges(new QHBoxLayout), m_mergedNotice(new QLabel(this)),
      m_openMerged(new QPushButton(this)), m_merge(new QPushButton(this)), m_shareMenu(new QPushButton(this)),
      m_printReceipt(new QAction(this)), m_printHistory(new QAction(this)), m_shareWithPartner(new QAction(this)),
      m_close(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_overview(new PersonOverviewTab(session, personId, this)), m_consents(new ConsentsTab(session, personId, this)),
      m_timeline(new TimelineTab(session, personId, this)), m_attachments(new AttachmentsTab(session, personId, this)),
      m_sharedWith(new SharedWithTab(session, personId, this))
{
    setObjectName(QStringLiteral("personPage"));
    m_title->setObjectName(QStringLiteral("personTitle"));
    m_subtitle->setObjectName(QStringLiteral("personSubtitle"));
    m_mergedNotice->setObjectName(QStringLiteral("mergedNotice"));
    m_openMerged->setObjectName(QStringLiteral("openMergedButton"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_shareMenu->setObjectName(QStringLiteral("shareMenuButton"));
    m_printReceipt->setObjectName(QStringLiteral("printReceiptAction"));
    m_printHistory->setObjectName(QStringLiteral("printHistoryAction"));
    m_shareWithPartner->setObjectName(QStringLiteral("shareWithPartnerAction"));
    m_close->setObjectName(QStringLiteral("closePersonButton"));
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    Style::markAsHeading(m_title, 1.8);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mergedNotice->setWordWrap(true);
    m_mergedNotice->setVisible(false);
    m_openMerged->setVisible(false);
    // Merging is for coordinators (core checks again); other roles never see the button.
    m_merge->setVisible(session->isCoordinator());

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(12);
    titleRow->addLayout(m_badges);
    titleRow->addStretch();
    titleRow->addWidget(m_shareMenu);
    titleRow->addWidget(m_merge);
    titleRow->addWidget(m_close);
    auto* mergedRow = new QHBoxLayout;
    mergedRow->addWidget(m_mergedNotice, 1);
    mergedRow->addWidget(m_openMerged);

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_consents, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_attachments, QString());
    m_tabs->addTab(m_sharedWith, QString());

    auto* shareMenu = new QMenu(m_shareMenu);
    shareMenu->addAction(m_printReceipt);
    shareMenu->addAction(m_printHistory);
    shareMenu->addSeparator();
    shareMenu->addAction(m_shareWithPartner);
    m_shareMenu->setMenu(shareMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addLayout(mergedRow);
    layout->addWidget(m_tabs, 1);

    connect(m_overview, &PersonOverviewTab::loaded, this, &PersonPage::showHeader);
    connect(m_overview, &PersonOverviewTab::glassBroken, this, &PersonPage::reloadAfterGlassBreak);
    connect(m_timeline, &TimelineTab::glassBroken, this, &PersonPage::reloadAfterGlassBreak);
    connect(m_close, &QPushButton::clicked, this, &PersonPage::closeRequested);
    connect(m_merge, &QPushButton::clicked, this, &PersonPage::openMergeDialog);
    connect(m_printReceipt, &QAction::triggered, this, [this] { openShareDialog(DocumentKind::ConsentReceipt); });
    connect(m_printHistory, &QAction::triggered, this, [this] { openShareDialog(DocumentKind::DisclosureHistory); });
    connect(m_shareWithPartner, &QAction::triggered, this, [this] { openShareDialog(DocumentKind::InformationSheet); });
    connect(m_sharedWith, &SharedWithTab::shareRequested, this, &PersonPage::openShareDialog);
    connect(m_openMerged, &QPushButton::clicked, this, [this] {
        if (m_file.mergedInto != 0) {
            Q_EMIT openPersonRequested(m_file.mergedInto);
        }
    });
    retranslateUi();
}

void PersonPage::reload()
{
    m_overview->reload();
    m_consents->reload();
    m_timeline->reload();
    m_attachments->reload();
    m_sharedWith->reload();
}

void PersonPage::reloadAfterGlassBreak()
{
    // The opened category shows everywhere on the page; what was typed in the Overview stays.
    m_overview->reload(true);
    m_consents->reload();
    m_timeline->reload();
    m_attachments->reload();
}

void PersonPage::openMergeDialog()
{
    auto* dialog = new MergeDialog(m_session, m_personId, this);
    connect(dialog, &QDialog::accepted, this, &PersonPage::reload);
    dialog->open();
}

ShareDialog* PersonPage::openShareDialog(DocumentKind kind)
{
    auto* dialog = new ShareDialog(m_session, m_personId, kind, this);
    if (m_loaded) {
        dialog->setPerson(m_file.code, m_file.languages);
    }
    connect(dialog, &ShareDialog::disclosed, m_sharedWith, &SharedWithTab::reload);
    dialog->open();
    return dialog;
}

void PersonPage::showHeader(const PersonFile& file, bool hideNamesForMe)
{
    m_file = file;
    m_hideNamesForMe = hideNamesForMe;
    m_loaded = true;
    // A hidden name stays off the header too (someone may be looking over a shoulder); the Overview shows it.
    const bool hidden = file.hideName || hideNamesForMe;
    m_title->setText(hidden ? file.code : file.alias);

    QStringList parts;
    if (!hidden) {
        parts << file.code;
    }
    QString status = personStatusDisplayName(file.status);
    if (file.status == PersonStatus::Closed && !file.closedReason.isEmpty()) {
        status = tr("%1: %2", "status: reason").arg(status, file.closedReason);
    }
    parts << status;
    if (!file.pronouns.isEmpty()) {
        parts << file.pronouns;
    }
    parts << (file.workerId != 0 ? tr("worker: %1").arg(file.workerName) : tr("no worker assigned"));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));

    while (QLayoutItem* item = m_badges->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (RiskFlag flag : file.flags) {
        auto* badge = new QLabel(riskFlagDisplayName(flag), this);
        badge->setObjectName(QStringLiteral("flagBadge_") + riskFlagId(flag));
        badge->setStyleSheet(QStringLiteral("QLabel { background-color: #b00020; color: white; "
                                            "border-radius: 4px; padding: 2px 8px; font-weight: bold; }"));
        m_badges->addWidget(badge);
    }
    m_mergedNotice->setVisible(file.mergedInto != 0);
    m_openMerged->setVisible(file.mergedInto != 0);
}

void PersonPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PersonPage::retranslateUi()
{
    if (m_loaded) {
        showHeader(m_file, m_hideNamesForMe);
    } else {
        m_title->setText(tr("Opening the file…"));
    }
    m_mergedNotice->setText(tr("This file was merged into another one. Everything it held is there now."));
    m_openMerged->setText(tr("Open &that file"));
    m_merge->setText(tr("&Merge with another file…"));
    m_shareMenu->setText(tr("Share / pr&int…"));
    m_printReceipt->setText(tr("Print consent &receipt…"));
    m_printHistory->setText(tr("Print disclosure &history…"));
    m_shareWithPartner->setText(tr("Share information with a &partner…"));
    m_close->setText(tr("&Close"));
    m_tabs->setTabText(0, tr("&Overview"));
    m_tabs->setTabText(1, tr("Co&nsents"));
    m_tabs->setTabText(2, tr("&Timeline"));
    m_tabs->setTabText(3, tr("Atta&chments"));
    m_tabs->setTabText(4, tr("Shared &with"));
}

} // namespace abri::ui
