#define CATCH_CONFIG_RUNNER
#include "Language.h"
#include "LeakRoot.h"
#include "util/Security.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Before the application object exists: QStandardPaths and QSettings read these variables once.
    if (!abri::leaks::LeakRoot::setUp()) {
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int status = 2;
    {
        QApplication app(argc, argv);
        // The GUI's identity (app/abri/main.cpp), so settings and the default vault land where Abri puts them.
        QCoreApplication::setApplicationName(QStringLiteral("Abri"));
        if (abri::checkCryptoRuntime()) {
            abri::ui::Language::apply(QStringLiteral("en"));
            status = Catch::Session().run(argc, argv);
        }
    }
    abri::leaks::LeakRoot::tearDown();
    return status;
}
