#pragma once

#include "CaseLedger.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <random>

namespace abri::crash {

// Create kills the writer while it creates a vault (a fresh one each time); the others kill it again and again
// on one vault while it writes, backs up or re-keys, or writes case files (people, notes, consents, attachments).
enum class Mode { Create, Write, Backup, Rekey, Cases };

// What the writer acknowledged, over all its runs on one vault.
struct Acknowledged
{
    bool created = false;
    QString recoveryKey; // the newest acknowledged one
    QMap<qint64, QString> users;
    QStringList audits;
    QString backupSha; // the newest acknowledged backup's SHA-256 (hex), empty before the first
    // How many users and audit entries were acknowledged before that backup began: it must hold them.
    qsizetype backupUsers = 0;
    qsizetype backupAudits = 0;
};

// How the kills ended, to show that they landed in every phase (reported with the figures).
struct Outcomes
{
    int kills = 0;
    int createdComplete = 0;       // create mode: the killed creation had finished and the vault opens
    int createdNothing = 0;        // create mode: it had not, and creating again in the same place works
    int createdStuck = 0;          // create mode: neither (a failure)
    int duringRekey = 0;           // killed between rekey-begin and its acknowledgement
    int rekeyOldState = 0;         // ... and the old recovery key still opened the vault
    int rekeyNewState = 0;         // ... and the new key was in force but never printed
    int rekeyFinishedAtUnlock = 0; // ... of which the next unlock finished the switch
    int duringBackup = 0;          // killed between backup-begin and backup-done
    int backupAbsent = 0;
    int backupPrevious = 0;
    int backupNew = 0;
    int killsLeavingTemporaryFiles = 0; // kills after which more temporary files were left than before
    qint64 usersChecked = 0;
};

// Temporary files that kills left behind (see CrashDriver::verifyFolderHygiene).
struct Leftovers
{
    int files = 0;
    qint64 bytes = 0;
    QSet<QString> kinds; // names with the random part as XXXXXX
};

// Runs abri_crash_writer on one vault, kills it with SIGKILL at random moments, and after every kill checks
// the vault (and, in backup mode, the backup file) against what the writer had acknowledged.
class CrashDriver
{
public:
    explicit CrashDriver(Mode mode);
    ~CrashDriver();

    // Every failure is a Catch2 assertion carrying the seed, the kill number and the writer's output.
    void run();

    static int killsFromEnvironment();
    static quint64 seedFromEnvironment();
    const Outcomes& outcomes() const { return m_outcomes; }
    const CaseOutcomes& caseOutcomes() const { return m_cases.outcomes(); }

private:
    struct RunOutput;
    RunOutput runWriter(int kill);
    void absorb(const RunOutput& out);
    void verify(int kill);
    void runCreationKills();
    void verifyCreation();
    void verifyVault(std::unique_ptr<Vault>& vault);
    void verifyUsersUnlock();
    void verifyRecoveryKey(bool rekeyFinishedAtUnlock);
    void verifyBackup();
    void verifyRestoredBackup(qsizetype users, qsizetype audits);
    void verifyFolderHygiene();
    void learnNewRecoveryKey();
    Vault::Options options(Vault::Access access = Vault::Access::ReadWrite) const;
    Vault::Options scratchOptions(const QString& stateDir, Vault::Access access = Vault::Access::ReadWrite) const;
    QString modeName() const;

    Mode m_mode;
    quint64 m_seed;
    int m_kills;
    std::mt19937_64 m_rng;
    QTemporaryDir m_dir;
    QString m_vaultPath;
    QString m_stateDir;
    QString m_backupPath;
    Acknowledged m_ack;
    CaseLedger m_cases; // the case-file changes (cases mode)
    Outcomes m_outcomes;
    Leftovers m_leftovers;
    // This run's state at the kill.
    QList<qint64> m_runUsers;
    bool m_rekeyInFlight = false;
    bool m_backupInFlight = false;
    qsizetype m_inFlightBackupUsers = 0;
    qsizetype m_inFlightBackupAudits = 0;
    qint64 m_readyMs = 40;  // how long the writer takes to start and unlock (moving average), to spread the kills
    qint64 m_createMs = 20; // how long creating a vault takes (measured in create mode)
    int m_scratch = 0;
};

} // namespace abri::crash
