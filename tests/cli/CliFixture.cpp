#include "CliFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace abri::clitest {

std::string RunResult::describe() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err).toStdString();
}

CliFixture::CliFixture()
{
    REQUIRE(m_dir.isValid());
    m_vault = path(QStringLiteral("vault.abri"));
    m_stateDir = path(QStringLiteral("state"));
}

QString CliFixture::path(const QString& name) const
{
    return QDir(m_dir.path()).filePath(name);
}

RunResult CliFixture::run(QStringList args, const QStringList& secrets, const QProcessEnvironment& env) const
{
    args << QStringLiteral("--state-dir") << m_stateDir;
    QByteArray input;
    if (!secrets.isEmpty()) {
        args << QStringLiteral("--passphrase-fd") << QStringLiteral("0");
        for (const QString& secret : secrets) {
            input += secret.toUtf8() + '\n';
        }
    }
    return runRaw(args, input, env);
}

RunResult CliFixture::runRaw(const QStringList& args, const QByteArray& stdinData, const QProcessEnvironment& env) const
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    // No controlling terminal: a command that wrongly falls back to asking a person fails instead of waiting.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral(ABRI_ADMIN_PATH), args);
    REQUIRE(process.waitForStarted(30000));
    process.write(stdinData);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    REQUIRE(finished);
    RunResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment CliFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("xdg-cache")));
    // English messages whatever the machine's language, so assertions can read them.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

QString CliFixture::initVault(const QString& vaultPath) const
{
    const RunResult r = run({QStringLiteral("init"), vaultPath.isEmpty() ? m_vault : vaultPath,
                             QStringLiteral("--organisation"), Organisation, QStringLiteral("--user"),
                             QStringLiteral("Alice"), QStringLiteral("--kdf-cost"), QStringLiteral("minimum")},
                            {AlicePass});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QString key = recoveryKeyIn(r.out);
    REQUIRE_FALSE(key.isEmpty());
    return key;
}

void CliFixture::addBea() const
{
    const RunResult r =
        run({QStringLiteral("users"), QStringLiteral("add"), m_vault, QStringLiteral("--user"), QStringLiteral("Alice"),
             QStringLiteral("--name"), QStringLiteral("Bea"), QStringLiteral("--role"), QStringLiteral("caseworker"),
             QStringLiteral("--kdf-cost"), QStringLiteral("minimum")},
            {AlicePass, BeaPass});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}

Vault::Options CliFixture::options(Vault::Access access) const
{
    Vault::Options options;
    options.access = access;
    options.kdf = crypto::KdfParams::minimum();
    options.localStateDir = m_stateDir;
    return options;
}

QString recoveryKeyIn(const QString& output)
{
    static const QRegularExpression pattern(QStringLiteral("\\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\\b"));
    const auto match = pattern.match(output);
    return match.hasMatch() ? match.captured(0) : QString();
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.insert(QDir(dir).relativeFilePath(file),
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace abri::clitest
