#include "CommandLine.h"

#include "Commands.h"
#include "Invocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace abri::admin {

namespace {

struct CommandSpec
{
    const char* name;     // as typed: "init", "users add"
    const char* synopsis; // command syntax, the same in every language
    const char* summary;  // translatable
    QStringList options;
    int (*run)(Invocation&);
};

const std::vector<CommandSpec>& commands()
{
    static const std::vector<CommandSpec> table = {
        {"init",
         "init VAULT --organisation NAME --user NAME",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Creates a vault and its first coordinator, asks for a new passphrase, and prints the "
                           "recovery key once."),
         {Opt::Organisation, Opt::User, Opt::KdfCost, Opt::PassphraseFd, Opt::StateDir},
         runInit},
        {"info",
         "info VAULT [--user NAME]",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Shows what can be read without a passphrase (nothing that names a person or the "
                           "organisation). With --user, unlocks read-only and also shows the organisation, schema "
                           "version, number of users and auto-lock minutes."),
         {Opt::User, Opt::PassphraseFd, Opt::StateDir},
         runInfo},
        {"users list",
         "users list VAULT --user NAME",
         QT_TRANSLATE_NOOP("abri-admin", "Lists the users: name, role, active, last unlock. Coordinators only."),
         {Opt::User, Opt::PassphraseFd, Opt::StateDir},
         runUsersList},
        {"users add",
         "users add VAULT --user NAME --name NEW --role ROLE",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Adds a user. Asks for your passphrase, then the new user's passphrase. Coordinators "
                           "only."),
         {Opt::User, Opt::Name, Opt::Role, Opt::KdfCost, Opt::PassphraseFd, Opt::StateDir},
         runUsersAdd},
        {"users disable",
         "users disable VAULT --user NAME --name USER",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Disables a user: they can no longer unlock. The last active coordinator cannot be "
                           "disabled. Coordinators only."),
         {Opt::User, Opt::Name, Opt::PassphraseFd, Opt::StateDir},
         runUsersDisable},
        {"users enable",
         "users enable VAULT --user NAME --name USER",
         QT_TRANSLATE_NOOP("abri-admin", "Enables a disabled user again. Coordinators only."),
         {Opt::User, Opt::Name, Opt::PassphraseFd, Opt::StateDir},
         runUsersEnable},
        {"users reset-passphrase",
         "users reset-passphrase VAULT --user NAME --name USER",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Sets a new passphrase for a user who forgot theirs. Asks for your passphrase, then the "
                           "user's new passphrase. Coordinators only."),
         {Opt::User, Opt::Name, Opt::KdfCost, Opt::PassphraseFd, Opt::StateDir},
         runUsersResetPassphrase},
        {"users set-role",
         "users set-role VAULT --user NAME --name USER --role ROLE",
         QT_TRANSLATE_NOOP("abri-admin", "Changes a user's role. Coordinators only."),
         {Opt::User, Opt::Name, Opt::Role, Opt::PassphraseFd, Opt::StateDir},
         runUsersSetRole},
        {"passwd",
         "passwd VAULT --user NAME",
         QT_TRANSLATE_NOOP("abri-admin", "Changes your passphrase. Asks for the current one, then the new one."),
         {Opt::User, Opt::KdfCost, Opt::PassphraseFd, Opt::StateDir},
         runPasswd},
        {"verify",
         "verify VAULT --user NAME",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Checks the key slots, the database's integrity and the audit chain, read-only (works "
                           "while Abri has the vault open). Prints one line per check; exits with 5 on any problem."),
         {Opt::User, Opt::PassphraseFd, Opt::StateDir},
         runVerify},
        {"backup",
         "backup VAULT --user NAME --out FILE [--force]",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Writes a consistent encrypted copy of the vault to FILE, also while Abri has the vault "
                           "open. Refuses to replace an existing FILE unless --force."),
         {Opt::User, Opt::Out, Opt::Force, Opt::PassphraseFd, Opt::StateDir},
         runBackup},
        {"restore",
         "restore VAULT --from FILE [--force]",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Restores the backup FILE as the vault VAULT. Refuses to replace an existing vault unless "
                           "--force. The restored vault opens with the passphrases valid when the backup was made."),
         {Opt::From, Opt::Force, Opt::StateDir},
         runRestore},
        {"recover",
         "recover VAULT --user NAME [--add]",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Opens the vault with the recovery key (works even when the key slots are lost), then sets "
                           "a new passphrase for the user NAME; with --add, adds NAME as a new coordinator instead. "
                           "Asks for the recovery key, then the new passphrase."),
         {Opt::User, Opt::Add, Opt::KdfCost, Opt::PassphraseFd, Opt::StateDir},
         runRecover},
        {"rekey",
         "rekey VAULT --user NAME",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Rotates the vault's encryption key: copies of the old key slots, disabled users and the "
                           "old recovery key no longer open it. Prints the new recovery key. Coordinators only."),
         {Opt::User, Opt::PassphraseFd, Opt::StateDir},
         runRekey},
        {"demo",
         "demo VAULT --user NAME [--people N] [--notes M] [--seed S]",
         QT_TRANSLATE_NOOP("abri-admin",
                           "Creates a new vault with NAME as its coordinator, asks for a new passphrase as init does, "
                           "and fills it with clearly fictional people and notes in French and English. The same "
                           "seed gives the same data. Prints the recovery key once."),
         {Opt::User, Opt::People, Opt::Notes, Opt::Seed, Opt::KdfCost, Opt::PassphraseFd, Opt::StateDir},
         runDemo},
    };
    return table;
}

// For texts marked with QT_TRANSLATE_NOOP in the table above.
QString translated(const char* text)
{
    return QCoreApplication::translate("abri-admin", text);
}

QCommandLineOption makeOption(const QString& name)
{
    if (name == Opt::User) {
        return {name,
                QCoreApplication::translate("abri-admin",
                                            "Your user name, to unlock with (for init: the first coordinator)."),
                QStringLiteral("NAME")};
    }
    if (name == Opt::Organisation) {
        return {{name, QStringLiteral("organization")},
                QCoreApplication::translate("abri-admin", "The organisation's name, kept inside the encrypted vault."),
                QStringLiteral("NAME")};
    }
    if (name == Opt::Name) {
        return {name, QCoreApplication::translate("abri-admin", "The user to add or change."), QStringLiteral("USER")};
    }
    if (name == Opt::Role) {
        return {name, QCoreApplication::translate("abri-admin", "The role: coordinator, caseworker, legal or clinic."),
                QStringLiteral("ROLE")};
    }
    if (name == Opt::PassphraseFd) {
        return {name,
                QCoreApplication::translate("abri-admin",
                                            "Read passphrases (and the recovery key) from file descriptor N, one per "
                                            "line, in the order the command asks for them, instead of the terminal. "
                                            "A new passphrase is then read once, not twice."),
                QStringLiteral("N")};
    }
    if (name == Opt::KdfCost) {
        return {name,
                QCoreApplication::translate("abri-admin",
                                            "Cost of the key derivation for new passphrases: moderate (default), "
                                            "interactive, or minimum (for tests only: far easier to guess)."),
                QStringLiteral("COST"), QStringLiteral("moderate")};
    }
    if (name == Opt::StateDir) {
        return {name,
                QCoreApplication::translate("abri-admin",
                                            "Folder for this computer's state about vaults (failed-attempt back-off, "
                                            "audit anchor). Default: under XDG_DATA_HOME. For tests; Abri must use "
                                            "the same folder."),
                QStringLiteral("DIR")};
    }
    if (name == Opt::Out) {
        return {name, QCoreApplication::translate("abri-admin", "The backup file to write."), QStringLiteral("FILE")};
    }
    if (name == Opt::From) {
        return {name, QCoreApplication::translate("abri-admin", "The backup file to restore."), QStringLiteral("FILE")};
    }
    if (name == Opt::Add) {
        return {name, QCoreApplication::translate("abri-admin", "Add the user as a new coordinator (recover).")};
    }
    if (name == Opt::People) {
        return {name,
                QCoreApplication::translate("abri-admin", "Number of fictional people, 1 to 1000000 (default: 1000)."),
                QStringLiteral("N"), QStringLiteral("1000")};
    }
    if (name == Opt::Notes) {
        return {name,
                QCoreApplication::translate("abri-admin", "Number of fictional notes, 0 to 10000000 (default: 10000)."),
                QStringLiteral("M"), QStringLiteral("10000")};
    }
    if (name == Opt::Seed) {
        return {name,
                QCoreApplication::translate("abri-admin",
                                            "Seed of the generator, a non-negative integer: the same seed gives the "
                                            "same people, codes and notes (default: 1)."),
                QStringLiteral("S"), QStringLiteral("1")};
    }
    return {Opt::Force, QCoreApplication::translate("abri-admin", "Replace an existing file or vault.")};
}

QString exitCodeHelp()
{
    return QCoreApplication::translate(
        "abri-admin", "Exit codes:\n"
                      "  0  success\n"
                      "  1  usage error, or a new passphrase refused (too weak, or the two entries differ)\n"
                      "  2  wrong user name or passphrase, bad recovery key, or too many attempts (wait, then retry)\n"
                      "  3  the vault is open read-write in another window or command\n"
                      "  4  vault or file not found, already exists, or refused to overwrite (see --force)\n"
                      "  5  verification failed or data is damaged\n"
                      "  6  permission denied for your role\n"
                      "  7  any other error\n");
}

// Passphrases never reach the command line, but names do, and a shell keeps them.
QString shellHistoryHelp()
{
    return QCoreApplication::translate(
        "abri-admin", "Names given on the command line (--organisation, --user, --name) stay in your shell's "
                      "history. On a shared computer, remove them from it afterwards (in bash: history -c, or start "
                      "the command with a space when HISTCONTROL=ignorespace).\n");
}

QString globalHelp()
{
    QString text = QCoreApplication::translate("abri-admin", "Usage: abri-admin COMMAND VAULT [options]\n\n"
                                                             "Administers an Abri vault (a folder).\n\n"
                                                             "Commands:\n");
    for (const CommandSpec& spec : commands()) {
        text += QStringLiteral("  abri-admin ") + QLatin1String(spec.synopsis) + u'\n';
    }
    text += u'\n';
    text += QCoreApplication::translate(
                "abri-admin",
                "Default vault: %1\n\n"
                "Passphrases are read from the terminal without echo, or with --passphrase-fd N from a file "
                "descriptor, one per line. They are never accepted on the command line or from the environment.\n"
                "Every command that unlocks takes --user NAME.\n\n")
                .arg(Vault::defaultPath());
    text += shellHistoryHelp() + u'\n';
    text += exitCodeHelp();
    text += u'\n';
    text += QCoreApplication::translate("abri-admin", "Run \"abri-admin COMMAND --help\" for a command's options.\n");
    return text;
}

QString commandHelp(const CommandSpec& spec, const QCommandLineParser& parser)
{
    // The parser's usage line cannot show a command word; replace it with the synopsis.
    QString help = parser.helpText();
    const qsizetype firstLineEnd = help.indexOf(u'\n');
    help =
        QCoreApplication::translate("abri-admin", "Usage: abri-admin %1 [options]").arg(QLatin1String(spec.synopsis)) +
        help.mid(firstLineEnd);
    help += u'\n';
    if (spec.options.contains(Opt::User) || spec.options.contains(Opt::Organisation) ||
        spec.options.contains(Opt::Name)) {
        help += shellHistoryHelp() + u'\n';
    }
    return help + exitCodeHelp();
}

int usageError(const QString& message)
{
    QTextStream err(stderr);
    err << QStringLiteral("abri-admin: ") << message.simplified() << Qt::endl;
    return static_cast<int>(ExitCode::Usage);
}

void print(const QString& text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

bool isHelp(const QString& arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

QString usersSubcommands()
{
    QStringList names;
    for (const CommandSpec& spec : commands()) {
        const QString name = QLatin1String(spec.name);
        if (name.startsWith(QLatin1String("users "))) {
            names << name.mid(6);
        }
    }
    return names.join(u'|');
}

// Checks what QCommandLineParser cannot: values from a fixed set and numbers.
bool validateValues(const QCommandLineParser& parser, const QStringList& defined)
{
    const auto isSet = [&](const QString& name) { return defined.contains(name) && parser.isSet(name); };
    if (isSet(Opt::PassphraseFd)) {
        bool ok = false;
        const int fd = parser.value(Opt::PassphraseFd).toInt(&ok);
        if (!ok || fd < 0) {
            usageError(QCoreApplication::translate(
                "abri-admin", "--passphrase-fd needs a file descriptor number, such as 0 for standard input."));
            return false;
        }
    }
    static const QStringList costs = {QStringLiteral("moderate"), QStringLiteral("interactive"),
                                      QStringLiteral("minimum")};
    if (isSet(Opt::KdfCost) && !costs.contains(parser.value(Opt::KdfCost))) {
        usageError(QCoreApplication::translate("abri-admin", "--kdf-cost must be moderate, interactive or minimum."));
        return false;
    }
    if (isSet(Opt::StateDir) && parser.value(Opt::StateDir).trimmed().isEmpty()) {
        usageError(QCoreApplication::translate("abri-admin", "--state-dir needs a folder."));
        return false;
    }
    return true;
}

} // namespace

int run(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return usageError(
            QCoreApplication::translate("abri-admin", "A command is missing. Run \"abri-admin --help\" for the list."));
    }
    const QString first = arguments.at(1);
    if (isHelp(first)) {
        if (arguments.size() == 2) {
            print(globalHelp());
            return 0;
        }
    } else if (first == QLatin1String("--version")) {
        print(QStringLiteral("abri-admin %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }

    // "help COMMAND" is read as "COMMAND --help".
    QStringList args = arguments;
    if (isHelp(first)) {
        args.removeAt(1);
        args.append(QStringLiteral("--help"));
    }

    QString name = args.at(1);
    qsizetype rest = 2;
    if (name == QLatin1String("users")) {
        if (args.size() < 3 || args.at(2).startsWith(u'-')) {
            if (args.size() >= 3 && isHelp(args.at(2))) {
                print(globalHelp());
                return 0;
            }
            return usageError(
                QCoreApplication::translate("abri-admin", "\"users\" needs one of: %1.").arg(usersSubcommands()));
        }
        name += u' ' + args.at(2);
        rest = 3;
    }

    const auto& table = commands();
    const auto spec =
        std::find_if(table.begin(), table.end(), [&](const CommandSpec& s) { return QLatin1String(s.name) == name; });
    if (spec == table.end()) {
        return usageError(
            QCoreApplication::translate("abri-admin", "Unknown command \"%1\". Run \"abri-admin --help\" for the list.")
                .arg(name));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(translated(spec->summary));
    parser.addHelpOption();
    for (const QString& option : spec->options) {
        parser.addOption(makeOption(option));
    }
    parser.addPositionalArgument(
        QStringLiteral("VAULT"),
        QCoreApplication::translate("abri-admin", "The vault folder, e.g. %1").arg(Vault::defaultPath()));
    if (!parser.parse(QStringList{args.at(0)} + args.mid(rest))) {
        return usageError(
            parser.errorText() + u' ' +
            QCoreApplication::translate("abri-admin", "Run \"abri-admin %1 --help\" for its options.").arg(name));
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        print(commandHelp(*spec, parser));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty()) {
        return usageError(
            QCoreApplication::translate("abri-admin", "Usage: abri-admin %1").arg(QLatin1String(spec->synopsis)));
    }
    if (!validateValues(parser, spec->options)) {
        return static_cast<int>(ExitCode::Usage);
    }

    Invocation invocation(parser, spec->options, QDir::cleanPath(QFileInfo(positional.first()).absoluteFilePath()));
    const int code = spec->run(invocation);
    invocation.out().flush();
    return code;
}

} // namespace abri::admin
