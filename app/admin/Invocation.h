#pragma once

#include "ExitCode.h"
#include "SecretReader.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace abri::admin {

// Option names shared by the commands, so a name is spelled in one place.
namespace Opt {
inline const QString User = QStringLiteral("user");
inline const QString Organisation = QStringLiteral("organisation");
inline const QString Name = QStringLiteral("name");
inline const QString Role = QStringLiteral("role");
inline const QString PassphraseFd = QStringLiteral("passphrase-fd");
inline const QString KdfCost = QStringLiteral("kdf-cost");
inline const QString StateDir = QStringLiteral("state-dir");
inline const QString Out = QStringLiteral("out");
inline const QString From = QStringLiteral("from");
inline const QString Force = QStringLiteral("force");
inline const QString Add = QStringLiteral("add");
} // namespace Opt

// One run of one command: its parsed options, where secrets come from, and how results and errors are
// written. Commands return the process exit code.
class Invocation
{
public:
    // options: the names the command's parser defines; asking for any other is not an error but unset.
    Invocation(const QCommandLineParser& parser, QStringList options, QString vaultPath);

    const QString& vaultPath() const { return m_vaultPath; }
    bool isSet(const QString& option) const { return m_options.contains(option) && m_parser.isSet(option); }
    QString value(const QString& option) const
    {
        return m_options.contains(option) ? m_parser.value(option) : QString();
    }
    // The option's value, or a usage error printed and nullopt when it is missing or empty.
    std::optional<QString> required(const QString& option);

    Vault::Options vaultOptions(Vault::Access access) const;
    SecretReader& secrets() { return *m_secrets; }

    QTextStream& out() { return m_out; }
    // A progress line is only worth drawing when a person is watching stderr.
    bool stderrIsTerminal() const;
    void status(const QString& line);

    // One line on stderr; returns the exit code to leave with.
    int fail(const Error& error);
    int fail(ExitCode code, const QString& message);

    // Asks for the --user's passphrase and unlocks. With fallbackToReadOnly, a vault held read-write by
    // another window is opened read-only instead (for commands that only read, like backup).
    // When keepPassphrase is given, it receives the passphrase (for commands that need it again).
    Result<std::unique_ptr<Vault>> unlock(Vault::Access access, bool fallbackToReadOnly = false,
                                          SecureBuffer* keepPassphrase = nullptr);
    // Looks up a user by name the way unlocking does (case and Unicode form do not matter).
    static const UserInfo* findUser(const std::vector<UserInfo>& users, const QString& name);

private:
    const QCommandLineParser& m_parser;
    QStringList m_options;
    QString m_vaultPath;
    std::unique_ptr<SecretReader> m_secrets;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace abri::admin
