#include "LedgerPage.h"

#include "Dialogs.h"
#include "ItemRoles.h"
#include "LedgerModel.h"
#include "Style.h"
#include "VaultSession.h"
#include "sharing/Sharing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

constexpr int AnyBasis = -1;
constexpr DisclosureBasis AllBases[] = {DisclosureBasis::Consent, DisclosureBasis::PersonsOwnCopy,
                                        DisclosureBasis::Override};

} // namespace

LedgerPage::LedgerPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new LedgerModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_intro(new QLabel(this)), m_basisLabel(new QLabel(this)),
      m_basis(new QComboBox(this)), m_toReview(new QCheckBox(this)), m_hasFrom(new QCheckBox(this)),
      m_from(new QDateEdit(this)), m_hasTo(new QCheckBox(this)), m_to(new QDateEdit(this)), m_error(new QLabel(this)),
      m_count(new QLabel(this)), m_details(new QLabel(this)), m_review(new QPushButton(this))
{
    setObjectName(QStringLiteral("ledgerPage"));
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_basis->setObjectName(QStringLiteral("basisCombo"));
    m_toReview->setObjectName(QStringLiteral("onlyToReviewCheck"));
    m_hasFrom->setObjectName(QStringLiteral("fromCheck"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_hasTo->setObjectName(QStringLiteral("toCheck"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_review->setObjectName(QStringLiteral("markReviewedButton"));
    m_intro->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::markAsError(m_error);
    m_error->setVisible(false);

    m_basis->addItem(QString(), AnyBasis);
    for (DisclosureBasis basis : AllBases) {
        m_basis->addItem(QString(), static_cast<int>(basis));
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }

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

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_basisLabel);
    filters->addWidget(m_basis);
    filters->addSpacing(12);
    filters->addWidget(m_toReview);
    filters->addSpacing(12);
    filters->addWidget(m_hasFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_hasTo);
    filters->addWidget(m_to);
    filters->addStretch();
    m_basisLabel->setBuddy(m_basis);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_details, 1);
    actions->addWidget(m_review, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addLayout(actions);

    connect(m_basis, &QComboBox::currentIndexChanged, this, &LedgerPage::reload);
    connect(m_toReview, &QCheckBox::toggled, this, [this](bool on) {
        // Only overrides are reviewed: the basis filter would only get in the way.
        m_basis->setEnabled(!on);
        reload();
    });
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_hasTo, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    connect(m_hasFrom, &QCheckBox::toggled, this, &LedgerPage::reload);
    connect(m_hasTo, &QCheckBox::toggled, this, &LedgerPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &LedgerPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &LedgerPage::reload);
    connect(m_review, &QPushButton::clicked, this, &LedgerPage::markReviewed);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LedgerPage::updateDetails);
    retranslateUi();
    reload();
}

LedgerFilter LedgerPage::filter() const
{
    LedgerFilter filter;
    filter.onlyToReview = m_toReview->isChecked();
    const int basis = m_basis->currentData().toInt();
    if (!filter.onlyToReview && basis != AnyBasis) {
        filter.basis = static_cast<DisclosureBasis>(basis);
    }
    if (m_hasFrom->isChecked()) {
        filter.from = m_from->date();
    }
    if (m_hasTo->isChecked()) {
        filter.to = m_to->date();
    }
    return filter;
}

void LedgerPage::reload()
{
    struct Loaded
    {
        Result<std::vector<Disclosure>> entries;
        QDate today;
    };
    const LedgerFilter wanted = filter();
    const int generation = ++m_generation;
    m_session->run(
        this,
        [wanted](Vault& vault) {
            return Loaded{Sharing(vault).ledger(wanted), vault.clock().nowUtc().toLocalTime().date()};
        },
        [this, generation, limit = wanted.limit](Loaded loaded) {
            // A filter changed meanwhile: its own answer follows.
            if (generation != m_generation) {
                return;
            }
            if (!m_datesSet) {
                // The range offered first is the last month, by the vault's clock (the one core filters by).
                const QSignalBlocker fromBlocker(m_from);
                const QSignalBlocker toBlocker(m_to);
                m_from->setDate(loaded.today.addMonths(-1));
                m_to->setDate(loaded.today);
                m_datesSet = true;
            }
            Result<std::vector<Disclosure>>& result = loaded.entries;
            const qint64 selected = selectedDisclosure() ? selectedDisclosure()->id : 0;
            m_loaded = result.ok();
            if (!result) {
                m_error->setText(result.error().message());
                m_error->setVisible(true);
                m_model->clear();
                m_count->clear();
            } else {
                m_error->setVisible(false);
                const int count = static_cast<int>(result->size());
                m_model->setDisclosures(std::move(result.value()));
                m_count->setText(count >= limit ? tr("The newest %n entries are shown: narrow the dates to see "
                                                     "older ones.",
                                                     nullptr, count)
                                                : tr("%n entries.", nullptr, count));
            }
            m_view->resizeColumnsToContents();
            if (selected != 0) {
                selectDisclosure(selected);
            }
            updateDetails();
            Q_EMIT reloaded();
        });
}

void LedgerPage::setBasisFilter(std::optional<DisclosureBasis> basis)
{
    m_basis->setCurrentIndex(m_basis->findData(basis ? static_cast<int>(*basis) : AnyBasis));
}

void LedgerPage::setOnlyToReview(bool only)
{
    m_toReview->setChecked(only);
}

void LedgerPage::setDateRange(const QDate& from, const QDate& to)
{
    m_datesSet = true;
    if (from.isValid()) {
        m_from->setDate(from);
    }
    if (to.isValid()) {
        m_to->setDate(to);
    }
    m_hasFrom->setChecked(from.isValid());
    m_hasTo->setChecked(to.isValid());
}

bool LedgerPage::selectDisclosure(qint64 disclosureId)
{
    const int row = m_model->rowOf(disclosureId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    return true;
}

const Disclosure* LedgerPage::selectedDisclosure() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->disclosureAt(m_proxy->mapToSource(rows.first()).row());
}

void LedgerPage::updateDetails()
{
    const Disclosure* entry = selectedDisclosure();
    m_review->setEnabled(m_loaded && entry && LedgerModel::needsReview(*entry));
    if (!entry) {
        m_details->setText(tr("Select an entry to see it in full."));
        return;
    }
    const auto kind = documentKindFromId(entry->document);
    const QString document = kind ? documentKindDisplayName(*kind) : entry->document;
    QStringList lines;
    lines << tr("File %1 to %2: %3 (%4), by %5.", "code, recipient, document, channel, user")
                 .arg(entry->personCode, entry->recipientName, document, disclosureChannelDisplayName(entry->channel),
                      entry->userName);
    lines << tr("What left: %1.").arg(LedgerModel::fieldsText(entry->fields));
    if (entry->personChoseSensitive) {
        lines << tr("The person asked for their shelter address / location to be included.");
    }
    if (entry->basis == DisclosureBasis::Override) {
        lines << tr("Override. Reason given: %1").arg(entry->overrideReason);
        lines << (entry->reviewedAt.isValid()
                      ? tr("Reviewed on %1.")
                            .arg(QLocale().toString(entry->reviewedAt.toLocalTime(), QLocale::ShortFormat))
                      : tr("Not reviewed yet: check the reason with whoever did it, then mark it reviewed."));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void LedgerPage::markReviewed()
{
    const Disclosure* entry = selectedDisclosure();
    if (!entry || !LedgerModel::needsReview(*entry)) {
        return;
    }
    const qint64 id = entry->id;
    m_review->setEnabled(false);
    m_session->run(
        this, [id](Vault& vault) { return Sharing(vault).markOverrideReviewed(id); },
        [this](Status status) {
            if (!status) {
                Dialogs::showError(this, status.error().message());
            }
            reload();
        });
}

void LedgerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back to the page shows what was disclosed meanwhile; the constructor loaded for the first showing.
    if (m_shownBefore) {
        reload();
    }
    m_shownBefore = true;
}

void LedgerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LedgerPage::retranslateUi()
{
    m_intro->setText(tr("Every time something about a person left Abri: printed, saved as a PDF, exported or sent "
                        "with a referral. Entries name the fields that left, never their content, and cannot be "
                        "changed or deleted. Overrides (sharing without a consent or agreement) wait here for your "
                        "review."));
    m_basisLabel->setText(tr("&Basis:"));
    for (int i = 0; i < m_basis->count(); ++i) {
        const int basis = m_basis->itemData(i).toInt();
        m_basis->setItemText(i, basis == AnyBasis ? tr("Any")
                                                  : disclosureBasisDisplayName(static_cast<DisclosureBasis>(basis)));
    }
    m_toReview->setText(tr("Only overrides to &review"));
    m_hasFrom->setText(tr("&From:"));
    m_hasTo->setText(tr("&To:"));
    m_review->setText(tr("&Mark reviewed"));
    m_model->retranslate();
    updateDetails();
}

} // namespace abri::ui
