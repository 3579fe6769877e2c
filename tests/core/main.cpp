#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"
#include "util/Security.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Every temporary file the process makes (Qt's and SQLite's) goes to one folder the leak test scans.
    abri::test::setUpProcessTempDir();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AbriTest"));
    QCoreApplication::setApplicationName(QStringLiteral("abri-core-tests"));
    if (!abri::checkCryptoRuntime()) {
        return 2;
    }
    const int failed = Catch::Session().run(argc, argv);
    abri::test::removeProcessTempDir();
    return failed;
}
