#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace abri::ui {

// The printed recovery key: the key and neutral instructions only. No organisation, user, vault path or program
// name, so a found sheet says as little as possible about whom it protects.
class RecoveryKeyPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeyPrinter)

public:
    static QString html(const QString& recoveryKey);
    static void print(QPrinter& printer, const QString& recoveryKey);
    // Opens the print dialog window-modal over parent and prints when the user accepts.
    static void openPrintDialog(QWidget* parent, const QString& recoveryKey);
};

} // namespace abri::ui
