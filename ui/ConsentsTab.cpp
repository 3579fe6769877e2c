#include "ConsentsTab.h"

#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"
#include "sharing/Partners.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// Today as core sees it (the vault's clock), so the default date and the states agree with core's checks.
QDate vaultToday(const Vault& vault)
{
    return vault.clock().nowUtc().toLocalTime().date();
}

} // namespace

ConsentsTab::ConsentsTab(VaultSession* session, qint64 personId, QWidget* parent)
    : QWidget(parent), m_session(session), m_personId(personId), m_intro(new QLabel(this)),
      m_table(new QTableWidget(this)), m_revokeLabel(new QLabel(this)), m_revokeDate(new QDateEdit(this)),
      m_revoke(new QPushButton(this)), m_listError(new QLabel(this)), m_formBox(new QGroupBox(this)),
      m_scopeLabel(new QLabel(this)), m_scope(new QComboBox(this)), m_recipientLabel(new QLabel(this)),
      m_recipient(new QComboBox(this)), m_purposeLabel(new QLabel(this)), m_purpose(new QLineEdit(this)),
      m_givenLabel(new QLabel(this)), m_given(new QDateEdit(this)), m_hasExpiry(new QCheckBox(this)),
      m_expires(new QDateEdit(this)), m_methodLabel(new QLabel(this)), m_method(new QComboBox(this)),
      m_formError(new QLabel(this)), m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("consentsTab"));
    m_table->setObjectName(QStringLiteral("consentsTable"));
    m_revokeDate->setObjectName(QStringLiteral("revokeDateEdit"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_listError->setObjectName(QStringLiteral("consentsErrorLabel"));
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    m_recipient->lineEdit()->setObjectName(QStringLiteral("recipientEdit"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_given->setObjectName(QStringLiteral("givenDateEdit"));
    m_hasExpiry->setObjectName(QStringLiteral("hasExpiryCheck"));
    m_expires->setObjectName(QStringLiteral("expiresDateEdit"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_formError->setObjectName(QStringLiteral("consentFormErrorLabel"));
    m_add->setObjectName(QStringLiteral("addConsentButton"));
    m_intro->setWordWrap(true);
    Style::markAsError(m_listError);
    Style::markAsError(m_formError);
    m_listError->setVisible(false);
    m_formError->setVisible(false);

    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    for (ConsentScope scope : AllConsentScopes) {
        m_scope->addItem(QString(), static_cast<int>(scope));
    }
    for (ConsentMethod method : {ConsentMethod::Spoken, ConsentMethod::Signed}) {
        m_method->addItem(QString(), static_cast<int>(method));
    }
    for (QDateEdit* edit : {m_given, m_expires, m_revokeDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_expires->setEnabled(false);

    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expires);
    expiryRow->addStretch();
    auto* givenRow = new QHBoxLayout;
    givenRow->addWidget(m_given);
    givenRow->addSpacing(12);
    givenRow->addWidget(m_methodLabel);
    givenRow->addWidget(m_method);
    givenRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_recipientLabel, m_recipient);
    form->addRow(m_purposeLabel, m_purpose);
    form->addRow(m_givenLabel, givenRow);
    form->addRow(QString(), expiryRow);
    m_scopeLabel->setBuddy(m_scope);
    m_recipientLabel->setBuddy(m_recipient);
    m_purposeLabel->setBuddy(m_purpose);
    m_givenLabel->setBuddy(m_given);
    m_methodLabel->setBuddy(m_method);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_formError, 1);
    addRow->addStretch();
    addRow->addWidget(m_add, 0, Qt::AlignTop);
    auto* formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(addRow);

    auto* revokeRow = new QHBoxLayout;
    revokeRow->addWidget(m_listError, 1);
    revokeRow->addStretch();
    revokeRow->addWidget(m_revokeLabel);
    revokeRow->addWidget(m_revokeDate);
    revokeRow->addWidget(m_revoke);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(revokeRow);
    layout->addWidget(m_formBox);

    connect(m_add, &QPushButton::clicked, this, &ConsentsTab::addConsent);
    connect(m_revoke, &QPushButton::clicked, this, &ConsentsTab::revokeSelected);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expires, &QDateEdit::setEnabled);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ConsentsTab::updateForm);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConsentsTab::updateActions);
    retranslateUi();
    updateForm();
    updateActions();
    reload();
}

void ConsentsTab::reload()
{
    struct Loaded
    {
        std::vector<Consent> consents;
        QDate today;
        std::vector<PartnerSummary> partners;
    };
    m_session->run(
        this,
        [personId = m_personId](Vault& vault) -> Result<Loaded> {
            auto consents = CaseFiles(vault).consents(personId);
            if (!consents) {
                return consents.error();
            }
            // Partners only suggest recipients: without them a recipient can still be typed.
            auto partners = Partners(vault).listPartners();
            return Loaded{std::move(consents.value()), vaultToday(vault),
                          partners ? std::move(partners.value()) : std::vector<PartnerSummary>{}};
        },
        [this](Result<Loaded> result) {
            if (!result) {
                m_listError->setText(result.error().message());
                m_listError->setVisible(true);
                return;
            }
            m_partners = std::move(result.value().partners);
            updateForm();
            present(std::move(result.value().consents), result.value().today);
        });
}

QString ConsentsTab::stateText(const Consent& consent) const
{
    if (consent.revokedOn.isValid() && consent.revokedOn <= m_today) {
        return tr("Revoked");
    }
    if (consent.isInForceOn(m_today)) {
        return tr("In force");
    }
    if (consent.expiresOn.isValid() && consent.expiresOn < m_today) {
        return tr("Expired");
    }
    return tr("Not in force");
}

void ConsentsTab::present(std::vector<Consent> consents, const QDate& today)
{
    const bool firstLoad = !m_loaded;
    m_consents = std::move(consents);
    m_today = today;
    if (firstLoad) {
        m_given->setDate(today);
        m_expires->setDate(today.addYears(1));
        m_revokeDate->setDate(today);
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_consents.size()));
    const QColor dimmed = palette().color(QPalette::Disabled, QPalette::Text);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor inForce = dark ? QColor(0x8b, 0xe0, 0x9a) : QColor(0x1b, 0x6e, 0x2f);
    const QColor revoked = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Consent& c = m_consents[static_cast<size_t>(row)];
        const QString method = consentMethodDisplayName(c.method);
        const QString texts[ColumnCount] = {stateText(c),
                                            consentScopeDisplayName(c.scope),
                                            consentRecipientDisplayName(c),
                                            c.purpose,
                                            shortDate(c.givenOn),
                                            c.expiresOn.isValid() ? shortDate(c.expiresOn) : tr("no expiry"),
                                            shortDate(c.revokedOn),
                                            method,
                                            c.recordedByName};
        const bool holds = c.isInForceOn(m_today);
        const bool isRevoked = c.revokedOn.isValid() && c.revokedOn <= m_today;
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, c.id);
            if (!holds) {
                item->setForeground(dimmed);
            }
            if (column == StateColumn) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                if (holds || isRevoked) {
                    item->setForeground(holds ? inForce : revoked);
                }
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_loaded = true;
    updateActions();
    Q_EMIT loaded();
}

void ConsentsTab::updateForm()
{
    const auto scope = static_cast<ConsentScope>(m_scope->currentData().toInt());
    const bool needsRecipient = consentScopeNeedsRecipient(scope);
    m_recipient->setEnabled(needsRecipient);
    fillRecipients();
    m_recipient->lineEdit()->setPlaceholderText(!needsRecipient ? tr("Not needed for this kind of consent")
                                                : scope == ConsentScope::ShareWithSector ? tr("The sector, e.g. Health")
                                                : m_partners.empty()
                                                    ? tr("The organisation, e.g. Médecins du Monde")
                                                    : tr("Pick a partner, or type another organisation"));
}

void ConsentsTab::fillRecipients()
{
    // Partner consents offer the partners (the consent then records which one); sector consents the sectors.
    const auto scope = static_cast<ConsentScope>(m_scope->currentData().toInt());
    const QString typed = m_recipient->currentText();
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    if (scope == ConsentScope::ShareWithPartner) {
        for (const PartnerSummary& partner : m_partners) {
            m_recipient->addItem(partner.name, partner.id);
        }
    } else if (scope == ConsentScope::ShareWithSector) {
        for (Sector sector : AllSectors) {
            m_recipient->addItem(sectorDisplayName(sector));
        }
    }
    m_recipient->setEditText(typed);
}

void ConsentsTab::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool revocable = false;
    if (!rows.isEmpty()) {
        const qint64 id = rows.first().data(Qt::UserRole).toLongLong();
        for (const Consent& c : m_consents) {
            if (c.id == id) {
                revocable = !c.revokedOn.isValid();
            }
        }
    }
    m_revoke->setEnabled(revocable && !m_busy);
    m_revokeDate->setEnabled(revocable && !m_busy);
    m_add->setEnabled(m_loaded && !m_busy);
}

void ConsentsTab::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void ConsentsTab::addConsent()
{
    if (m_busy) {
        return;
    }
    ConsentDraft draft;
    draft.scope = static_cast<ConsentScope>(m_scope->currentData().toInt());
    draft.recipient = consentScopeNeedsRecipient(draft.scope) ? m_recipient->currentText().trimmed() : QString();
    if (draft.scope == ConsentScope::ShareWithPartner) {
        // A name that is one of the partners' (case ignored) is that partner; anything else stays typed text.
        const int index = m_recipient->findText(draft.recipient, Qt::MatchFixedString);
        if (index >= 0 && !draft.recipient.isEmpty()) {
            draft.partnerId = m_recipient->itemData(index).toLongLong();
            draft.recipient = m_recipient->itemText(index);
        }
    }
    draft.purpose = m_purpose->text().trimmed();
    draft.givenOn = m_given->date();
    draft.expiresOn = m_hasExpiry->isChecked() ? m_expires->date() : QDate();
    draft.method = static_cast<ConsentMethod>(m_method->currentData().toInt());
    m_formError->setVisible(false);
    setBusy(true);
    m_session->run(
        this, [personId = m_personId, draft](Vault& vault) { return CaseFiles(vault).addConsent(personId, draft); },
        [this](Result<qint64> result) {
            setBusy(false);
            if (!result) {
                m_formError->setText(result.error().message());
                m_formError->setVisible(true);
                return;
            }
            m_recipient->setEditText(QString());
            m_purpose->clear();
            m_hasExpiry->setChecked(false);
            Q_EMIT changed();
            reload();
        });
}

void ConsentsTab::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_busy) {
        return;
    }
    const qint64 id = rows.first().data(Qt::UserRole).toLongLong();
    const QDate on = m_revokeDate->date();
    m_listError->setVisible(false);
    setBusy(true);
    m_session->run(
        this, [id, on](Vault& vault) { return CaseFiles(vault).revokeConsent(id, on); },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                m_listError->setText(status.error().message());
                m_listError->setVisible(true);
                return;
            }
            Q_EMIT changed();
            reload();
        });
}

void ConsentsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ConsentsTab::retranslateUi()
{
    m_intro->setText(tr("What this person agreed to, with whom and until when. A consent is never deleted: when "
                        "it no longer holds, revoke it on the day the person said so."));
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Scope"), tr("Recipient"), tr("Purpose"), tr("Given"),
                                        tr("Expires"), tr("Revoked"), tr("How"), tr("Recorded by")});
    m_revokeLabel->setText(tr("Revoked on:"));
    m_revoke->setText(tr("&Revoke selected"));
    m_formBox->setTitle(tr("Record a consent"));
    m_scopeLabel->setText(tr("Sco&pe:"));
    for (int i = 0; i < m_scope->count(); ++i) {
        m_scope->setItemText(i, consentScopeDisplayName(static_cast<ConsentScope>(m_scope->itemData(i).toInt())));
    }
    m_recipientLabel->setText(tr("Re&cipient:"));
    m_purposeLabel->setText(tr("P&urpose:"));
    m_purpose->setPlaceholderText(tr("What it is for, in the person's words if possible"));
    m_givenLabel->setText(tr("&Given on:"));
    m_hasExpiry->setText(tr("E&xpires on:"));
    m_methodLabel->setText(tr("&How:"));
    for (int i = 0; i < m_method->count(); ++i) {
        m_method->setItemText(i, consentMethodDisplayName(static_cast<ConsentMethod>(m_method->itemData(i).toInt())));
    }
    m_add->setText(tr("&Add consent"));
    updateForm();
    if (m_loaded) {
        present(std::move(m_consents), m_today);
    }
}

} // namespace abri::ui
