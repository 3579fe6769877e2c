#include "DocumentPrinter.h"

#include "DocumentTemplates.h"
#include "util/FileUtil.h"

#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

namespace abri::ui {

namespace {

constexpr int PdfResolution = 300;
// QTextDocument::print() frames every page with 2 cm of its own inside the printer's margins: none more for PDFs.
const QMarginsF PdfMargins(0, 0, 0, 0); // millimetres

// What a PDF's properties and a print queue show: the same word for every document, so neither names the
// organisation, the person or the kind of service.
QString neutralDocName()
{
    return DocumentPrinter::tr("Document");
}

void fillDocument(QTextDocument& document, const SharedContent& content, const DocumentOptions& options)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    const DocumentText text(options.language);
    document.setHtml(documentHtml(content, options, text));
}

} // namespace

QString DocumentPrinter::html(const SharedContent& content, const DocumentOptions& options)
{
    const DocumentText text(options.language);
    return documentHtml(content, options, text);
}

Result<QByteArray> DocumentPrinter::pdf(const SharedContent& content, const DocumentOptions& options)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly)) {
            return Error(ErrorCode::Io, tr("The document could not be made. Nothing was saved."));
        }
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(PdfMargins, QPageLayout::Millimeter);
        writer.setResolution(PdfResolution);
        writer.setTitle(neutralDocName());
        writer.setCreator(neutralDocName());
        QTextDocument document;
        fillDocument(document, content, options);
        document.print(&writer);
        document.clear();
    }
    // QPdfWriter finishes the file when it is destroyed; a PDF without its end marker is no document.
    if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
        return Error(ErrorCode::Io, tr("The document could not be made. Nothing was saved."));
    }
    return bytes;
}

void DocumentPrinter::print(QPrinter& printer, const SharedContent& content, const DocumentOptions& options)
{
    printer.setDocName(neutralDocName());
    printer.setCreator(neutralDocName());
    QTextDocument document;
    fillDocument(document, content, options);
    document.print(&printer);
    document.clear();
}

namespace {

// Owns what the preview paints from, so it can live on after preview() returns and die with its parent.
class PreviewDialog : public QDialog
{
public:
    PreviewDialog(QWidget* parent, const SharedContent& content, const DocumentOptions& options)
        : QDialog(parent), m_printer(QPrinter::HighResolution), m_document(new QTextDocument(this))
    {
        m_printer.setPageSize(QPageSize(QPageSize::A4));
        m_printer.setPageMargins(PdfMargins, QPageLayout::Millimeter);
        m_printer.setDocName(neutralDocName());
        fillDocument(*m_document, content, options);
    }
    ~PreviewDialog() override
    {
        // The values leave memory with the window (a lock deletes the parent, and with it this).
        m_document->clear();
    }
    QPrinter* printer() { return &m_printer; }
    QTextDocument* document() { return m_document; }

private:
    QPrinter m_printer;
    QTextDocument* m_document;
};

} // namespace

QDialog* DocumentPrinter::preview(QWidget* parent, const SharedContent& content, const DocumentOptions& options)
{
    // A preview widget in a dialog of our own rather than QPrintPreviewDialog, whose toolbar prints and sets up
    // pages: printing from here would skip the ledger. It does not block: a lock while it is open deletes its parent
    // and so the preview with the values it shows.
    auto* dialog = new PreviewDialog(parent, content, options);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("documentPreview"));
    dialog->setWindowTitle(tr("Preview"));
    dialog->setWindowModality(Qt::WindowModal);

    auto* view = new QPrintPreviewWidget(dialog->printer(), dialog);
    view->setObjectName(QStringLiteral("previewView"));
    QTextDocument* document = dialog->document();
    QObject::connect(view, &QPrintPreviewWidget::paintRequested, dialog,
                     [document](QPrinter* target) { document->print(target); });

    auto* zoomOut = new QPushButton(tr("Zoom out"), dialog);
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    auto* zoomIn = new QPushButton(tr("Zoom in"), dialog);
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    auto* fitWidth = new QPushButton(tr("Fit width"), dialog);
    fitWidth->setObjectName(QStringLiteral("fitWidth"));
    QObject::connect(zoomOut, &QPushButton::clicked, view, [view] { view->zoomOut(); });
    QObject::connect(zoomIn, &QPushButton::clicked, view, [view] { view->zoomIn(); });
    QObject::connect(fitWidth, &QPushButton::clicked, view, &QPrintPreviewWidget::fitToWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto* tools = new QHBoxLayout;
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fitWidth);
    tools->addStretch();
    tools->addWidget(buttons);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addLayout(tools);
    dialog->resize(760, 900);
    view->fitToWidth();
    dialog->open();
    return dialog;
}

Status DocumentPrinter::savePdf(const QByteArray& pdf, const QString& targetFile)
{
    if (!pdf.startsWith("%PDF-")) {
        return Error(ErrorCode::InvalidArgument, tr("There is no document to save. Nothing was saved."));
    }
    if (targetFile.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidArgument, tr("Choose a file to save the document in. Nothing was saved."));
    }
    const QFileInfo target(targetFile);
    if (target.isDir()) {
        return Error(ErrorCode::InvalidArgument,
                     tr("A folder has that name: choose a file name for the document. Nothing was saved."));
    }
    if (!target.absoluteDir().exists()) {
        return Error(ErrorCode::Io, tr("The folder chosen for the document does not exist. Nothing was saved."));
    }
    // Through a temporary file renamed over the target: a failure leaves the old file or none, never half a PDF.
    if (auto st = FileUtil::writeAtomically(target.absoluteFilePath(), pdf); !st) {
        return Error(ErrorCode::Io, tr("The document could not be saved in that folder. Check that you may write "
                                       "there and that the disk is not full. Nothing was saved."));
    }
    return {};
}

QString documentLanguageFor(const QStringList& personLanguages, const QString& fallback)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]+"));
    for (const QString& entry : personLanguages) {
        // Case and accents ignored: "Français", "francais", "FR-ca" all say French.
        QString folded;
        for (QChar c : entry.normalized(QString::NormalizationForm_D).toCaseFolded()) {
            if (c.category() != QChar::Mark_NonSpacing) {
                folded += c;
            }
        }
        for (const QString& word : folded.split(nonLetters, Qt::SkipEmptyParts)) {
            if (word == QLatin1String("french") || word == QLatin1String("francais") || word == QLatin1String("fr")) {
                return QStringLiteral("fr");
            }
            if (word == QLatin1String("english") || word == QLatin1String("anglais") || word == QLatin1String("en")) {
                return QStringLiteral("en");
            }
        }
    }
    return fallback;
}

} // namespace abri::ui
