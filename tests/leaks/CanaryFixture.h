#pragma once

// What the canary-scan tests share: the planted strings of one run with the scanner that looks for them, a capture
// of every log message, and the scan of the whole private root.

#include "CanaryScanner.h"
#include "UiOptions.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace abri::ui {
class MainWindow;
}

namespace abri::leaks {

// The planted strings of one run, and the scanner that looks for them.
struct Planted
{
    CanaryScanner scanner;
    QStringList canaries;

    QString canary(const QString& label, const QString& tag, bool nonAscii = false);
    // A secret the product made (a recovery key): scanned for too, with and without its dashes.
    void secret(const QString& label, const QString& text);
};

// Every log message of this process (core's categories, Qt's own), to check that none carries a name.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QByteArray text() const;
    qsizetype count() const;

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    static inline LogCapture* s_self = nullptr;
    QtMessageHandler m_previous;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

// Window titles of every top-level window: none may name a person or the organisation.
QByteArray windowTitles();
// A path inside the private root's HOME.
QString inRoot(const QString& relative);
// The product's own state folder (Paths::localStateDir(), inside the root), minimum key-derivation cost.
Vault::Options coreOptions();
ui::UiOptions guiOptions();
QString settingsFile();

// Ctrl+L, as a person would press it; waits until the workspace (and every page with its data) is gone.
void lockWithCtrlL(ui::MainWindow& window);

// Scans the whole root; every file must be readable. Returns the report for coverage checks.
CanaryScanner::Report scanRoot(const Planted& planted, const char* when);
// Each of these files was read by the scan (so a clean scan covered them).
void requireScanned(const CanaryScanner::Report& report, const QStringList& mustExist);

} // namespace abri::leaks
