#include "AgreementDialog.h"

#include "VaultSession.h"
#include "cases/Access.h"
#include "sharing/Partners.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace abri::ui {

namespace {

// The earliest date an edit offers; an optional date at this value means "not set" and shows a sentence instead.
const QDate NotSet(2000, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NotSet);
    // A date is short; stretched across the dialog it reads like a text field.
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

QDate valueOf(const QDateEdit* edit)
{
    return edit->isEnabled() && edit->date() != NotSet ? edit->date() : QDate();
}

} // namespace

AgreementDialog::AgreementDialog(VaultSession* session, qint64 partnerId, qint64 agreementId,
                                 const AgreementDraft& draft, const QDate& today, QWidget* parent)
    : FormDialog(parent), m_session(session), m_partnerId(partnerId), m_agreementId(agreementId),
      m_today(today.isValid() ? today : QDate::currentDate()), m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)), m_signedOnLabel(new QLabel(this)),
      m_signedOn(makeDateEdit(this, QStringLiteral("signedOnEdit"))), m_hasRenewal(new QCheckBox(this)),
      m_renewalOn(makeDateEdit(this, QStringLiteral("renewalOnEdit"))), m_documentNote(new QLabel(this)),
      m_agreedByLabel(new QLabel(this)), m_agreedBy(new QLineEdit(this)), m_agreedOnLabel(new QLabel(this)),
      m_agreedOn(makeDateEdit(this, QStringLiteral("agreedOnEdit"))), m_categoriesLabel(new QLabel(this)),
      m_categoriesNote(new QLabel(this)), m_conductSigned(new QCheckBox(this)),
      m_conductSignedOn(makeDateEdit(this, QStringLiteral("conductSignedOnEdit"))), m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_notesLabel(new QLabel(this)), m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_hasRenewal->setObjectName(QStringLiteral("hasRenewalCheck"));
    m_documentNote->setObjectName(QStringLiteral("documentNote"));
    m_agreedBy->setObjectName(QStringLiteral("agreedByEdit"));
    m_conductSigned->setObjectName(QStringLiteral("conductSignedCheck"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_kindLabel->setBuddy(m_kind);
    m_signedOnLabel->setBuddy(m_signedOn);
    m_agreedByLabel->setBuddy(m_agreedBy);
    m_agreedOnLabel->setBuddy(m_agreedOn);
    m_statusLabel->setBuddy(m_status);
    m_notesLabel->setBuddy(m_notes);
    m_documentNote->setWordWrap(true);
    m_categoriesNote->setWordWrap(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    for (AgreementKind kind : {AgreementKind::Formal, AgreementKind::Informal}) {
        m_kind->addItem(QString(), agreementKindId(kind));
    }
    // Lapsing is worked out from the renewal date, never chosen.
    for (AgreementStatus status : {AgreementStatus::Active, AgreementStatus::Suspended, AgreementStatus::Lapsed}) {
        m_status->addItem(QString(), agreementStatusId(status));
    }

    auto* categories = new QGridLayout;
    categories->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (Category category : AllCategories) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("category_%1").arg(static_cast<int>(category)));
        box->setChecked(draft.categories.count(category) > 0);
        categories->addWidget(box, index / 2, index % 2);
        m_categories[category] = box;
        ++index;
    }
    auto* conduct = new QHBoxLayout;
    conduct->addWidget(m_conductSigned);
    conduct->addWidget(m_conductSignedOn);
    conduct->addStretch();
    m_renewalRow = new QHBoxLayout;
    m_renewalRow->addWidget(m_hasRenewal);
    m_renewalRow->addWidget(m_renewalOn);
    m_renewalRow->addStretch();

    form()->addRow(m_kindLabel, m_kind);
    form()->addRow(m_signedOnLabel, m_signedOn);
    form()->addRow(QString(), m_renewalRow);
    form()->addRow(m_documentNote);
    form()->addRow(m_agreedByLabel, m_agreedBy);
    form()->addRow(m_agreedOnLabel, m_agreedOn);
    form()->addRow(m_categoriesLabel, m_categoriesNote);
    form()->addRow(QString(), categories);
    form()->addRow(QString(), conduct);
    form()->addRow(m_statusLabel, m_status);
    form()->addRow(m_notesLabel, m_notes);

    m_kind->setCurrentIndex(std::max(0, m_kind->findData(agreementKindId(draft.kind))));
    m_signedOn->setDate(draft.signedOn.isValid() ? draft.signedOn : m_today);
    m_hasRenewal->setChecked(draft.renewalOn.isValid());
    m_renewalOn->setDate(draft.renewalOn.isValid() ? draft.renewalOn : NotSet);
    m_renewalOn->setEnabled(draft.renewalOn.isValid());
    m_agreedBy->setText(draft.agreedBy);
    m_agreedOn->setDate(draft.agreedOn.isValid() ? draft.agreedOn : m_today);
    m_conductSigned->setChecked(draft.conductSigned);
    m_conductSignedOn->setDate(draft.conductSignedOn.isValid() ? draft.conductSignedOn : m_today);
    m_conductSignedOn->setEnabled(draft.conductSigned);
    const AgreementStatus status = draft.status == AgreementStatus::Lapsing ? AgreementStatus::Active : draft.status;
    m_status->setCurrentIndex(std::max(0, m_status->findData(agreementStatusId(status))));
    m_notes->setPlainText(draft.notes);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AgreementDialog::kindChanged);
    connect(m_hasRenewal, &QCheckBox::toggled, this, [this](bool on) {
        m_renewalOn->setEnabled(on);
        if (on && m_renewalOn->date() == NotSet) {
            // A year is the usual term of an MOU; the date is easy to change from there.
            m_renewalOn->setDate(m_signedOn->date().addYears(1));
        } else if (!on) {
            m_renewalOn->setDate(NotSet);
        }
    });
    connect(m_conductSigned, &QCheckBox::toggled, m_conductSignedOn, &QWidget::setEnabled);
    setMinimumWidth(560);
    retranslateUi();
    kindChanged();
}

void AgreementDialog::updateDependentFields()
{
    // setBusy(false) enables every field again; these two follow their check boxes.
    m_renewalOn->setEnabled(m_hasRenewal->isChecked());
    m_conductSignedOn->setEnabled(m_conductSigned->isChecked());
}

void AgreementDialog::kindChanged()
{
    const bool formal = m_kind->currentData().toString() == agreementKindId(AgreementKind::Formal);
    form()->setRowVisible(m_signedOn, formal);
    form()->setRowVisible(m_renewalRow, formal);
    form()->setRowVisible(m_documentNote, formal);
    form()->setRowVisible(m_agreedBy, !formal);
    form()->setRowVisible(m_agreedOn, !formal);
    adjustSize();
}

AgreementDraft AgreementDialog::draft() const
{
    AgreementDraft draft;
    draft.kind = agreementKindFromId(m_kind->currentData().toString()).value_or(AgreementKind::Informal);
    // Only the fields of the chosen kind are sent: core would refuse, say, an informal agreement with a signing date.
    if (draft.kind == AgreementKind::Formal) {
        draft.signedOn = m_signedOn->date();
        draft.renewalOn = m_hasRenewal->isChecked() ? valueOf(m_renewalOn) : QDate();
    } else {
        draft.agreedBy = m_agreedBy->text().trimmed();
        draft.agreedOn = m_agreedOn->date();
    }
    for (const auto& [category, box] : m_categories) {
        if (box->isChecked()) {
            draft.categories.insert(category);
        }
    }
    draft.conductSigned = m_conductSigned->isChecked();
    draft.conductSignedOn = draft.conductSigned ? m_conductSignedOn->date() : QDate();
    draft.status = agreementStatusFromId(m_status->currentData().toString()).value_or(AgreementStatus::Active);
    draft.notes = m_notes->toPlainText().trimmed();
    return draft;
}

void AgreementDialog::submit()
{
    const AgreementDraft values = draft();
    const qint64 partnerId = m_partnerId;
    const qint64 agreementId = m_agreementId;
    setBusy(true);
    const bool started = m_session->run(
        this,
        [values, partnerId, agreementId](Vault& vault) -> Result<qint64> {
            Partners partners(vault);
            if (agreementId == 0) {
                return partners.addAgreement(partnerId, values);
            }
            Status status = partners.updateAgreement(agreementId, values);
            if (!status) {
                return status.error();
            }
            return agreementId;
        },
        [this](Result<qint64> saved) {
            setBusy(false);
            updateDependentFields();
            if (!saved) {
                setError(saved.error().message());
                return;
            }
            m_savedId = saved.value();
            accept();
        });
    if (!started) {
        setBusy(false);
        updateDependentFields();
    }
}

void AgreementDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void AgreementDialog::retranslateUi()
{
    setWindowTitle(m_agreementId == 0 ? tr("New agreement") : tr("Edit agreement"));
    m_kindLabel->setText(tr("&Kind:"));
    for (int i = 0; i < m_kind->count(); ++i) {
        if (auto kind = agreementKindFromId(m_kind->itemData(i).toString())) {
            m_kind->setItemText(i, agreementKindDisplayName(*kind));
        }
    }
    m_signedOnLabel->setText(tr("Si&gned on:"));
    m_hasRenewal->setText(tr("&Renew by:"));
    m_renewalOn->setSpecialValueText(tr("No end date"));
    m_documentNote->setText(tr("Attach the signed document from the partner page once the agreement is saved."));
    m_agreedByLabel->setText(tr("Agreed &by:"));
    m_agreedBy->setPlaceholderText(tr("Who agreed, on the partner's side"));
    m_agreedOnLabel->setText(tr("Agreed &on:"));
    m_categoriesLabel->setText(tr("May receive:"));
    m_categoriesNote->setText(tr("Beyond the profile (alias, code, languages), only what is ticked here may be "
                                 "shared with this partner, and only with the person's consent."));
    for (const auto& [category, box] : m_categories) {
        box->setText(categoryDisplayName(category));
    }
    m_conductSigned->setText(tr("Signed the code of &conduct on:"));
    m_statusLabel->setText(tr("&Status:"));
    for (int i = 0; i < m_status->count(); ++i) {
        if (auto status = agreementStatusFromId(m_status->itemData(i).toString())) {
            m_status->setItemText(i, agreementStatusDisplayName(*status));
        }
    }
    m_notesLabel->setText(tr("&Notes:"));
    retranslateButtons(m_agreementId == 0 ? tr("&Create") : tr("&Save"));
}

} // namespace abri::ui
