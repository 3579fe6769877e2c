// init, info, passwd, recover, rekey: the commands about the vault as a whole and one's own passphrase.
#include "Commands.h"
#include "Invocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>
#include <unistd.h>

namespace abri::admin {

namespace {

void printRecoveryKey(Invocation& inv, QString& recoveryKey)
{
    QTextStream& out = inv.out();
    out << Qt::endl
        << QCoreApplication::translate("abri-admin", "Recovery key (shown only this once):") << Qt::endl
        << Qt::endl
        << QStringLiteral("    ") << recoveryKey << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("abri-admin",
                                       "Write this recovery key down on paper now, check it, and keep it somewhere "
                                       "safe away from this computer.")
        << Qt::endl
        << QCoreApplication::translate("abri-admin",
                                       "It opens the vault when every passphrase is lost; anyone who has it can open "
                                       "the vault.")
        << Qt::endl;
    out.flush();
    wipeString(recoveryKey);
    // Scripts redirect standard output to files; a recovery key must not end up in a log.
    if (::isatty(STDOUT_FILENO) == 0) {
        inv.status(QStringLiteral("abri-admin: ") +
                   QCoreApplication::translate("abri-admin",
                                               "the recovery key was written to standard output, which is not a "
                                               "terminal. Do not keep it in logs or files on this computer."));
    }
}

bool isEmptyOrMissing(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return true;
    }
    return info.isDir() && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

bool showProgress(Invocation& inv)
{
    return inv.secrets().readsFromTerminal() && inv.stderrIsTerminal();
}

// For recover: finds the user named by --user (existing stays empty when --add asks for a new coordinator).
// A name that matches nobody without --add, where a typo would otherwise create a coordinator, and an existing
// name with --add are refused: returns the exit code after the one-line message.
std::optional<int> findRecoverTarget(Invocation& inv, Vault& session, const QString& name, bool add,
                                     std::optional<UserInfo>& existing)
{
    auto users = session.users();
    if (!users) {
        return inv.fail(users.error());
    }
    const UserInfo* found = Invocation::findUser(users.value(), name);
    if (found == nullptr && !add) {
        return inv.fail(ExitCode::Other,
                        QCoreApplication::translate("abri-admin", "There is no user with this name. Check the "
                                                                  "spelling, or add --add to create them as a "
                                                                  "new coordinator. Nothing was changed."));
    }
    if (found != nullptr && add) {
        return inv.fail(ExitCode::Other,
                        QCoreApplication::translate("abri-admin", "A user with this name already exists. Leave "
                                                                  "out --add to reset their passphrase. Nothing "
                                                                  "was changed."));
    }
    existing = found != nullptr ? std::optional<UserInfo>(*found) : std::nullopt;
    return std::nullopt;
}

} // namespace

int runInit(Invocation& inv)
{
    const auto organisation = inv.required(Opt::Organisation);
    if (!organisation) {
        return static_cast<int>(ExitCode::Usage);
    }
    const auto user = inv.required(Opt::User);
    if (!user) {
        return static_cast<int>(ExitCode::Usage);
    }
    // Refuse before asking for a passphrase, so nobody types one for nothing.
    if (!isEmptyOrMissing(inv.vaultPath())) {
        return inv.fail(ExitCode::NotFoundOrExists,
                        QCoreApplication::translate("abri-admin",
                                                    "Something already exists at this path. Nothing was changed. "
                                                    "Choose a new folder for the vault."));
    }
    auto passphrase = inv.secrets().readNew(QCoreApplication::translate("abri-admin", "New passphrase: "),
                                            QCoreApplication::translate("abri-admin", "Repeat the new passphrase: "));
    if (!passphrase) {
        return inv.fail(passphrase.error());
    }
    if (showProgress(inv)) {
        inv.status(QCoreApplication::translate("abri-admin", "Creating the vault…"));
    }
    auto created = Vault::create(inv.vaultPath(), *organisation, *user, passphrase.value(),
                                 inv.vaultOptions(Vault::Access::ReadWrite));
    passphrase.value().wipe();
    if (!created) {
        return inv.fail(created.error());
    }
    Vault::Created result = std::move(created).value();
    inv.out() << QCoreApplication::translate("abri-admin",
                                             "Vault created. Its first coordinator can unlock it with the passphrase "
                                             "just chosen.")
              << Qt::endl;
    printRecoveryKey(inv, result.recoveryKey);
    result.vault->lock();
    return 0;
}

int runInfo(Invocation& inv)
{
    auto inspection = Vault::inspect(inv.vaultPath());
    if (!inspection) {
        return inv.fail(inspection.error());
    }
    QTextStream& out = inv.out();
    const VaultInspection& v = inspection.value();
    const QString yes = QCoreApplication::translate("abri-admin", "yes");
    const QString no = QCoreApplication::translate("abri-admin", "no");
    out << QCoreApplication::translate("abri-admin", "Vault id: %1").arg(v.vaultId) << Qt::endl
        << QCoreApplication::translate("abri-admin", "Key slot format: %1").arg(v.keySlotFormat) << Qt::endl
        << QCoreApplication::translate("abri-admin", "Key slots: %1").arg(v.slotCount) << Qt::endl
        << QCoreApplication::translate("abri-admin", "Key slots readable: %1").arg(v.keySlotsReadable ? yes : no)
        << Qt::endl;
    if (!v.problem.isEmpty()) {
        out << QCoreApplication::translate("abri-admin", "Problem: %1").arg(v.problem) << Qt::endl;
    }
    const Vault::Options options = inv.vaultOptions(Vault::Access::ReadOnly);
    if (const qint64 wait = Vault::secondsUntilNextAttempt(inv.vaultPath(), options); wait > 0) {
        out << QCoreApplication::translate("abri-admin", "Seconds until the next unlock attempt: %1").arg(wait)
            << Qt::endl;
    }
    if (!inv.isSet(Opt::User)) {
        return 0;
    }

    auto vault = inv.unlock(Vault::Access::ReadOnly);
    if (!vault) {
        return inv.fail(vault.error());
    }
    Vault& session = *vault.value();
    out << QCoreApplication::translate("abri-admin", "Organisation: %1").arg(session.organisation()) << Qt::endl
        << QCoreApplication::translate("abri-admin", "Schema version: %1").arg(session.schemaVersion()) << Qt::endl;
    // Only coordinators may list users; others simply do not see the count.
    if (auto users = session.users()) {
        out << QCoreApplication::translate("abri-admin", "Users: %1").arg(users.value().size()) << Qt::endl;
    }
    const int minutes = session.autoLockMinutes();
    out << (minutes > 0 ? QCoreApplication::translate("abri-admin", "Auto-lock after idle minutes: %1").arg(minutes)
                        : QCoreApplication::translate("abri-admin", "Auto-lock: off"))
        << Qt::endl
        << QCoreApplication::translate("abri-admin", "Your role: %1").arg(roleId(session.currentUser().role))
        << Qt::endl;
    session.lock();
    return 0;
}

int runPasswd(Invocation& inv)
{
    if (!inv.required(Opt::User)) {
        return static_cast<int>(ExitCode::Usage);
    }
    SecureBuffer current;
    auto vault = inv.unlock(Vault::Access::ReadWrite, false, &current);
    if (!vault) {
        return inv.fail(vault.error());
    }
    auto next = inv.secrets().readNew(QCoreApplication::translate("abri-admin", "New passphrase: "),
                                      QCoreApplication::translate("abri-admin", "Repeat the new passphrase: "));
    if (!next) {
        return inv.fail(next.error());
    }
    if (Status st = vault.value()->changeMyPassphrase(current, next.value()); !st) {
        return inv.fail(st.error());
    }
    current.wipe();
    next.value().wipe();
    vault.value()->lock();
    inv.out() << QCoreApplication::translate("abri-admin", "Your passphrase was changed.") << Qt::endl;
    return 0;
}

int runRecover(Invocation& inv)
{
    const auto user = inv.required(Opt::User);
    if (!user) {
        return static_cast<int>(ExitCode::Usage);
    }
    const bool add = inv.isSet(Opt::Add);
    auto keyBytes = inv.secrets().read(QCoreApplication::translate("abri-admin", "Recovery key: "));
    if (!keyBytes) {
        return inv.fail(keyBytes.error());
    }
    QString recoveryKey = QString::fromUtf8(reinterpret_cast<const char*>(keyBytes.value().data()),
                                            static_cast<qsizetype>(keyBytes.value().size()));
    keyBytes.value().wipe();
    if (showProgress(inv)) {
        inv.status(QCoreApplication::translate("abri-admin", "Unlocking…"));
    }
    std::optional<UserInfo> existing;
    // The name is checked in a read-only session first: a read-write recovery session writes to the vault
    // (audit entry, rebuilt key slots), and a mistyped name must leave the vault exactly as it was.
    auto probe = Vault::unlockWithRecoveryKey(inv.vaultPath(), recoveryKey, inv.vaultOptions(Vault::Access::ReadOnly));
    // A vault that needs a schema upgrade opens read-write only; the same check then runs on that session.
    if (!probe && probe.error().code() != ErrorCode::NewerFormat) {
        wipeString(recoveryKey);
        return inv.fail(probe.error());
    }
    if (probe) {
        const auto refused = findRecoverTarget(inv, *probe.value(), *user, add, existing);
        probe.value()->lock();
        if (refused) {
            wipeString(recoveryKey);
            return *refused;
        }
    }
    auto vault = Vault::unlockWithRecoveryKey(inv.vaultPath(), recoveryKey, inv.vaultOptions(Vault::Access::ReadWrite));
    wipeString(recoveryKey);
    if (!vault) {
        return inv.fail(vault.error());
    }
    Vault& session = *vault.value();
    if (const auto refused = findRecoverTarget(inv, session, *user, add, existing)) {
        return *refused;
    }
    auto passphrase = inv.secrets().readNew(QCoreApplication::translate("abri-admin", "New passphrase for this user: "),
                                            QCoreApplication::translate("abri-admin", "Repeat the new passphrase: "));
    if (!passphrase) {
        return inv.fail(passphrase.error());
    }
    if (existing) {
        const Status st = session.resetPassphrase(existing->id, passphrase.value());
        passphrase.value().wipe();
        if (!st) {
            return inv.fail(st.error());
        }
        inv.out() << QCoreApplication::translate("abri-admin",
                                                 "The user's passphrase was reset; they can unlock with it now.")
                  << Qt::endl;
        if (!existing->active) {
            inv.out() << QCoreApplication::translate("abri-admin",
                                                     "This user is disabled: a coordinator must enable them before "
                                                     "they can unlock.")
                      << Qt::endl;
        }
    } else {
        auto added = session.addUser(*user, Role::Coordinator, passphrase.value());
        passphrase.value().wipe();
        if (!added) {
            return inv.fail(added.error());
        }
        inv.out() << QCoreApplication::translate("abri-admin",
                                                 "A new coordinator was added; they can unlock with the new "
                                                 "passphrase.")
                  << Qt::endl;
    }
    session.lock();
    return 0;
}

int runRekey(Invocation& inv)
{
    if (!inv.required(Opt::User)) {
        return static_cast<int>(ExitCode::Usage);
    }
    auto vault = inv.unlock(Vault::Access::ReadWrite);
    if (!vault) {
        return inv.fail(vault.error());
    }
    if (showProgress(inv)) {
        inv.status(QCoreApplication::translate("abri-admin", "Re-keying the vault…"));
    }
    auto recoveryKey = vault.value()->rekey();
    if (!recoveryKey) {
        return inv.fail(recoveryKey.error());
    }
    inv.out() << QCoreApplication::translate("abri-admin",
                                             "The vault was re-keyed. Copies of the old key slots, disabled users "
                                             "and the old recovery key no longer open it.")
              << Qt::endl;
    printRecoveryKey(inv, recoveryKey.value());
    vault.value()->lock();
    return 0;
}

} // namespace abri::admin
