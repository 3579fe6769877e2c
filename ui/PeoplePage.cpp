#include "PeoplePage.h"

#include "Dialogs.h"
#include "ItemRoles.h"
#include "NewPersonDialog.h"
#include "PeopleModel.h"
#include "SnippetDelegate.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

constexpr int TypeAheadLimit = 30;
constexpr int NoteHitLimit = 50;

QTreeWidget* makeResultList(QWidget* parent, int columns)
{
    auto* list = new QTreeWidget(parent);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return list;
}

} // namespace

PeoplePage::PeoplePage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new PeopleModel(session, this)), m_search(new QLineEdit(this)),
      m_notes(new QPushButton(this)), m_new(new QPushButton(this)), m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_workerLabel(new QLabel(this)), m_worker(new QComboBox(this)),
      m_flagLabel(new QLabel(this)), m_flag(new QComboBox(this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_view(new QTableView(m_stack)), m_results(makeResultList(m_stack, 4)),
      m_hits(makeResultList(m_stack, 4)), m_empty(new QLabel(m_stack)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    // Every vault call here goes through the worker: the workspace keeps this page usable while one runs.
    setProperty("asyncVaultAccess", true);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_notes->setObjectName(QStringLiteral("searchNotesButton"));
    m_new->setObjectName(QStringLiteral("newPersonButton"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_worker->setObjectName(QStringLiteral("workerFilter"));
    m_flag->setObjectName(QStringLiteral("flagFilter"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_hits->setObjectName(QStringLiteral("noteHits"));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    Style::markAsError(m_error);
    m_error->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_search->installEventFilter(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_statusLabel->setBuddy(m_status);
    m_workerLabel->setBuddy(m_worker);
    m_flagLabel->setBuddy(m_flag);

    // The options get their texts in retranslateUi; the data is what the filter uses.
    m_status->addItem(QString(), QString());
    for (PersonStatus status : {PersonStatus::Active, PersonStatus::Inactive, PersonStatus::Closed}) {
        m_status->addItem(QString(), personStatusId(status));
    }
    m_worker->addItem(QString(), QVariant());
    m_worker->addItem(QString(), qint64{0});
    m_flag->addItem(QString(), QString());
    for (RiskFlag flag : AllRiskFlags) {
        m_flag->addItem(QString(), riskFlagId(flag));
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures 100 000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(PeopleModel::CodeColumn,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("MMM-MMMM")));
    m_view->setColumnWidth(PeopleModel::NameColumn, 220);
    m_view->setColumnWidth(PeopleModel::StatusColumn, 90);
    m_view->setColumnWidth(PeopleModel::WorkerColumn, 140);
    m_view->setColumnWidth(PeopleModel::FlagsColumn, 220);
    m_hits->setItemDelegateForColumn(3, new SnippetDelegate(m_hits));
    m_hits->setWordWrap(true);
    m_hits->setUniformRowHeights(false);
    for (QTreeWidget* list : {m_results, m_hits}) {
        list->header()->setStretchLastSection(true);
        list->setColumnWidth(0, 200);
        list->setColumnWidth(1, 110);
        list->setColumnWidth(2, 110);
    }

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_hits);
    m_stack->addWidget(m_empty);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_notes);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_new);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_workerLabel);
    filterRow->addWidget(m_worker);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_flagLabel);
    filterRow->addWidget(m_flag);
    filterRow->addStretch();
    filterRow->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    m_typeAheadTimer.setSingleShot(true);
    m_typeAheadTimer.setInterval(TypeAheadDelayMs);
    connect(&m_typeAheadTimer, &QTimer::timeout, this, &PeoplePage::runTypeAhead);
    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::searchTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::openCurrent);
    connect(m_notes, &QPushButton::clicked, this, &PeoplePage::searchNotes);
    connect(m_new, &QPushButton::clicked, this, &PeoplePage::newPerson);
    for (QComboBox* combo : {m_status, m_worker, m_flag}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    }
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const PersonSummary* person = m_model->personAt(index.row())) {
            Q_EMIT openPersonRequested(person->id);
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &PeoplePage::openItem);
    connect(m_hits, &QTreeWidget::itemActivated, this, &PeoplePage::openItem);
    connect(m_model, &PeopleModel::totalChanged, this, &PeoplePage::updateState);
    connect(m_model, &PeopleModel::pageLoaded, this, &PeoplePage::updateState);
    connect(m_model, &PeopleModel::loadFailed, m_error, &QLabel::setText);
    retranslateUi();
}

void PeoplePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Nothing is asked of the vault before the page is first shown: the workspace builds every page at unlock.
    if (!m_started) {
        m_started = true;
        loadWorkers();
        applyFilters();
    }
}

void PeoplePage::loadWorkers()
{
    m_session->run(
        this, [](Vault& vault) { return CaseFiles(vault).workers(); },
        [this](Result<std::vector<UserRef>> workers) {
            if (!workers) {
                m_error->setText(workers.error().message());
                return;
            }
            const QVariant selected = m_worker->currentData();
            const QSignalBlocker blocker(m_worker);
            while (m_worker->count() > 2) {
                m_worker->removeItem(m_worker->count() - 1);
            }
            for (const UserRef& worker : workers.value()) {
                m_worker->addItem(worker.name, worker.id);
            }
            m_worker->setCurrentIndex(std::max(0, m_worker->findData(selected)));
        });
}

void PeoplePage::setStatusFilter(std::optional<PersonStatus> status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status ? personStatusId(*status) : QString())));
}

void PeoplePage::applyFilters()
{
    PersonFilter filter = m_model->filter();
    filter.status = personStatusFromId(m_status->currentData().toString());
    const QVariant worker = m_worker->currentData();
    filter.workerId = worker.isValid() ? std::optional<qint64>(worker.toLongLong()) : std::nullopt;
    filter.flag = riskFlagFromId(m_flag->currentData().toString());
    m_error->clear();
    m_model->setFilter(filter);
    updateState();
}

void PeoplePage::refresh()
{
    if (!m_started) {
        return;
    }
    m_model->refresh();
    if (m_mode == Mode::TypeAhead) {
        runTypeAhead();
    } else if (m_mode == Mode::Notes) {
        searchNotes();
    }
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::searchTextChanged()
{
    // Results of the previous text are stale from now on, even if they are still on their way.
    ++m_searchSeq;
    m_searching = false;
    if (m_search->text().trimmed().isEmpty()) {
        m_typeAheadTimer.stop();
        setMode(Mode::List);
        return;
    }
    m_typeAheadTimer.start();
    updateState();
}

void PeoplePage::runTypeAhead()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !isVisible()) {
        return;
    }
    const quint64 seq = ++m_searchSeq;
    m_searching = true;
    m_session->run(
        this, [text](Vault& vault) { return CaseFiles(vault).findPeople(text, TypeAheadLimit); },
        [this, seq, text](Result<std::vector<PersonSummary>> people) {
            if (seq != m_searchSeq) {
                return;
            }
            m_searching = false;
            m_shownQuery = text;
            if (!people) {
                m_error->setText(people.error().message());
                showTypeAhead({});
                return;
            }
            m_error->clear();
            showTypeAhead(people.value());
        });
}

void PeoplePage::showTypeAhead(const std::vector<PersonSummary>& people)
{
    m_results->clear();
    for (const PersonSummary& person : people) {
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(0, person.displayName);
        item->setText(1, person.code);
        item->setText(2, personStatusDisplayName(person.status));
        QStringList extra;
        for (RiskFlag flag : person.flags) {
            extra << riskFlagDisplayName(flag);
        }
        if (!person.tags.isEmpty()) {
            extra << person.tags.join(QStringLiteral(", "));
        }
        item->setText(3, extra.join(QStringLiteral(" · ")));
        item->setData(0, IdRole, person.id);
    }
    if (m_results->topLevelItemCount() > 0) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
    }
    setMode(Mode::TypeAhead);
}

void PeoplePage::searchNotes()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type the words to look for in notes first."));
        focusSearch();
        return;
    }
    m_typeAheadTimer.stop();
    const quint64 seq = ++m_searchSeq;
    m_searching = true;
    m_session->run(
        this, [text](Vault& vault) { return CaseFiles(vault).searchNotes(text, NoteHitLimit); },
        [this, seq, text](Result<std::vector<NoteHit>> hits) {
            if (seq != m_searchSeq) {
                return;
            }
            m_searching = false;
            m_shownQuery = text;
            if (!hits) {
                m_error->setText(hits.error().message());
                showNoteHits({});
                return;
            }
            m_error->clear();
            showNoteHits(hits.value());
        });
}

QString PeoplePage::snippetToHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(0x02), QLatin1String("<b>"));
    html.replace(QChar(0x03), QLatin1String("</b>"));
    return html;
}

void PeoplePage::showNoteHits(const std::vector<NoteHit>& hits)
{
    m_hits->clear();
    for (const NoteHit& hit : hits) {
        auto* item = new QTreeWidgetItem(m_hits);
        item->setText(0, hit.personDisplayName == hit.personCode
                             ? hit.personCode
                             : tr("%1 (%2)").arg(hit.personDisplayName, hit.personCode));
        item->setText(1, QLocale().toString(hit.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(2, noteKindDisplayName(hit.kind));
        QString plain = hit.snippet;
        plain.remove(QChar(0x02));
        plain.remove(QChar(0x03));
        item->setText(3, plain);
        item->setData(3, SnippetDelegate::HtmlRole, snippetToHtml(hit.snippet));
        item->setData(0, IdRole, hit.personId);
    }
    if (m_hits->topLevelItemCount() > 0) {
        m_hits->setCurrentItem(m_hits->topLevelItem(0));
    }
    setMode(Mode::Notes);
}

void PeoplePage::openItem(QTreeWidgetItem* item)
{
    if (item) {
        Q_EMIT openPersonRequested(item->data(0, IdRole).toLongLong());
    }
}

void PeoplePage::openCurrent()
{
    // Enter in the search field: the highlighted result, or, when no one matches, the same words in notes.
    if (m_typeAheadTimer.isActive() || m_searching) {
        m_typeAheadTimer.stop();
        runTypeAhead();
        return;
    }
    QTreeWidget* list = m_mode == Mode::Notes ? m_hits : m_results;
    if (m_mode != Mode::List && list->currentItem()) {
        openItem(list->currentItem());
    } else if (m_mode == Mode::TypeAhead) {
        searchNotes();
    }
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            // From the search field straight into what it shows, as in a browser's address bar.
            QAbstractItemView* target = m_mode == Mode::List    ? static_cast<QAbstractItemView*>(m_view)
                                        : m_mode == Mode::Notes ? m_hits
                                                                : m_results;
            if (m_stack->currentWidget() == target && target->model()->rowCount() > 0) {
                target->setFocus(Qt::TabFocusReason);
                if (!target->currentIndex().isValid()) {
                    target->setCurrentIndex(target->model()->index(0, 0));
                }
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_search->text().isEmpty()) {
            m_search->clear();
            return false; // the lock keys still count it
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeoplePage::newPerson()
{
    auto* dialog = new NewPersonDialog(m_session, this);
    connect(dialog, &NewPersonDialog::openExistingRequested, this, &PeoplePage::openPersonRequested);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 created = dialog->createdPersonId();
        m_model->refresh();
        if (created > 0) {
            Q_EMIT openPersonRequested(created);
        }
    });
    dialog->open();
}

void PeoplePage::setMode(Mode mode)
{
    m_mode = mode;
    updateState();
}

void PeoplePage::updateState()
{
    const QString text = m_search->text().trimmed();
    const bool filtered = m_status->currentIndex() > 0 || m_worker->currentIndex() > 0 || m_flag->currentIndex() > 0;
    for (QComboBox* combo : {m_status, m_worker, m_flag}) {
        combo->setEnabled(m_mode == Mode::List);
    }
    QWidget* shown = m_view;
    QString count;
    switch (m_mode) {
    case Mode::List: {
        const qint64 total = m_model->total();
        if (total >= 0) {
            count = filtered ? tr("%Ln person(s) match the filters", nullptr, static_cast<int>(total))
                             : tr("%Ln person(s)", nullptr, static_cast<int>(total));
        }
        if (m_model->hasLoaded() && m_model->rowCount() == 0 && m_model->lastError().isEmpty()) {
            shown = m_empty;
            m_empty->setText(filtered ? tr("No one matches these filters. Choose \"All\" in a filter to see more "
                                           "people.")
                                      : tr("No one is in the vault yet. Choose \"New person\" (Ctrl+N) to open "
                                           "the first file."));
        }
        break;
    }
    case Mode::TypeAhead:
        shown = m_results;
        count = tr("%n match(es)", nullptr, m_results->topLevelItemCount());
        if (m_results->topLevelItemCount() == 0 && !isSearching()) {
            shown = m_empty;
            m_empty->setText(tr("No one matches \"%1\". Try part of an alias or a tag, a code, or the last digits "
                                "of a phone number. Press Enter to look for these words in notes.")
                                 .arg(m_shownQuery));
        }
        break;
    case Mode::Notes:
        shown = m_hits;
        count = tr("%n note(s)", nullptr, m_hits->topLevelItemCount());
        if (m_hits->topLevelItemCount() == 0 && !isSearching()) {
            shown = m_empty;
            m_empty->setText(
                tr("No note you may read contains \"%1\". Check the spelling, or use fewer words.").arg(m_shownQuery));
        }
        break;
    }
    if (!text.isEmpty() && m_mode == Mode::List) {
        // Typed, results not here yet: keep the list until they are.
        count.clear();
    }
    m_stack->setCurrentWidget(shown);
    m_count->setText(count);
}

void PeoplePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PeoplePage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a person: alias, tag, code or last digits of a phone (Ctrl+F)"));
    m_notes->setText(tr("Search in &notes"));
    m_notes->setToolTip(tr("Look for these words in the notes you may read"));
    m_new->setText(tr("&New person…"));
    m_new->setToolTip(tr("Open a new person file (Ctrl+N)"));
    m_statusLabel->setText(tr("&Status:"));
    m_workerLabel->setText(tr("&Worker:"));
    m_flagLabel->setText(tr("Risk &flag:"));
    m_status->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i) {
        if (auto status = personStatusFromId(m_status->itemData(i).toString())) {
            m_status->setItemText(i, personStatusDisplayName(*status));
        }
    }
    m_worker->setItemText(0, tr("All"));
    m_worker->setItemText(1, tr("No worker"));
    m_flag->setItemText(0, tr("Any or none"));
    for (int i = 1; i < m_flag->count(); ++i) {
        if (auto flag = riskFlagFromId(m_flag->itemData(i).toString())) {
            m_flag->setItemText(i, riskFlagDisplayName(*flag));
        }
    }
    m_results->setHeaderLabels({tr("Name"), tr("Code"), tr("Status"), tr("Flags and tags")});
    m_hits->setHeaderLabels({tr("Person"), tr("Date"), tr("Kind"), tr("Note")});
    m_model->retranslate();
    updateState();
}

} // namespace abri::ui
