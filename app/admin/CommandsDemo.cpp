// demo: a new vault filled with fictional people and notes, for trying Abri, screenshots and benchmarks.
#include "cases/DemoData.h"
// The command's own headers.
#include "Commands.h"
#include "Invocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>
#include <unistd.h>

namespace abri::admin {

namespace {

// A whole number within [low, high], or nullopt. Signs, spaces and fractions are refused rather than guessed at.
std::optional<qint64> parseCount(const QString& text, qint64 low, qint64 high)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (!digits.match(text).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high) {
        return std::nullopt;
    }
    return value;
}

// Reads --people, --notes and --seed; on a bad value prints why and returns nullopt.
std::optional<DemoOptions> readOptions(Invocation& inv)
{
    DemoOptions options;
    const auto people = parseCount(inv.value(Opt::People), 1, DemoOptions::MaxPeople);
    if (!people) {
        inv.fail(ExitCode::Usage,
                 QCoreApplication::translate("abri-admin", "--people must be a whole number from 1 to %1.")
                     .arg(DemoOptions::MaxPeople));
        return std::nullopt;
    }
    const auto notes = parseCount(inv.value(Opt::Notes), 0, DemoOptions::MaxNotes);
    if (!notes) {
        inv.fail(ExitCode::Usage,
                 QCoreApplication::translate("abri-admin", "--notes must be a whole number from 0 to %1.")
                     .arg(DemoOptions::MaxNotes));
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    bool seedOk = false;
    const QString seedText = inv.value(Opt::Seed);
    const quint64 seed = digits.match(seedText).hasMatch() ? seedText.toULongLong(&seedOk) : 0;
    if (!seedOk) {
        inv.fail(ExitCode::Usage, QCoreApplication::translate(
                                      "abri-admin", "--seed must be a whole number from 0 to 18446744073709551615."));
        return std::nullopt;
    }
    options.people = static_cast<int>(*people);
    options.notes = static_cast<int>(*notes);
    options.seed = seed;
    return options;
}

bool isEmptyOrMissing(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return true;
    }
    return info.isDir() && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// The same text as init's, so both read alike and share one translation.
void printRecoveryKey(Invocation& inv, QString& recoveryKey)
{
    QTextStream& out = inv.out();
    out << Qt::endl
        << QCoreApplication::translate("abri-admin", "Recovery key (shown only this once):") << Qt::endl
        << Qt::endl
        << QStringLiteral("    ") << recoveryKey << Qt::endl
        << Qt::endl
        << QCoreApplication::translate(
               "abri-admin",
               "Write this recovery key down on paper now, check it, and keep it somewhere safe away from this "
               "computer.")
        << Qt::endl
        << QCoreApplication::translate(
               "abri-admin", "It opens the vault when every passphrase is lost; anyone who has it can open the vault.")
        << Qt::endl;
    out.flush();
    wipeString(recoveryKey);
    if (::isatty(STDOUT_FILENO) == 0) {
        inv.status(QStringLiteral("abri-admin: ") +
                   QCoreApplication::translate(
                       "abri-admin",
                       "the recovery key was written to standard output, which is not a terminal. Do not keep it in "
                       "logs or files on this computer."));
    }
}

} // namespace

int runDemo(Invocation& inv)
{
    const auto user = inv.required(Opt::User);
    if (!user) {
        return static_cast<int>(ExitCode::Usage);
    }
    const auto options = readOptions(inv);
    if (!options) {
        return static_cast<int>(ExitCode::Usage);
    }
    // Refuse before asking for a passphrase, so nobody types one for nothing.
    const QString path = inv.vaultPath();
    const bool existed = QFileInfo::exists(path);
    if (!isEmptyOrMissing(path)) {
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
    const bool progressLine = inv.stderrIsTerminal();
    if (progressLine) {
        inv.status(QCoreApplication::translate("abri-admin", "Creating the vault…"));
    }
    auto created = Vault::create(path, QStringLiteral("Demo"), *user, passphrase.value(),
                                 inv.vaultOptions(Vault::Access::ReadWrite));
    passphrase.value().wipe();
    if (!created) {
        return inv.fail(created.error());
    }
    Vault::Created result = std::move(created).value();

    QTextStream err(stderr);
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (progressLine && percent != lastPercent) {
            lastPercent = percent;
            err << u'\r'
                << QCoreApplication::translate("abri-admin", "Adding fictional people and notes: %1 %").arg(percent)
                << Qt::flush;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const Status filled = fillDemo(*result.vault, *options, progress);
    if (progressLine) {
        err << Qt::endl;
    }
    if (!filled) {
        // Half a demo is of no use to anyone: leave the path as it was found.
        result.vault.reset();
        QDir(path).removeRecursively();
        if (existed) {
            QDir().mkpath(path);
        }
        wipeString(result.recoveryKey);
        return inv.fail(filled.error());
    }
    inv.out() << QCoreApplication::translate(
                     "abri-admin",
                     "Demo vault created with %1 fictional people and %2 notes in %3 s. Its coordinator can unlock it "
                     "with the passphrase just chosen.")
                     .arg(options->people)
                     .arg(options->notes)
                     .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    printRecoveryKey(inv, result.recoveryKey);
    result.vault->lock();
    return 0;
}

} // namespace abri::admin
