#include "PersonOverviewTab.h"

#include "BreakGlassDialog.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace abri::ui {

namespace {

enum ContactColumn { KindColumn, ValueColumn, InstructionsColumn, SafeHoursColumn, ContactColumnCount };

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

QString joinList(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

QString shortDateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QPlainTextEdit* summaryEdit(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    return edit;
}

} // namespace

struct PersonOverviewTab::Loaded
{
    PersonFile file;
    std::array<Permission, CategoryCount> permissions{};
    std::vector<UserRef> workers;
    bool hideNamesForMe = false;
};

PersonOverviewTab::PersonOverviewTab(VaultSession* session, qint64 personId, QWidget* parent)
    : QWidget(parent), m_session(session), m_personId(personId), m_profileBox(new QGroupBox(this)),
      m_info(new QLabel(this)), m_aliasLabel(new QLabel(this)), m_alias(new QLineEdit(this)),
      m_hideName(new QCheckBox(this)), m_pronounsLabel(new QLabel(this)), m_pronouns(new QLineEdit(this)),
      m_languagesLabel(new QLabel(this)), m_languages(new QLineEdit(this)), m_tagsLabel(new QLabel(this)),
      m_tags(new QLineEdit(this)), m_flagsLabel(new QLabel(this)), m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_closedReasonLabel(new QLabel(this)), m_closedReason(new QLineEdit(this)),
      m_workerLabel(new QLabel(this)), m_worker(new QComboBox(this)), m_legalNameLabel(new QLabel(this)),
      m_legalName(new QLineEdit(this)), m_idNumbersLabel(new QLabel(this)), m_idNumbers(new QLineEdit(this)),
      m_birthLabel(new QLabel(this)), m_birth(new QLineEdit(this)), m_contacts(new QTableWidget(this)),
      m_addContact(new QPushButton(this)), m_removeContact(new QPushButton(this)), m_emergencyLabel(new QLabel(this)),
      m_emergency(new QLineEdit(this)), m_location(summaryEdit(this)), m_health(summaryEdit(this)),
      m_legal(summaryEdit(this)), m_shelter(summaryEdit(this)), m_risk(summaryEdit(this)), m_error(new QLabel(this)),
      m_savedNotice(new QLabel(this)), m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("personOverviewTab"));
    m_error->setObjectName(QStringLiteral("overviewErrorLabel"));
    m_savedNotice->setObjectName(QStringLiteral("savedNotice"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    Style::markAsError(m_error);
    m_error->setVisible(false);
    m_savedNotice->setVisible(false);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addWidget(buildProfile(), 0, 0, 1, 2);
    grid->addWidget(buildGroup(Category::Identity, buildIdentity()), 1, 0);
    grid->addWidget(buildGroup(Category::Location, textGroupContent(m_location, QStringLiteral("locationEdit"))), 1, 1);
    grid->addWidget(buildGroup(Category::Contact, buildContact()), 2, 0, 1, 2);
    grid->addWidget(buildGroup(Category::Health, textGroupContent(m_health, QStringLiteral("healthEdit"))), 3, 0);
    grid->addWidget(buildGroup(Category::Legal, textGroupContent(m_legal, QStringLiteral("legalEdit"))), 3, 1);
    grid->addWidget(buildGroup(Category::ShelterAddress, textGroupContent(m_shelter, QStringLiteral("shelterEdit"))), 4,
                    0);
    grid->addWidget(buildGroup(Category::Risk, textGroupContent(m_risk, QStringLiteral("riskEdit"))), 4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_error, 1);
    bar->addStretch();
    bar->addWidget(m_savedNotice);
    bar->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);

    connect(m_save, &QPushButton::clicked, this, &PersonOverviewTab::save);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &PersonOverviewTab::save);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &PersonOverviewTab::updateClosedReason);
    connect(m_addContact, &QPushButton::clicked, this, [this] {
        addContactRow(ContactMethod{});
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, ValueColumn);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, ValueColumn));
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0) {
            m_contacts->removeRow(m_contacts->currentRow());
        }
    });
    retranslateUi();
    m_save->setEnabled(false);
    reload();
}

QWidget* PersonOverviewTab::buildProfile()
{
    m_profileBox->setObjectName(QStringLiteral("profileGroup"));
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_hideName->setObjectName(QStringLiteral("hideNameCheck"));
    m_pronouns->setObjectName(QStringLiteral("pronounsEdit"));
    m_languages->setObjectName(QStringLiteral("languagesEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_closedReason->setObjectName(QStringLiteral("closedReasonEdit"));
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_info->setObjectName(QStringLiteral("profileInfo"));
    m_info->setWordWrap(true);
    for (PersonStatus status : {PersonStatus::Active, PersonStatus::Inactive, PersonStatus::Closed}) {
        m_status->addItem(QString(), static_cast<int>(status));
    }

    auto* flags = new QWidget(m_profileBox);
    auto* flagsLayout = new QGridLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (RiskFlag flag : AllRiskFlags) {
        auto* check = new QCheckBox(flags);
        check->setObjectName(QStringLiteral("flag_") + riskFlagId(flag));
        check->setProperty("riskFlag", static_cast<int>(flag));
        flagsLayout->addWidget(check, index / 2, index % 2);
        m_flags.push_back(check);
        ++index;
    }

    auto* aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_alias, 1);
    aliasRow->addWidget(m_hideName);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_closedReasonLabel);
    statusRow->addWidget(m_closedReason, 1);

    auto* left = new QFormLayout;
    left->addRow(m_aliasLabel, aliasRow);
    left->addRow(m_pronounsLabel, m_pronouns);
    left->addRow(m_languagesLabel, m_languages);
    left->addRow(m_tagsLabel, m_tags);
    auto* right = new QFormLayout;
    right->addRow(m_statusLabel, statusRow);
    right->addRow(m_workerLabel, m_worker);
    right->addRow(m_flagsLabel, flags);
    right->addRow(m_info);
    m_aliasLabel->setBuddy(m_alias);
    m_pronounsLabel->setBuddy(m_pronouns);
    m_languagesLabel->setBuddy(m_languages);
    m_tagsLabel->setBuddy(m_tags);
    m_statusLabel->setBuddy(m_status);
    m_closedReasonLabel->setBuddy(m_closedReason);
    m_workerLabel->setBuddy(m_worker);

    auto* columns = new QHBoxLayout(m_profileBox);
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    return m_profileBox;
}

QWidget* PersonOverviewTab::buildIdentity()
{
    m_legalName->setObjectName(QStringLiteral("legalNameEdit"));
    m_idNumbers->setObjectName(QStringLiteral("idNumbersEdit"));
    m_birth->setObjectName(QStringLiteral("birthEdit"));
    auto* widget = new QWidget;
    auto* form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_legalNameLabel, m_legalName);
    form->addRow(m_idNumbersLabel, m_idNumbers);
    form->addRow(m_birthLabel, m_birth);
    m_legalNameLabel->setBuddy(m_legalName);
    m_idNumbersLabel->setBuddy(m_idNumbers);
    m_birthLabel->setBuddy(m_birth);
    return widget;
}

QWidget* PersonOverviewTab::buildContact()
{
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_emergency->setObjectName(QStringLiteral("emergencyEdit"));
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_contacts->setColumnCount(ContactColumnCount);
    m_contacts->verticalHeader()->setVisible(false);
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_contacts->horizontalHeader()->setSectionResizeMode(InstructionsColumn, QHeaderView::Stretch);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setTabKeyNavigation(false);
    m_contacts->setMinimumHeight(m_contacts->fontMetrics().lineSpacing() * 7);
    m_contacts->setMaximumHeight(m_contacts->fontMetrics().lineSpacing() * 11);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addContact);
    buttons->addWidget(m_removeContact);
    buttons->addStretch();
    buttons->addWidget(m_emergencyLabel);
    buttons->addWidget(m_emergency, 2);
    m_emergencyLabel->setBuddy(m_emergency);

    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contacts);
    layout->addLayout(buttons);
    return widget;
}

QWidget* PersonOverviewTab::textGroupContent(QPlainTextEdit* edit, const QString& objectName)
{
    edit->setObjectName(objectName);
    return edit;
}

QWidget* PersonOverviewTab::buildGroup(Category category, QWidget* content)
{
    Group& g = group(category);
    g.category = category;
    g.box = new QGroupBox(this);
    g.box->setObjectName(QStringLiteral("group_") + categoryId(category));
    g.content = content;
    g.restrictedPanel = new QWidget(g.box);
    g.restrictedPanel->setObjectName(QStringLiteral("restrictedPanel"));
    g.restrictedLabel = new QLabel(g.restrictedPanel);
    g.restrictedLabel->setObjectName(QStringLiteral("restrictedLabel"));
    g.restrictedLabel->setWordWrap(true);
    g.breakGlass = new QPushButton(g.restrictedPanel);
    g.breakGlass->setObjectName(QStringLiteral("breakGlassButton"));
    g.readOnlyLabel = new QLabel(g.box);
    g.readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    QFont italic = g.readOnlyLabel->font();
    italic.setItalic(true);
    g.readOnlyLabel->setFont(italic);
    g.readOnlyLabel->setVisible(false);

    auto* panel = new QHBoxLayout(g.restrictedPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addWidget(g.restrictedLabel, 1);
    panel->addWidget(g.breakGlass, 0, Qt::AlignTop);
    g.restrictedPanel->setVisible(false);

    auto* layout = new QVBoxLayout(g.box);
    layout->addWidget(g.readOnlyLabel);
    layout->addWidget(g.content);
    layout->addWidget(g.restrictedPanel);
    layout->addStretch();
    connect(g.breakGlass, &QPushButton::clicked, this, [this, category] { breakGlass(category); });
    return g.box;
}

QGroupBox* PersonOverviewTab::groupOf(Category category) const
{
    return m_groups[static_cast<size_t>(category)].box;
}

void PersonOverviewTab::reload(bool keepEdits)
{
    m_session->run(
        this,
        [personId = m_personId](Vault& vault) -> Result<Loaded> {
            CaseFiles files(vault);
            auto file = files.openPerson(personId);
            if (!file) {
                return file.error();
            }
            auto workers = files.workers();
            if (!workers) {
                return workers.error();
            }
            Loaded fresh{std::move(file.value()), {}, std::move(workers.value()), files.hideNamesForMe()};
            for (Category category : AllCategories) {
                fresh.permissions[static_cast<size_t>(category)] = files.permission(category);
            }
            return fresh;
        },
        [this, keepEdits](Result<Loaded> result) {
            if (!result) {
                setError(result.error().message());
                return;
            }
            present(result.value(), keepEdits);
        });
}

namespace {

bool isRestricted(const PersonFile& file, Category category)
{
    switch (category) {
    case Category::Identity:
        return file.legalName.restricted;
    case Category::Contact:
        return file.contacts.restricted;
    case Category::Location:
        return file.location.restricted;
    case Category::Health:
        return file.healthSummary.restricted;
    case Category::Legal:
        return file.legalSummary.restricted;
    case Category::ShelterAddress:
        return file.shelterAddress.restricted;
    case Category::Risk:
        return file.riskDetails.restricted;
    }
    return true;
}

} // namespace

void PersonOverviewTab::presentProfile(const std::vector<UserRef>& workers)
{
    const PersonFile& f = m_file;
    m_alias->setText(f.alias);
    m_hideName->setChecked(f.hideName);
    m_pronouns->setText(f.pronouns);
    m_languages->setText(joinList(f.languages));
    m_tags->setText(joinList(f.tags));
    for (QCheckBox* check : m_flags) {
        const auto flag = static_cast<RiskFlag>(check->property("riskFlag").toInt());
        check->setChecked(std::find(f.flags.begin(), f.flags.end(), flag) != f.flags.end());
    }
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(f.status)));
    m_closedReason->setText(f.closedReason);
    updateClosedReason();

    m_worker->clear();
    m_worker->addItem(tr("(nobody)"), qint64{0});
    for (const UserRef& worker : workers) {
        m_worker->addItem(worker.name, worker.id);
    }
    // A worker who was disabled since stays shown until someone else is chosen.
    if (f.workerId != 0 && m_worker->findData(f.workerId) < 0) {
        m_worker->addItem(f.workerName, f.workerId);
    }
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(f.workerId)));

    presentInfo();
}

void PersonOverviewTab::presentInfo()
{
    const PersonFile& f = m_file;
    QStringList info;
    info << tr("Short code: %1").arg(f.code);
    info << tr("Created %1, last changed %2").arg(shortDateTime(f.createdAt), shortDateTime(f.updatedAt));
    if (f.statusDate.isValid()) {
        info << tr("Status since %1").arg(QLocale().toString(f.statusDate, QLocale::ShortFormat));
    }
    if (f.mergedInto != 0) {
        info << tr("This file was merged into another one and is kept closed.");
    }
    m_info->setText(info.join(QLatin1Char('\n')));
}

void PersonOverviewTab::fillGroup(Category category)
{
    const PersonFile& f = m_file;
    switch (category) {
    case Category::Identity:
        m_legalName->setText(f.legalName.value);
        m_idNumbers->setText(f.idNumbers.value);
        m_birth->setText(f.birth.value);
        break;
    case Category::Contact:
        m_contacts->setRowCount(0);
        for (const ContactMethod& contact : f.contacts.value) {
            addContactRow(contact);
        }
        m_emergency->setText(f.emergencyContact.value);
        break;
    case Category::Location:
        m_location->setPlainText(f.location.value);
        break;
    case Category::Health:
        m_health->setPlainText(f.healthSummary.value);
        break;
    case Category::Legal:
        m_legal->setPlainText(f.legalSummary.value);
        break;
    case Category::ShelterAddress:
        m_shelter->setPlainText(f.shelterAddress.value);
        break;
    case Category::Risk:
        m_risk->setPlainText(f.riskDetails.value);
        break;
    }
}

void PersonOverviewTab::present(const Loaded& fresh, bool keepEdits)
{
    m_file = fresh.file;
    const PersonFile& f = m_file;
    keepEdits = keepEdits && m_loaded;
    if (keepEdits) {
        presentInfo();
    } else {
        presentProfile(fresh.workers);
    }

    for (Category category : AllCategories) {
        // After a break of the glass only the part that just opened is filled; everything typed elsewhere stays.
        if (!keepEdits || group(category).restricted) {
            fillGroup(category);
        }
    }

    for (Category category : AllCategories) {
        showGroupState(group(category), isRestricted(f, category), fresh.permissions[static_cast<size_t>(category)]);
    }
    m_loaded = true;
    m_save->setEnabled(true);
    Q_EMIT loaded(m_file, fresh.hideNamesForMe);
}

void PersonOverviewTab::showGroupState(Group& g, bool restricted, Permission permission)
{
    g.restricted = restricted;
    g.writable = !restricted && permission.write;
    g.content->setVisible(!restricted);
    g.restrictedPanel->setVisible(restricted);
    g.readOnlyLabel->setVisible(!restricted && !permission.write);
    setGroupEditable(g.category, g.writable);
}

void PersonOverviewTab::setGroupEditable(Category category, bool editable)
{
    switch (category) {
    case Category::Identity:
        for (QLineEdit* edit : {m_legalName, m_idNumbers, m_birth}) {
            edit->setReadOnly(!editable);
        }
        break;
    case Category::Contact:
        m_contacts->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
        for (int row = 0; row < m_contacts->rowCount(); ++row) {
            if (QWidget* kind = m_contacts->cellWidget(row, KindColumn)) {
                kind->setEnabled(editable);
            }
        }
        m_addContact->setVisible(editable);
        m_removeContact->setVisible(editable);
        m_emergency->setReadOnly(!editable);
        break;
    case Category::Location:
        m_location->setReadOnly(!editable);
        break;
    case Category::Health:
        m_health->setReadOnly(!editable);
        break;
    case Category::Legal:
        m_legal->setReadOnly(!editable);
        break;
    case Category::ShelterAddress:
        m_shelter->setReadOnly(!editable);
        break;
    case Category::Risk:
        m_risk->setReadOnly(!editable);
        break;
    }
}

void PersonOverviewTab::addContactRow(const ContactMethod& contact)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto* kind = new QComboBox(m_contacts);
    for (ContactKind k : {ContactKind::Phone, ContactKind::Email, ContactKind::Messaging, ContactKind::Other}) {
        kind->addItem(contactKindDisplayName(k), static_cast<int>(k));
    }
    kind->setCurrentIndex(kind->findData(static_cast<int>(contact.kind)));
    kind->setEnabled(group(Category::Contact).writable);
    m_contacts->setCellWidget(row, KindColumn, kind);
    m_contacts->setColumnWidth(KindColumn, std::max(m_contacts->columnWidth(KindColumn), kind->sizeHint().width()));
    m_contacts->setItem(row, ValueColumn, new QTableWidgetItem(contact.value));
    m_contacts->setItem(row, InstructionsColumn, new QTableWidgetItem(contact.instructions));
    m_contacts->setItem(row, SafeHoursColumn, new QTableWidgetItem(contact.safeHours));
}

std::vector<ContactMethod> PersonOverviewTab::contactsFromTable() const
{
    std::vector<ContactMethod> contacts;
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_contacts->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        ContactMethod contact;
        if (auto* kind = qobject_cast<QComboBox*>(m_contacts->cellWidget(row, KindColumn))) {
            contact.kind = static_cast<ContactKind>(kind->currentData().toInt());
        }
        contact.value = text(row, ValueColumn);
        contact.instructions = text(row, InstructionsColumn);
        contact.safeHours = text(row, SafeHoursColumn);
        // A row left empty is not a contact method.
        if (!contact.value.isEmpty() || !contact.instructions.isEmpty() || !contact.safeHours.isEmpty()) {
            contacts.push_back(contact);
        }
    }
    return contacts;
}

PersonDraft PersonOverviewTab::draftFromFields() const
{
    PersonDraft draft = PersonDraft::fromFile(m_file);
    draft.alias = m_alias->text().trimmed();
    draft.hideName = m_hideName->isChecked();
    draft.pronouns = m_pronouns->text().trimmed();
    draft.languages = splitList(m_languages->text());
    draft.tags = splitList(m_tags->text());
    draft.flags.clear();
    for (QCheckBox* check : m_flags) {
        if (check->isChecked()) {
            draft.flags.push_back(static_cast<RiskFlag>(check->property("riskFlag").toInt()));
        }
    }
    draft.status = static_cast<PersonStatus>(m_status->currentData().toInt());
    draft.closedReason = draft.status == PersonStatus::Closed ? m_closedReason->text().trimmed() : QString();
    draft.workerId = m_worker->currentData().toLongLong();

    // Parts the user may not write stay untouched (nullopt), whatever the form shows.
    auto writable = [this](Category category) { return m_groups[static_cast<size_t>(category)].writable; };
    auto text = [](const QPlainTextEdit* edit) { return edit->toPlainText().trimmed(); };
    draft.legalName = writable(Category::Identity) ? std::optional(m_legalName->text().trimmed()) : std::nullopt;
    draft.idNumbers = writable(Category::Identity) ? std::optional(m_idNumbers->text().trimmed()) : std::nullopt;
    draft.birth = writable(Category::Identity) ? std::optional(m_birth->text().trimmed()) : std::nullopt;
    draft.contacts = writable(Category::Contact) ? std::optional(contactsFromTable()) : std::nullopt;
    draft.emergencyContact = writable(Category::Contact) ? std::optional(m_emergency->text().trimmed()) : std::nullopt;
    draft.location = writable(Category::Location) ? std::optional(text(m_location)) : std::nullopt;
    draft.healthSummary = writable(Category::Health) ? std::optional(text(m_health)) : std::nullopt;
    draft.legalSummary = writable(Category::Legal) ? std::optional(text(m_legal)) : std::nullopt;
    draft.shelterAddress = writable(Category::ShelterAddress) ? std::optional(text(m_shelter)) : std::nullopt;
    draft.riskDetails = writable(Category::Risk) ? std::optional(text(m_risk)) : std::nullopt;
    return draft;
}

void PersonOverviewTab::save()
{
    if (!m_loaded || m_busy) {
        return;
    }
    const PersonDraft draft = draftFromFields();
    m_busy = true;
    m_save->setEnabled(false);
    m_savedNotice->setVisible(false);
    setError({});
    m_session->run(
        this, [personId = m_personId, draft](Vault& vault) { return CaseFiles(vault).updatePerson(personId, draft); },
        [this](Status status) {
            m_busy = false;
            m_save->setEnabled(true);
            if (!status) {
                // Every field keeps what was typed, so the user fixes the one thing and saves again.
                setError(status.error().message());
                return;
            }
            m_savedNotice->setVisible(true);
            Q_EMIT saved();
            reload();
        });
}

void PersonOverviewTab::breakGlass(Category category)
{
    auto* dialog = new BreakGlassDialog(m_session, m_personId, category, this);
    connect(dialog, &QDialog::accepted, this, &PersonOverviewTab::glassBroken);
    dialog->open();
}

void PersonOverviewTab::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_savedNotice->setVisible(false);
    }
}

void PersonOverviewTab::updateClosedReason()
{
    const bool closed = static_cast<PersonStatus>(m_status->currentData().toInt()) == PersonStatus::Closed;
    m_closedReasonLabel->setVisible(closed);
    m_closedReason->setVisible(closed);
}

void PersonOverviewTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PersonOverviewTab::retranslateUi()
{
    m_profileBox->setTitle(tr("Profile"));
    m_aliasLabel->setText(tr("&Alias:"));
    m_hideName->setText(tr("&Hide in lists"));
    m_hideName->setToolTip(tr("Lists and search results show the short code instead of the alias."));
    m_pronounsLabel->setText(tr("&Pronouns:"));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setPlaceholderText(tr("Separated by commas"));
    m_tagsLabel->setText(tr("&Tags:"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_flagsLabel->setText(tr("Risk flags:"));
    for (QCheckBox* check : m_flags) {
        check->setText(riskFlagDisplayName(static_cast<RiskFlag>(check->property("riskFlag").toInt())));
    }
    m_statusLabel->setText(tr("&Status:"));
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, personStatusDisplayName(static_cast<PersonStatus>(m_status->itemData(i).toInt())));
    }
    m_closedReasonLabel->setText(tr("&Reason:"));
    m_workerLabel->setText(tr("Assigned &worker:"));
    if (m_worker->count() > 0) {
        m_worker->setItemText(0, tr("(nobody)"));
    }

    m_legalNameLabel->setText(tr("Legal &name:"));
    m_idNumbersLabel->setText(tr("&ID numbers:"));
    m_birthLabel->setText(tr("&Born:"));
    m_birth->setPlaceholderText(tr("Year (1994) or date (1994-03-21)"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Number or address"), tr("Safe-contact instructions"), tr("Safe hours")});
    m_addContact->setText(tr("Add contact &method"));
    m_removeContact->setText(tr("Remove"));
    m_emergencyLabel->setText(tr("&Emergency contact:"));
    m_location->setPlaceholderText(tr("Where the person can usually be found"));
    m_health->setPlaceholderText(tr("Summary; details go in health notes"));
    m_legal->setPlaceholderText(tr("Summary; details go in legal notes"));
    m_shelter->setPlaceholderText(tr("Where the person is staying"));
    m_risk->setPlaceholderText(tr("Who is a danger, and how"));
    for (Group& g : m_groups) {
        if (!g.box) {
            continue;
        }
        g.box->setTitle(categoryDisplayName(g.category));
        g.restrictedLabel->setText(tr("Restricted — your role does not see this part."));
        g.breakGlass->setText(tr("Break the glass…"));
        g.readOnlyLabel->setText(tr("Read only: your role may see this part but not change it."));
    }
    m_savedNotice->setText(tr("Saved."));
    m_save->setText(tr("&Save changes"));
    m_save->setToolTip(tr("Ctrl+Enter"));
}

} // namespace abri::ui
