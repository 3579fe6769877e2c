#include "CanaryFixture.h"

#include "LeakRoot.h"
#include "UiTestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QWidget>

#include <catch2/catch.hpp>

#include <cstdio>

namespace abri::leaks {

QString Planted::canary(const QString& label, const QString& tag, bool nonAscii)
{
    const QString text = makeCanary(tag, nonAscii);
    REQUIRE_FALSE(canaries.contains(text));
    canaries << text;
    scanner.add(label, text);
    return text;
}

void Planted::secret(const QString& label, const QString& text)
{
    REQUIRE_FALSE(text.isEmpty());
    scanner.add(label, text);
    scanner.add(label + QStringLiteral(" (no dashes)"), QString(text).remove(QLatin1Char('-')));
}

LogCapture::LogCapture() : m_previous(qInstallMessageHandler(&LogCapture::handle))
{
    s_self = this;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    s_self = nullptr;
}

QByteArray LogCapture::text() const
{
    QMutexLocker locker(&m_mutex);
    return m_messages.join(QLatin1Char('\n')).toUtf8();
}

qsizetype LogCapture::count() const
{
    QMutexLocker locker(&m_mutex);
    return m_messages.size();
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogCapture* self = s_self;
    if (self == nullptr) {
        return;
    }
    {
        QMutexLocker locker(&self->m_mutex);
        self->m_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    }
    if (self->m_previous != nullptr) {
        self->m_previous(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}

QByteArray windowTitles()
{
    QStringList titles;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        titles << widget->windowTitle();
    }
    return titles.join(QLatin1Char('\n')).toUtf8();
}

QString inRoot(const QString& relative)
{
    return QDir(LeakRoot::home()).filePath(relative);
}

Vault::Options coreOptions()
{
    Vault::Options options;
    options.kdf = crypto::KdfParams::minimum();
    return options;
}

ui::UiOptions guiOptions()
{
    ui::UiOptions options;
    options.vault.kdf = crypto::KdfParams::minimum();
    options.idlePollMs = 20;
    options.watchDesktopSession = false;
    return options;
}

QString settingsFile()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Abri"), QStringLiteral("abri"))
        .fileName();
}

void lockWithCtrlL(ui::MainWindow& window)
{
    abri::test::pressKey(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.screen() == ui::MainWindow::Screen::Lock);
    REQUIRE(abri::test::waitUntil([&] { return window.findChild<ui::Workspace*>() == nullptr; }));
}

CanaryScanner::Report scanRoot(const Planted& planted, const char* when)
{
    QElapsedTimer timer;
    timer.start();
    CanaryScanner::Report report = planted.scanner.scanTree(LeakRoot::path());
    INFO(when << ": " << report.files.size() << " files, " << report.bytes << " bytes in " << timer.elapsed() << " ms");
    INFO("unreadable: " << report.unreadable.join(QLatin1Char(' ')).toStdString());
    CHECK(report.unreadable.isEmpty());
    WARN(when << ": scanned " << report.files.size() << " files, " << report.bytes << " bytes for "
              << planted.scanner.needleCount() << " secrets in " << timer.elapsed() << " ms");
    return report;
}

void requireScanned(const CanaryScanner::Report& report, const QStringList& mustExist)
{
    for (const QString& file : mustExist) {
        INFO("expected the scan to read " << file.toStdString());
        CHECK(report.files.contains(QDir::cleanPath(file)));
    }
}

} // namespace abri::leaks
