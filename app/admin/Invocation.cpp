#include "Invocation.h"

#include "vault/KeySlots.h"

#include <QCoreApplication>

#include <unistd.h>

namespace abri::admin {

namespace {

crypto::KdfParams kdfFor(const QString& cost)
{
    if (cost == QLatin1String("minimum")) {
        return crypto::KdfParams::minimum();
    }
    if (cost == QLatin1String("interactive")) {
        return crypto::KdfParams::interactive();
    }
    return crypto::KdfParams::moderate();
}

} // namespace

Invocation::Invocation(const QCommandLineParser& parser, QStringList options, QString vaultPath)
    : m_parser(parser), m_options(std::move(options)), m_vaultPath(std::move(vaultPath)), m_out(stdout), m_err(stderr)
{
    // The caller has validated --passphrase-fd already.
    const int fd = isSet(Opt::PassphraseFd) ? value(Opt::PassphraseFd).toInt() : -1;
    m_secrets = std::make_unique<SecretReader>(fd);
}

std::optional<QString> Invocation::required(const QString& option)
{
    const QString v = value(option).trimmed();
    if (v.isEmpty()) {
        fail(ExitCode::Usage, QCoreApplication::translate("abri-admin", "This command needs --%1.").arg(option));
        return std::nullopt;
    }
    return v;
}

Vault::Options Invocation::vaultOptions(Vault::Access access) const
{
    Vault::Options options;
    options.access = access;
    options.kdf = kdfFor(value(Opt::KdfCost));
    options.localStateDir = value(Opt::StateDir);
    return options;
}

bool Invocation::stderrIsTerminal() const
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Invocation::status(const QString& line)
{
    m_err << line << Qt::endl;
}

int Invocation::fail(const Error& error)
{
    return fail(exitCodeFor(error.code()), error.message());
}

int Invocation::fail(ExitCode code, const QString& message)
{
    QString oneLine = message.simplified();
    m_out.flush();
    m_err << QStringLiteral("abri-admin: ") << oneLine << Qt::endl;
    return static_cast<int>(code);
}

Result<std::unique_ptr<Vault>> Invocation::unlock(Vault::Access access, bool fallbackToReadOnly,
                                                  SecureBuffer* keepPassphrase)
{
    const QString user = value(Opt::User).trimmed();
    if (user.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("abri-admin", "This command needs --user NAME."));
    }
    if (!Vault::looksLikeVault(m_vaultPath)) {
        return Error(ErrorCode::VaultNotFound,
                     QCoreApplication::translate("abri-admin", "There is no Abri vault at this path. Check the path."));
    }
    // Asking for a passphrase that cannot be tried yet would only invite a wasted attempt.
    const Vault::Options options = vaultOptions(access);
    if (const qint64 wait = Vault::secondsUntilNextAttempt(m_vaultPath, options); wait > 0) {
        return Error(ErrorCode::Throttled,
                     QCoreApplication::translate(
                         "abri-admin", "Too many failed attempts on this computer. Wait %1 seconds, then try again.")
                         .arg(wait));
    }
    auto passphrase = m_secrets->read(QCoreApplication::translate("abri-admin", "Passphrase: "));
    if (!passphrase) {
        return passphrase.error();
    }
    if (m_secrets->readsFromTerminal() && stderrIsTerminal()) {
        status(QCoreApplication::translate("abri-admin", "Unlocking…"));
    }
    auto vault = Vault::unlock(m_vaultPath, user, passphrase.value(), options);
    if (!vault && fallbackToReadOnly && access == Vault::Access::ReadWrite &&
        vault.error().code() == ErrorCode::VaultInUse) {
        vault = Vault::unlock(m_vaultPath, user, passphrase.value(), vaultOptions(Vault::Access::ReadOnly));
    }
    if (vault && keepPassphrase != nullptr) {
        *keepPassphrase = std::move(passphrase).value();
    }
    if (vault && vault.value()->interruptedRekeyFinished()) {
        // Whatever the command, this must reach the person: nobody holds a recovery key that opens the vault.
        m_err << QCoreApplication::translate(
                     "abri-admin",
                     "warning: an interrupted re-key was completed, but its new recovery key was never shown, so no "
                     "one has a recovery key that opens this vault. A coordinator should run \"abri-admin rekey\" "
                     "now.")
              << Qt::endl;
    }
    return vault;
}

const UserInfo* Invocation::findUser(const std::vector<UserInfo>& users, const QString& name)
{
    const QString wanted = KeySlots::normalizeUserName(name);
    for (const UserInfo& u : users) {
        if (KeySlots::normalizeUserName(u.name) == wanted) {
            return &u;
        }
    }
    return nullptr;
}

} // namespace abri::admin
