// abri-admin: the command-line tool for coordinators (vaults, users, backups). See "abri-admin --help".
#include "CommandLine.h"
#include "ExitCode.h"
#include "util/Paths.h"
#include "util/Security.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // Before anything holds a key: no core dumps, no ptrace by other processes of this user.
    abri::hardenProcess();
    QCoreApplication app(argc, argv);
    // The same identity as the GUI, so both find the same local state (back-off, audit anchors).
    abri::Paths::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(ABRI_VERSION));

    // Core's progress notes are for the GUI's log; on a terminal, output is the result and errors are one
    // line each. QT_LOGGING_RULES still turns them back on for debugging.
    // Warnings too: each error is already one translated line, and core's notes are not for this audience.
    QLoggingCategory::setFilterRules(QStringLiteral("abri.*.debug=false\nabri.*.info=false\nabri.*.warning=false"));

    // Qt's own strings (QCommandLineParser's messages) in the same language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("abri"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    if (const abri::Status runtime = abri::checkCryptoRuntime(); !runtime) {
        QTextStream(stderr) << QStringLiteral("abri-admin: ") << runtime.error().message().simplified() << Qt::endl;
        return static_cast<int>(abri::admin::ExitCode::Other);
    }
    return abri::admin::run(QCoreApplication::arguments());
}
