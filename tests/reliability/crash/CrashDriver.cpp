#include "CrashDriver.h"

#include "CrashProtocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>

#include <catch2/catch.hpp>

#include <iostream>
#include <limits>

namespace abri::crash {

namespace {

constexpr int DefaultKills = 20;
// A creation is killed within this many times its own duration after the writer said it was starting it, so
// most kills land inside it and some just after it.
constexpr double CreateWindowFactor = 1.5;
// Other kills: one in StartupShare lands during the writer's start-up and unlock (at a random point of its
// usual duration); the others wait for the unlock and land within WorkWindowFactor times that duration, in the
// writes, backups and re-keys that follow.
constexpr int StartupShare = 4;
constexpr double WorkWindowFactor = 3.0;
constexpr int StartTimeoutMs = 30'000;

std::string text(const QString& s)
{
    return s.toStdString();
}

std::string describe(const Error& error)
{
    return "error " + std::to_string(static_cast<int>(error.code())) + ": " + text(error.message());
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

struct CrashDriver::RunOutput
{
    QStringList lines; // complete lines only: a line cut by the kill acknowledges nothing
    QString errors;
    qint64 killAfterMs = 0;
    bool createRun = false;
};

CrashDriver::CrashDriver(Mode mode) : m_mode(mode), m_seed(seedFromEnvironment()), m_kills(killsFromEnvironment())
{
    std::seed_seq seq{static_cast<std::uint32_t>(m_seed), static_cast<std::uint32_t>(m_seed >> 32),
                      static_cast<std::uint32_t>(mode)};
    m_rng.seed(seq);
    REQUIRE(m_dir.isValid());
    const QDir dir(m_dir.path());
    m_vaultPath = dir.filePath(QStringLiteral("vault.abri"));
    m_stateDir = dir.filePath(QStringLiteral("state"));
    m_backupPath = dir.filePath(QStringLiteral("backups/vault.abribackup"));
    REQUIRE(dir.mkpath(QStringLiteral("backups")));
    REQUIRE(dir.mkpath(QStringLiteral("tmp")));
    REQUIRE(dir.mkpath(QStringLiteral("scratch")));
}

CrashDriver::~CrashDriver() = default;

int CrashDriver::killsFromEnvironment()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("ABRI_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : DefaultKills;
}

quint64 CrashDriver::seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("ABRI_CRASH_SEED").toULongLong(&ok);
    if (ok) {
        return seed;
    }
    std::random_device device;
    return (quint64{device()} << 32) | device();
}

QString CrashDriver::modeName() const
{
    switch (m_mode) {
    case Mode::Create:
        return QStringLiteral("create");
    case Mode::Write:
        return QStringLiteral("write");
    case Mode::Backup:
        return QStringLiteral("backup");
    case Mode::Rekey:
        return QStringLiteral("rekey");
    case Mode::Cases:
        return QStringLiteral("cases");
    }
    return {};
}

Vault::Options CrashDriver::options(Vault::Access access) const
{
    Vault::Options o;
    o.access = access;
    o.kdf = crypto::KdfParams::minimum();
    o.localStateDir = m_stateDir;
    return o;
}

Vault::Options CrashDriver::scratchOptions(const QString& stateDir, Vault::Access access) const
{
    Vault::Options o = options(access);
    o.localStateDir = stateDir;
    return o;
}

void CrashDriver::run()
{
    QElapsedTimer wall;
    wall.start();
    std::cout << "crash " << text(modeName()) << ": " << m_kills << " kills, ABRI_CRASH_SEED=" << m_seed << std::endl;
    if (m_mode == Mode::Create) {
        runCreationKills();
        std::cout << "crash create: " << m_outcomes.kills << " kills in " << wall.elapsed() << " ms (creating takes "
                  << m_createMs << " ms); the vault opened " << m_outcomes.createdComplete
                  << " times, creating again worked " << m_outcomes.createdNothing << " times, neither "
                  << m_outcomes.createdStuck << " times" << std::endl;
        return;
    }
    for (int kill = 0; kill < m_kills; ++kill) {
        const RunOutput out = runWriter(kill);
        INFO("mode " << text(modeName()) << ", ABRI_CRASH_SEED=" << m_seed << ", kill " << kill + 1 << " of " << m_kills
                     << " after " << out.killAfterMs << " ms" << (out.createRun ? " of creating" : ""));
        INFO("the writer's last lines: " << text(
                 out.lines.mid(std::max<qsizetype>(0, out.lines.size() - 4))
                     .join(QStringLiteral(" | "))
                     .replace(QRegularExpression(QStringLiteral("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}")),
                              QStringLiteral("<key>"))));
        INFO("the writer's errors: " << text(out.errors.right(2000)));
        absorb(out);
        verify(kill);
        ++m_outcomes.kills;
    }
    std::cout << "crash " << text(modeName()) << ": " << m_outcomes.kills << " kills in " << wall.elapsed()
              << " ms; acknowledged " << m_ack.users.size() << " users and " << m_ack.audits.size()
              << " audit entries; killed during re-key " << m_outcomes.duringRekey << " (old state "
              << m_outcomes.rekeyOldState << ", new state " << m_outcomes.rekeyNewState << ", finished at unlock "
              << m_outcomes.rekeyFinishedAtUnlock << "), during backup " << m_outcomes.duringBackup << " (absent "
              << m_outcomes.backupAbsent << ", previous " << m_outcomes.backupPrevious << ", new "
              << m_outcomes.backupNew << "); kills leaving temporary files " << m_outcomes.killsLeavingTemporaryFiles
              << ", left at the end " << m_leftovers.files << " (" << m_leftovers.bytes << " bytes: "
              << text(QStringList(m_leftovers.kinds.begin(), m_leftovers.kinds.end()).join(QStringLiteral(", ")))
              << "); user unlocks checked " << m_outcomes.usersChecked << std::endl;
    if (m_mode == Mode::Cases) {
        std::cout << "crash cases: " << text(m_cases.summary()) << std::endl;
    }
}

CrashDriver::RunOutput CrashDriver::runWriter(int kill)
{
    RunOutput out;
    const QDir dir(m_dir.path());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep every temporary file of the writer (Qt's, SQLite's) in a folder the hygiene check looks at.
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("SQLITE_TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("xdg-cache")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("abri.*.debug=false"));
    process.setProcessEnvironment(env);
    out.createRun = !QFileInfo::exists(m_vaultPath);
    const QString modeArg = m_mode == Mode::Create ? QStringLiteral("write") : modeName();
    QStringList args{modeArg, m_vaultPath, m_stateDir, QString::number(m_rng())};
    if (m_mode == Mode::Backup) {
        args << m_backupPath;
    }
    const double fraction = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);

    QByteArray buffer;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(ABRI_CRASH_WRITER_PATH), args);
    REQUIRE(process.waitForStarted(StartTimeoutMs));
    auto pumpUntil = [&](auto done, qint64 deadlineMs) {
        while (!done() && clock.elapsed() < deadlineMs && process.state() == QProcess::Running) {
            process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadlineMs - clock.elapsed())));
            buffer += process.readAllStandardOutput();
        }
    };
    qint64 readyAt = -1;
    auto noteReady = [&] {
        if (readyAt < 0 && buffer.contains("unlocked\n")) {
            readyAt = clock.elapsed();
        }
        return false;
    };
    if (m_mode == Mode::Create) {
        // Aim at the creation itself: wait for the writer to start it, then kill within about its duration.
        pumpUntil([&] { return buffer.contains("creating\n"); }, StartTimeoutMs);
        const double window = CreateWindowFactor * static_cast<double>(m_createMs);
        const qint64 deadline = clock.elapsed() + static_cast<qint64>(fraction * window);
        pumpUntil([] { return false; }, deadline);
    } else {
        const bool inStartup = !out.createRun && m_rng() % StartupShare == 0;
        const double readyMs = static_cast<double>(m_readyMs);
        if (inStartup) {
            pumpUntil(noteReady, static_cast<qint64>(fraction * readyMs));
        } else {
            // The first run creates the vault (the creation test kills that part) before it is killed.
            const QByteArray ready = out.createRun ? QByteArray("created ") : QByteArray("unlocked\n");
            pumpUntil([&] { return noteReady() || buffer.contains(ready); }, StartTimeoutMs);
            REQUIRE(buffer.contains(ready));
            const qint64 deadline = clock.elapsed() + static_cast<qint64>(fraction * WorkWindowFactor * readyMs);
            pumpUntil([] { return false; }, deadline);
        }
    }
    const bool stillRunning = process.state() == QProcess::Running;
    out.killAfterMs = clock.elapsed();
    process.kill(); // SIGKILL
    REQUIRE(process.waitForFinished(StartTimeoutMs));
    buffer += process.readAllStandardOutput();
    out.errors = QString::fromUtf8(process.readAllStandardError());
    noteReady();
    if (readyAt > 0) {
        // A moving average, so one slow or fast start (other programs share the machine) moves it only a little.
        m_readyMs = std::clamp<qint64>((3 * m_readyMs + readyAt) / 4, 10, 5'000);
    }
    INFO("kill " << kill + 1 << ": the writer's errors: " << text(out.errors.right(2000)));
    // A writer that stopped by itself failed a core call (or could not open the vault): that is a finding.
    REQUIRE(stillRunning);
    REQUIRE(process.exitStatus() == QProcess::CrashExit);

    QList<QByteArray> raw = buffer.split('\n');
    raw.removeLast(); // empty after a final newline, or a line cut by the kill
    for (const QByteArray& line : raw) {
        out.lines << QString::fromUtf8(line);
    }
    return out;
}

void CrashDriver::absorb(const RunOutput& out)
{
    m_runUsers.clear();
    m_rekeyInFlight = false;
    m_backupInFlight = false;
    m_cases.beginRun();
    for (const QString& line : out.lines) {
        const QStringList word = line.split(u' ');
        const QString& what = word.at(0);
        if (what == QLatin1String("created")) {
            REQUIRE(word.size() == 2);
            m_ack.created = true;
            m_ack.recoveryKey = word.at(1);
        } else if (what == QLatin1String("user")) {
            REQUIRE(word.size() == 3);
            const qint64 id = word.at(1).toLongLong();
            REQUIRE_FALSE(m_ack.users.contains(id));
            m_ack.users.insert(id, word.at(2));
            m_runUsers << id;
        } else if (what == QLatin1String("audit")) {
            REQUIRE(word.size() == 2);
            m_ack.audits << word.at(1);
        } else if (what == QLatin1String("backup-begin")) {
            m_backupInFlight = true;
            m_inFlightBackupUsers = m_ack.users.size();
            m_inFlightBackupAudits = m_ack.audits.size();
        } else if (what == QLatin1String("backup-done")) {
            REQUIRE(word.size() == 3);
            REQUIRE(m_backupInFlight);
            m_backupInFlight = false;
            m_ack.backupSha = word.at(2);
            m_ack.backupUsers = m_inFlightBackupUsers;
            m_ack.backupAudits = m_inFlightBackupAudits;
        } else if (what == QLatin1String("rekey-begin")) {
            m_rekeyInFlight = true;
        } else if (what == QLatin1String("rekey")) {
            REQUIRE(word.size() == 2);
            REQUIRE(m_rekeyInFlight);
            m_rekeyInFlight = false;
            m_ack.recoveryKey = word.at(1);
        } else if (m_mode == Mode::Cases && m_cases.absorb(word)) {
            continue;
        } else {
            // The driver unlocks after every kill, so the writer never meets an interrupted re-key itself.
            const bool known = what == QLatin1String("creating") || what == QLatin1String("unlocked");
            INFO("unexpected line from the writer: " << text(what));
            REQUIRE(known);
        }
    }
}

void CrashDriver::verify(int kill)
{
    INFO("after kill " << kill + 1);
    REQUIRE(m_ack.created);
    bool finishedAtUnlock = false;
    {
        auto vault = Vault::unlock(m_vaultPath, CoordinatorName, secret(CoordinatorPassphrase), options());
        INFO("the coordinator's unlock: " << (vault ? std::string("ok") : describe(vault.error())));
        REQUIRE(vault.ok());
        finishedAtUnlock = vault.value()->interruptedRekeyFinished();
        INFO("the unlock finished an interrupted re-key: " << finishedAtUnlock);
        // Only a re-key that the kill interrupted can be finished at unlock.
        REQUIRE((!finishedAtUnlock || m_rekeyInFlight));
        verifyVault(vault.value());
        if (m_mode == Mode::Cases) {
            // The driver's own reads add audit entries (person.view, attachment.view); the next kill's checks
            // verify them with the rest of the chain.
            m_cases.verify(*vault.value(), m_rng);
        }
        vault.value()->lock();
    }
    verifyUsersUnlock();
    verifyRecoveryKey(finishedAtUnlock);
    if (m_mode == Mode::Backup) {
        verifyBackup();
    }
    verifyFolderHygiene();
}

void CrashDriver::runCreationKills()
{
    // Calibrate: one creation that is not killed until done tells how long creating takes on this build.
    {
        QProcess process;
        QElapsedTimer clock;
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("calibration.abri"));
        process.start(QStringLiteral(ABRI_CRASH_WRITER_PATH),
                      {QStringLiteral("write"), path, m_stateDir, QStringLiteral("1")});
        REQUIRE(process.waitForStarted(StartTimeoutMs));
        QByteArray buffer;
        qint64 began = -1;
        while (!buffer.contains("created ") && process.waitForReadyRead(StartTimeoutMs)) {
            buffer += process.readAllStandardOutput();
            if (began < 0 && buffer.contains("creating\n")) {
                clock.start();
                began = 0;
            }
        }
        m_createMs = std::max<qint64>(2, clock.isValid() ? clock.elapsed() : 0);
        process.kill();
        process.waitForFinished(StartTimeoutMs);
        REQUIRE(buffer.contains("created "));
    }
    for (int kill = 0; kill < m_kills; ++kill) {
        m_vaultPath = QDir(m_dir.path()).filePath(QStringLiteral("vault-%1.abri").arg(kill));
        m_ack = Acknowledged();
        const RunOutput out = runWriter(kill);
        INFO("mode create, ABRI_CRASH_SEED=" << m_seed << ", kill " << kill + 1 << " of " << m_kills << " after "
                                             << out.killAfterMs << " ms (creating takes about " << m_createMs
                                             << " ms)");
        absorb(out);
        verifyCreation();
        ++m_outcomes.kills;
    }
}

void CrashDriver::verifyCreation()
{
    // Killed while creating: either the vault was created and opens (if the kill came before its recovery key
    // was shown, a re-key gets a new one), or creating it again in the same place works.
    auto vault = Vault::unlock(m_vaultPath, CoordinatorName, secret(CoordinatorPassphrase), options());
    if (vault) {
        ++m_outcomes.createdComplete;
        verifyVault(vault.value());
        vault.value()->lock();
        if (!m_ack.created) {
            learnNewRecoveryKey();
        }
        verifyRecoveryKey(false);
        return;
    }
    INFO("after an interrupted creation the vault does not open ("
         << describe(vault.error())
         << "); its folder holds: " << text(entries(m_vaultPath).join(QStringLiteral(", "))));
    REQUIRE_FALSE(m_ack.created);
    auto again = Vault::create(m_vaultPath, Organisation, CoordinatorName, secret(CoordinatorPassphrase), options());
    INFO("creating it again: " << (again ? std::string("ok") : describe(again.error())));
    // CHECK, not REQUIRE: go on with the next creation, so the figures tell how often this happens.
    CHECK(again.ok());
    if (again) {
        again->vault->lock();
        ++m_outcomes.createdNothing;
    } else {
        ++m_outcomes.createdStuck;
    }
}

void CrashDriver::verifyVault(std::unique_ptr<Vault>& vault)
{
    auto integrity = vault->integrityCheck();
    REQUIRE(integrity.ok());
    INFO("integrity check: " << text(integrity->join(QStringLiteral("; "))));
    REQUIRE(integrity->isEmpty());

    auto audit = vault->verifyAudit();
    REQUIRE(audit.ok());
    INFO("audit verification: " << text(audit->message) << " (first bad entry " << audit->firstBadSeq << ")");
    REQUIRE(audit->ok);

    auto keySlots = vault->checkKeySlots();
    REQUIRE(keySlots.ok());
    INFO("key-slot check: " << text(keySlots->join(QStringLiteral("; "))));
    REQUIRE(keySlots->isEmpty());

    auto users = vault->users();
    REQUIRE(users.ok());
    QMap<qint64, UserInfo> byId;
    for (const UserInfo& u : users.value()) {
        byId.insert(u.id, u);
    }
    for (auto it = m_ack.users.cbegin(); it != m_ack.users.cend(); ++it) {
        INFO("acknowledged user " << it.key() << " " << text(it.value()));
        REQUIRE(byId.contains(it.key()));
        REQUIRE(byId.value(it.key()).name == it.value());
        REQUIRE(byId.value(it.key()).active);
    }

    AuditFilter filter;
    filter.action = AuditAction;
    filter.limit = std::numeric_limits<int>::max();
    auto logged = vault->auditEntries(filter);
    REQUIRE(logged.ok());
    QSet<QString> tokens;
    for (const AuditEntry& e : logged.value()) {
        tokens.insert(e.objectId);
    }
    QStringList missing;
    for (const QString& token : std::as_const(m_ack.audits)) {
        if (!tokens.contains(token)) {
            missing << token;
        }
    }
    INFO(missing.size() << " acknowledged audit entries are missing, first: " << text(missing.value(0)));
    REQUIRE(missing.isEmpty());
}

void CrashDriver::verifyUsersUnlock()
{
    // Every user this run acknowledged (the first of a run is often a retry after a kill), and two older ones.
    QList<qint64> sample = m_runUsers;
    const QList<qint64> all = m_ack.users.keys();
    for (int i = 0; i < 2 && !all.isEmpty(); ++i) {
        sample << all.at(std::uniform_int_distribution<qsizetype>(0, all.size() - 1)(m_rng));
    }
    for (qint64 id : std::as_const(sample)) {
        const QString name = m_ack.users.value(id);
        // Read-only: proves the passphrase and the account without a commit (and its fsyncs) per user.
        auto vault = Vault::unlock(m_vaultPath, name, secret(userPassphrase(name)), options(Vault::Access::ReadOnly));
        INFO("acknowledged user " << id << " " << text(name)
                                  << " unlocks: " << (vault ? std::string("ok") : describe(vault.error())));
        REQUIRE(vault.ok());
        REQUIRE(vault.value()->currentUser().id == id);
        vault.value()->lock();
        ++m_outcomes.usersChecked;
    }
}

void CrashDriver::verifyRecoveryKey(bool finishedAtUnlock)
{
    // A state folder of its own: a refused old key must not slow down later unlocks through the back-off.
    const QString stateDir = QDir(m_dir.path()).filePath(QStringLiteral("scratch/state-%1").arg(++m_scratch));
    auto vault =
        Vault::unlockWithRecoveryKey(m_vaultPath, m_ack.recoveryKey, scratchOptions(stateDir, Vault::Access::ReadOnly));
    const std::string result = vault ? std::string("ok") : describe(vault.error());
    QDir(stateDir).removeRecursively();
    INFO("the newest acknowledged recovery key: " << result);
    if (!m_rekeyInFlight) {
        REQUIRE(vault.ok());
        vault.value()->lock();
        return;
    }
    // Killed during a re-key: the old state (the acknowledged key opens) or the new one (the passphrase opened
    // it above, and only the new key, never printed, would open it without one).
    ++m_outcomes.duringRekey;
    if (vault) {
        REQUIRE_FALSE(finishedAtUnlock);
        ++m_outcomes.rekeyOldState;
        vault.value()->lock();
        return;
    }
    REQUIRE(vault.error().code() == ErrorCode::BadRecoveryKey);
    ++m_outcomes.rekeyNewState;
    if (finishedAtUnlock) {
        ++m_outcomes.rekeyFinishedAtUnlock;
    }
    learnNewRecoveryKey();
}

void CrashDriver::learnNewRecoveryKey()
{
    // What a coordinator does when a recovery key was never shown: re-key again.
    auto vault = Vault::unlock(m_vaultPath, CoordinatorName, secret(CoordinatorPassphrase), options());
    REQUIRE(vault.ok());
    auto key = vault.value()->rekey();
    INFO("the driver's own re-key: " << (key ? std::string("ok") : describe(key.error())));
    REQUIRE(key.ok());
    m_ack.recoveryKey = key.value();
    vault.value()->lock();
}

void CrashDriver::verifyBackup()
{
    if (m_backupInFlight) {
        ++m_outcomes.duringBackup;
    }
    if (!QFileInfo::exists(m_backupPath)) {
        // Absent only while the writer was replacing it, or before the first backup.
        INFO("the acknowledged backup is gone");
        REQUIRE((m_backupInFlight || m_ack.backupSha.isEmpty()));
        if (m_backupInFlight) {
            ++m_outcomes.backupAbsent;
        }
        m_ack.backupSha.clear(); // from now on there is no backup until the next one is acknowledged
        return;
    }
    const QString sha = sha256Hex(m_backupPath);
    if (sha == m_ack.backupSha) {
        if (m_backupInFlight) {
            ++m_outcomes.backupPrevious;
        }
        verifyRestoredBackup(m_ack.backupUsers, m_ack.backupAudits);
        return;
    }
    // Neither absent nor the acknowledged one: it must be the complete new backup being written.
    INFO("the backup file is not the acknowledged one, so it must be the new one being written");
    REQUIRE(m_backupInFlight);
    ++m_outcomes.backupNew;
    verifyRestoredBackup(m_inFlightBackupUsers, m_inFlightBackupAudits);
    // It is complete and checked: the next kill may find it as the previous backup.
    m_ack.backupSha = sha;
    m_ack.backupUsers = m_inFlightBackupUsers;
    m_ack.backupAudits = m_inFlightBackupAudits;
}

void CrashDriver::verifyRestoredBackup(qsizetype users, qsizetype audits)
{
    const QString target = QDir(m_dir.path()).filePath(QStringLiteral("scratch/restored-%1").arg(++m_scratch));
    const QString stateDir = target + QStringLiteral("-state");
    auto cleanup = qScopeGuard([&] {
        QDir(target).removeRecursively();
        QDir(stateDir).removeRecursively();
    });
    const Vault::Options opts = scratchOptions(stateDir);
    auto restored = Vault::restore(m_backupPath, target, false, opts);
    INFO("restoring the backup: " << (restored ? std::string("ok") : describe(restored.error())));
    REQUIRE(restored.ok());
    auto vault = Vault::unlock(target, CoordinatorName, secret(CoordinatorPassphrase), opts);
    INFO("unlocking the restored backup: " << (vault ? std::string("ok") : describe(vault.error())));
    REQUIRE(vault.ok());
    // The backup must hold everything acknowledged before it began; verifyVault checks all acknowledged
    // changes, so check against the prefix instead.
    Acknowledged saved = m_ack;
    QMap<qint64, QString> prefixUsers;
    const QList<qint64> ids = m_ack.users.keys(); // ids grow with each added user
    for (qsizetype i = 0; i < users; ++i) {
        prefixUsers.insert(ids.at(i), m_ack.users.value(ids.at(i)));
    }
    m_ack.users = prefixUsers;
    m_ack.audits = m_ack.audits.mid(0, audits);
    verifyVault(vault.value());
    m_ack = saved;
    vault.value()->lock();
}

void CrashDriver::verifyFolderHygiene()
{
    // After the driver's unlock each folder holds its own files, plus only these temporary files of a write
    // the kill cut short:
    // - QSaveFile's "<backup>.XXXXXX" beside the backup file, and "unlock-*.json.abri-tmp-XXXXXX" beside the back-off
    //   state file (a read-write unlock removes
    //   those of abri.keys, abri.keys.pending, abri.anchor and this computer's anchor, so none may be left there);
    //   the figures count them.
    // - the backup's working copy "<backup>.partial" with its -journal, -wal or -shm (the copy is opened in WAL
    //   mode before it is switched to a rollback journal), all removed by the next backup to that file.
    // Anything else (a pending key-slot file after unlock, a stray journal, a file in the temporary folder)
    // fails the check.
    const auto saveFileTemp = [](const QString& file) {
        return QRegularExpression(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(file)));
    };
    Leftovers now;
    const auto check = [&](const QString& dir, const QStringList& own, const QString& tempPattern,
                           const QStringList& extraTemps, const char* what) {
        const QRegularExpression temp(tempPattern);
        QStringList stray;
        for (const QString& name : entries(dir)) {
            if (own.contains(name)) {
                continue;
            }
            const bool known = temp.match(name).hasMatch() || extraTemps.contains(name);
            if (!known) {
                stray << name;
                continue;
            }
            ++now.files;
            now.bytes += QFileInfo(QDir(dir).filePath(name)).size();
            static const QRegularExpression suffix(QStringLiteral("\\.(abri-tmp-)?[A-Za-z0-9]{6}$"));
            static const QRegularExpression hex(QStringLiteral("[0-9a-f]{32}"));
            now.kinds.insert(
                QString(name).replace(hex, QStringLiteral("*")).replace(suffix, QStringLiteral(".XXXXXX")));
        }
        INFO("unexpected files in the " << what << " folder: " << text(stray.join(QStringLiteral(", "))));
        REQUIRE(stray.isEmpty());
    };
    if (QFileInfo::exists(m_vaultPath)) {
        const QStringList own{QStringLiteral("abri.db"),   QStringLiteral("abri.db-wal"), QStringLiteral("abri.db-shm"),
                              QStringLiteral("abri.keys"), QStringLiteral("abri.anchor"), QStringLiteral("abri.lock")};
        check(m_vaultPath, own, QStringLiteral("^$"), {}, "vault");
    }
    static const QRegularExpression stateFile(
        QStringLiteral("^(unlock-[0-9a-f]{32}\\.json(\\.lock)?|anchor-[0-9a-f]{32}-[0-9a-f]{32}\\.bin)$"));
    QStringList ownState;
    for (const QString& name : entries(m_stateDir)) {
        if (stateFile.match(name).hasMatch()) {
            ownState << name;
        }
    }
    check(m_stateDir, ownState, QStringLiteral("^unlock-[0-9a-f]{32}\\.json\\.abri-tmp-[A-Za-z0-9]{6}$"), {}, "state");
    check(QDir(m_dir.path()).filePath(QStringLiteral("tmp")), {}, QStringLiteral("^$"), {}, "temporary");
    const QString base = QFileInfo(m_backupPath).fileName();
    check(QFileInfo(m_backupPath).absolutePath(), {base}, saveFileTemp(base).pattern(),
          {base + QStringLiteral(".partial"), base + QStringLiteral(".partial-journal"),
           base + QStringLiteral(".partial-wal"), base + QStringLiteral(".partial-shm")},
          "backup");
    if (now.files > m_leftovers.files) {
        ++m_outcomes.killsLeavingTemporaryFiles;
    }
    m_leftovers = now;
}

} // namespace abri::crash
