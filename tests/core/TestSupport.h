#pragma once

#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace abri::test {

void setUpProcessTempDir();
QString processTempDir();
// Removes that folder at exit, so runs do not pile up test vaults in /tmp.
void removeProcessTempDir();

SecureBuffer pass(const char* text);
inline const char* const GoodPass = "correct horse battery staple";
inline const char* const OtherPass = "violet tangerine hammock river";

// A vault in a fresh temporary folder, with fast key derivation and its own local-state folder.
struct Fixture
{
    QTemporaryDir dir;
    MockClock clock;
    QString vaultPath;
    QString recoveryKey;
    std::unique_ptr<Vault> vault;

    explicit Fixture(bool create = true, int schemaVersion = 0);
    Vault::Options options(Vault::Access access = Vault::Access::ReadWrite) const;
    Result<std::unique_ptr<Vault>> unlock(const QString& user, const char* passphrase,
                                          Vault::Access access = Vault::Access::ReadWrite);
    QString stateDir() const;
};

// Path -> SHA of every file under dir (to prove that something changed nothing).
QMap<QString, QByteArray> snapshot(const QString& dir);
QByteArray fileHash(const QString& path);

} // namespace abri::test
