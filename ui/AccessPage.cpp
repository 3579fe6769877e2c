#include "AccessPage.h"

#include "AccessMatrixModel.h"
#include "Dialogs.h"
#include "GlassBreaksModel.h"
#include "ItemRoles.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

struct Loaded
{
    Result<AccessMatrix> matrix;
    Result<std::vector<GlassBreak>> breaks;
};

struct Saved
{
    int saved = 0;
    Status status;
};

// A cell edits as a list of the three levels; picking one commits it at once.
class PermissionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("permissionEditor"));
        for (auto level : {AccessMatrixModel::NoAccess, AccessMatrixModel::ReadOnly, AccessMatrixModel::ReadWrite}) {
            combo->addItem(AccessMatrixModel::levelName(level), static_cast<int>(level));
        }
        auto* self = const_cast<PermissionDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

AccessPage::AccessPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_matrix(new AccessMatrixModel(this)), m_breaks(new GlassBreaksModel(this)),
      m_breaksProxy(new QSortFilterProxyModel(this)), m_matrixView(new QTableView(this)),
      m_breaksView(new QTableView(this)), m_intro(new QLabel(this)), m_matrixHeading(new QLabel(this)),
      m_reviewHeading(new QLabel(this)), m_reviewIntro(new QLabel(this)), m_error(new QLabel(this)),
      m_save(new QPushButton(this)), m_discard(new QPushButton(this)), m_review(new QPushButton(this)),
      m_showReviewed(new QCheckBox(this))
{
    setObjectName(QStringLiteral("accessPage"));
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_breaksView->setObjectName(QStringLiteral("glassBreaksView"));
    m_save->setObjectName(QStringLiteral("saveMatrixButton"));
    m_discard->setObjectName(QStringLiteral("discardMatrixButton"));
    m_review->setObjectName(QStringLiteral("markReviewedButton"));
    m_showReviewed->setObjectName(QStringLiteral("showReviewedCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    for (QLabel* label : {m_intro, m_reviewIntro, m_error}) {
        label->setWordWrap(true);
    }
    Style::markAsHeading(m_matrixHeading, 1.2);
    Style::markAsHeading(m_reviewHeading, 1.2);
    Style::markAsError(m_error);

    m_matrixView->setModel(m_matrix);
    m_matrixView->setItemDelegate(new PermissionDelegate(m_matrixView));
    // Not CurrentChanged: focusing the table must not open an editor on its own.
    m_matrixView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                  QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_matrixView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrixView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_breaksProxy->setSourceModel(m_breaks);
    m_breaksProxy->setSortRole(RawValueRole);
    m_breaksView->setModel(m_breaksProxy);
    m_breaksView->setSortingEnabled(true);
    m_breaksView->sortByColumn(GlassBreaksModel::WhenColumn, Qt::DescendingOrder);
    m_breaksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breaksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_breaksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breaksView->setAlternatingRowColors(true);
    m_breaksView->verticalHeader()->setVisible(false);
    m_breaksView->horizontalHeader()->setStretchLastSection(true);
    m_breaksView->setTabKeyNavigation(false);

    auto* matrixActions = new QHBoxLayout;
    matrixActions->addStretch();
    matrixActions->addWidget(m_discard);
    matrixActions->addWidget(m_save);

    auto* reviewActions = new QHBoxLayout;
    reviewActions->addWidget(m_showReviewed);
    reviewActions->addStretch();
    reviewActions->addWidget(m_review);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_matrixHeading);
    layout->addWidget(m_matrixView);
    layout->addLayout(matrixActions);
    layout->addSpacing(12);
    layout->addWidget(m_reviewHeading);
    layout->addWidget(m_reviewIntro);
    layout->addLayout(reviewActions);
    layout->addWidget(m_breaksView, 1);

    connect(m_save, &QPushButton::clicked, this, &AccessPage::saveChanges);
    connect(m_discard, &QPushButton::clicked, this, &AccessPage::discardChanges);
    connect(m_review, &QPushButton::clicked, this, &AccessPage::markReviewed);
    connect(m_showReviewed, &QCheckBox::toggled, this, &AccessPage::reload);
    connect(m_matrix, &AccessMatrixModel::changesChanged, this, &AccessPage::updateActions);
    connect(m_breaksView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccessPage::updateActions);
    retranslateUi();
    reload();
}

void AccessPage::reload()
{
    const bool includeReviewed = m_showReviewed->isChecked();
    m_session->run(
        this,
        [includeReviewed](Vault& vault) {
            CaseFiles files(vault);
            // The review list is coordinator-only in core: asked first, so a refusal leaves the matrix unread.
            Loaded loaded{Error(ErrorCode::PermissionDenied, QString()), files.glassBreaks(includeReviewed)};
            if (loaded.breaks) {
                loaded.matrix = files.accessMatrix();
            }
            return loaded;
        },
        [this](Loaded loaded) {
            const Result<void> failure = !loaded.breaks   ? Status(loaded.breaks.error())
                                         : !loaded.matrix ? Status(loaded.matrix.error())
                                                          : Status();
            m_loaded = failure.ok();
            if (!m_loaded) {
                m_error->setText(failure.error().message());
                m_error->setVisible(true);
                m_matrix->clear();
                m_breaks->setBreaks({});
            } else {
                m_error->clear();
                m_error->setVisible(false);
                m_matrix->setMatrix(loaded.matrix.value());
                m_breaks->setBreaks(std::move(loaded.breaks.value()));
            }
            m_matrix->setEditable(m_loaded);
            m_breaksView->resizeColumnsToContents();
            updateActions();
            Q_EMIT reloaded();
        });
}

void AccessPage::setShowReviewed(bool show)
{
    m_showReviewed->setChecked(show);
}

void AccessPage::saveChanges()
{
    const auto changes = m_matrix->changes();
    if (changes.empty()) {
        return;
    }
    QStringList lines;
    for (const auto& change : changes) {
        lines << tr("%1, %2: %3 → %4")
                     .arg(roleDisplayName(change.role), categoryDisplayName(change.category),
                          AccessMatrixModel::levelName(AccessMatrixModel::levelOf(change.before)),
                          AccessMatrixModel::levelName(AccessMatrixModel::levelOf(change.after)));
    }
    Dialogs::confirm(this, tr("Change access"),
                     tr("These changes apply to everyone with the role from their next action, and are recorded "
                        "in the audit log:\n\n%1")
                         .arg(lines.join(QLatin1Char('\n'))),
                     tr("&Save %n change(s)", nullptr, static_cast<int>(changes.size())), [this] { applyChanges(); });
}

void AccessPage::applyChanges()
{
    const auto changes = m_matrix->changes();
    m_save->setEnabled(false);
    const bool started = m_session->run(
        this,
        [changes](Vault& vault) {
            CaseFiles files(vault);
            Saved saved;
            // One call per cell, so each change has its own audit entry; the first refusal stops the rest.
            for (const auto& change : changes) {
                saved.status = files.setPermission(change.role, change.category, change.after);
                if (!saved.status) {
                    break;
                }
                ++saved.saved;
            }
            return saved;
        },
        [this](Saved saved) {
            if (!saved.status) {
                Dialogs::showError(this, saved.status.error().message());
            }
            reload();
        });
    if (!started) {
        updateActions();
    }
}

void AccessPage::discardChanges()
{
    m_matrix->discardChanges();
}

int AccessPage::selectedBreakRow() const
{
    const QModelIndexList rows = m_breaksView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_breaksProxy->mapToSource(rows.first()).row();
}

void AccessPage::markReviewed()
{
    const GlassBreak* entry = m_breaks->breakAt(selectedBreakRow());
    if (!entry || entry->reviewedAt.isValid()) {
        return;
    }
    const qint64 id = entry->id;
    m_review->setEnabled(false);
    m_session->run(
        this, [id](Vault& vault) { return CaseFiles(vault).markGlassBreakReviewed(id); },
        [this](Status status) {
            if (!status) {
                Dialogs::showError(this, status.error().message());
            }
            reload();
        });
}

void AccessPage::updateActions()
{
    const bool changed = m_loaded && !m_matrix->changes().empty();
    m_save->setEnabled(changed);
    m_discard->setEnabled(changed);
    const GlassBreak* entry = m_breaks->breakAt(selectedBreakRow());
    m_review->setEnabled(m_loaded && entry && !entry->reviewedAt.isValid());
    m_showReviewed->setEnabled(m_loaded || m_showReviewed->isChecked());
}

void AccessPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back to the page shows entries recorded meanwhile, unless edits are waiting to be saved. The
    // constructor already loaded for the first showing.
    if (m_shownBefore && m_matrix->changes().empty()) {
        reload();
    }
    m_shownBefore = true;
}

void AccessPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccessPage::retranslateUi()
{
    m_intro->setText(
        tr("Each role sees the profile of every file (alias, pronouns, tags, status, risk warnings). "
           "Everything else belongs to a category, and this table decides who may read or change "
           "it (double-click a cell to change it). Anyone else must break the glass, giving a reason, and it is listed "
           "below."));
    m_matrixHeading->setText(tr("Who may read and write each category"));
    m_matrixView->setToolTip(tr("Double-click a cell to change it. Nothing is saved until you choose Save changes."));
    m_reviewHeading->setText(tr("Break the glass: to review"));
    m_reviewIntro->setText(tr("Each time someone opened a category their role may not read. Check the reason with "
                              "them if needed, then mark it reviewed."));
    m_save->setText(tr("&Save changes…"));
    m_discard->setText(tr("&Discard changes"));
    m_review->setText(tr("&Mark reviewed"));
    m_showReviewed->setText(tr("Show &reviewed ones too"));
    m_matrix->retranslate();
    m_breaks->retranslate();
}

} // namespace abri::ui
