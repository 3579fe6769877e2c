#include "NewPersonDialog.h"

#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>

#include <variant>

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

// What one save attempt came back with: people to look at first, or the new file.
using CreateOutcome = Result<std::variant<std::vector<PersonSummary>, qint64>>;

} // namespace

NewPersonDialog::NewPersonDialog(VaultSession* session, QWidget* parent)
    : FormDialog(parent), m_session(session), m_aliasLabel(new QLabel(this)), m_alias(new QLineEdit(this)),
      m_pronounsLabel(new QLabel(this)), m_pronouns(new QLineEdit(this)), m_languagesLabel(new QLabel(this)),
      m_languages(new QLineEdit(this)), m_phoneLabel(new QLabel(this)), m_phone(new QLineEdit(this)),
      m_duplicatesLabel(new QLabel(this)), m_duplicates(new QListWidget(this)), m_openExisting(new QPushButton(this))
{
    setObjectName(QStringLiteral("newPersonDialog"));
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_pronouns->setObjectName(QStringLiteral("pronounsEdit"));
    m_languages->setObjectName(QStringLiteral("languagesEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_duplicatesLabel->setObjectName(QStringLiteral("duplicatesLabel"));
    m_duplicates->setObjectName(QStringLiteral("duplicatesList"));
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    m_aliasLabel->setBuddy(m_alias);
    m_pronounsLabel->setBuddy(m_pronouns);
    m_languagesLabel->setBuddy(m_languages);
    m_phoneLabel->setBuddy(m_phone);
    m_duplicatesLabel->setWordWrap(true);
    m_duplicates->setMaximumHeight(m_duplicates->fontMetrics().lineSpacing() * 7);

    form()->addRow(m_aliasLabel, m_alias);
    form()->addRow(m_pronounsLabel, m_pronouns);
    form()->addRow(m_languagesLabel, m_languages);
    form()->addRow(m_phoneLabel, m_phone);
    form()->addRow(m_duplicatesLabel);
    form()->addRow(m_duplicates);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_openExisting);
    openRow->addStretch();
    form()->addRow(openRow);
    for (QWidget* widget : {static_cast<QWidget*>(m_duplicatesLabel), static_cast<QWidget*>(m_duplicates),
                            static_cast<QWidget*>(m_openExisting)}) {
        widget->setVisible(false);
    }

    for (QLineEdit* edit : {m_alias, m_phone}) {
        connect(edit, &QLineEdit::textEdited, this, &NewPersonDialog::inputChanged);
    }
    connect(m_openExisting, &QPushButton::clicked, this, &NewPersonDialog::openSelected);
    connect(m_duplicates, &QListWidget::itemActivated, this, &NewPersonDialog::openSelected);
    connect(m_duplicates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openExisting->setEnabled(row >= 0); });
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, okButton(), &QPushButton::click);
    }
    setMinimumWidth(480);
    retranslateUi();

    // Only roles that may write contacts record a phone number; core would refuse it from the others.
    m_session->run(
        this, [](Vault& vault) { return CaseFiles(vault).permission(Category::Contact).write; },
        [this](bool canWriteContacts) {
            m_phoneLabel->setVisible(canWriteContacts);
            m_phone->setVisible(canWriteContacts);
        });
}

void NewPersonDialog::inputChanged()
{
    // A changed alias or phone deserves a new duplicate check before saving.
    if (m_duplicatesChecked) {
        m_duplicatesChecked = false;
        retranslateButtons(tr("&Create"));
    }
}

void NewPersonDialog::submit()
{
    PersonDraft draft;
    draft.alias = m_alias->text().trimmed();
    draft.pronouns = m_pronouns->text().trimmed();
    draft.languages = splitList(m_languages->text());
    QStringList phones;
    if (!m_phone->isHidden() && !m_phone->text().trimmed().isEmpty()) {
        phones.append(m_phone->text().trimmed());
        draft.contacts = std::vector<ContactMethod>{ContactMethod{ContactKind::Phone, phones.first(), {}, {}}};
    }
    const bool checkFirst = !m_duplicatesChecked;
    setBusy(true);
    m_session->run(
        this,
        [draft, phones, checkFirst](Vault& vault) -> CreateOutcome {
            CaseFiles files(vault);
            // An empty alias goes straight to core's validation: there is nothing to compare yet.
            if (checkFirst && !draft.alias.isEmpty()) {
                auto similar = files.similarPeople(draft.alias, phones);
                if (!similar) {
                    return similar.error();
                }
                if (!similar->empty()) {
                    return std::variant<std::vector<PersonSummary>, qint64>(std::move(similar.value()));
                }
            }
            auto created = files.createPerson(draft);
            if (!created) {
                return created.error();
            }
            return std::variant<std::vector<PersonSummary>, qint64>(created.value());
        },
        [this](CreateOutcome outcome) {
            setBusy(false);
            if (!outcome) {
                setError(outcome.error().message());
                m_alias->setFocus();
                return;
            }
            if (auto* similar = std::get_if<std::vector<PersonSummary>>(&outcome.value())) {
                showDuplicates(*similar);
                return;
            }
            m_createdId = std::get<qint64>(outcome.value());
            accept();
        });
}

void NewPersonDialog::showDuplicates(const std::vector<PersonSummary>& people)
{
    m_duplicates->clear();
    for (const PersonSummary& person : people) {
        // displayName is already the code when the name is hidden, so no hidden alias shows here.
        const QString text =
            person.nameHidden ? person.code : tr("%1 (%2)", "alias (short code)").arg(person.displayName, person.code);
        auto* item = new QListWidgetItem(
            tr("%1 · %2", "person, status").arg(text, personStatusDisplayName(person.status)), m_duplicates);
        item->setData(Qt::UserRole, person.id);
    }
    m_duplicates->setCurrentRow(0);
    m_duplicatesChecked = true;
    for (QWidget* widget : {static_cast<QWidget*>(m_duplicatesLabel), static_cast<QWidget*>(m_duplicates),
                            static_cast<QWidget*>(m_openExisting)}) {
        widget->setVisible(true);
    }
    retranslateButtons(tr("Create &anyway"));
    m_duplicates->setFocus();
}

void NewPersonDialog::openSelected()
{
    QListWidgetItem* item = m_duplicates->currentItem();
    if (!item || isBusy()) {
        return;
    }
    Q_EMIT openExistingRequested(item->data(Qt::UserRole).toLongLong());
    reject();
}

void NewPersonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void NewPersonDialog::retranslateUi()
{
    setWindowTitle(tr("New person"));
    m_aliasLabel->setText(tr("&Alias:"));
    m_alias->setPlaceholderText(tr("The name the person chooses to be called"));
    m_pronounsLabel->setText(tr("&Pronouns:"));
    m_pronouns->setPlaceholderText(tr("For example: she/her"));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setPlaceholderText(tr("Separated by commas: French, Portuguese"));
    m_phoneLabel->setText(tr("P&hone (optional):"));
    m_duplicatesLabel->setText(tr("Possible duplicates: these files have a similar alias or the same phone. Open "
                                  "one if it is the same person, or create a new file anyway."));
    m_openExisting->setText(tr("&Open the selected file"));
    retranslateButtons(m_duplicatesChecked ? tr("Create &anyway") : tr("&Create"));
}

} // namespace abri::ui
