#pragma once

#include "sharing/SharingTypes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

class QDialog;
class QPrinter;
class QWidget;

namespace abri::ui {

// How a document looks. Every later slip (referrals, appointments, bulletins) uses the same layer.
struct DocumentOptions
{
    DocumentKind kind = DocumentKind::ConsentReceipt;
    QString language = QStringLiteral("en"); // "en" or "fr": the person's language, not the user's
    // For papers a person carries: no organisation name, no logo, no case type, a plain title ("Information")
    // and no words that say what kind of service wrote it.
    bool neutral = false;
    // The day the document is dated and consents are judged in force: the vault's clock, as the gate used it.
    // Invalid: today.
    QDate date;
};

// Builds documents from SharedContent (what the sharing gate returned) and nothing else, so a withheld field has
// no way onto paper. Text comes from the translations of options.language whatever the interface language is.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // The document as HTML for QTextDocument (also what the preview shows).
    static QString html(const SharedContent& content, const DocumentOptions& options);
    // A PDF in memory (A4, QPdfWriter on a QBuffer): no temporary file.
    static Result<QByteArray> pdf(const SharedContent& content, const DocumentOptions& options);
    // Prints on a printer the caller set up (QPrintDialog) or a QPrinter in PDF mode.
    static void print(QPrinter& printer, const SharedContent& content, const DocumentOptions& options);
    // Opens a window-modal preview over parent (zoom and Close only) and returns at once. It is deleted when it
    // closes or with its parent, so a lock that deletes the page also takes the preview off the screen. Printing
    // from the preview is not possible: what is printed goes through the ledger first.
    static QDialog* preview(QWidget* parent, const SharedContent& content, const DocumentOptions& options);
    // Writes pdf bytes to a file the user chose, atomically (FileUtil), never leaving a partial file.
    static Status savePdf(const QByteArray& pdf, const QString& targetFile);
};

// A person's language for documents from their file's free-text languages ("French", "français", "Portuguese",
// "English"...): "fr" or "en" when one is recognised (first match wins), otherwise fallback.
QString documentLanguageFor(const QStringList& personLanguages, const QString& fallback);

} // namespace abri::ui
