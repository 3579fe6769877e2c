#define CATCH_CONFIG_RUNNER
#include "util/Security.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abri-corruption-tests"));
    // Thousands of unlocks: keep the warnings (they name the damage found), drop the per-unlock chatter.
    QLoggingCategory::setFilterRules(QStringLiteral("abri.*.debug=false"));
    if (!abri::checkCryptoRuntime()) {
        return 2;
    }
    return Catch::Session().run(argc, argv);
}
