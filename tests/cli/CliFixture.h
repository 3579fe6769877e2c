#pragma once

#include "vault/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace abri::clitest {

inline const QString AlicePass = QStringLiteral("violet anchor mosaic 4817 drifting");
inline const QString BeaPass = QStringLiteral("copper tundra whistle 9352 orchard");
inline const QString NewPass = QStringLiteral("saffron glacier puzzle 2264 meadow");
inline const QString Organisation = QStringLiteral("Refuge Nordlicht");

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
    // For failure messages: what the command printed.
    std::string describe() const;
};

// A temporary home for one test: a vault path, this computer's state folder, and XDG folders, so that a
// spawned abri-admin touches nothing outside it.
class CliFixture
{
public:
    CliFixture();

    QString path(const QString& name) const;
    const QString& vault() const { return m_vault; }
    const QString& stateDir() const { return m_stateDir; }

    // Runs abri-admin with args plus --state-dir; with secrets, also --passphrase-fd 0 and the secrets on stdin,
    // one per line. An empty env means environment().
    RunResult run(QStringList args, const QStringList& secrets = {}, const QProcessEnvironment& env = {}) const;
    // Runs abri-admin with exactly args and stdin, in a new session without a controlling terminal.
    RunResult runRaw(const QStringList& args, const QByteArray& stdinData = {},
                     const QProcessEnvironment& env = {}) const;

    // init with Alice as coordinator; returns the recovery key it printed.
    QString initVault(const QString& vaultPath = {}) const;
    // Alice adds Bea as a caseworker.
    void addBea() const;

    Vault::Options options(Vault::Access access) const;
    // The child environment: XDG folders inside the fixture, English messages.
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_stateDir;
};

// The recovery key printed in output (eight groups of four characters), or an empty string.
QString recoveryKeyIn(const QString& output);
// Relative path -> SHA-256 of every file under dir, to prove that a command changed nothing.
QMap<QString, QByteArray> snapshot(const QString& dir);

} // namespace abri::clitest
