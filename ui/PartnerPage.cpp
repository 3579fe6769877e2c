#include "PartnerPage.h"

#include "AgreementDialog.h"
#include "AttachmentViewer.h"
#include "Dialogs.h"
#include "ItemRoles.h"
#include "PartnerDialog.h"
#include "PartnerKeyDialog.h"
#include "PartnersModel.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/Access.h"
#include "sharing/Partners.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace abri::ui {

namespace {

enum DetailRow { ServicesRow, LanguagesRow, AddressRow, HoursRow, NotesRow, DetailRowCount };

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QTreeWidget* makeList(QWidget* parent, const QString& objectName, int columns)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setWordWrap(true);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel* makeSentence(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

struct PartnerPage::Loaded
{
    quint64 generation = 0;
    QDate today;
    Result<Partner> partner = Partner{};
    Result<std::vector<Agreement>> agreements = std::vector<Agreement>{};
};

PartnerPage::PartnerPage(VaultSession* session, qint64 partnerId, QWidget* parent)
    : QWidget(parent), m_session(session), m_partnerId(partnerId), m_coordinator(session->isCoordinator()),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_edit(new QPushButton(this)),
      m_back(new QPushButton(this)), m_detailsHeading(new QLabel(this)), m_details(new QGridLayout),
      m_contactsHeading(new QLabel(this)), m_contacts(makeList(this, QStringLiteral("contactList"), 4)),
      m_noContacts(makeSentence(this, QStringLiteral("noContactsLabel"))), m_keyHeading(new QLabel(this)),
      m_keyIntro(new QLabel(this)), m_fingerprint(new QLabel(this)), m_setKey(new QPushButton(this)),
      m_removeKey(new QPushButton(this)), m_agreementsHeading(new QLabel(this)),
      m_agreementList(makeList(this, QStringLiteral("agreementList"), 6)),
      m_noAgreements(makeSentence(this, QStringLiteral("noAgreementsLabel"))), m_newAgreement(new QPushButton(this)),
      m_editAgreement(new QPushButton(this)), m_attach(new QPushButton(this)), m_view(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("partnerPage"));
    m_title->setObjectName(QStringLiteral("partnerTitle"));
    m_subtitle->setObjectName(QStringLiteral("partnerSubtitle"));
    m_edit->setObjectName(QStringLiteral("editPartnerButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_setKey->setObjectName(QStringLiteral("setKeyButton"));
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    m_newAgreement->setObjectName(QStringLiteral("newAgreementButton"));
    m_editAgreement->setObjectName(QStringLiteral("editAgreementButton"));
    m_attach->setObjectName(QStringLiteral("attachDocumentButton"));
    m_view->setObjectName(QStringLiteral("viewDocumentButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    Style::markAsHeading(m_title, 1.8);
    for (QLabel* heading : {m_detailsHeading, m_contactsHeading, m_keyHeading, m_agreementsHeading}) {
        Style::markAsHeading(heading, 1.2);
    }
    Style::markAsError(m_error);
    m_error->setVisible(false);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyIntro->setWordWrap(true);
    m_fingerprint->setFont(Style::monospace(1.1));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agreementList->setMinimumHeight(m_agreementList->fontMetrics().lineSpacing() * 8);
    m_agreementList->setColumnWidth(KindColumn, 170);
    m_agreementList->setColumnWidth(DatesColumn, 220);
    m_agreementList->setColumnWidth(CategoriesColumn, 130);
    m_agreementList->setColumnWidth(ConductColumn, 110);
    m_agreementList->setColumnWidth(StatusColumn, 250);
    m_contacts->setColumnWidth(0, 160);
    m_contacts->setColumnWidth(1, 150);
    m_contacts->setColumnWidth(2, 140);
    // Changing the partner is for coordinators (core checks again); other roles never see these buttons.
    for (QPushButton* button : {m_edit, m_setKey, m_removeKey, m_newAgreement, m_editAgreement, m_attach}) {
        button->setVisible(m_coordinator);
    }

    m_details->setColumnStretch(1, 1);
    m_details->setHorizontalSpacing(12);
    for (int row = 0; row < DetailRowCount; ++row) {
        auto* label = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("detailValue%1").arg(row));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addWidget(label, row, 0, Qt::AlignTop);
        m_details->addWidget(value, row, 1);
        m_detailLabels.push_back(label);
        m_detailValues.push_back(value);
    }

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_edit);
    titleRow->addWidget(m_back);

    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_fingerprint);
    keyButtons->addStretch();
    keyButtons->addWidget(m_setKey);
    keyButtons->addWidget(m_removeKey);

    auto* agreementButtons = new QHBoxLayout;
    agreementButtons->addWidget(m_newAgreement);
    agreementButtons->addWidget(m_editAgreement);
    agreementButtons->addWidget(m_attach);
    agreementButtons->addWidget(m_view);
    agreementButtons->addStretch();

    auto* content = new QWidget;
    auto* body = new QVBoxLayout(content);
    body->addWidget(m_detailsHeading);
    body->addLayout(m_details);
    body->addSpacing(8);
    body->addWidget(m_contactsHeading);
    body->addWidget(m_noContacts);
    body->addWidget(m_contacts);
    body->addSpacing(8);
    body->addWidget(m_keyHeading);
    body->addWidget(m_keyIntro);
    body->addLayout(keyButtons);
    body->addSpacing(8);
    body->addWidget(m_agreementsHeading);
    body->addWidget(m_noAgreements);
    body->addWidget(m_agreementList, 1);
    body->addLayout(agreementButtons);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("partnerScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    connect(m_back, &QPushButton::clicked, this, &PartnerPage::closeRequested);
    connect(m_edit, &QPushButton::clicked, this, &PartnerPage::editPartner);
    connect(m_setKey, &QPushButton::clicked, this, &PartnerPage::setKey);
    connect(m_removeKey, &QPushButton::clicked, this, &PartnerPage::removeKey);
    connect(m_newAgreement, &QPushButton::clicked, this, &PartnerPage::newAgreement);
    connect(m_editAgreement, &QPushButton::clicked, this, &PartnerPage::editAgreement);
    connect(m_attach, &QPushButton::clicked, this, &PartnerPage::chooseDocument);
    connect(m_view, &QPushButton::clicked, this, &PartnerPage::viewDocument);
    connect(m_agreementList, &QTreeWidget::currentItemChanged, this, &PartnerPage::updateActions);
    connect(m_agreementList, &QTreeWidget::itemActivated, this, [this] {
        if (m_coordinator) {
            editAgreement();
        } else if (const Agreement* agreement = selectedAgreement(); agreement && !agreement->documentName.isEmpty()) {
            viewDocument();
        }
    });
    retranslateUi();
    reload();
}

void PartnerPage::reload()
{
    const quint64 generation = ++m_generation;
    const qint64 partnerId = m_partnerId;
    m_loading = m_session->run(
        this,
        [generation, partnerId](Vault& vault) {
            Partners partners(vault);
            Loaded loaded;
            loaded.generation = generation;
            loaded.today = vault.clock().nowUtc().toLocalTime().date();
            loaded.partner = partners.partner(partnerId);
            if (loaded.partner) {
                loaded.agreements = partners.agreements(partnerId);
            }
            return loaded;
        },
        [this](Loaded loaded) { showLoaded(std::move(loaded)); });
}

void PartnerPage::showLoaded(Loaded loaded)
{
    if (loaded.generation != m_generation) {
        return;
    }
    m_loading = false;
    m_today = loaded.today;
    QStringList errors;
    if (loaded.partner) {
        m_partner = std::move(loaded.partner.value());
        m_loaded = true;
    } else {
        errors << loaded.partner.error().message();
    }
    if (loaded.agreements) {
        m_agreements = std::move(loaded.agreements.value());
    } else {
        errors << loaded.agreements.error().message();
    }
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    showPartner();
    showAgreements();
    Q_EMIT reloaded();
}

void PartnerPage::showPartner()
{
    if (!m_loaded) {
        m_title->setText(tr("Opening the partner…"));
        return;
    }
    m_title->setText(m_partner.name);
    m_subtitle->setText(sectorDisplayName(m_partner.sector));
    const QString values[DetailRowCount] = {m_partner.services, m_partner.languages.join(QStringLiteral(", ")),
                                            m_partner.address, m_partner.hours, m_partner.notes};
    for (int row = 0; row < DetailRowCount; ++row) {
        QLabel* value = m_detailValues[static_cast<std::size_t>(row)];
        value->setText(values[row].isEmpty() ? tr("Not recorded") : values[row]);
        value->setEnabled(!values[row].isEmpty());
    }

    m_contacts->clear();
    for (const PartnerContact& contact : m_partner.contacts) {
        auto* item = new QTreeWidgetItem(m_contacts);
        item->setText(0, contact.name);
        item->setText(1, contact.role);
        item->setText(2, contact.phone);
        item->setText(3, contact.secureChannels);
    }
    m_contacts->setVisible(!m_partner.contacts.empty());
    // As tall as its rows: a partner has a few contact people, and the agreements below need the room.
    const int rowHeight = std::max(m_contacts->fontMetrics().height() + 6,
                                   m_contacts->sizeHintForRow(0) > 0 ? m_contacts->sizeHintForRow(0) : 0);
    m_contacts->setFixedHeight(m_contacts->header()->sizeHint().height() + 2 * m_contacts->frameWidth() + 4 +
                               rowHeight * std::max<int>(2, static_cast<int>(m_partner.contacts.size())));
    m_noContacts->setVisible(m_partner.contacts.empty());

    const bool hasKey = !m_partner.publicKey.isEmpty();
    m_fingerprint->setText(hasKey ? publicKeyFingerprint(m_partner.publicKey) : QString());
    m_fingerprint->setVisible(hasKey);
    m_keyIntro->setText(hasKey ? tr("Fingerprint of the key on record. Read it aloud to the partner to check that it "
                                    "matches theirs.")
                               : tr("No public key is on record for this partner. A key lets Abri exchange "
                                    "encrypted files with them later."));
    m_setKey->setText(hasKey ? tr("Replace &key…") : tr("Set &key…"));
    m_removeKey->setVisible(m_coordinator && hasKey);
}

void PartnerPage::showAgreements()
{
    const qint64 selected = selectedAgreement() ? selectedAgreement()->id : 0;
    m_agreementList->clear();
    for (const Agreement& agreement : m_agreements) {
        auto* item = new QTreeWidgetItem(m_agreementList);
        item->setData(0, IdRole, agreement.id);
        item->setText(KindColumn, agreementKindDisplayName(agreement.kind));
        if (agreement.kind == AgreementKind::Formal) {
            item->setText(
                DatesColumn,
                agreement.renewalOn.isValid()
                    ? tr("Signed %1, renew by %2").arg(shortDate(agreement.signedOn), shortDate(agreement.renewalOn))
                    : tr("Signed %1, no end date").arg(shortDate(agreement.signedOn)));
        } else {
            item->setText(DatesColumn, tr("Agreed %1 by %2").arg(shortDate(agreement.agreedOn), agreement.agreedBy));
        }
        QStringList categories;
        for (Category category : agreement.categories) {
            categories << categoryDisplayName(category);
        }
        item->setText(CategoriesColumn,
                      categories.isEmpty() ? tr("Profile only") : categories.join(QStringLiteral(", ")));
        item->setText(ConductColumn, agreement.conductSigned ? tr("Signed %1").arg(shortDate(agreement.conductSignedOn))
                                                             : tr("Not signed"));
        const AgreementStatus status = agreement.statusOn(m_today);
        item->setText(StatusColumn, PartnersModel::statusText(status, agreement.renewalOn, m_today, false));
        if (status == AgreementStatus::Lapsing || status == AgreementStatus::Lapsed) {
            QFont font = item->font(StatusColumn);
            font.setBold(true);
            item->setFont(StatusColumn, font);
        }
        item->setText(DocumentColumn, !agreement.documentName.isEmpty()         ? agreement.documentName
                                      : agreement.kind == AgreementKind::Formal ? tr("None attached")
                                                                                : tr("Not needed"));
        for (int column = 0; column <= DocumentColumn; ++column) {
            item->setToolTip(column, item->text(column));
        }
    }
    m_agreementList->setVisible(!m_agreements.empty());
    m_noAgreements->setVisible(m_loaded && m_agreements.empty());
    selectAgreement(selected);
    if (!m_agreementList->currentItem() && m_agreementList->topLevelItemCount() > 0) {
        m_agreementList->setCurrentItem(m_agreementList->topLevelItem(0));
    }
    updateActions();
}

void PartnerPage::selectAgreement(qint64 agreementId)
{
    for (int i = 0; i < m_agreementList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_agreementList->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == agreementId) {
            m_agreementList->setCurrentItem(item);
            return;
        }
    }
}

const Agreement* PartnerPage::selectedAgreement() const
{
    const QTreeWidgetItem* item = m_agreementList->currentItem();
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const Agreement& agreement : m_agreements) {
        if (agreement.id == id) {
            return &agreement;
        }
    }
    return nullptr;
}

void PartnerPage::updateActions()
{
    const Agreement* agreement = selectedAgreement();
    m_edit->setEnabled(m_loaded);
    m_setKey->setEnabled(m_loaded);
    m_newAgreement->setEnabled(m_loaded);
    m_editAgreement->setEnabled(agreement != nullptr);
    // Only a formal agreement (a signed MOU) has a document.
    m_attach->setEnabled(agreement && agreement->kind == AgreementKind::Formal);
    m_view->setEnabled(agreement && !agreement->documentName.isEmpty() && agreement->documentType.has_value());
}

void PartnerPage::afterChange()
{
    reload();
    Q_EMIT changed();
}

void PartnerPage::editPartner()
{
    if (!m_coordinator || !m_loaded) {
        return;
    }
    auto* dialog = new PartnerDialog(m_session, m_partnerId, m_partner.toDraft(), this);
    connect(dialog, &QDialog::accepted, this, &PartnerPage::afterChange);
    dialog->open();
}

void PartnerPage::setKey()
{
    if (!m_coordinator || !m_loaded) {
        return;
    }
    auto* dialog = new PartnerKeyDialog(m_session, m_partnerId, this);
    connect(dialog, &QDialog::accepted, this, &PartnerPage::afterChange);
    dialog->open();
}

void PartnerPage::removeKey()
{
    if (!m_coordinator || m_partner.publicKey.isEmpty()) {
        return;
    }
    Dialogs::confirm(this, tr("Remove the key"),
                     tr("Remove this partner's public key? Encrypted exchange with them is then impossible until a "
                        "key is set again."),
                     tr("&Remove key"), [this] {
                         const qint64 partnerId = m_partnerId;
                         m_session->run(
                             this,
                             [partnerId](Vault& vault) { return Partners(vault).setPublicKey(partnerId, QString()); },
                             [this](Status status) {
                                 if (!status) {
                                     Dialogs::showError(this, status.error().message());
                                 }
                                 afterChange();
                             });
                     });
}

void PartnerPage::newAgreement()
{
    if (!m_coordinator || !m_loaded) {
        return;
    }
    auto* dialog = new AgreementDialog(m_session, m_partnerId, 0, AgreementDraft{}, m_today, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 created = dialog->savedAgreementId();
        afterChange();
        // Select the new one once the list is back.
        auto* once = new QObject(this);
        connect(this, &PartnerPage::reloaded, once, [this, once, created] {
            selectAgreement(created);
            once->deleteLater();
        });
    });
    dialog->open();
}

void PartnerPage::editAgreement()
{
    const Agreement* agreement = selectedAgreement();
    if (!m_coordinator || !agreement) {
        return;
    }
    auto* dialog = new AgreementDialog(m_session, m_partnerId, agreement->id, agreement->toDraft(), m_today, this);
    connect(dialog, &QDialog::accepted, this, &PartnerPage::afterChange);
    dialog->open();
}

void PartnerPage::chooseDocument()
{
    if (!m_coordinator || !selectedAgreement()) {
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Attach the signed agreement"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("chooseAgreementDocumentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("PDF documents and images (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &PartnerPage::attachDocument);
    dialog->open();
}

void PartnerPage::attachDocument(const QString& filePath)
{
    const Agreement* agreement = selectedAgreement();
    if (!m_coordinator || !agreement) {
        return;
    }
    const qint64 agreementId = agreement->id;
    const QString fileName = QFileInfo(filePath).fileName();
    // Reading up to the size limit and encrypting it both take a moment: the worker does both.
    m_session->run(
        this,
        [filePath, fileName, agreementId](Vault& vault) -> Status {
            QFile file(filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error(ErrorCode::Io, tr("The file could not be read: %1").arg(file.errorString()));
            }
            // One byte past the limit is enough for core to refuse a file that is too big; a huge file is never
            // read whole.
            const QByteArray bytes = file.read(MaxAttachmentBytes + 1);
            return Partners(vault).attachAgreementDocument(agreementId, fileName, bytes);
        },
        [this, agreementId](Status status) {
            if (!status) {
                Dialogs::showError(this, status.error().message());
                return;
            }
            afterChange();
            auto* once = new QObject(this);
            connect(this, &PartnerPage::reloaded, once, [this, once, agreementId] {
                selectAgreement(agreementId);
                once->deleteLater();
            });
        });
}

void PartnerPage::viewDocument()
{
    const Agreement* agreement = selectedAgreement();
    if (!agreement || agreement->documentName.isEmpty() || !agreement->documentType) {
        return;
    }
    const qint64 agreementId = agreement->id;
    const AttachmentType type = *agreement->documentType;
    const QString fileName = agreement->documentName;
    m_session->run(
        this, [agreementId](Vault& vault) { return Partners(vault).agreementDocument(agreementId); },
        [this, type, fileName](Result<QByteArray> document) {
            if (!document) {
                Dialogs::showError(this, document.error().message());
                return;
            }
            auto* viewer = new AttachmentViewer(document.value(), type, fileName, this);
            viewer->open();
        });
}

void PartnerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PartnerPage::retranslateUi()
{
    m_edit->setText(tr("&Edit…"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Return to the page this partner was opened from"));
    m_detailsHeading->setText(tr("Details"));
    const QString labels[DetailRowCount] = {tr("Services:"), tr("Languages:"), tr("Address:"), tr("Hours:"),
                                            tr("Notes:")};
    for (int row = 0; row < DetailRowCount; ++row) {
        m_detailLabels[static_cast<std::size_t>(row)]->setText(labels[row]);
    }
    m_contactsHeading->setText(tr("Contact people"));
    m_contacts->setHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("Secure channels")});
    m_noContacts->setText(tr("No contact person is recorded."));
    m_keyHeading->setText(tr("Public key"));
    m_removeKey->setText(tr("Re&move key"));
    m_agreementsHeading->setText(tr("Agreements"));
    m_agreementList->setHeaderLabels(
        {tr("Kind"), tr("Dates"), tr("May receive"), tr("Code of conduct"), tr("Status"), tr("Document")});
    m_noAgreements->setText(m_coordinator
                                ? tr("No agreement yet: nothing beyond the profile may be shared with this partner. "
                                     "Choose \"New agreement…\" to record one.")
                                : tr("No agreement yet: nothing beyond the profile may be shared with this partner."));
    m_newAgreement->setText(tr("&New agreement…"));
    m_editAgreement->setText(tr("Edit a&greement…"));
    m_attach->setText(tr("&Attach document…"));
    m_view->setText(tr("&View document"));
    // Texts built from data (dates, statuses, "Not recorded") follow the new language.
    showPartner();
    showAgreements();
}

} // namespace abri::ui
