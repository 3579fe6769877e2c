#include "TestSupport.h"

#include "crypto/Crypto.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

#include <cstdlib>

namespace abri::test {

namespace {
QString g_tempDir;
}

void setUpProcessTempDir()
{
    const QByteArray base = qgetenv("TMPDIR").isEmpty() ? QByteArray("/tmp") : qgetenv("TMPDIR");
    QByteArray templ = base + "/abri-core-tests-XXXXXX";
    const char* made = mkdtemp(templ.data());
    if (made != nullptr) {
        g_tempDir = QString::fromLocal8Bit(made);
        qputenv("TMPDIR", made);
        qputenv("SQLITE_TMPDIR", made);
        qputenv("XDG_DATA_HOME", QByteArray(made) + "/xdg-data");
        qputenv("XDG_CONFIG_HOME", QByteArray(made) + "/xdg-config");
        qputenv("XDG_CACHE_HOME", QByteArray(made) + "/xdg-cache");
    }
}

QString processTempDir()
{
    return g_tempDir;
}

void removeProcessTempDir()
{
    if (!g_tempDir.isEmpty()) {
        QDir(g_tempDir).removeRecursively();
    }
}

SecureBuffer pass(const char* text)
{
    return SecureBuffer::fromUtf8(QString::fromUtf8(text));
}

Fixture::Fixture(bool create, int schemaVersion)
{
    REQUIRE(dir.isValid());
    vaultPath = QDir(dir.path()).filePath(QStringLiteral("vault.abri"));
    if (create) {
        Vault::Options opts = options();
        opts.schemaVersion = schemaVersion;
        auto created =
            Vault::create(vaultPath, QStringLiteral("Refuge Test"), QStringLiteral("Alice"), pass(GoodPass), opts);
        INFO((created ? QString() : created.error().message()).toStdString());
        REQUIRE(created.ok());
        recoveryKey = created->recoveryKey;
        vault = std::move(created->vault);
    }
}

QString Fixture::stateDir() const
{
    return QDir(dir.path()).filePath(QStringLiteral("state"));
}

Vault::Options Fixture::options(Vault::Access access) const
{
    Vault::Options o;
    o.access = access;
    o.kdf = crypto::KdfParams::minimum();
    o.clock = &clock;
    o.localStateDir = stateDir();
    return o;
}

Result<std::unique_ptr<Vault>> Fixture::unlock(const QString& user, const char* passphrase, Vault::Access access)
{
    return Vault::unlock(vaultPath, user, pass(passphrase), options(access));
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(p, fileHash(p));
    }
    return out;
}

} // namespace abri::test
