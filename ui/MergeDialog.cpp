#include "MergeDialog.h"

#include "Dialogs.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>

namespace abri::ui {

namespace {

constexpr int TypingDelayMs = 200;
constexpr int MaxResults = 20;

struct Summary
{
    Result<PersonFile> file;
    int notes = 0;
    int attachments = 0;
    int consents = 0;
    int followUps = 0;
};

template <typename T>
int countOf(const Result<std::vector<T>>& list)
{
    return list ? static_cast<int>(list.value().size()) : 0;
}

// Only the profile every role sees, and how much each file holds: enough to recognise a duplicate without
// showing restricted values in a dialog that is about something else.
QString describe(const Summary& summary)
{
    const PersonFile& file = summary.file.value();
    QStringList flags;
    for (RiskFlag flag : file.flags) {
        flags << riskFlagDisplayName(flag);
    }
    QStringList lines;
    lines << MergeDialog::tr("Code: %1").arg(file.code);
    lines << MergeDialog::tr("Name: %1").arg(file.hideName ? MergeDialog::tr("(hidden)") : file.alias);
    if (!file.pronouns.isEmpty()) {
        lines << MergeDialog::tr("Pronouns: %1").arg(file.pronouns);
    }
    lines << MergeDialog::tr("Status: %1").arg(personStatusDisplayName(file.status));
    lines << MergeDialog::tr("Worker: %1").arg(file.workerName.isEmpty() ? MergeDialog::tr("none") : file.workerName);
    if (!file.tags.isEmpty()) {
        lines << MergeDialog::tr("Tags: %1").arg(file.tags.join(QStringLiteral(", ")));
    }
    if (!flags.isEmpty()) {
        lines << MergeDialog::tr("Warnings: %1").arg(flags.join(QStringLiteral(", ")));
    }
    lines << MergeDialog::tr("Created: %1")
                 .arg(QLocale().toString(file.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    lines << MergeDialog::tr("%n note(s)", nullptr, summary.notes);
    lines << MergeDialog::tr("%n attachment(s)", nullptr, summary.attachments);
    lines << MergeDialog::tr("%n consent(s)", nullptr, summary.consents);
    lines << MergeDialog::tr("%n follow-up(s)", nullptr, summary.followUps);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MergeDialog::MergeDialog(VaultSession* session, qint64 keepPersonId, QWidget* parent)
    : FormDialog(parent), m_session(session), m_keepId(keepPersonId), m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)), m_results(new QListWidget(this)), m_keepHeading(new QLabel(this)),
      m_otherHeading(new QLabel(this)), m_keepSummary(new QLabel(this)), m_otherSummary(new QLabel(this)),
      m_explanation(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_results->setObjectName(QStringLiteral("mergeResults"));
    m_keepSummary->setObjectName(QStringLiteral("keepSummary"));
    m_otherSummary->setObjectName(QStringLiteral("otherSummary"));
    m_explanation->setObjectName(QStringLiteral("mergeExplanation"));
    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_results->setMaximumHeight(140);
    m_explanation->setWordWrap(true);
    for (QLabel* label : {m_keepSummary, m_otherSummary}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(8);
        label->setMinimumWidth(260);
        label->setWordWrap(true);
    }
    Style::markAsHeading(m_keepHeading, 1.1);
    Style::markAsHeading(m_otherHeading, 1.1);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);

    auto* sides = new QGridLayout;
    sides->addWidget(m_keepHeading, 0, 0);
    sides->addWidget(m_otherHeading, 0, 1);
    sides->addWidget(m_keepSummary, 1, 0);
    sides->addWidget(m_otherSummary, 1, 1);
    sides->setColumnStretch(0, 1);
    sides->setColumnStretch(1, 1);

    form()->addRow(m_searchLabel, m_search);
    form()->addRow(m_results);
    form()->addRow(sides);
    form()->addRow(m_explanation);

    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &MergeDialog::search);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            chooseOther(item->data(Qt::UserRole).toLongLong());
        }
    });
    setOkEnabled(false);
    retranslateUi();
    resize(640, 520);
    loadSummary(m_keepId, m_keepSummary, false);
    m_search->setFocus();
}

void MergeDialog::search()
{
    const QString text = m_search->text().trimmed();
    const int seq = ++m_searchSeq;
    if (text.isEmpty()) {
        m_results->clear();
        return;
    }
    const qint64 keepId = m_keepId;
    m_session->run(
        this, [text](Vault& vault) { return CaseFiles(vault).findPeople(text, MaxResults); },
        [this, seq, keepId](Result<std::vector<PersonSummary>> found) {
            if (seq != m_searchSeq) {
                return; // the user typed on meanwhile
            }
            m_results->clear();
            if (!found) {
                setError(found.error().message());
                return;
            }
            setError({});
            for (const PersonSummary& person : found.value()) {
                if (person.id == keepId) {
                    continue;
                }
                const QString label =
                    person.nameHidden ? person.code : tr("%1 — %2").arg(person.code, person.displayName);
                auto* item =
                    new QListWidgetItem(tr("%1 (%2)").arg(label, personStatusDisplayName(person.status)), m_results);
                item->setData(Qt::UserRole, person.id);
            }
            Q_EMIT resultsShown();
        });
}

void MergeDialog::chooseOther(qint64 personId)
{
    if (personId == m_keepId || personId <= 0) {
        return;
    }
    m_otherId = personId;
    m_otherCode.clear();
    m_otherSummary->setText(tr("Loading…"));
    setOkEnabled(false);
    loadSummary(personId, m_otherSummary, true);
}

void MergeDialog::loadSummary(qint64 personId, QLabel* target, bool other)
{
    const int seq = other ? ++m_summarySeq : 0;
    m_session->run(
        this,
        [personId](Vault& vault) {
            CaseFiles files(vault);
            Summary summary{files.openPerson(personId)};
            if (summary.file) {
                summary.notes = countOf(files.timeline(personId));
                summary.attachments = countOf(files.attachments(personId));
                summary.consents = countOf(files.consents(personId));
                summary.followUps = countOf(files.followUps(personId));
            }
            return summary;
        },
        [this, target, other, seq](Summary summary) {
            if (other && seq != m_summarySeq) {
                return;
            }
            if (!summary.file) {
                target->setText(summary.file.error().message());
                Q_EMIT summaryShown();
                return;
            }
            target->setText(describe(summary));
            (other ? m_otherCode : m_keepCode) = summary.file.value().code;
            if (other && summary.file.value().mergedInto != 0) {
                setError(tr("This file was already merged into another one. Pick the file it was merged into."));
            } else if (other) {
                setError({});
            }
            setOkEnabled(m_otherId != 0 && !m_otherCode.isEmpty() && !m_keepCode.isEmpty());
            retranslateUi();
            Q_EMIT summaryShown();
        });
}

void MergeDialog::submit()
{
    if (m_otherId == 0) {
        return;
    }
    Dialogs::confirm(this, tr("Merge files"),
                     tr("Everything in file %2 (notes, consents, follow-ups, attachments, contacts and other "
                        "details) moves into file %1. Where both files hold a different value, both are kept. "
                        "File %2 is then closed and points to %1.\n\nThis cannot be undone.")
                         .arg(m_keepCode, m_otherCode),
                     tr("&Merge"), [this] { merge(); });
}

void MergeDialog::merge()
{
    const qint64 keepId = m_keepId;
    const qint64 otherId = m_otherId;
    setBusy(true);
    const bool started = m_session->run(
        this, [keepId, otherId](Vault& vault) { return CaseFiles(vault).mergePeople(keepId, otherId); },
        [this, keepId, otherId](Status status) {
            setBusy(false);
            if (!status) {
                setError(status.error().message());
                return;
            }
            Q_EMIT merged(keepId, otherId);
            accept();
        });
    if (!started) {
        setBusy(false);
    }
}

void MergeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void MergeDialog::retranslateUi()
{
    setWindowTitle(tr("Merge a duplicate file"));
    m_searchLabel->setText(tr("&Other file:"));
    m_search->setPlaceholderText(tr("Type an alias, a tag or the short code"));
    m_keepHeading->setText(m_keepCode.isEmpty() ? tr("This file (kept)") : tr("This file, %1 (kept)").arg(m_keepCode));
    m_otherHeading->setText(m_otherCode.isEmpty() ? tr("Other file (closed after merging)")
                                                  : tr("Other file, %1 (closed after merging)").arg(m_otherCode));
    if (m_otherId == 0) {
        m_otherSummary->setText(tr("Pick the duplicate above."));
    }
    m_explanation->setText(tr("Everything in the other file moves into this one; nothing is dropped. The other "
                              "file is then closed and points here. Only coordinators may merge."));
    retranslateButtons(tr("&Merge…"));
}

} // namespace abri::ui
