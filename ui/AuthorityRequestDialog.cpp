#include "AuthorityRequestDialog.h"

#include "VaultSession.h"
#include "cases/CaseFiles.h"
#include "sharing/Sharing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace abri::ui {

namespace {

constexpr AuthorityKind AllKinds[] = {AuthorityKind::Police, AuthorityKind::Court, AuthorityKind::Official};
constexpr AuthorityDecision AllDecisions[] = {AuthorityDecision::Pending, AuthorityDecision::Refused,
                                              AuthorityDecision::Partly, AuthorityDecision::Fully};

} // namespace

AuthorityRequestDialog::AuthorityRequestDialog(VaultSession* session, QWidget* parent)
    : FormDialog(parent), m_session(session)
{
    build();
    // Today as core sees it (the vault's clock), so "not in the future" agrees with core's check.
    m_session->run(
        this, [](Vault& vault) { return vault.clock().nowUtc().toLocalTime().date(); },
        [this](QDate today) {
            for (QDateEdit* edit : {m_received, m_decided, m_toldOn}) {
                edit->setDate(today);
            }
        });
}

AuthorityRequestDialog::AuthorityRequestDialog(VaultSession* session, const AuthorityRequest& existing, QWidget* parent)
    : FormDialog(parent), m_session(session), m_requestId(existing.id)
{
    build();
    load(existing.toDraft(), existing.personCode);
}

void AuthorityRequestDialog::build()
{
    setObjectName(QStringLiteral("authorityRequestDialog"));
    m_intro = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_requesterLabel = new QLabel(this);
    m_requester = new QLineEdit(this);
    m_receivedLabel = new QLabel(this);
    m_received = new QDateEdit(this);
    m_basisLabel = new QLabel(this);
    m_basis = new QLineEdit(this);
    m_requestedLabel = new QLabel(this);
    m_requested = new QPlainTextEdit(this);
    m_personLabel = new QLabel(this);
    m_personCode = new QLineEdit(this);
    m_decisionLabel = new QLabel(this);
    m_decision = new QComboBox(this);
    m_decidedLabel = new QLabel(this);
    m_decided = new QDateEdit(this);
    m_told = new QCheckBox(this);
    m_toldOn = new QDateEdit(this);
    m_notesLabel = new QLabel(this);
    m_notes = new QPlainTextEdit(this);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_requester->setObjectName(QStringLiteral("requesterEdit"));
    m_received->setObjectName(QStringLiteral("receivedDateEdit"));
    m_basis->setObjectName(QStringLiteral("legalBasisEdit"));
    m_requested->setObjectName(QStringLiteral("requestedEdit"));
    m_personCode->setObjectName(QStringLiteral("personCodeEdit"));
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decided->setObjectName(QStringLiteral("decidedDateEdit"));
    m_told->setObjectName(QStringLiteral("personToldCheck"));
    m_toldOn->setObjectName(QStringLiteral("toldDateEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_intro->setWordWrap(true);

    for (AuthorityKind kind : AllKinds) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    for (AuthorityDecision decision : AllDecisions) {
        m_decision->addItem(QString(), static_cast<int>(decision));
    }
    for (QDateEdit* edit : {m_received, m_decided, m_toldOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    for (QPlainTextEdit* edit : {m_requested, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
    }
    m_personCode->setMaxLength(16);

    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decision);
    decisionRow->addSpacing(12);
    decisionRow->addWidget(m_decidedLabel);
    decisionRow->addWidget(m_decided);
    decisionRow->addStretch();
    auto* toldRow = new QHBoxLayout;
    toldRow->addWidget(m_told);
    toldRow->addWidget(m_toldOn);
    toldRow->addStretch();

    form()->addRow(m_intro);
    form()->addRow(m_kindLabel, m_kind);
    form()->addRow(m_requesterLabel, m_requester);
    form()->addRow(m_receivedLabel, m_received);
    form()->addRow(m_basisLabel, m_basis);
    form()->addRow(m_requestedLabel, m_requested);
    form()->addRow(m_personLabel, m_personCode);
    form()->addRow(m_decisionLabel, decisionRow);
    form()->addRow(QString(), toldRow);
    form()->addRow(m_notesLabel, m_notes);
    m_kindLabel->setBuddy(m_kind);
    m_requesterLabel->setBuddy(m_requester);
    m_receivedLabel->setBuddy(m_received);
    m_basisLabel->setBuddy(m_basis);
    m_requestedLabel->setBuddy(m_requested);
    m_personLabel->setBuddy(m_personCode);
    m_decisionLabel->setBuddy(m_decision);
    m_decidedLabel->setBuddy(m_decided);
    m_notesLabel->setBuddy(m_notes);

    connect(m_decision, &QComboBox::currentIndexChanged, this, &AuthorityRequestDialog::updateForm);
    connect(m_told, &QCheckBox::toggled, this, &AuthorityRequestDialog::updateForm);
    // Plain Enter types a new line in the text boxes; Ctrl+Enter saves, as everywhere in case files.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, okButton(), &QPushButton::click);
    }
    setMinimumWidth(560);
    retranslateUi();
    updateForm();
}

void AuthorityRequestDialog::load(const AuthorityRequestDraft& draft, const QString& personCode)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(draft.kind)));
    m_requester->setText(draft.requester);
    m_received->setDate(draft.receivedOn);
    m_basis->setText(draft.legalBasis);
    m_requested->setPlainText(draft.requested);
    m_personCode->setText(personCode);
    m_decision->setCurrentIndex(m_decision->findData(static_cast<int>(draft.decision)));
    m_decided->setDate(draft.decidedOn.isValid() ? draft.decidedOn : draft.receivedOn);
    m_told->setChecked(draft.personTold);
    m_toldOn->setDate(draft.toldOn.isValid() ? draft.toldOn : draft.receivedOn);
    m_notes->setPlainText(draft.notes);
    updateForm();
}

AuthorityRequestDraft AuthorityRequestDialog::draft() const
{
    AuthorityRequestDraft draft;
    draft.kind = static_cast<AuthorityKind>(m_kind->currentData().toInt());
    draft.requester = m_requester->text().trimmed();
    draft.receivedOn = m_received->date();
    draft.legalBasis = m_basis->text().trimmed();
    draft.requested = m_requested->toPlainText().trimmed();
    draft.decision = static_cast<AuthorityDecision>(m_decision->currentData().toInt());
    draft.decidedOn = draft.decision == AuthorityDecision::Pending ? QDate() : m_decided->date();
    draft.personTold = m_told->isChecked();
    draft.toldOn = draft.personTold ? m_toldOn->date() : QDate();
    draft.notes = m_notes->toPlainText().trimmed();
    return draft;
}

void AuthorityRequestDialog::updateForm()
{
    const bool pending =
        static_cast<AuthorityDecision>(m_decision->currentData().toInt()) == AuthorityDecision::Pending;
    m_decided->setEnabled(!pending && !isBusy());
    m_decidedLabel->setEnabled(!pending);
    m_toldOn->setEnabled(m_told->isChecked() && !isBusy());
}

void AuthorityRequestDialog::submit()
{
    const AuthorityRequestDraft wanted = draft();
    const QString code = m_personCode->text().trimmed();
    setBusy(true);
    m_session->run(
        this,
        [wanted, code, requestId = m_requestId](Vault& vault) -> Result<qint64> {
            AuthorityRequestDraft toSave = wanted;
            if (!code.isEmpty()) {
                auto person = CaseFiles(vault).personByCode(code);
                if (!person) {
                    return person.error();
                }
                toSave.personId = person->id;
            }
            Sharing sharing(vault);
            if (requestId != 0) {
                if (auto status = sharing.updateAuthorityRequest(requestId, toSave); !status) {
                    return status.error();
                }
                return requestId;
            }
            return sharing.addAuthorityRequest(toSave);
        },
        [this](Result<qint64> result) {
            setBusy(false);
            updateForm();
            if (!result) {
                setError(result.error().message());
                return;
            }
            m_requestId = result.value();
            Q_EMIT saved(m_requestId);
            accept();
        });
}

void AuthorityRequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void AuthorityRequestDialog::retranslateUi()
{
    setWindowTitle(m_requestId == 0 ? tr("New request from an authority") : tr("Request from an authority"));
    m_intro->setText(tr("Write down what was asked, exactly as it was asked, and what was decided. Nothing is sent "
                        "from here: to disclose for this request, use Disclose for this request on the list."));
    m_kindLabel->setText(tr("&From:"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, authorityKindDisplayName(static_cast<AuthorityKind>(m_kind->itemData(i).toInt())));
    }
    m_requesterLabel->setText(tr("&Who asked:"));
    m_requester->setPlaceholderText(tr("Office, officer, court, with a reference if they gave one"));
    m_receivedLabel->setText(tr("&Received on:"));
    m_basisLabel->setText(tr("&Legal basis cited:"));
    m_basis->setPlaceholderText(tr("As they cited it; empty when none was cited"));
    m_requestedLabel->setText(tr("What they &asked for:"));
    m_personLabel->setText(tr("&Person concerned:"));
    m_personCode->setPlaceholderText(tr("Short code, e.g. KX4-7PM; empty when none or unknown"));
    m_decisionLabel->setText(tr("&Decision:"));
    for (int i = 0; i < m_decision->count(); ++i) {
        m_decision->setItemText(
            i, authorityDecisionDisplayName(static_cast<AuthorityDecision>(m_decision->itemData(i).toInt())));
    }
    m_decidedLabel->setText(tr("de&cided on:"));
    m_told->setText(tr("The person was &told, on:"));
    m_notesLabel->setText(tr("&Notes:"));
    retranslateButtons(m_requestId == 0 ? tr("&Record request") : tr("&Save changes"));
}

} // namespace abri::ui
