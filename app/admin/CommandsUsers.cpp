// users list|add|disable|enable|reset-passphrase|set-role. The role rules are core's (Vault checks the session's
// role); this file only asks core early, so a refused coordinator task fails before a second passphrase is typed.
#include "Commands.h"
#include "Invocation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace abri::admin {

namespace {

std::optional<Role> requiredRole(Invocation& inv)
{
    const auto id = inv.required(Opt::Role);
    if (!id) {
        return std::nullopt;
    }
    const auto role = roleFromId(*id);
    if (!role) {
        inv.fail(ExitCode::Usage,
                 QCoreApplication::translate("abri-admin", "Unknown role \"%1\". Use coordinator, caseworker, "
                                                           "legal or clinic.")
                     .arg(*id));
    }
    return role;
}

// The unlocked session, the users it may see, and the one named by --name.
struct Target
{
    std::unique_ptr<Vault> vault;
    std::vector<UserInfo> users;
    UserInfo user;
};

// Checks --user and --name, unlocks, lists users (core refuses non-coordinators here) and finds --name.
// Returns an exit code on failure.
std::optional<int> findTarget(Invocation& inv, Target& target)
{
    const auto name = inv.required(Opt::User) ? inv.required(Opt::Name) : std::nullopt;
    if (!name) {
        return static_cast<int>(ExitCode::Usage);
    }
    auto vault = inv.unlock(Vault::Access::ReadWrite);
    if (!vault) {
        return inv.fail(vault.error());
    }
    target.vault = std::move(vault).value();
    auto users = target.vault->users();
    if (!users) {
        return inv.fail(users.error());
    }
    target.users = std::move(users).value();
    const UserInfo* found = Invocation::findUser(target.users, *name);
    if (found == nullptr) {
        return inv.fail(ExitCode::Other,
                        QCoreApplication::translate("abri-admin", "No user has this name. Nothing was changed. "
                                                                  "\"abri-admin users list\" shows the users."));
    }
    target.user = *found;
    return std::nullopt;
}

int finish(Invocation& inv, Target& target, const Status& status, const QString& done)
{
    if (!status) {
        return inv.fail(status.error());
    }
    target.vault->lock();
    inv.out() << done << Qt::endl;
    return 0;
}

} // namespace

int runUsersList(Invocation& inv)
{
    if (!inv.required(Opt::User)) {
        return static_cast<int>(ExitCode::Usage);
    }
    auto vault = inv.unlock(Vault::Access::ReadOnly);
    if (!vault) {
        return inv.fail(vault.error());
    }
    auto users = vault.value()->users();
    if (!users) {
        return inv.fail(users.error());
    }
    const QString never = QCoreApplication::translate("abri-admin", "never");
    const QString yes = QCoreApplication::translate("abri-admin", "yes");
    const QString no = QCoreApplication::translate("abri-admin", "no");
    std::vector<QStringList> rows;
    rows.push_back({QCoreApplication::translate("abri-admin", "NAME"),
                    QCoreApplication::translate("abri-admin", "ROLE"),
                    QCoreApplication::translate("abri-admin", "ACTIVE"),
                    QCoreApplication::translate("abri-admin", "LAST UNLOCK")});
    for (const UserInfo& u : users.value()) {
        const QString last = u.lastUnlockAt.isValid()
                                 ? QLocale().toString(u.lastUnlockAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : never;
        rows.push_back({u.name, roleId(u.role), u.active ? yes : no, last});
    }
    std::vector<qsizetype> widths(4, 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[static_cast<std::size_t>(c)] = std::max(widths[static_cast<std::size_t>(c)], row.at(c).size());
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[static_cast<std::size_t>(c)] + 2) : row.at(c);
        }
        inv.out() << line << Qt::endl;
    }
    vault.value()->lock();
    return 0;
}

int runUsersAdd(Invocation& inv)
{
    const auto user = inv.required(Opt::User);
    const auto name = user ? inv.required(Opt::Name) : std::nullopt;
    if (!name) {
        return static_cast<int>(ExitCode::Usage);
    }
    const auto role = requiredRole(inv);
    if (!role) {
        return static_cast<int>(ExitCode::Usage);
    }
    auto vault = inv.unlock(Vault::Access::ReadWrite);
    if (!vault) {
        return inv.fail(vault.error());
    }
    auto users = vault.value()->users();
    if (!users) {
        return inv.fail(users.error());
    }
    if (Invocation::findUser(users.value(), *name) != nullptr) {
        return inv.fail(ExitCode::Other,
                        QCoreApplication::translate("abri-admin", "A user with this name already exists. Nothing "
                                                                  "was changed."));
    }
    auto passphrase =
        inv.secrets().readNew(QCoreApplication::translate("abri-admin", "Passphrase for the new user: "),
                              QCoreApplication::translate("abri-admin", "Repeat the new user's passphrase: "));
    if (!passphrase) {
        return inv.fail(passphrase.error());
    }
    auto added = vault.value()->addUser(*name, *role, passphrase.value());
    passphrase.value().wipe();
    if (!added) {
        return inv.fail(added.error());
    }
    vault.value()->lock();
    inv.out() << QCoreApplication::translate("abri-admin", "User added with the role %1.").arg(roleId(*role))
              << Qt::endl;
    return 0;
}

int runUsersDisable(Invocation& inv)
{
    Target target;
    if (const auto failed = findTarget(inv, target)) {
        return *failed;
    }
    return finish(inv, target, target.vault->disableUser(target.user.id),
                  QCoreApplication::translate("abri-admin", "User disabled: they can no longer unlock."));
}

int runUsersEnable(Invocation& inv)
{
    Target target;
    if (const auto failed = findTarget(inv, target)) {
        return *failed;
    }
    return finish(inv, target, target.vault->enableUser(target.user.id),
                  QCoreApplication::translate("abri-admin", "User enabled: they can unlock again."));
}

int runUsersResetPassphrase(Invocation& inv)
{
    Target target;
    if (const auto failed = findTarget(inv, target)) {
        return *failed;
    }
    auto passphrase = inv.secrets().readNew(QCoreApplication::translate("abri-admin", "New passphrase for this user: "),
                                            QCoreApplication::translate("abri-admin", "Repeat the new passphrase: "));
    if (!passphrase) {
        return inv.fail(passphrase.error());
    }
    const Status status = target.vault->resetPassphrase(target.user.id, passphrase.value());
    passphrase.value().wipe();
    return finish(inv, target, status,
                  QCoreApplication::translate("abri-admin", "Passphrase reset. Give it to the user in person."));
}

int runUsersSetRole(Invocation& inv)
{
    const auto role = requiredRole(inv);
    if (!role) {
        return static_cast<int>(ExitCode::Usage);
    }
    Target target;
    if (const auto failed = findTarget(inv, target)) {
        return *failed;
    }
    return finish(inv, target, target.vault->setRole(target.user.id, *role),
                  QCoreApplication::translate("abri-admin", "Role changed to %1.").arg(roleId(*role)));
}

} // namespace abri::admin
