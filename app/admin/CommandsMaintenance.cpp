// verify, backup, restore: the commands that must also work while Abri has the vault open.
#include "Commands.h"
#include "Invocation.h"
#include "util/FileUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace abri::admin {

namespace {

volatile std::sig_atomic_t g_cancelRequested = 0;

extern "C" void requestCancel(int)
{
    g_cancelRequested = 1;
}

// Ctrl+C during a backup cancels it cleanly (the partial file is removed) instead of killing the process.
class CancelOnInterrupt
{
public:
    CancelOnInterrupt()
    {
        g_cancelRequested = 0;
        struct sigaction action = {};
        action.sa_handler = requestCancel;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~CancelOnInterrupt()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

enum class CheckResult { Ok, Failed, NotChecked };

struct Verification
{
    bool failed = false;
    bool denied = false;
};

void report(Invocation& inv, Verification& v, const QString& check, CheckResult result, const QString& detail)
{
    QString line;
    switch (result) {
    case CheckResult::Ok:
        line = QCoreApplication::translate("abri-admin", "%1: OK").arg(check);
        break;
    case CheckResult::Failed:
        line = QCoreApplication::translate("abri-admin", "%1: FAILED").arg(check);
        v.failed = true;
        break;
    case CheckResult::NotChecked:
        line = QCoreApplication::translate("abri-admin", "%1: not checked").arg(check);
        break;
    }
    if (!detail.isEmpty()) {
        line += QStringLiteral(" — ") + detail.simplified();
    }
    inv.out() << line << Qt::endl;
}

// The first problem of a list, and how many more there are: one line per check.
QString firstOf(const QStringList& problems)
{
    QString line = problems.first();
    if (problems.size() > 1) {
        line += u' ' + QCoreApplication::translate("abri-admin", "(problems in total: %1)").arg(problems.size());
    }
    return line;
}

bool isCorruption(ErrorCode code)
{
    return exitCodeFor(code) == ExitCode::Corrupt;
}

} // namespace

int runVerify(Invocation& inv)
{
    if (!inv.required(Opt::User)) {
        return static_cast<int>(ExitCode::Usage);
    }
    const QString keySlots = QCoreApplication::translate("abri-admin", "Key slots");
    const QString database = QCoreApplication::translate("abri-admin", "Database integrity");
    const QString audit = QCoreApplication::translate("abri-admin", "Audit chain");
    Verification v;

    // Key slots first without a passphrase, so damage there is named even when it prevents unlocking.
    auto inspection = Vault::inspect(inv.vaultPath());
    if (!inspection && !isCorruption(inspection.error().code())) {
        return inv.fail(inspection.error());
    }
    QString slotProblem;
    if (!inspection) {
        slotProblem = inspection.error().message();
    } else if (!inspection.value().keySlotsReadable || !inspection.value().problem.isEmpty()) {
        slotProblem = inspection.value().problem.isEmpty()
                          ? QCoreApplication::translate("abri-admin", "the key slots cannot be read")
                          : inspection.value().problem;
    }

    // Read-only, so that verifying works beside a window that has the vault open.
    auto vault = inv.unlock(Vault::Access::ReadOnly);
    if (!vault) {
        if (!isCorruption(vault.error().code())) {
            return inv.fail(vault.error());
        }
        const bool databaseBroken = vault.error().code() == ErrorCode::CorruptDatabase;
        if (!slotProblem.isEmpty() || !databaseBroken) {
            report(inv, v, keySlots, CheckResult::Failed,
                   slotProblem.isEmpty() ? vault.error().message() : slotProblem);
        } else {
            report(inv, v, keySlots, CheckResult::NotChecked, {});
        }
        if (databaseBroken) {
            report(inv, v, database, CheckResult::Failed, vault.error().message());
        } else {
            report(inv, v, database, CheckResult::NotChecked,
                   QCoreApplication::translate("abri-admin", "the vault could not be unlocked; see \"abri-admin "
                                                             "recover\""));
        }
        report(inv, v, audit, CheckResult::NotChecked, {});
        return static_cast<int>(ExitCode::Corrupt);
    }
    Vault& session = *vault.value();

    if (!slotProblem.isEmpty()) {
        report(inv, v, keySlots, CheckResult::Failed, slotProblem);
    } else if (auto slotCheck = session.checkKeySlots(); !slotCheck) {
        report(inv, v, keySlots, CheckResult::Failed, slotCheck.error().message());
    } else if (!slotCheck.value().isEmpty()) {
        report(inv, v, keySlots, CheckResult::Failed, firstOf(slotCheck.value()));
    } else {
        report(inv, v, keySlots, CheckResult::Ok,
               QCoreApplication::translate("abri-admin", "%1 in use").arg(inspection.value().slotCount));
    }

    if (auto problems = session.integrityCheck(); !problems) {
        report(inv, v, database, CheckResult::Failed, problems.error().message());
    } else if (!problems.value().isEmpty()) {
        report(inv, v, database, CheckResult::Failed, firstOf(problems.value()));
    } else {
        report(inv, v, database, CheckResult::Ok, {});
    }

    if (auto chain = session.verifyAudit(); !chain) {
        if (chain.error().code() == ErrorCode::PermissionDenied) {
            v.denied = true;
            report(inv, v, audit, CheckResult::NotChecked, chain.error().message());
        } else {
            report(inv, v, audit, CheckResult::Failed, chain.error().message());
        }
    } else if (!chain.value().ok) {
        report(inv, v, audit, CheckResult::Failed, chain.value().message);
    } else {
        report(inv, v, audit, CheckResult::Ok,
               QCoreApplication::translate("abri-admin", "%1 entries").arg(chain.value().entries));
    }
    session.lock();

    if (v.failed) {
        return static_cast<int>(ExitCode::Corrupt);
    }
    return static_cast<int>(v.denied ? ExitCode::PermissionDenied : ExitCode::Success);
}

int runBackup(Invocation& inv)
{
    if (!inv.required(Opt::User)) {
        return static_cast<int>(ExitCode::Usage);
    }
    const auto out = inv.required(Opt::Out);
    if (!out) {
        return static_cast<int>(ExitCode::Usage);
    }
    const QFileInfo target(*out);
    const QString targetPath = target.absoluteFilePath();
    const bool force = inv.isSet(Opt::Force);
    if (target.exists() && (!force || target.isDir())) {
        return inv.fail(ExitCode::NotFoundOrExists,
                        QCoreApplication::translate("abri-admin",
                                                    "The backup file already exists. Nothing was changed. Choose "
                                                    "another name, or add --force to replace it."));
    }
    if (!target.absoluteDir().exists()) {
        return inv.fail(ExitCode::NotFoundOrExists,
                        QCoreApplication::translate("abri-admin", "The folder for the backup file does not exist."));
    }

    // Read-write when possible (the backup is then in the audit log); read-only beside an open window.
    auto vault = inv.unlock(Vault::Access::ReadWrite, true);
    if (!vault) {
        return inv.fail(vault.error());
    }

    // Written beside the target and renamed into place, so a cancelled or failed backup never leaves a
    // half-written file under the name a person will later restore from.
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2")
            .arg(target.fileName(), QString::number(QRandomGenerator::system()->generate(), 16)));
    const bool drawProgress = inv.stderrIsTerminal();
    CancelOnInterrupt cancelGuard;
    int lastPercent = -1;
    const auto progress = [&](int done, int total) {
        if (drawProgress && total > 0) {
            const int percent = static_cast<int>(qint64{done} * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                std::fprintf(stderr, "\r%s",
                             qPrintable(QCoreApplication::translate("abri-admin", "Backing up… %1%").arg(percent)));
                std::fflush(stderr);
            }
        }
        return g_cancelRequested == 0;
    };
    const Status status = vault.value()->backup(partial, progress);
    if (drawProgress && lastPercent >= 0) {
        std::fputc('\n', stderr);
    }
    if (!status) {
        QFile::remove(partial);
        return inv.fail(status.error());
    }
    // link() refuses to replace a file that appeared meanwhile; rename() replaces atomically with --force.
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(targetPath);
    const bool placed =
        force ? ::rename(from.constData(), to.constData()) == 0 : ::link(from.constData(), to.constData()) == 0;
    const int placeErrno = errno;
    QFile::remove(partial);
    if (!placed) {
        return inv.fail(placeErrno == EEXIST ? ExitCode::NotFoundOrExists : ExitCode::Other,
                        QCoreApplication::translate("abri-admin",
                                                    "The backup could not be saved under its name. Nothing was "
                                                    "changed."));
    }
    FileUtil::makePrivateFile(targetPath);
    [[maybe_unused]] const Status synced = FileUtil::syncDirectory(target.absolutePath());
    const bool readOnly = vault.value()->isReadOnly();
    vault.value()->lock();
    inv.out() << QCoreApplication::translate("abri-admin", "Backup written: %1").arg(targetPath) << Qt::endl;
    if (readOnly) {
        inv.out() << QCoreApplication::translate("abri-admin",
                                                 "The vault was open in another window, so it was copied read-only "
                                                 "and the backup is not in the audit log.")
                  << Qt::endl;
    }
    return 0;
}

int runRestore(Invocation& inv)
{
    const auto from = inv.required(Opt::From);
    if (!from) {
        return static_cast<int>(ExitCode::Usage);
    }
    const QFileInfo backupFile(*from);
    if (!backupFile.isFile()) {
        return inv.fail(ExitCode::NotFoundOrExists,
                        QCoreApplication::translate("abri-admin", "The backup file does not exist."));
    }
    const QFileInfo vaultInfo(inv.vaultPath());
    const bool occupied =
        vaultInfo.exists() &&
        !(vaultInfo.isDir() && QDir(inv.vaultPath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    if (occupied && !inv.isSet(Opt::Force)) {
        return inv.fail(ExitCode::NotFoundOrExists,
                        QCoreApplication::translate("abri-admin",
                                                    "Something already exists at this path. Nothing was changed. "
                                                    "Restore to a new folder, or add --force to replace it."));
    }
    // Core keeps a replaced vault beside the restored one as <vault>.replaced-<timestamp>; the one that
    // appears now is the one to name, not an older copy left from an earlier restore.
    const auto keptCopies = [&] {
        return vaultInfo.absoluteDir().entryList({vaultInfo.fileName() + QStringLiteral(".replaced-*")},
                                                 QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    };
    const QStringList keptBefore = keptCopies();
    if (Status status = Vault::restore(backupFile.absoluteFilePath(), inv.vaultPath(), inv.isSet(Opt::Force),
                                       inv.vaultOptions(Vault::Access::ReadWrite));
        !status) {
        return inv.fail(status.error());
    }
    inv.out() << QCoreApplication::translate("abri-admin",
                                             "Vault restored. It opens with the passphrases and recovery key that "
                                             "were valid when the backup was made.")
              << Qt::endl;
    QStringList keptNow = keptCopies();
    keptNow.removeIf([&](const QString& name) { return keptBefore.contains(name); });
    // The timestamp sorts by time, so the last name is the newest.
    if (!keptNow.isEmpty()) {
        inv.out() << QCoreApplication::translate("abri-admin",
                                                 "The vault it replaced was kept in %1; delete it once the "
                                                 "restored vault is checked.")
                         .arg(vaultInfo.absoluteDir().filePath(keptNow.last()))
                  << Qt::endl;
    }
    return 0;
}

} // namespace abri::admin
