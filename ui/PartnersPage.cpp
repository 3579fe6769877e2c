#include "PartnersPage.h"

#include "ItemRoles.h"
#include "PartnerDialog.h"
#include "PartnersModel.h"
#include "Style.h"
#include "VaultSession.h"
#include "sharing/Partners.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

// The status combo's data: an agreement status id, or one of these.
const QString AnyStatus;
const QLatin1String NoAgreement("none");

} // namespace

struct PartnersPage::Loaded
{
    quint64 generation = 0;
    QDate today;
    Result<std::vector<PartnerSummary>> partners = std::vector<PartnerSummary>{};
};

PartnersPage::PartnersPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new PartnersModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_new(new QPushButton(this)), m_sectorLabel(new QLabel(this)),
      m_sector(new QComboBox(this)), m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_view(new QTableView(m_stack)),
      m_empty(new QLabel(m_stack)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("partnersPage"));
    // Every vault call here goes through the worker: the workspace keeps this page usable while one runs.
    setProperty("asyncVaultAccess", true);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_new->setObjectName(QStringLiteral("newPartnerButton"));
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_status->setObjectName(QStringLiteral("agreementFilter"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_view->setObjectName(QStringLiteral("partnersView"));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    Style::markAsError(m_error);
    m_search->setClearButtonEnabled(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_sectorLabel->setBuddy(m_sector);
    m_statusLabel->setBuddy(m_status);
    // Creating partners is for coordinators (core checks again); other roles never see the button.
    m_new->setVisible(session->isCoordinator());

    m_sector->addItem(QString(), QString());
    for (Sector sector : AllSectors) {
        m_sector->addItem(QString(), sectorId(sector));
    }
    m_status->addItem(QString(), AnyStatus);
    for (AgreementStatus status :
         {AgreementStatus::Active, AgreementStatus::Lapsing, AgreementStatus::Lapsed, AgreementStatus::Suspended}) {
        m_status->addItem(QString(), agreementStatusId(status));
    }
    m_status->addItem(QString(), QString(NoAgreement));
    m_sector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(PartnersModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(PartnersModel::NameColumn, 220);
    m_view->setColumnWidth(PartnersModel::SectorColumn, 140);
    m_view->setColumnWidth(PartnersModel::ServicesColumn, 260);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_new);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_sectorLabel);
    filterRow->addWidget(m_sector);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addStretch();
    filterRow->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PartnersPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            openIndex(m_proxy->index(0, 0));
        }
    });
    for (QComboBox* combo : {m_sector, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PartnersPage::refresh);
    }
    connect(m_new, &QPushButton::clicked, this, &PartnersPage::newPartner);
    connect(m_view, &QTableView::activated, this, &PartnersPage::openIndex);
    retranslateUi();
}

void PartnersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Nothing is asked of the vault before the page is shown; agreements lapse and partners change meanwhile.
    refresh();
}

PartnerFilter PartnersPage::currentFilter() const
{
    PartnerFilter filter;
    filter.sector = sectorFromId(m_sector->currentData().toString());
    const QString status = m_status->currentData().toString();
    filter.withoutAgreement = status == NoAgreement;
    filter.agreementStatus = agreementStatusFromId(status);
    filter.text = m_search->text().trimmed();
    return filter;
}

void PartnersPage::refresh()
{
    m_searchTimer.stop();
    const quint64 generation = ++m_generation;
    const PartnerFilter filter = currentFilter();
    m_loading = m_session->run(
        this,
        [generation, filter](Vault& vault) {
            Loaded loaded;
            loaded.generation = generation;
            loaded.today = vault.clock().nowUtc().toLocalTime().date();
            loaded.partners = Partners(vault).listPartners(filter);
            return loaded;
        },
        [this](Loaded loaded) { showLoaded(std::move(loaded)); });
}

void PartnersPage::showLoaded(Loaded loaded)
{
    if (loaded.generation != m_generation) {
        return;
    }
    m_loading = false;
    m_loaded = true;
    const qint64 selected = m_view->currentIndex().data(IdRole).toLongLong();
    if (!loaded.partners) {
        m_error->setText(loaded.partners.error().message());
        m_model->setPartners({}, loaded.today);
    } else {
        m_error->clear();
        m_model->setPartners(std::move(loaded.partners.value()), loaded.today);
    }
    if (const int row = m_model->rowOf(selected); row >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    updateState();
}

void PartnersPage::openIndex(const QModelIndex& index)
{
    const qint64 id = index.data(IdRole).toLongLong();
    if (id > 0) {
        Q_EMIT openPartnerRequested(id);
    }
}

void PartnersPage::newPartner()
{
    if (!m_session->isCoordinator()) {
        return;
    }
    auto* dialog = new PartnerDialog(m_session, 0, PartnerDraft{}, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 created = dialog->savedPartnerId();
        refresh();
        if (created > 0) {
            Q_EMIT openPartnerRequested(created);
        }
    });
    dialog->open();
}

void PartnersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PartnersPage::updateState()
{
    const bool filtered =
        m_sector->currentIndex() > 0 || m_status->currentIndex() > 0 || !m_search->text().trimmed().isEmpty();
    const int rows = m_model->rowCount();
    if (!m_loaded) {
        m_count->clear();
    } else {
        m_count->setText(filtered ? tr("%n partner(s) match", nullptr, rows) : tr("%n partner(s)", nullptr, rows));
    }
    if (m_loaded && rows == 0 && m_error->text().isEmpty()) {
        if (filtered) {
            m_empty->setText(tr("No partner matches. Choose \"All\" in the filters or clear the search to see "
                                "every partner."));
        } else if (m_session->isCoordinator()) {
            m_empty->setText(tr("No partner organisation is recorded yet. Choose \"New partner…\" to add the "
                                "clinics, lawyers and groups people are referred to."));
        } else {
            m_empty->setText(tr("No partner organisation is recorded yet. A coordinator adds them."));
        }
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
}

void PartnersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PartnersPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a partner: part of its name or services"));
    m_new->setText(tr("New &partner…"));
    m_new->setToolTip(tr("Record a partner organisation"));
    m_sectorLabel->setText(tr("Se&ctor:"));
    m_statusLabel->setText(tr("A&greement:"));
    m_sector->setItemText(0, tr("All sectors"));
    for (int i = 1; i < m_sector->count(); ++i) {
        if (auto sector = sectorFromId(m_sector->itemData(i).toString())) {
            m_sector->setItemText(i, sectorDisplayName(*sector));
        }
    }
    m_status->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i) {
        const QString id = m_status->itemData(i).toString();
        if (auto status = agreementStatusFromId(id)) {
            m_status->setItemText(i, agreementStatusDisplayName(*status));
        } else if (id == NoAgreement) {
            m_status->setItemText(i, tr("No agreement"));
        }
    }
    m_model->retranslate();
    updateState();
}

} // namespace abri::ui
