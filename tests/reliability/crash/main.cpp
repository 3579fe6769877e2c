#define CATCH_CONFIG_RUNNER
#include "util/Security.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abri-crash-tests"));
    // Hundreds of unlocks and locks: their debug lines would bury a failure's report.
    QLoggingCategory::setFilterRules(QStringLiteral("abri.*.debug=false"));
    if (!abri::checkCryptoRuntime()) {
        return 2;
    }
    return Catch::Session().run(argc, argv);
}
