// The share dialog's actions. Override asks core to decide again with a coordinator's reason. Preview, Print and Save
// PDF make a document: each asks core for the content (Sharing::preview, or Sharing::disclose which records the
// ledger entry first) and builds the document from that content only, so nothing the gate withheld can reach paper.
#include "ShareDialog.h"
#include "Style.h"
#include "VaultSession.h"
#include "print/DocumentPrinter.h"
#include "sharing/Sharing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace abri::ui {

namespace {

// Dated by the vault's clock: the day the gate judged consents in force.
DocumentOptions optionsOf(DocumentKind kind, const QString& language, bool neutral, const QDate& day)
{
    DocumentOptions options;
    options.kind = kind;
    options.language = language;
    options.neutral = neutral;
    options.date = day;
    return options;
}

} // namespace

void ShareDialog::applyOverride()
{
    const QString reason = m_overrideReason->text().trimmed();
    if (!m_loaded || m_busy) {
        return;
    }
    if (needsPurpose() && m_purpose->currentText().trimmed().isEmpty()) {
        m_overrideState->setText(tr("Choose or type the purpose first."));
        Style::markAsError(m_overrideState);
        m_overrideState->setVisible(true);
        return;
    }
    // Core checks the reason and the role; the override holds only once it answered.
    m_debounce.stop();
    const int generation = ++m_generation;
    m_deciding = true;
    updateActions();
    m_session->run(
        this,
        [question = request(false), reason](Vault& vault) {
            return Sharing(vault).decideWithOverride(question, reason);
        },
        [this, generation, reason](Result<SharingDecision> answer) {
            if (generation != m_generation) {
                return;
            }
            m_deciding = false;
            if (!answer) {
                m_overrideState->setText(answer.error().message());
                Style::markAsError(m_overrideState);
                m_overrideState->setVisible(true);
                updateActions();
                return;
            }
            m_override = reason;
            m_decision = std::move(answer.value());
            m_overrideBox->setVisible(false);
            m_overrideState->setPalette(palette());
            QFont bold = m_overrideState->font();
            bold.setBold(true);
            m_overrideState->setFont(bold);
            m_overrideState->setText(
                tr("Override in effect. Reason: %1. Printing or saving now is recorded as an override and "
                   "listed for review.")
                    .arg(reason));
            m_overrideState->setVisible(true);
            m_cancelOverride->setVisible(true);
            showDecision();
        });
}

void ShareDialog::cancelOverride()
{
    m_override.clear();
    m_overrideReason->clear();
    m_overrideState->setVisible(false);
    m_overrideState->setFont(font());
    m_cancelOverride->setVisible(false);
    scheduleDecide();
}

void ShareDialog::preview()
{
    if (!m_preview->isEnabled()) {
        return;
    }
    const SharingRequest question = request(true);
    const DocumentOptions options = optionsOf(documentKind(), documentLanguage(), m_neutral->isChecked(), m_today);
    setBusy(true);
    const bool started = m_session->run(
        this,
        [question, kind = documentKind(), reason = m_override](Vault& vault) {
            return Sharing(vault).preview(question, kind, reason);
        },
        [this, options](Result<SharedContent> content) {
            setBusy(false);
            if (!content) {
                setError(content.error().message());
                Q_EMIT actionFinished();
                return;
            }
            // The preview is this dialog's child: a lock that deletes this dialog takes it off the screen too.
            QDialog* preview = DocumentPrinter::preview(this, content.value(), options);
            connect(preview, &QDialog::finished, this, &ShareDialog::actionFinished);
        });
    if (!started) {
        setBusy(false);
    }
}

void ShareDialog::print()
{
    if (!m_print->isEnabled()) {
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    if (!m_testPrintFile.isEmpty()) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(m_testPrintFile);
        printOn(printer);
        return;
    }
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Printing "to a file" from here would be a PDF that skips the ledger's channel: Save PDF is for that.
    dialog->setOption(QAbstractPrintDialog::PrintToFile, false);
    connect(dialog, &QDialog::accepted, this, [this, printer] { printOn(printer); });
    dialog->open();
}

void ShareDialog::printOn(std::shared_ptr<QPrinter> printer)
{
    const SharingRequest question = request(true);
    const DocumentKind kind = documentKind();
    const DocumentOptions options = optionsOf(kind, documentLanguage(), m_neutral->isChecked(), m_today);
    setBusy(true);
    const bool started = m_session->run(
        this,
        [question, kind, reason = m_override](Vault& vault) {
            return Sharing(vault).disclose(question, DisclosureChannel::Print, kind, reason);
        },
        [this, printer, options](Result<SharedContent> content) {
            setBusy(false);
            if (!content) {
                setError(content.error().message());
                Q_EMIT actionFinished();
                return;
            }
            DocumentPrinter::print(*printer, content.value(), options);
            if (printer->printerState() == QPrinter::Error) {
                setError(tr("The printer reported an error, so the document may not have been printed. The "
                            "disclosure ledger keeps the entry as a record of the attempt."));
            } else {
                setNotice(tr("Sent to the printer, and recorded in the disclosure ledger."));
            }
            Q_EMIT disclosed(content->ledgerId);
            Q_EMIT actionFinished();
        });
    if (!started) {
        setBusy(false);
    }
}

void ShareDialog::savePdf()
{
    if (!m_save->isEnabled()) {
        return;
    }
    if (!m_testSaveFile.isEmpty()) {
        savePdfTo(m_testSaveFile);
        return;
    }
    // The suggested name says what the document is, never whom it is about.
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(documentKindId(documentKind()) + QStringLiteral(".pdf"));
    auto* dialog = new QFileDialog(this, tr("Save PDF"), suggested, tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("savePdfDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, &ShareDialog::savePdfTo);
    dialog->open();
}

void ShareDialog::savePdfTo(const QString& fileName)
{
    const SharingRequest question = request(true);
    const DocumentKind kind = documentKind();
    const DocumentOptions options = optionsOf(kind, documentLanguage(), m_neutral->isChecked(), m_today);
    setBusy(true);
    const bool started = m_session->run(
        this,
        [question, kind, reason = m_override](Vault& vault) {
            return Sharing(vault).disclose(question, DisclosureChannel::Pdf, kind, reason);
        },
        [this, options, fileName](Result<SharedContent> content) {
            setBusy(false);
            if (!content) {
                setError(content.error().message());
                Q_EMIT actionFinished();
                return;
            }
            // The ledger entry exists from here on, whatever happens to the file.
            Q_EMIT disclosed(content->ledgerId);
            const Result<QByteArray> pdf = DocumentPrinter::pdf(content.value(), options);
            const Status saved = pdf ? DocumentPrinter::savePdf(pdf.value(), fileName) : Status(pdf.error());
            if (!saved) {
                setError(tr("The PDF could not be saved: %1\nThe disclosure ledger already has an entry for it, and "
                            "it stays there as a record of the attempt. Choose another folder and save again; that "
                            "is recorded as a new entry.")
                             .arg(saved.error().message()));
            } else {
                setNotice(tr("Saved as %1, and recorded in the disclosure ledger. The file is not encrypted: give it "
                             "to the recipient and delete it from this computer when it is no longer needed.")
                              .arg(QDir::toNativeSeparators(fileName)));
            }
            Q_EMIT actionFinished();
        });
    if (!started) {
        setBusy(false);
    }
}

} // namespace abri::ui
