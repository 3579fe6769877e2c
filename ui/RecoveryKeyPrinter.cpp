#include "RecoveryKeyPrinter.h"

#include "crypto/SecureBuffer.h"

#include <QFont>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

namespace abri::ui {

QString RecoveryKeyPrinter::html(const QString& recoveryKey)
{
    // Two lines of four groups, never wrapped inside the key, in a box that is easy to find on the sheet.
    const QStringList groups = recoveryKey.split(QLatin1Char('-'));
    const QString key = groups.size() == 8
                            ? groups.mid(0, 4).join(QLatin1Char('-')).toHtmlEscaped() + QStringLiteral("<br>") +
                                  groups.mid(4).join(QLatin1Char('-')).toHtmlEscaped()
                            : recoveryKey.toHtmlEscaped();
    return QStringLiteral("<h1>%1</h1>"
                          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"16\" style=\"border-style: solid; "
                          "margin: 12pt 0;\"><tr><td style=\"font-family: monospace; font-size: 22pt; "
                          "font-weight: bold; white-space: nowrap;\">%2</td></tr></table>"
                          "<p>%3</p><ul><li>%4</li><li>%5</li><li>%6</li></ul><p>%7</p>")
        .arg(tr("Recovery key").toHtmlEscaped(), key,
             tr("This key opens the vault when every passphrase is lost. Whoever holds it and a copy of the vault "
                "can read everything in it.")
                 .toHtmlEscaped(),
             tr("Keep this sheet in a safe place, away from the computer.").toHtmlEscaped(),
             tr("Do not photograph it, scan it or type it into another program.").toHtmlEscaped(),
             tr("If the vault is re-keyed, this key stops working: destroy this sheet then.").toHtmlEscaped(),
             tr("To use it: on the lock screen choose “Use the recovery key” and type the key. Capital or "
                "small letters and the dashes do not matter.")
                 .toHtmlEscaped());
}

void RecoveryKeyPrinter::print(QPrinter& printer, const QString& recoveryKey)
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(12);
    document.setDefaultFont(font);
    QString markup = html(recoveryKey);
    document.setHtml(markup);
    wipeString(markup);
    document.print(&printer);
    document.clear();
}

void RecoveryKeyPrinter::openPrintDialog(QWidget* parent, const QString& recoveryKey)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    // The job title shows in print queues; keep it neutral.
    printer->setDocName(tr("Document"));
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOptions(QAbstractPrintDialog::PrintToFile);
    // The connection holds the printer, so it lives exactly as long as the dialog.
    QObject::connect(dialog, &QDialog::accepted, dialog, [printer, recoveryKey] { print(*printer, recoveryKey); });
    dialog->open();
}

} // namespace abri::ui
