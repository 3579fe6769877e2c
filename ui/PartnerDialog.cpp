#include "PartnerDialog.h"

#include "VaultSession.h"
#include "sharing/Partners.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty()) {
            items.append(item.trimmed());
        }
    }
    return items;
}

QPlainTextEdit* makeTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

PartnerDialog::PartnerDialog(VaultSession* session, qint64 partnerId, const PartnerDraft& draft, QWidget* parent)
    : FormDialog(parent), m_session(session), m_partnerId(partnerId), m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_sectorLabel(new QLabel(this)), m_sector(new QComboBox(this)),
      m_servicesLabel(new QLabel(this)), m_services(makeTextEdit(this, 2)), m_languagesLabel(new QLabel(this)),
      m_languages(new QLineEdit(this)), m_addressLabel(new QLabel(this)), m_address(makeTextEdit(this, 2)),
      m_hoursLabel(new QLabel(this)), m_hours(new QLineEdit(this)), m_contactsLabel(new QLabel(this)),
      m_contacts(new QTableWidget(0, ContactColumnCount, this)), m_addContact(new QPushButton(this)),
      m_removeContact(new QPushButton(this)), m_notesLabel(new QLabel(this)), m_notes(makeTextEdit(this, 3))
{
    setObjectName(QStringLiteral("partnerDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_sector->setObjectName(QStringLiteral("sectorCombo"));
    m_services->setObjectName(QStringLiteral("servicesEdit"));
    m_languages->setObjectName(QStringLiteral("languagesEdit"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_hours->setObjectName(QStringLiteral("hoursEdit"));
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_nameLabel->setBuddy(m_name);
    m_sectorLabel->setBuddy(m_sector);
    m_servicesLabel->setBuddy(m_services);
    m_languagesLabel->setBuddy(m_languages);
    m_addressLabel->setBuddy(m_address);
    m_hoursLabel->setBuddy(m_hours);
    m_contactsLabel->setBuddy(m_contacts);
    m_notesLabel->setBuddy(m_notes);

    for (Sector sector : AllSectors) {
        m_sector->addItem(QString(), sectorId(sector));
    }
    m_contacts->verticalHeader()->setVisible(false);
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_contacts->setColumnWidth(ContactName, 140);
    m_contacts->setColumnWidth(ContactRole, 110);
    m_contacts->setColumnWidth(ContactPhone, 130);
    m_contacts->setMinimumHeight(m_contacts->fontMetrics().lineSpacing() * 6);

    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch();
    auto* contacts = new QVBoxLayout;
    contacts->setContentsMargins(0, 0, 0, 0);
    contacts->addWidget(m_contacts);
    contacts->addLayout(contactButtons);

    form()->addRow(m_nameLabel, m_name);
    form()->addRow(m_sectorLabel, m_sector);
    form()->addRow(m_servicesLabel, m_services);
    form()->addRow(m_languagesLabel, m_languages);
    form()->addRow(m_addressLabel, m_address);
    form()->addRow(m_hoursLabel, m_hours);
    form()->addRow(m_contactsLabel, contacts);
    form()->addRow(m_notesLabel, m_notes);

    m_name->setText(draft.name);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(sectorId(draft.sector))));
    m_services->setPlainText(draft.services);
    m_languages->setText(draft.languages.join(QStringLiteral(", ")));
    m_address->setPlainText(draft.address);
    m_hours->setText(draft.hours);
    for (const PartnerContact& contact : draft.contacts) {
        addContactRow(contact);
    }
    m_notes->setPlainText(draft.notes);

    connect(m_addContact, &QPushButton::clicked, this, [this] {
        addContactRow();
        m_contacts->setFocus();
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, ContactName));
    });
    connect(m_removeContact, &QPushButton::clicked, this, &PartnerDialog::removeContactRow);
    connect(m_contacts, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeContact->setEnabled(row >= 0); });
    m_removeContact->setEnabled(false);
    setMinimumWidth(700);
    retranslateUi();
}

void PartnerDialog::addContactRow(const PartnerContact& contact)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    const QString values[] = {contact.name, contact.role, contact.phone, contact.secureChannels};
    for (int column = 0; column < ContactColumnCount; ++column) {
        m_contacts->setItem(row, column, new QTableWidgetItem(values[column]));
    }
    m_contacts->setCurrentCell(row, ContactName);
}

void PartnerDialog::removeContactRow()
{
    const int row = m_contacts->currentRow();
    if (row >= 0) {
        m_contacts->removeRow(row);
    }
    m_removeContact->setEnabled(m_contacts->currentRow() >= 0);
}

PartnerDraft PartnerDialog::draft() const
{
    PartnerDraft draft;
    draft.name = m_name->text().trimmed();
    draft.sector = sectorFromId(m_sector->currentData().toString()).value_or(Sector::Other);
    draft.services = m_services->toPlainText().trimmed();
    draft.languages = splitList(m_languages->text());
    draft.address = m_address->toPlainText().trimmed();
    draft.hours = m_hours->text().trimmed();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_contacts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        PartnerContact contact{text(ContactName), text(ContactRole), text(ContactPhone), text(ContactChannels)};
        // A row left empty is not a contact; a row with anything in it goes to core, which says what is missing.
        if (contact != PartnerContact{}) {
            draft.contacts.push_back(contact);
        }
    }
    draft.notes = m_notes->toPlainText().trimmed();
    return draft;
}

void PartnerDialog::submit()
{
    // A cell still being edited holds its text in its editor; moving the current cell commits it.
    if (const QModelIndex current = m_contacts->currentIndex(); current.isValid()) {
        m_contacts->setCurrentIndex({});
        m_contacts->setCurrentIndex(current);
    }
    const PartnerDraft values = draft();
    const qint64 partnerId = m_partnerId;
    setBusy(true);
    const bool started = m_session->run(
        this,
        [values, partnerId](Vault& vault) -> Result<qint64> {
            Partners partners(vault);
            if (partnerId == 0) {
                return partners.createPartner(values);
            }
            Status status = partners.updatePartner(partnerId, values);
            if (!status) {
                return status.error();
            }
            return partnerId;
        },
        [this](Result<qint64> saved) {
            setBusy(false);
            if (!saved) {
                setError(saved.error().message());
                m_name->setFocus();
                return;
            }
            m_savedId = saved.value();
            accept();
        });
    if (!started) {
        setBusy(false);
    }
}

void PartnerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void PartnerDialog::retranslateUi()
{
    setWindowTitle(m_partnerId == 0 ? tr("New partner") : tr("Edit partner"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("The organisation's name"));
    m_sectorLabel->setText(tr("&Sector:"));
    for (int i = 0; i < m_sector->count(); ++i) {
        if (auto sector = sectorFromId(m_sector->itemData(i).toString())) {
            m_sector->setItemText(i, sectorDisplayName(*sector));
        }
    }
    m_servicesLabel->setText(tr("Se&rvices:"));
    m_services->setPlaceholderText(tr("What they offer, for example \"free STI testing, no ID needed\""));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setPlaceholderText(tr("Separated by commas: French, Portuguese"));
    m_addressLabel->setText(tr("&Address:"));
    m_hoursLabel->setText(tr("&Hours:"));
    m_hours->setPlaceholderText(tr("For example: Mon–Fri 9:00–17:00"));
    m_contactsLabel->setText(tr("&Contact people:"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("Secure channels")});
    m_addContact->setText(tr("A&dd contact"));
    m_removeContact->setText(tr("Re&move contact"));
    m_notesLabel->setText(tr("N&otes:"));
    retranslateButtons(m_partnerId == 0 ? tr("&Create") : tr("&Save"));
}

} // namespace abri::ui
