#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {
QStringList canaries()
{
    QStringList out;
    for (int i = 0; i < 20; ++i) {
        out << QStringLiteral("Canari%1Zq").arg(i * 7919 + 1000);
    }
    return out;
}

QStringList hitsUnder(const QString& dir, const QStringList& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray data = f.readAll();
        for (const QString& n : needles) {
            if (data.contains(n.toUtf8()) ||
                data.contains(QByteArray(reinterpret_cast<const char*>(n.utf16()), n.size() * 2))) {
                hits << path + QStringLiteral(": ") + n;
            }
        }
    }
    return hits;
}
} // namespace

TEST_CASE("leaks_afterAWorkload_noCanaryIsReadableInTheVaultWalTempOrStateFiles", "[leaks]")
{
    const QStringList planted = canaries();
    Fixture f(false);
    auto created = Vault::create(f.vaultPath, planted[0], planted[1], pass(GoodPass), f.options());
    REQUIRE(created.ok());
    Vault& v = *created->vault;
    for (int i = 2; i < 12; ++i) {
        REQUIRE(v.addUser(planted[i], Role::Caseworker, pass(OtherPass)).ok());
    }
    for (int i = 12; i < 20; ++i) {
        REQUIRE(v.recordAudit(QStringLiteral("test.event"), QStringLiteral("thing"), planted[i], planted[i]).ok());
    }
    // Scan while the session is open (the -wal holds recent pages) and again after locking.
    const QStringList places = {f.vaultPath, f.stateDir(), processTempDir(),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    REQUIRE(QFile::exists(QDir(f.vaultPath).filePath(QStringLiteral("abri.db-wal"))));
    for (const QString& place : places) {
        INFO(place.toStdString());
        CHECK(hitsUnder(place, planted).isEmpty());
    }
    REQUIRE(v.backup(QDir(f.vaultPath).filePath(QStringLiteral("backup.abribak"))).ok());
    v.lock();
    for (const QString& place : places) {
        INFO(place.toStdString());
        CHECK(hitsUnder(place, planted).isEmpty());
    }
    // And the scanner itself finds a canary when one is there.
    QFile probe(QDir(processTempDir()).filePath(QStringLiteral("probe.txt")));
    REQUIRE(probe.open(QIODevice::WriteOnly));
    probe.write(planted[5].toUtf8());
    probe.close();
    CHECK(hitsUnder(processTempDir(), planted).size() == 1);
    probe.remove();
}
