#include "AddAttachmentDialog.h"

#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace abri::ui {

namespace {

constexpr int MaxDescriptionLength = 2000; // as core allows

} // namespace

AddAttachmentDialog::AddAttachmentDialog(VaultSession* session, qint64 personId, const QString& filePath,
                                         const std::vector<Category>& writableCategories, QWidget* parent)
    : FormDialog(parent), m_session(session), m_personId(personId), m_filePath(filePath),
      m_categories(writableCategories), m_file(new QLabel(this)), m_category(new QComboBox(this)),
      m_description(new QLineEdit(this)), m_fileLabel(new QLabel(this)), m_categoryLabel(new QLabel(this)),
      m_descriptionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("addAttachmentDialog"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaxLength(MaxDescriptionLength);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setText(QFileInfo(filePath).fileName());
    m_categoryLabel->setBuddy(m_category);
    m_descriptionLabel->setBuddy(m_description);
    form()->addRow(m_fileLabel, m_file);
    form()->addRow(m_categoryLabel, m_category);
    form()->addRow(m_descriptionLabel, m_description);
    retranslateUi();
    m_description->setFocus();
}

bool AddAttachmentDialog::selectCategory(std::optional<Category> category)
{
    const int index = m_category->findData(category ? static_cast<int>(*category) : -1);
    if (index < 0) {
        return false;
    }
    m_category->setCurrentIndex(index);
    return true;
}

void AddAttachmentDialog::setDescription(const QString& description)
{
    m_description->setText(description);
}

void AddAttachmentDialog::submit()
{
    const int chosen = m_category->currentData().toInt();
    const std::optional<Category> category =
        chosen >= 0 ? std::optional<Category>(AllCategories[static_cast<std::size_t>(chosen)]) : std::nullopt;
    const qint64 personId = m_personId;
    const QString path = m_filePath;
    const QString fileName = QFileInfo(path).fileName();
    const QString description = m_description->text().trimmed();
    setBusy(true);
    // Reading up to the size limit and encrypting it both take a moment: the worker does both.
    const bool started = m_session->run(
        this,
        [path, personId, fileName, category, description](Vault& vault) -> Result<qint64> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error(ErrorCode::Io, tr("The file could not be read: %1").arg(file.errorString()));
            }
            // One byte past the limit is enough for core to refuse a file that is too big; a huge file is never
            // read whole.
            const QByteArray bytes = file.read(MaxAttachmentBytes + 1);
            return CaseFiles(vault).addAttachment(personId, fileName, bytes, category, description);
        },
        [this](Result<qint64> result) {
            setBusy(false);
            if (!result) {
                setError(result.error().message());
                return;
            }
            Q_EMIT attachmentAdded(result.value());
            accept();
        });
    if (!started) {
        setBusy(false);
    }
}

void AddAttachmentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void AddAttachmentDialog::retranslateUi()
{
    setWindowTitle(tr("Add an attachment"));
    m_fileLabel->setText(tr("File:"));
    m_categoryLabel->setText(tr("&Who may open it:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("What it is, for example \"signed consent form\""));

    const QVariant current = m_category->currentData();
    m_category->clear();
    m_category->addItem(tr("General (every role)"), -1);
    for (Category category : m_categories) {
        m_category->addItem(tr("%1 (restricted)").arg(categoryDisplayName(category)), static_cast<int>(category));
    }
    if (current.isValid()) {
        m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    }
    retranslateButtons(tr("&Add"));
}

} // namespace abri::ui
