#define CATCH_CONFIG_RUNNER
#include "util/Security.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abri-cli-tests"));
    // Some tests hold a vault open in this process to play the other window.
    if (!abri::checkCryptoRuntime()) {
        return 2;
    }
    return Catch::Session().run(argc, argv);
}
