#include "ShareDialog.h"

#include "Language.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"
#include "print/DocumentPrinter.h"
#include "sharing/Partners.h"
#include "sharing/Sharing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace abri::ui {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole;
// Long enough that typing a purpose asks once, short enough that the list answers while one looks at it.
constexpr int DecideDelayMs = 250;

enum FieldColumn { FieldNameColumn, FieldStateColumn };

// For suggesting purposes only (core compares on its own when it decides): case and accents ignored.
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c);
        }
    }
    return out.toCaseFolded().simplified();
}

QDate vaultToday(const Vault& vault)
{
    return vault.clock().nowUtc().toLocalTime().date();
}

std::vector<SharedField> defaultFields(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ConsentReceipt:
        return {SharedField::Alias, SharedField::Code, SharedField::Consents};
    case DocumentKind::DisclosureHistory:
        return {SharedField::Alias, SharedField::Code, SharedField::Disclosures};
    case DocumentKind::InformationSheet:
        return {SharedField::Alias, SharedField::Code, SharedField::Languages, SharedField::Contacts};
    }
    return {};
}

// Documents about the person's own file, for the person only.
bool forThePersonOnly(DocumentKind kind)
{
    return kind == DocumentKind::ConsentReceipt || kind == DocumentKind::DisclosureHistory;
}

// Papers the person carries away leave out the organisation unless someone chooses otherwise.
bool neutralByDefault(DocumentKind kind)
{
    return forThePersonOnly(kind);
}

struct Loaded
{
    Result<std::vector<PartnerSummary>> partners;
    Result<std::vector<Consent>> consents;
    std::optional<Result<std::vector<AuthorityRequest>>> requests;
    QDate today;
};

} // namespace

ShareDialog::ShareDialog(VaultSession* session, qint64 personId, DocumentKind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_personId(personId), m_initialKind(kind), m_intro(new QLabel(this)),
      m_recipientLabel(new QLabel(this)), m_recipient(new QComboBox(this)), m_purposeLabel(new QLabel(this)),
      m_purpose(new QComboBox(this)), m_documentLabel(new QLabel(this)), m_document(new QComboBox(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)), m_neutral(new QCheckBox(this)),
      m_personChose(new QCheckBox(this)), m_fieldsLabel(new QLabel(this)), m_fields(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_showOverride(new QPushButton(this)), m_overrideBox(new QGroupBox(this)),
      m_overrideWarning(new QLabel(m_overrideBox)), m_overrideReason(new QLineEdit(m_overrideBox)),
      m_applyOverride(new QPushButton(m_overrideBox)), m_cancelOverride(new QPushButton(this)),
      m_overrideState(new QLabel(this)), m_error(new QLabel(this)), m_notice(new QLabel(this)),
      m_preview(new QPushButton(this)), m_print(new QPushButton(this)), m_save(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("shareDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    m_document->setObjectName(QStringLiteral("documentCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_neutral->setObjectName(QStringLiteral("neutralCheck"));
    m_personChose->setObjectName(QStringLiteral("personChoseCheck"));
    m_fields->setObjectName(QStringLiteral("fieldsList"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_showOverride->setObjectName(QStringLiteral("overrideButton"));
    m_overrideBox->setObjectName(QStringLiteral("overrideBox"));
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_applyOverride->setObjectName(QStringLiteral("applyOverrideButton"));
    m_cancelOverride->setObjectName(QStringLiteral("cancelOverrideButton"));
    m_overrideState->setObjectName(QStringLiteral("overrideStateLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save->setObjectName(QStringLiteral("savePdfButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QLabel* label : {m_intro, m_summary, m_overrideWarning, m_overrideState, m_notice}) {
        label->setWordWrap(true);
    }
    Style::markAsError(m_error);
    m_error->setVisible(false);
    m_notice->setVisible(false);
    m_overrideState->setVisible(false);
    m_cancelOverride->setVisible(false);
    m_overrideBox->setVisible(false);
    // Only coordinators may override; core refuses anyone else anyway.
    m_showOverride->setVisible(session->isCoordinator());

    m_purpose->setEditable(true);
    m_purpose->setInsertPolicy(QComboBox::NoInsert);
    m_purpose->lineEdit()->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setMinimumContentsLength(28);
    m_recipient->setMinimumContentsLength(28);
    m_recipient->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (DocumentKind each :
         {DocumentKind::ConsentReceipt, DocumentKind::DisclosureHistory, DocumentKind::InformationSheet}) {
        m_document->addItem(QString(), static_cast<int>(each));
    }
    m_document->setCurrentIndex(m_document->findData(static_cast<int>(kind)));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(m_language->findData(documentLanguageFor({}, Language::current())));

    m_fields->setColumnCount(2);
    m_fields->setRootIsDecorated(false);
    m_fields->setUniformRowHeights(true);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setMinimumHeight(m_fields->fontMetrics().lineSpacing() * 12);
    for (SharedField field : AllSharedFields) {
        auto* item = new QTreeWidgetItem(m_fields);
        item->setData(FieldNameColumn, FieldRole, static_cast<int>(field));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(FieldNameColumn, Qt::Unchecked);
    }

    auto* form = new QFormLayout;
    form->addRow(m_recipientLabel, m_recipient);
    form->addRow(m_purposeLabel, m_purpose);
    auto* documentRow = new QHBoxLayout;
    documentRow->addWidget(m_document, 1);
    documentRow->addSpacing(12);
    documentRow->addWidget(m_languageLabel);
    documentRow->addWidget(m_language);
    form->addRow(m_documentLabel, documentRow);
    form->addRow(QString(), m_neutral);
    form->addRow(QString(), m_personChose);
    m_recipientLabel->setBuddy(m_recipient);
    m_purposeLabel->setBuddy(m_purpose);
    m_documentLabel->setBuddy(m_document);
    m_languageLabel->setBuddy(m_language);
    m_fieldsLabel->setBuddy(m_fields);

    auto* overrideLayout = new QVBoxLayout(m_overrideBox);
    overrideLayout->addWidget(m_overrideWarning);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_overrideReason, 1);
    reasonRow->addWidget(m_applyOverride);
    overrideLayout->addLayout(reasonRow);

    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_summary, 1);
    overrideRow->addWidget(m_showOverride, 0, Qt::AlignTop);
    auto* overrideStateRow = new QHBoxLayout;
    overrideStateRow->addWidget(m_overrideState, 1);
    overrideStateRow->addWidget(m_cancelOverride, 0, Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_fieldsLabel);
    layout->addWidget(m_fields, 1);
    layout->addLayout(overrideRow);
    layout->addWidget(m_overrideBox);
    layout->addLayout(overrideStateRow);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DecideDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &ShareDialog::decideNow);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] {
        // An override's reason and the person's choice were given for the previous recipient, not this one.
        if (!m_override.isEmpty()) {
            cancelOverride();
        }
        m_personChose->setChecked(false);
        setNotice({});
        fillPurposes();
        scheduleDecide();
    });
    connect(m_purpose, &QComboBox::editTextChanged, this, &ShareDialog::scheduleDecide);
    connect(m_personChose, &QCheckBox::toggled, this, &ShareDialog::scheduleDecide);
    connect(m_document, &QComboBox::currentIndexChanged, this, &ShareDialog::applyDocumentDefaults);
    connect(m_fields, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem*, int column) {
        // Ticking changes what is sent, not what is allowed: the answer already covers every field.
        if (column == FieldNameColumn) {
            showDecision();
        }
    });
    connect(m_showOverride, &QPushButton::clicked, this, [this] {
        m_overrideBox->setVisible(!m_overrideBox->isVisible());
        if (m_overrideBox->isVisible()) {
            m_overrideReason->setFocus();
        }
    });
    connect(m_overrideReason, &QLineEdit::returnPressed, this, &ShareDialog::applyOverride);
    connect(m_applyOverride, &QPushButton::clicked, this, &ShareDialog::applyOverride);
    connect(m_cancelOverride, &QPushButton::clicked, this, &ShareDialog::cancelOverride);
    connect(m_preview, &QPushButton::clicked, this, &ShareDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &ShareDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ShareDialog::savePdf);
    connect(m_close, &QPushButton::clicked, this, &ShareDialog::reject);

    resize(900, 680);
    applyDocumentDefaults();
    retranslateUi();
    updateActions();
    load();
}

ShareDialog::~ShareDialog() = default;

void ShareDialog::setPerson(const QString& code, const QStringList& languages)
{
    m_personCode = code;
    m_personLanguages = languages;
    m_language->setCurrentIndex(m_language->findData(documentLanguageFor(languages, Language::current())));
    retranslateUi();
}

void ShareDialog::presetAuthorityRequest(qint64 requestId)
{
    m_presetAuthority = requestId;
    if (m_loaded) {
        selectRecipient(Recipient{RecipientKind::Authority, 0, requestId});
    }
}

void ShareDialog::setSaveFileNameForTesting(const QString& fileName)
{
    m_testSaveFile = fileName;
}

void ShareDialog::setPrintFileNameForTesting(const QString& fileName)
{
    m_testPrintFile = fileName;
}

bool ShareDialog::isDeciding() const
{
    return m_deciding || m_debounce.isActive();
}

void ShareDialog::load()
{
    const bool coordinator = m_session->isCoordinator();
    m_session->run(
        this,
        [personId = m_personId, coordinator](Vault& vault) {
            Loaded loaded{Partners(vault).listPartners(), CaseFiles(vault).consents(personId), std::nullopt,
                          vaultToday(vault)};
            if (coordinator) {
                loaded.requests = Sharing(vault).authorityRequests();
            }
            return loaded;
        },
        [this](Loaded loaded) {
            QStringList errors;
            if (loaded.partners) {
                m_partners = std::move(loaded.partners.value());
            } else {
                errors << loaded.partners.error().message();
            }
            if (loaded.consents) {
                m_consents = std::move(loaded.consents.value());
            } else {
                errors << loaded.consents.error().message();
            }
            if (loaded.requests) {
                if (*loaded.requests) {
                    m_authorityRequests = std::move(loaded.requests->value());
                } else {
                    errors << loaded.requests->error().message();
                }
            }
            m_today = loaded.today;
            m_loaded = true;
            setError(errors.join(QLatin1Char('\n')));
            fillRecipients();
            fillPurposes();
            decideNow();
        });
}

void ShareDialog::fillRecipients()
{
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    auto add = [this](RecipientKind kind, qint64 id) {
        m_recipient->addItem(QString(), static_cast<int>(kind));
        m_recipient->setItemData(m_recipient->count() - 1, id, IdRole);
    };
    add(RecipientKind::Person, 0);
    for (const PartnerSummary& partner : m_partners) {
        add(RecipientKind::Partner, partner.id);
    }
    for (const AuthorityRequest& request : m_authorityRequests) {
        // Requests about another file have nothing to do with this disclosure.
        if (request.personId == 0 || request.personId == m_personId) {
            add(RecipientKind::Authority, request.id);
        }
    }
    updateRecipientTexts();
    if (m_presetAuthority != 0) {
        selectRecipient(Recipient{RecipientKind::Authority, 0, m_presetAuthority});
    } else if (m_initialKind == DocumentKind::InformationSheet && m_recipient->count() > 1 &&
               m_recipient->itemData(1, KindRole).toInt() == static_cast<int>(RecipientKind::Partner)) {
        // "Share information with a partner": start on the first partner rather than on the person.
        m_recipient->setCurrentIndex(1);
    } else {
        m_recipient->setCurrentIndex(0);
    }
}

void ShareDialog::updateRecipientTexts()
{
    const QLocale locale;
    for (int i = 0; i < m_recipient->count(); ++i) {
        const auto kind = static_cast<RecipientKind>(m_recipient->itemData(i, KindRole).toInt());
        const qint64 id = m_recipient->itemData(i, IdRole).toLongLong();
        QString text = tr("The person themself (their own copy)");
        if (kind == RecipientKind::Partner) {
            for (const PartnerSummary& partner : m_partners) {
                if (partner.id == id) {
                    text = tr("%1 (%2)", "partner (sector)").arg(partner.name, sectorDisplayName(partner.sector));
                }
            }
        } else if (kind == RecipientKind::Authority) {
            for (const AuthorityRequest& request : m_authorityRequests) {
                if (request.id == id) {
                    text = tr("Request from %1: %2, received %3", "authority kind, who asked, date")
                               .arg(authorityKindDisplayName(request.kind), request.requester,
                                    locale.toString(request.receivedOn, QLocale::ShortFormat));
                }
            }
        }
        m_recipient->setItemText(i, text);
    }
}

bool ShareDialog::selectRecipient(const Recipient& recipient)
{
    const qint64 id = recipient.kind == RecipientKind::Partner     ? recipient.partnerId
                      : recipient.kind == RecipientKind::Authority ? recipient.authorityRequestId
                                                                   : 0;
    for (int i = 0; i < m_recipient->count(); ++i) {
        if (m_recipient->itemData(i, KindRole).toInt() == static_cast<int>(recipient.kind) &&
            m_recipient->itemData(i, IdRole).toLongLong() == id) {
            m_recipient->setCurrentIndex(i);
            // Setting the index already shown emits nothing; the purposes may still be from before loading.
            fillPurposes();
            scheduleDecide();
            return true;
        }
    }
    return false;
}

std::optional<ShareDialog::RecipientChoice> ShareDialog::currentRecipient() const
{
    if (m_recipient->currentIndex() < 0) {
        return std::nullopt;
    }
    RecipientChoice choice;
    choice.recipient.kind = static_cast<RecipientKind>(m_recipient->currentData(KindRole).toInt());
    const qint64 id = m_recipient->currentData(IdRole).toLongLong();
    if (choice.recipient.kind == RecipientKind::Partner) {
        choice.recipient.partnerId = id;
        for (const PartnerSummary& partner : m_partners) {
            if (partner.id == id) {
                choice.sector = partner.sector;
                choice.name = partner.name;
            }
        }
    } else if (choice.recipient.kind == RecipientKind::Authority) {
        choice.recipient.authorityRequestId = id;
    }
    return choice;
}

bool ShareDialog::needsPurpose() const
{
    const auto choice = currentRecipient();
    return choice && choice->recipient.kind != RecipientKind::Person;
}

void ShareDialog::fillPurposes()
{
    // Suggestions only: the purposes of this person's consents in force that name this recipient. Whether one
    // covers the disclosure is core's answer, shown on each field.
    const auto choice = currentRecipient();
    QStringList purposes;
    if (choice && choice->recipient.kind != RecipientKind::Person) {
        // Core links partner consents by id and stores sector consents as the sector id; older sector rows may
        // still hold a name.
        const QStringList sectorNames{folded(sectorDisplayName(choice->sector)), folded(sectorId(choice->sector))};
        for (const Consent& consent : m_consents) {
            if (!consent.isInForceOn(m_today) || consent.purpose.trimmed().isEmpty()) {
                continue;
            }
            bool names = false;
            if (choice->recipient.kind == RecipientKind::Authority) {
                names = consent.scope == ConsentScope::ContactPolice;
            } else if (consent.scope == ConsentScope::ShareWithPartner) {
                names = consent.partnerId == choice->recipient.partnerId;
            } else if (consent.scope == ConsentScope::ShareWithSector) {
                names = sectorNames.contains(folded(consent.recipient));
            }
            if (names && !purposes.contains(consent.purpose.trimmed())) {
                purposes << consent.purpose.trimmed();
            }
        }
    }
    const QString typed = m_purpose->currentText();
    {
        const QSignalBlocker blocker(m_purpose);
        m_purpose->clear();
        m_purpose->addItems(purposes);
        m_purpose->setEditText(typed.isEmpty() && !purposes.isEmpty() ? purposes.first() : typed);
    }
    m_purpose->lineEdit()->setPlaceholderText(
        !choice || choice->recipient.kind == RecipientKind::Person
            ? tr("Optional for the person's own copy")
            : (purposes.isEmpty() ? tr("No consent in force names this recipient: type the purpose")
                                  : tr("What it is for: a consent covers one purpose")));
    if (m_purpose->currentText() != typed) {
        scheduleDecide();
    }
}

DocumentKind ShareDialog::documentKind() const
{
    return static_cast<DocumentKind>(m_document->currentData().toInt());
}

QString ShareDialog::documentLanguage() const
{
    return m_language->currentData().toString();
}

void ShareDialog::applyDocumentDefaults()
{
    const DocumentKind kind = documentKind();
    const std::vector<SharedField> wanted = defaultFields(kind);
    {
        const QSignalBlocker blocker(m_fields);
        for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_fields->topLevelItem(i);
            const auto field = static_cast<SharedField>(item->data(FieldNameColumn, FieldRole).toInt());
            const bool on = std::find(wanted.begin(), wanted.end(), field) != wanted.end();
            item->setCheckState(FieldNameColumn, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_neutral->setChecked(neutralByDefault(kind));
    // A consent receipt and a disclosure history go to the person only (core refuses them to anyone else).
    if (forThePersonOnly(kind) && m_recipient->count() > 0 && m_recipient->currentIndex() != 0) {
        m_recipient->setCurrentIndex(0);
    }
    m_recipient->setEnabled(!m_busy && !forThePersonOnly(kind));
    showDecision();
}

std::vector<SharedField> ShareDialog::checkedFields() const
{
    std::vector<SharedField> fields;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_fields->topLevelItem(i);
        if (item->checkState(FieldNameColumn) == Qt::Checked) {
            fields.push_back(static_cast<SharedField>(item->data(FieldNameColumn, FieldRole).toInt()));
        }
    }
    return fields;
}

void ShareDialog::setFieldChecked(SharedField field, bool checked)
{
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_fields->topLevelItem(i);
        if (item->data(FieldNameColumn, FieldRole).toInt() == static_cast<int>(field)) {
            item->setCheckState(FieldNameColumn, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

SharingRequest ShareDialog::request(bool onlySendable) const
{
    SharingRequest request;
    request.personId = m_personId;
    if (const auto choice = currentRecipient()) {
        request.recipient = choice->recipient;
    }
    request.purpose = m_purpose->currentText().trimmed();
    request.personChoseSensitive = m_personChose->isChecked();
    if (!onlySendable) {
        // Every field, so each row can say whether it could go before anyone ticks it.
        request.fields.assign(std::begin(AllSharedFields), std::end(AllSharedFields));
        return request;
    }
    if (!m_decision) {
        return request;
    }
    for (SharedField field : checkedFields()) {
        for (const FieldDecision& decision : m_decision->fields) {
            if (decision.field == field && decision.allowed) {
                request.fields.push_back(field);
            }
        }
    }
    return request;
}

void ShareDialog::scheduleDecide()
{
    // What is on screen no longer answers the question being asked.
    ++m_generation;
    m_debounce.start();
    updateActions();
}

void ShareDialog::decideNow()
{
    m_debounce.stop();
    if (!m_loaded) {
        return;
    }
    const int generation = ++m_generation;
    m_decideError.clear();
    if (needsPurpose() && m_purpose->currentText().trimmed().isEmpty()) {
        // A consent covers one purpose: without one there is nothing to ask.
        m_decision.reset();
        m_deciding = false;
        showDecision();
        return;
    }
    m_deciding = true;
    updateActions();
    const SharingRequest question = request(false);
    const bool started = m_session->run(
        this,
        [question, reason = m_override](Vault& vault) {
            Sharing sharing(vault);
            return reason.isEmpty() ? sharing.decide(question) : sharing.decideWithOverride(question, reason);
        },
        [this, generation](Result<SharingDecision> answer) {
            if (generation != m_generation) {
                return;
            }
            m_deciding = false;
            if (answer) {
                m_decision = std::move(answer.value());
            } else {
                m_decision.reset();
                m_decideError = answer.error().message();
            }
            showDecision();
        });
    if (!started) {
        m_deciding = false;
    }
}

void ShareDialog::showDecision()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor allowedColor = dark ? QColor(0x8b, 0xe0, 0x9a) : QColor(0x1b, 0x6e, 0x2f);
    const QColor withheldColor = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    const QColor dimmed = palette().color(QPalette::Disabled, QPalette::Text);
    int sendable = 0;
    int ticked = 0;
    {
        const QSignalBlocker blocker(m_fields);
        for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_fields->topLevelItem(i);
            const auto field = static_cast<SharedField>(item->data(FieldNameColumn, FieldRole).toInt());
            const bool checked = item->checkState(FieldNameColumn) == Qt::Checked;
            ticked += checked ? 1 : 0;
            const FieldDecision* decision = nullptr;
            if (m_decision) {
                for (const FieldDecision& d : m_decision->fields) {
                    if (d.field == field) {
                        decision = &d;
                    }
                }
            }
            QString text;
            QColor color = dimmed;
            if (!decision) {
                text = QStringLiteral("—");
            } else if (decision->allowed) {
                text = checked ? tr("✓ Will be sent") : tr("Can be sent: tick it to include it");
                color = checked ? allowedColor : dimmed;
                sendable += checked ? 1 : 0;
            } else {
                text = checked ? tr("✗ Withheld: %1").arg(decision->explanation)
                               : tr("Withheld: %1").arg(decision->explanation);
                color = checked ? withheldColor : dimmed;
            }
            item->setText(FieldStateColumn, text);
            item->setToolTip(FieldStateColumn, text);
            item->setForeground(FieldStateColumn, color);
        }
    }
    if (!m_decideError.isEmpty()) {
        m_summary->setText(m_decideError);
    } else if (!m_loaded) {
        m_summary->setText(tr("Checking what may be shared…"));
    } else if (!m_decision) {
        m_summary->setText(needsPurpose() ? tr("Choose or type the purpose: Abri then checks each field against "
                                               "the person's consents for it.")
                                          : tr("Checking what may be shared…"));
    } else if (sendable == 0) {
        m_summary->setText(ticked == 0 ? tr("Tick what the document should carry.")
                                       : tr("Nothing ticked may be sent, so nothing can be printed or saved."));
    } else {
        const QString basis = disclosureBasisDisplayName(m_decision->basis);
        m_summary->setText(
            tr("%n ticked field(s) will be sent. Basis: %1.", nullptr, sendable).arg(basis) +
            (sendable < ticked ? QLatin1Char(' ') + tr("The withheld ones stay out of the document.") : QString()));
    }
    updateActions();
    Q_EMIT decisionShown();
}

void ShareDialog::updateActions()
{
    bool sendable = false;
    if (m_decision && !isDeciding()) {
        sendable = !request(true).fields.empty();
    }
    const bool ready = m_loaded && !m_busy && sendable;
    m_preview->setEnabled(ready);
    m_print->setEnabled(ready);
    m_save->setEnabled(ready);
    m_showOverride->setEnabled(m_loaded && !m_busy);
    m_applyOverride->setEnabled(m_loaded && !m_busy && !m_deciding);
    m_close->setEnabled(!m_busy);
}

void ShareDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_recipient, m_purpose, m_document, m_language, m_neutral,
                                                           m_personChose, m_fields, m_overrideBox, m_cancelOverride}) {
        widget->setEnabled(!busy);
    }
    m_recipient->setEnabled(!busy && !forThePersonOnly(documentKind()));
    if (busy) {
        setError({});
        setNotice({});
    }
    updateActions();
}

void ShareDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ShareDialog::setNotice(const QString& message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void ShareDialog::reject()
{
    // Closing mid-disclosure would hide whether it was recorded; a lock still closes the dialog through done().
    if (!m_busy) {
        QDialog::reject();
    }
}

void ShareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ShareDialog::retranslateUi()
{
    setWindowTitle(tr("Share or print"));
    m_intro->setText(
        (m_personCode.isEmpty() ? QString() : tr("File %1.", "short code").arg(m_personCode) + QLatin1Char(' ')) +
        tr("Tick what the document should carry. Abri checks each field against the person's consents, the "
           "partner's agreement and your role, and says why anything is withheld. Nothing leaves until you print or "
           "save; each print and each saved PDF is recorded in the disclosure ledger."));
    m_recipientLabel->setText(tr("&Recipient:"));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_documentLabel->setText(tr("&Document:"));
    for (int i = 0; i < m_document->count(); ++i) {
        m_document->setItemText(i, documentKindDisplayName(static_cast<DocumentKind>(m_document->itemData(i).toInt())));
    }
    m_languageLabel->setText(tr("La&nguage:"));
    m_neutral->setText(tr("Ne&utral layout (no organisation name)"));
    m_neutral->setToolTip(tr("For papers the person carries: nothing on them says what kind of service wrote them."));
    m_personChose->setText(tr("The person &asked to include their shelter address / location"));
    m_fieldsLabel->setText(tr("&What the document carries:"));
    m_fields->setHeaderLabels({tr("Field"), tr("What happens")});
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_fields->topLevelItem(i);
        const auto field = static_cast<SharedField>(item->data(FieldNameColumn, FieldRole).toInt());
        item->setText(FieldNameColumn, sharedFieldDisplayName(field));
        const auto category = sharedFieldCategory(field);
        item->setToolTip(FieldNameColumn, category ? tr("Category: %1").arg(categoryDisplayName(*category))
                                                   : tr("Part of the profile every role sees"));
    }
    m_fields->resizeColumnToContents(FieldNameColumn);
    m_showOverride->setText(tr("&Override…"));
    m_overrideBox->setTitle(tr("Override the consent or agreement"));
    m_overrideWarning->setText(
        tr("Only when there is a real reason, such as a court order or a danger to life. An override is recorded "
           "with your name and reason in the ledger and the audit log, and listed for review. It never overrides "
           "what your role may read, nor the person's own choice about their shelter address and location."));
    m_overrideReason->setPlaceholderText(tr("Why (at least 10 characters)"));
    m_applyOverride->setText(tr("Apply o&verride"));
    m_cancelOverride->setText(tr("Cancel override"));
    m_preview->setText(tr("Pre&view"));
    m_print->setText(tr("&Print…"));
    m_save->setText(tr("&Save PDF…"));
    m_close->setText(tr("&Close"));
    updateRecipientTexts();
    showDecision();
}

} // namespace abri::ui
