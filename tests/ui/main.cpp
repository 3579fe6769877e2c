#define CATCH_CONFIG_RUNNER
#include "Language.h"
#include "util/Security.h"

#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Offscreen unless told otherwise (xvfb runs may set xcb); must be set before QApplication exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings, the default vault location and this computer's state all go to a folder removed at exit.
    QTemporaryDir home;
    if (!home.isValid()) {
        return 2;
    }
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abri-ui-tests"));
    if (!abri::checkCryptoRuntime()) {
        return 2;
    }
    // Tests read English texts whatever the machine's locale.
    abri::ui::Language::apply(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
