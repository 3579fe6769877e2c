#include "TimelineTab.h"

#include "BreakGlassDialog.h"
#include "FormDialog.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

constexpr int GeneralCategory = -1;

QString shortDateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString categoryText(const std::optional<Category>& category)
{
    return category ? categoryDisplayName(*category) : TimelineTab::tr("General");
}

void addCtrlEnter(QWidget* scope, QObject* receiver, const std::function<void()>& action)
{
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, receiver, action);
    }
}

QTableWidget* makeTable(QWidget* parent, int columns)
{
    auto* table = new QTableWidget(parent);
    table->setColumnCount(columns);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A correction is written as a new version; the dialog starts from the current text.
class CorrectNoteDialog final : public FormDialog
{
public:
    CorrectNoteDialog(VaultSession* session, const Note& note, QWidget* parent)
        : FormDialog(parent), m_session(session), m_versionId(note.id), m_body(new QPlainTextEdit(this))
    {
        setObjectName(QStringLiteral("correctNoteDialog"));
        m_body->setObjectName(QStringLiteral("bodyEdit"));
        m_body->setPlainText(note.body);
        m_body->setTabChangesFocus(true);
        auto* explanation = new QLabel(
            TimelineTab::tr("The corrected text becomes the current version. The earlier text is kept in the "
                            "note's history."),
            this);
        explanation->setWordWrap(true);
        form()->addRow(explanation);
        form()->addRow(m_body);
        for (const QKeySequence& keys :
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
            connect(new QShortcut(keys, this), &QShortcut::activated, okButton(), &QPushButton::click);
        }
        setWindowTitle(TimelineTab::tr("Correct note"));
        retranslateButtons(TimelineTab::tr("&Save correction"));
        setMinimumSize(520, 320);
    }

protected:
    void submit() override
    {
        const QString body = m_body->toPlainText().trimmed();
        setBusy(true);
        m_session->run(
            this, [id = m_versionId, body](Vault& vault) { return CaseFiles(vault).correctNote(id, body); },
            [this](Result<qint64> result) {
                setBusy(false);
                if (!result) {
                    setError(result.error().message());
                    return;
                }
                accept();
            });
    }

private:
    VaultSession* m_session;
    qint64 m_versionId;
    QPlainTextEdit* m_body;
};

void openHistory(VaultSession* session, qint64 noteId, QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("noteHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(TimelineTab::tr("Note history"));
    auto* table = makeTable(dialog, 4);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setHorizontalHeaderLabels(
        {TimelineTab::tr("Version"), TimelineTab::tr("Written"), TimelineTab::tr("By"), TimelineTab::tr("Text")});
    table->setWordWrap(true);
    auto* error = new QLabel(dialog);
    Style::markAsError(error);
    error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(720, 400);
    dialog->open();
    session->run(
        dialog, [noteId](Vault& vault) { return CaseFiles(vault).noteHistory(noteId); },
        [table, error](Result<std::vector<Note>> result) {
            if (!result) {
                error->setText(result.error().message());
                error->setVisible(true);
                return;
            }
            table->setRowCount(static_cast<int>(result->size()));
            int row = 0;
            for (const Note& note : result.value()) {
                table->setItem(row, 0, new QTableWidgetItem(QString::number(note.version)));
                table->setItem(row, 1, new QTableWidgetItem(shortDateTime(note.createdAt)));
                table->setItem(row, 2, new QTableWidgetItem(note.authorName));
                table->setItem(row, 3, new QTableWidgetItem(note.body));
                ++row;
            }
            table->resizeColumnsToContents();
            table->horizontalHeader()->setStretchLastSection(true);
            table->resizeRowsToContents();
        });
}

} // namespace

struct TimelineTab::Loaded
{
    std::vector<Note> notes;
    std::vector<FollowUp> followUps;
    std::vector<UserRef> workers;
    std::vector<Category> writable;
    qint64 me = 0;
    QDate today;
};

TimelineTab::TimelineTab(VaultSession* session, qint64 personId, QWidget* parent)
    : QWidget(parent), m_session(session), m_personId(personId), m_noteBox(new QGroupBox(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_categoryLabel(new QLabel(this)),
      m_category(new QComboBox(this)), m_body(new QPlainTextEdit(this)), m_noteError(new QLabel(this)),
      m_addNote(new QPushButton(this)), m_notesHeading(new QLabel(this)),
      m_notesTable(makeTable(this, NoteColumnCount)), m_correct(new QPushButton(this)),
      m_history(new QPushButton(this)), m_breakGlass(new QPushButton(this)), m_followUpBox(new QGroupBox(this)),
      m_followUpsTable(makeTable(this, FollowUpColumnCount)), m_followUpTitle(new QLineEdit(this)),
      m_followUpDue(new QDateEdit(this)), m_followUpOwner(new QComboBox(this)), m_addFollowUp(new QPushButton(this)),
      m_done(new QPushButton(this)), m_followUpError(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineTab"));
    m_notesTable->setObjectName(QStringLiteral("notesTable"));
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_breakGlass->setObjectName(QStringLiteral("breakGlassButton"));
    m_notesTable->setWordWrap(true);
    m_notesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notesTable->horizontalHeader()->setSectionResizeMode(BodyColumn, QHeaderView::Stretch);
    Style::markAsHeading(m_notesHeading, 1.1);

    auto* noteActions = new QHBoxLayout;
    noteActions->addWidget(m_notesHeading);
    noteActions->addStretch();
    noteActions->addWidget(m_breakGlass);
    noteActions->addWidget(m_correct);
    noteActions->addWidget(m_history);

    auto* notesPane = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPane);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(buildNoteForm());
    notesLayout->addLayout(noteActions);
    notesLayout->addWidget(m_notesTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(notesPane);
    splitter->addWidget(buildFollowUps());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Wrapped notes need their height again whenever the text column changes width.
    connect(m_notesTable->horizontalHeader(), &QHeaderView::sectionResized, m_notesTable, [this](int column) {
        if (column == BodyColumn) {
            m_notesTable->resizeRowsToContents();
        }
    });
    connect(m_correct, &QPushButton::clicked, this, &TimelineTab::correctSelected);
    connect(m_history, &QPushButton::clicked, this, &TimelineTab::showHistoryOfSelected);
    connect(m_breakGlass, &QPushButton::clicked, this, &TimelineTab::breakGlassForSelected);
    connect(m_notesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelineTab::updateActions);
    connect(m_followUpsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelineTab::updateActions);
    retranslateUi();
    updateActions();
    reload();
}

QWidget* TimelineTab::buildNoteForm()
{
    m_noteBox->setObjectName(QStringLiteral("newNoteGroup"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_noteError->setObjectName(QStringLiteral("noteErrorLabel"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    Style::markAsError(m_noteError);
    m_noteError->setVisible(false);
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 5);
    for (NoteKind kind : {NoteKind::Contact, NoteKind::Visit, NoteKind::Incident, NoteKind::FollowUp}) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    m_category->addItem(QString(), GeneralCategory);
    m_kindLabel->setBuddy(m_kind);
    m_categoryLabel->setBuddy(m_category);

    auto* row = new QHBoxLayout;
    row->addWidget(m_kindLabel);
    row->addWidget(m_kind);
    row->addSpacing(12);
    row->addWidget(m_categoryLabel);
    row->addWidget(m_category);
    row->addStretch();
    row->addWidget(m_addNote);
    auto* layout = new QVBoxLayout(m_noteBox);
    layout->addLayout(row);
    layout->addWidget(m_body);
    layout->addWidget(m_noteError);
    connect(m_addNote, &QPushButton::clicked, this, &TimelineTab::addNote);
    addCtrlEnter(m_noteBox, this, [this] { addNote(); });
    return m_noteBox;
}

QWidget* TimelineTab::buildFollowUps()
{
    m_followUpBox->setObjectName(QStringLiteral("followUpsGroup"));
    m_followUpsTable->setObjectName(QStringLiteral("followUpsTable"));
    m_followUpTitle->setObjectName(QStringLiteral("followUpTitleEdit"));
    m_followUpDue->setObjectName(QStringLiteral("followUpDueEdit"));
    m_followUpOwner->setObjectName(QStringLiteral("followUpOwnerCombo"));
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    m_done->setObjectName(QStringLiteral("followUpDoneButton"));
    m_followUpError->setObjectName(QStringLiteral("followUpErrorLabel"));
    Style::markAsError(m_followUpError);
    m_followUpError->setVisible(false);
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_followUpsTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_followUpsTable->horizontalHeader()->setStretchLastSection(false);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_followUpTitle, 1);
    addRow->addWidget(m_followUpDue);
    addRow->addWidget(m_followUpOwner);
    addRow->addWidget(m_addFollowUp);
    addRow->addSpacing(12);
    addRow->addWidget(m_done);
    auto* layout = new QVBoxLayout(m_followUpBox);
    layout->addWidget(m_followUpsTable, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_followUpError);
    connect(m_addFollowUp, &QPushButton::clicked, this, &TimelineTab::addFollowUp);
    connect(m_followUpTitle, &QLineEdit::returnPressed, this, &TimelineTab::addFollowUp);
    connect(m_done, &QPushButton::clicked, this, &TimelineTab::completeSelectedFollowUp);
    return m_followUpBox;
}

void TimelineTab::reload()
{
    m_session->run(
        this,
        [personId = m_personId](Vault& vault) -> Result<Loaded> {
            CaseFiles files(vault);
            auto notes = files.timeline(personId);
            if (!notes) {
                return notes.error();
            }
            auto followUps = files.followUps(personId);
            if (!followUps) {
                return followUps.error();
            }
            auto workers = files.workers();
            if (!workers) {
                return workers.error();
            }
            Loaded fresh{std::move(notes.value()),   std::move(followUps.value()),
                         std::move(workers.value()), {},
                         vault.currentUser().id,     vault.clock().nowUtc().toLocalTime().date()};
            for (Category category : AllCategories) {
                if (files.permission(category).write) {
                    fresh.writable.push_back(category);
                }
            }
            return fresh;
        },
        [this](Result<Loaded> result) {
            if (!result) {
                setNoteError(result.error().message());
                return;
            }
            present(std::move(result.value()));
        });
}

void TimelineTab::present(Loaded fresh)
{
    const bool firstLoad = !m_loaded;
    m_notes = std::move(fresh.notes);
    m_followUps = std::move(fresh.followUps);
    m_today = fresh.today;

    // Offer general notes and the categories this role may write; keep the choice across reloads.
    const int chosen = m_category->currentData().toInt();
    while (m_category->count() > 1) {
        m_category->removeItem(1);
    }
    for (Category category : fresh.writable) {
        m_category->addItem(categoryDisplayName(category), static_cast<int>(category));
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));

    const qint64 owner = firstLoad ? fresh.me : m_followUpOwner->currentData().toLongLong();
    m_followUpOwner->clear();
    for (const UserRef& worker : fresh.workers) {
        m_followUpOwner->addItem(worker.name, worker.id);
    }
    m_followUpOwner->setCurrentIndex(std::max(0, m_followUpOwner->findData(owner)));
    if (firstLoad) {
        m_followUpDue->setDate(m_today.addDays(7));
    }

    fillNotes();
    fillFollowUps();
    m_loaded = true;
    updateActions();
    Q_EMIT loaded();
}

void TimelineTab::fillNotes()
{
    m_notesTable->clearContents();
    m_notesTable->setRowCount(static_cast<int>(m_notes.size()));
    int row = 0;
    for (const Note& note : m_notes) {
        QString when = shortDateTime(note.createdAt);
        if (note.version > 1) {
            when = tr("%1 (corrected)").arg(when);
        }
        const QString body = note.restricted ? tr("Restricted (%1)").arg(categoryText(note.category)) : note.body;
        const QString texts[NoteColumnCount] = {when, noteKindDisplayName(note.kind), categoryText(note.category),
                                                note.authorName, body};
        for (int column = 0; column < NoteColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, note.id);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (note.restricted && column == BodyColumn) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            m_notesTable->setItem(row, column, item);
        }
        ++row;
    }
    m_notesTable->resizeRowsToContents();
}

void TimelineTab::fillFollowUps()
{
    m_followUpsTable->clearContents();
    m_followUpsTable->setRowCount(static_cast<int>(m_followUps.size()));
    int row = 0;
    for (const FollowUp& followUp : m_followUps) {
        const bool done = followUp.doneAt.isValid();
        const bool late = !done && followUp.due.isValid() && followUp.due < m_today;
        QString due = QLocale().toString(followUp.due, QLocale::ShortFormat);
        if (late) {
            due = tr("%1 (late)").arg(due);
        }
        const QString texts[FollowUpColumnCount] = {followUp.title, due, followUp.ownerName,
                                                    done ? shortDateTime(followUp.doneAt) : tr("open")};
        for (int column = 0; column < FollowUpColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, followUp.id);
            if (done) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            if (late && column == DueColumn) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_followUpsTable->setItem(row, column, item);
        }
        ++row;
    }
    m_followUpsTable->resizeColumnsToContents();
}

const Note* TimelineTab::selectedNote() const
{
    const QModelIndexList rows = m_notesTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    const qint64 id = rows.first().data(Qt::UserRole).toLongLong();
    for (const Note& note : m_notes) {
        if (note.id == id) {
            return &note;
        }
    }
    return nullptr;
}

const FollowUp* TimelineTab::selectedFollowUp() const
{
    const QModelIndexList rows = m_followUpsTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    const qint64 id = rows.first().data(Qt::UserRole).toLongLong();
    for (const FollowUp& followUp : m_followUps) {
        if (followUp.id == id) {
            return &followUp;
        }
    }
    return nullptr;
}

void TimelineTab::updateActions()
{
    const Note* note = selectedNote();
    const bool readable = note && !note->restricted;
    m_correct->setEnabled(readable && !m_busy);
    m_history->setEnabled(readable && !m_busy);
    m_breakGlass->setVisible(note && note->restricted && note->category.has_value());
    const FollowUp* followUp = selectedFollowUp();
    m_done->setEnabled(followUp && !followUp->doneAt.isValid() && !m_busy);
    m_addNote->setEnabled(m_loaded && !m_busy);
    m_addFollowUp->setEnabled(m_loaded && !m_busy);
}

void TimelineTab::addNote()
{
    if (!m_loaded || m_busy) {
        return;
    }
    NoteDraft draft;
    draft.kind = static_cast<NoteKind>(m_kind->currentData().toInt());
    const int category = m_category->currentData().toInt();
    if (category != GeneralCategory) {
        draft.category = static_cast<Category>(category);
    }
    draft.body = m_body->toPlainText().trimmed();
    setNoteError({});
    m_busy = true;
    updateActions();
    m_session->run(
        this, [personId = m_personId, draft](Vault& vault) { return CaseFiles(vault).addNote(personId, draft); },
        [this](Result<qint64> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                setNoteError(result.error().message());
                m_body->setFocus();
                return;
            }
            m_body->clear();
            reload();
        });
}

void TimelineTab::correctSelected()
{
    const Note* note = selectedNote();
    if (!note || note->restricted) {
        return;
    }
    auto* dialog = new CorrectNoteDialog(m_session, *note, this);
    connect(dialog, &QDialog::accepted, this, &TimelineTab::reload);
    dialog->open();
}

void TimelineTab::showHistoryOfSelected()
{
    const Note* note = selectedNote();
    if (!note || note->restricted) {
        return;
    }
    openHistory(m_session, note->noteId, this);
}

void TimelineTab::breakGlassForSelected()
{
    const Note* note = selectedNote();
    if (!note || !note->restricted || !note->category) {
        return;
    }
    auto* dialog = new BreakGlassDialog(m_session, m_personId, *note->category, this);
    connect(dialog, &QDialog::accepted, this, &TimelineTab::glassBroken);
    dialog->open();
}

void TimelineTab::addFollowUp()
{
    if (!m_loaded || m_busy) {
        return;
    }
    const QString title = m_followUpTitle->text().trimmed();
    const QDate due = m_followUpDue->date();
    const qint64 owner = m_followUpOwner->currentData().toLongLong();
    setFollowUpError({});
    m_busy = true;
    updateActions();
    m_session->run(
        this,
        [personId = m_personId, title, due, owner](Vault& vault) {
            return CaseFiles(vault).addFollowUp(personId, title, due, owner);
        },
        [this](Result<qint64> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                setFollowUpError(result.error().message());
                return;
            }
            m_followUpTitle->clear();
            reload();
        });
}

void TimelineTab::completeSelectedFollowUp()
{
    const FollowUp* followUp = selectedFollowUp();
    if (!followUp || m_busy) {
        return;
    }
    const qint64 id = followUp->id;
    setFollowUpError({});
    m_busy = true;
    updateActions();
    m_session->run(
        this, [id](Vault& vault) { return CaseFiles(vault).completeFollowUp(id); },
        [this](Status status) {
            m_busy = false;
            updateActions();
            if (!status) {
                setFollowUpError(status.error().message());
                return;
            }
            reload();
        });
}

void TimelineTab::setNoteError(const QString& message)
{
    m_noteError->setText(message);
    m_noteError->setVisible(!message.isEmpty());
}

void TimelineTab::setFollowUpError(const QString& message)
{
    m_followUpError->setText(message);
    m_followUpError->setVisible(!message.isEmpty());
}

void TimelineTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TimelineTab::retranslateUi()
{
    m_noteBox->setTitle(tr("New note"));
    m_kindLabel->setText(tr("&Kind:"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, noteKindDisplayName(static_cast<NoteKind>(m_kind->itemData(i).toInt())));
    }
    m_categoryLabel->setText(tr("C&ategory:"));
    m_category->setItemText(0, tr("General (every role reads it)"));
    m_category->setToolTip(tr("A note in a category is read only by the roles that see that part of the file."));
    m_body->setPlaceholderText(tr("What happened, what was agreed. Ctrl+Enter adds the note."));
    m_addNote->setText(tr("Add &note"));
    m_addNote->setToolTip(tr("Ctrl+Enter"));
    m_notesHeading->setText(tr("Notes, newest first"));
    m_notesTable->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Category"), tr("By"), tr("Note")});
    m_correct->setText(tr("C&orrect…"));
    m_history->setText(tr("&History"));
    m_breakGlass->setText(tr("Break the glass…"));
    m_followUpBox->setTitle(tr("Follow-ups"));
    m_followUpsTable->setHorizontalHeaderLabels({tr("To do"), tr("Due"), tr("Owner"), tr("Done")});
    m_followUpTitle->setPlaceholderText(tr("What to do next"));
    m_addFollowUp->setText(tr("Add &follow-up"));
    m_done->setText(tr("Mark &done"));
    if (m_loaded) {
        fillNotes();
        fillFollowUps();
    }
}

} // namespace abri::ui
