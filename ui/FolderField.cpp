#include "FolderField.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace abri::ui {

FolderField::FolderField(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_edit(new QLineEdit(this)), m_browse(new QPushButton(this))
{
    m_edit->setObjectName(QStringLiteral("folderEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FolderField::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &FolderField::browse);
    retranslateUi();
}

QString FolderField::path() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void FolderField::setPath(const QString& path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

void FolderField::browse()
{
    auto* dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QFileInfo current(path());
    dialog->setDirectory(current.exists() ? current.absoluteFilePath() : current.absolutePath());
    dialog->setWindowTitle(m_mode == Mode::NewVault ? tr("Where to keep the vault") : tr("Choose the vault folder"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        const QDir dir(chosen);
        const bool empty = dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        setPath(m_mode == Mode::NewVault && !empty ? dir.filePath(QStringLiteral("vault.abri")) : chosen);
    });
    dialog->open();
}

void FolderField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FolderField::retranslateUi()
{
    m_browse->setText(tr("Bro&wse…"));
}

} // namespace abri::ui
