#include "AuthorityRequestsPage.h"

#include "AuthorityRequestDialog.h"
#include "ItemRoles.h"
#include "ShareDialog.h"
#include "Style.h"
#include "VaultSession.h"
#include "sharing/Sharing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abri::ui {

AuthorityRequestsPage::AuthorityRequestsPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_error(new QLabel(this)),
      m_table(new QTableWidget(this)), m_new(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_disclose(new QPushButton(this))
{
    setObjectName(QStringLiteral("authorityRequestsPage"));
    m_table->setObjectName(QStringLiteral("authorityRequestsTable"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_new->setObjectName(QStringLiteral("newRequestButton"));
    m_edit->setObjectName(QStringLiteral("editRequestButton"));
    m_disclose->setObjectName(QStringLiteral("discloseForRequestButton"));
    m_intro->setWordWrap(true);
    Style::markAsError(m_error);
    m_error->setVisible(false);

    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addStretch();
    actions->addWidget(m_disclose);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_new, &QPushButton::clicked, this, &AuthorityRequestsPage::newRequest);
    connect(m_edit, &QPushButton::clicked, this, &AuthorityRequestsPage::editSelected);
    connect(m_disclose, &QPushButton::clicked, this, &AuthorityRequestsPage::discloseForSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AuthorityRequestsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuthorityRequestsPage::updateActions);
    retranslateUi();
    updateActions();
    reload();
}

void AuthorityRequestsPage::reload()
{
    m_session->run(
        this, [](Vault& vault) { return Sharing(vault).authorityRequests(); },
        [this](Result<std::vector<AuthorityRequest>> result) {
            m_loaded = result.ok();
            if (!result) {
                m_error->setText(result.error().message());
                m_error->setVisible(true);
                m_requests.clear();
            } else {
                m_error->setVisible(false);
                m_requests = std::move(result.value());
            }
            present();
            Q_EMIT reloaded();
        });
}

void AuthorityRequestsPage::present()
{
    const AuthorityRequest* before = selectedRequest();
    const qint64 selected = before ? before->id : 0;
    const QLocale locale;
    auto date = [&locale](const QDate& day) {
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
    };
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_requests.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const AuthorityRequest& r = m_requests[static_cast<std::size_t>(row)];
        const QString decision =
            r.decision == AuthorityDecision::Pending
                ? authorityDecisionDisplayName(r.decision)
                : tr("%1 (%2)", "decision (date)").arg(authorityDecisionDisplayName(r.decision), date(r.decidedOn));
        const QString texts[ColumnCount] = {date(r.receivedOn),
                                            r.requester,
                                            authorityKindDisplayName(r.kind),
                                            r.legalBasis.isEmpty() ? tr("none cited") : r.legalBasis,
                                            r.requested,
                                            decision,
                                            r.personCode.isEmpty() ? tr("none") : r.personCode,
                                            r.personTold ? tr("Yes, %1").arg(date(r.toldOn)) : tr("No"),
                                            QString::number(r.disclosureIds.size())};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(IdRole, r.id);
            if (column == RequestedColumn || column == LegalBasisColumn) {
                item->setToolTip(texts[column]);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, ReceivedColumn)->setData(RawValueRole, r.receivedOn);
    }
    m_table->resizeColumnsToContents();
    for (int column : {RequestedColumn, LegalBasisColumn}) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    }
    if (selected != 0) {
        selectRequest(selected);
    }
    updateActions();
}

bool AuthorityRequestsPage::selectRequest(qint64 requestId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(IdRole).toLongLong() == requestId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const AuthorityRequest* AuthorityRequestsPage::selectedRequest() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    const qint64 id = rows.first().data(IdRole).toLongLong();
    for (const AuthorityRequest& request : m_requests) {
        if (request.id == id) {
            return &request;
        }
    }
    return nullptr;
}

AuthorityRequestDialog* AuthorityRequestsPage::newRequest()
{
    auto* dialog = new AuthorityRequestDialog(m_session, this);
    connect(dialog, &AuthorityRequestDialog::saved, this, [this](qint64 id) {
        reload();
        auto* once = new QObject(this);
        connect(this, &AuthorityRequestsPage::reloaded, once, [this, once, id] {
            selectRequest(id);
            once->deleteLater();
        });
    });
    dialog->open();
    return dialog;
}

AuthorityRequestDialog* AuthorityRequestsPage::editSelected()
{
    const AuthorityRequest* request = selectedRequest();
    if (!request) {
        return nullptr;
    }
    auto* dialog = new AuthorityRequestDialog(m_session, *request, this);
    connect(dialog, &AuthorityRequestDialog::saved, this, &AuthorityRequestsPage::reload);
    dialog->open();
    return dialog;
}

ShareDialog* AuthorityRequestsPage::discloseForSelected()
{
    const AuthorityRequest* request = selectedRequest();
    if (!request || request->personId == 0) {
        return nullptr;
    }
    auto* dialog = new ShareDialog(m_session, request->personId, DocumentKind::InformationSheet, this);
    dialog->setPerson(request->personCode, {});
    dialog->presetAuthorityRequest(request->id);
    // The count of linked disclosures changes.
    connect(dialog, &ShareDialog::disclosed, this, &AuthorityRequestsPage::reload);
    dialog->open();
    return dialog;
}

void AuthorityRequestsPage::updateActions()
{
    const AuthorityRequest* request = selectedRequest();
    m_new->setEnabled(m_loaded);
    m_edit->setEnabled(m_loaded && request);
    m_disclose->setEnabled(m_loaded && request && request->personId != 0);
    m_disclose->setToolTip(request && request->personId == 0
                               ? tr("Record which person the request is about first (Edit…).")
                               : tr("Choose what to disclose for this request; it is checked and recorded like "
                                    "any other disclosure."));
}

void AuthorityRequestsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shownBefore) {
        reload();
    }
    m_shownBefore = true;
}

void AuthorityRequestsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AuthorityRequestsPage::retranslateUi()
{
    m_intro->setText(tr("Requests for information from the police, courts or officials: who asked, on what legal "
                        "basis, what for, what was decided and whether the person was told. Nothing is disclosed "
                        "without a consent of the person to contact the police, or a coordinator's override that "
                        "is recorded and reviewed."));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Who asked"), tr("From"), tr("Legal basis"),
                                        tr("What was asked"), tr("Decision"), tr("File"), tr("Person told"),
                                        tr("Disclosures")});
    m_new->setText(tr("&New request…"));
    m_edit->setText(tr("&Edit…"));
    m_disclose->setText(tr("&Disclose for this request…"));
    if (m_loaded) {
        present();
    }
}

} // namespace abri::ui
