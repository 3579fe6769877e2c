#include "SharedWithTab.h"

#include "ItemRoles.h"
#include "LedgerModel.h"
#include "Style.h"
#include "VaultSession.h"
#include "sharing/Sharing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace abri::ui {

SharedWithTab::SharedWithTab(VaultSession* session, qint64 personId, QWidget* parent)
    : QWidget(parent), m_session(session), m_personId(personId), m_model(new LedgerModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_intro(new QLabel(this)),
      m_empty(new QLabel(this)), m_error(new QLabel(this)), m_receipt(new QPushButton(this)),
      m_history(new QPushButton(this)), m_share(new QPushButton(this))
{
    setObjectName(QStringLiteral("sharedWithTab"));
    m_view->setObjectName(QStringLiteral("sharedWithView"));
    m_empty->setObjectName(QStringLiteral("nothingSharedLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_receipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_history->setObjectName(QStringLiteral("printHistoryButton"));
    m_share->setObjectName(QStringLiteral("shareWithPartnerButton"));
    m_intro->setWordWrap(true);
    m_empty->setWordWrap(true);
    Style::markAsError(m_error);
    m_error->setVisible(false);
    m_empty->setVisible(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LedgerModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // One person's file: the code is the page's own, and reviews belong to the coordinator's ledger.
    m_view->setColumnHidden(LedgerModel::PersonColumn, true);
    m_view->setColumnHidden(LedgerModel::ReviewedColumn, true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_receipt);
    actions->addWidget(m_history);
    actions->addStretch();
    actions->addWidget(m_share);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);

    connect(m_receipt, &QPushButton::clicked, this, [this] { Q_EMIT shareRequested(DocumentKind::ConsentReceipt); });
    connect(m_history, &QPushButton::clicked, this, [this] { Q_EMIT shareRequested(DocumentKind::DisclosureHistory); });
    connect(m_share, &QPushButton::clicked, this, [this] { Q_EMIT shareRequested(DocumentKind::InformationSheet); });
    retranslateUi();
    reload();
}

void SharedWithTab::reload()
{
    m_session->run(
        this, [personId = m_personId](Vault& vault) { return Sharing(vault).disclosures(personId); },
        [this](Result<std::vector<Disclosure>> result) {
            if (!result) {
                m_error->setText(result.error().message());
                m_error->setVisible(true);
                m_model->clear();
            } else {
                m_error->setVisible(false);
                m_model->setDisclosures(std::move(result.value()));
            }
            m_empty->setVisible(result.ok() && m_model->rowCount() == 0);
            m_view->resizeColumnsToContents();
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void SharedWithTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SharedWithTab::retranslateUi()
{
    m_intro->setText(tr("Everything that left Abri about this person: to whom, what (field names, never the values), "
                        "why, how, on what basis and by whom. The person may ask for this list; print it for them "
                        "with Print disclosure history."));
    m_empty->setText(tr("Nothing about this person has been printed, saved or sent yet."));
    m_receipt->setText(tr("Print consent &receipt…"));
    m_history->setText(tr("Print disclosure &history…"));
    m_share->setText(tr("Share information with a &partner…"));
    m_model->retranslate();
}

} // namespace abri::ui
