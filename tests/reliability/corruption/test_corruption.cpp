// Damaged vault files and backups: every operation ends in a clear error or in the true answers.
//
// Each case damages one file of a pristine vault (bytes flipped, a page zeroed, the file cut short), lays the
// vault out afresh and runs what a person or abri-admin would: inspect, unlock read-only and read-write,
// unlock with the recovery key, list users, read and verify the audit log, check integrity, and restore a
// backup over the damaged vault. Replay a failure with the ABRI_CORRUPTION_SEED it prints.

#include "Damage.h"
#include "VaultImages.h"
#include "crypto/Crypto.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <random>

using namespace abri;
using namespace abri::corruption;

namespace {

// About 250 cases in all run in well under a minute; ABRI_CORRUPTION_CASES=5000 is the long run.
constexpr int DefaultCases = 250;
constexpr int Targets = 5; // database, write-ahead log, key slots, anchor, backup
const QDateTime CaseTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);

int casesPerTarget()
{
    bool ok = false;
    const int total = qEnvironmentVariableIntValue("ABRI_CORRUPTION_CASES", &ok);
    return std::max(1, (ok && total > 0 ? total : DefaultCases) / Targets);
}

quint64 baseSeed()
{
    static const quint64 seed = [] {
        bool ok = false;
        const quint64 fromEnv = qEnvironmentVariable("ABRI_CORRUPTION_SEED").toULongLong(&ok);
        if (ok) {
            return fromEnv;
        }
        std::random_device device;
        return (quint64{device()} << 32) ^ quint64 { device() };
    }();
    return seed;
}

std::mt19937_64 caseRng(quint64 seed, int target)
{
    std::seed_seq seq{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                      static_cast<std::uint32_t>(target)};
    return std::mt19937_64(seq);
}

// Runs one operation; an exception that escapes core is a failure of its own.
template <typename F>
auto guarded(const char* what, F&& operation) -> decltype(operation())
{
    try {
        return operation();
    } catch (const std::exception& e) {
        FAIL(what << " let an exception escape: " << e.what());
        throw;
    } catch (...) {
        FAIL(what << " let an exception escape");
        throw;
    }
}

// A clear error: a known code, a message to show, and nothing in it that names the organisation or a person.
void requireClearError(const Error& error, const char* what)
{
    INFO(what << " failed with " << (errorCodeName(error.code()) ? errorCodeName(error.code()) : "an unknown code")
              << ": " << error.message().toStdString());
    REQUIRE(errorCodeName(error.code()) != nullptr);
    REQUIRE_FALSE(error.message().trimmed().isEmpty());
    static const QRegularExpression personal(QStringLiteral("\\b(Alice|Bea|Chloé|Dan|Eve|Refuge)\\b"));
    REQUIRE_FALSE(error.message().contains(personal));
}

// Damage is reported as damage (abri-admin exit code 5), never as "other error" or a wrong passphrase. The
// recovery key cannot tell a damaged first page of abri.db from a wrong key, and a flipped version field of
// abri.keys reads as a newer format.
void requireDamageCode(const Error& error, const char* what)
{
    INFO(what << " failed with " << Catch::Detail::stringify(error.code()) << ": " << error.message().toStdString());
    static const ErrorCode damage[] = {ErrorCode::CorruptDatabase, ErrorCode::CorruptKeySlots, ErrorCode::AuditBroken,
                                       ErrorCode::NewerFormat, ErrorCode::BadRecoveryKey};
    REQUIRE(std::find(std::begin(damage), std::end(damage), error.code()) != std::end(damage));
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.insert(QDir(dir).relativeFilePath(path),
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QStringList listing(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

bool usersMatch(const std::vector<UserInfo>& seen, const std::vector<UserInfo>& expected, qint64 unlockedNow,
                const QDateTime& now)
{
    if (seen.size() != expected.size()) {
        return false;
    }
    for (std::size_t i = 0; i < seen.size(); ++i) {
        UserInfo u = seen[i];
        // A read-write unlock in this case moves its user's last-unlock time to now, and only that.
        if (u.id == unlockedNow && u.lastUnlockAt == now) {
            u.lastUnlockAt = expected[i].lastUnlockAt;
        }
        if (!sameUser(u, expected[i])) {
            return false;
        }
    }
    return true;
}

// The log is the expected one, followed (in sessions that write) only by entries this case's own unlocks
// and locks add.
bool auditMatches(const std::vector<AuditEntry>& seen, const std::vector<AuditEntry>& expected, bool mayAppend,
                  const QDateTime& now)
{
    if (seen.size() < expected.size() || (!mayAppend && seen.size() != expected.size())) {
        return false;
    }
    for (std::size_t i = 0; i < seen.size(); ++i) {
        const AuditEntry& e = seen[i];
        if (i < expected.size()) {
            if (!sameEntry(e, expected[i])) {
                return false;
            }
            continue;
        }
        static const QStringList sessionActions{QStringLiteral("unlock"), QStringLiteral("lock"),
                                                QStringLiteral("vault.recover"), QStringLiteral("unlock.failed")};
        if (e.seq != static_cast<qint64>(i) + 1 || e.time != now || !sessionActions.contains(e.action)) {
            return false;
        }
    }
    return true;
}

enum class Session { ReadOnly, ReadWrite, Recovery };

const char* sessionName(Session s)
{
    switch (s) {
    case Session::ReadOnly:
        return "read-only unlock";
    case Session::ReadWrite:
        return "read-write unlock";
    case Session::Recovery:
        return "recovery-key unlock";
    }
    return "";
}

struct Outcome
{
    std::optional<ErrorCode> refused; // the unlock itself failed with this code
    bool atTruth = false;             // every answer that came back was the newest state
    bool olderState = false;          // answers came from an earlier commit (and verification said so)
    bool verifyOk = false;
    bool healthy = false; // opened, every query answered, the truth, verification and integrity check passed

    bool opened() const { return !refused.has_value(); }
    std::string summary() const
    {
        if (refused) {
            return std::string("refused (") + errorCodeName(*refused) + ")";
        }
        if (healthy) {
            return "true answers, healthy";
        }
        if (olderState) {
            return "older state, reported by verify";
        }
        return atTruth ? "true answers, damage reported" : "errors";
    }
};

// Unlocks the vault at path one way and asks it everything a coordinator can; each answer must be a clear
// error or agree with one moment of history (only the newest one unless verification reports a loss).
Outcome examine(VaultImages& w, const QString& path, const std::vector<VaultState>& history, Session kind)
{
    INFO(sessionName(kind));
    Outcome out;
    const Vault::Access access = kind == Session::ReadOnly ? Vault::Access::ReadOnly : Vault::Access::ReadWrite;
    auto opened = guarded("unlock", [&] {
        return kind == Session::Recovery ? Vault::unlockWithRecoveryKey(path, w.recoveryKey(), w.options(access))
                                         : Vault::unlock(path, AliceName, pass(AlicePass), w.options(access));
    });
    if (!opened) {
        requireClearError(opened.error(), sessionName(kind));
        requireDamageCode(opened.error(), sessionName(kind));
        out.refused = opened.error().code();
        return out;
    }
    Vault& v = *opened.value();
    const QDateTime now = w.clock().nowUtc();
    // What the session knows about itself has no way to report an error, so it must simply be right.
    REQUIRE(v.organisation() == Organisation);
    REQUIRE(v.autoLockMinutes() == 15);
    if (kind == Session::Recovery) {
        REQUIRE(v.currentUser().id == 0);
    } else {
        REQUIRE(v.currentUser().id == w.aliceId());
        REQUIRE(v.currentUser().name == AliceName);
        REQUIRE(v.currentUser().role == Role::Coordinator);
    }
    auto users = guarded("users", [&] { return v.users(); });
    AuditFilter all;
    all.limit = 1000000;
    auto audit = guarded("auditEntries", [&] { return v.auditEntries(all); });
    auto verify = guarded("verifyAudit", [&] { return v.verifyAudit(); });
    auto integrity = guarded("integrityCheck", [&] { return v.integrityCheck(); });
    if (!users) {
        requireClearError(users.error(), "users");
        requireDamageCode(users.error(), "users");
    }
    if (!audit) {
        requireClearError(audit.error(), "auditEntries");
        requireDamageCode(audit.error(), "auditEntries");
    }
    if (!verify) {
        requireClearError(verify.error(), "verifyAudit");
        requireDamageCode(verify.error(), "verifyAudit");
    }
    if (!integrity) {
        requireClearError(integrity.error(), "integrityCheck");
        requireDamageCode(integrity.error(), "integrityCheck");
    }
    VaultState seen;
    if (users) {
        seen.users = users.value();
    }
    if (audit) {
        seen.audit = audit.value();
        std::reverse(seen.audit.begin(), seen.audit.end());
    }
    const bool mayAppend = kind != Session::ReadOnly;
    const qint64 unlockedNow = kind == Session::ReadOnly ? -1 : w.aliceId();
    std::vector<std::size_t> matching;
    for (std::size_t k = 0; k < history.size(); ++k) {
        const bool u = !users || usersMatch(seen.users, history[k].users, unlockedNow, now);
        const bool a = !audit || auditMatches(seen.audit, history[k].audit, mayAppend, now);
        if (u && a) {
            matching.push_back(k);
        }
    }
    const bool auditAtTruth = !audit || auditMatches(seen.audit, history.back().audit, mayAppend, now);
    INFO("users " << (users ? "answered" : "failed") << ", audit " << (audit ? "answered" : "failed") << ", verify "
                  << (verify ? (verify->ok ? "ok" : "reported damage") : "failed") << ", integrity "
                  << (integrity ? (integrity->isEmpty() ? "ok" : "reported damage") : "failed"));
    INFO("compared with the newest state:\n" << describeDifference(seen, history.back()).toStdString());
    // Every answer that came back shows the vault as it was at one commit: never a mix, never an invention.
    REQUIRE_FALSE(matching.empty());
    out.atTruth = matching.back() + 1 == history.size();
    out.verifyOk = verify && verify->ok;
    if (verify && !verify->ok) {
        REQUIRE_FALSE(verify->message.trimmed().isEmpty());
    }
    if (out.verifyOk) {
        // A log that verifies is the whole log: nothing lost, nothing changed.
        REQUIRE(auditAtTruth);
        REQUIRE(verify->entries >= static_cast<qint64>(history.back().audit.size()));
        if (audit) {
            REQUIRE(verify->entries == static_cast<qint64>(seen.audit.size()));
        }
    }
    if (!out.atTruth) {
        // Damage to the write-ahead log falls back to an earlier commit, as SQLite does; that is acceptable only
        // when verifying the audit log reports the loss.
        REQUIRE_FALSE(out.verifyOk);
        out.olderState = true;
    }
    if (integrity && integrity->isEmpty()) {
        // "Healthy" must mean that everything can be read.
        REQUIRE(users.ok());
        REQUIRE(audit.ok());
    }
    out.healthy = users && audit && out.verifyOk && integrity && integrity->isEmpty() && out.atTruth;
    guarded("lock", [&] {
        v.lock();
        return 0;
    });
    return out;
}

void examineInspect(VaultImages& w, const VaultImage& image)
{
    auto info = guarded("inspect", [&] { return Vault::inspect(w.vaultPath()); });
    if (!info) {
        requireClearError(info.error(), "inspect");
        return;
    }
    if (info->keySlotsReadable) {
        REQUIRE(info->vaultId == w.vaultId());
        REQUIRE(info->slotCount == image.slotCount);
        REQUIRE(info->problem.isEmpty());
    } else {
        REQUIRE_FALSE(info->problem.trimmed().isEmpty());
    }
}

// A damaged vault can always be replaced by a good backup, and the damaged one is kept aside byte for byte.
void restoreOverDamagedVault(VaultImages& w)
{
    const QString backupFile = w.scratch(QStringLiteral("good.abribak"));
    writeFile(backupFile, w.backup());
    const auto damaged = snapshot(w.vaultPath());
    w.clock().advanceSeconds(3 * 3600); // past any back-off the failed attempts above started
    auto restored = guarded("restore", [&] {
        return Vault::restore(backupFile, w.vaultPath(), true, w.options(Vault::Access::ReadWrite));
    });
    INFO((restored ? QString() : restored.error().message()).toStdString());
    REQUIRE(restored.ok());
    const QStringList kept =
        QDir(w.scratch(QString())).entryList({QStringLiteral("vault.abri.replaced-*")}, QDir::Dirs);
    REQUIRE(kept.size() == 1);
    REQUIRE(snapshot(w.scratch(kept.front())) == damaged);
    REQUIRE(examine(w, w.vaultPath(), {w.backupTruth()}, Session::ReadOnly).healthy);
}

// Per-target tally of outcomes, printed once so the figures can be quoted.
class Tally
{
public:
    void add(const std::string& what) { ++m_counts[what]; }
    void print(const char* target, int cases) const
    {
        std::cout << "abri-corruption: " << target << ": " << cases << " cases, seed " << baseSeed() << "\n";
        for (const auto& [what, n] : m_counts) {
            std::cout << "  " << n << " x " << what << "\n";
        }
        std::cout << std::flush;
    }

private:
    std::map<std::string, int> m_counts;
};

enum class Target { Database, Wal, KeySlots, Anchor };

// A newer Abri's file: a larger version with the checksum intact (a flipped version byte alone is damage).
bool claimsNewerKeySlotFormat(const QByteArray& keys)
{
    return keys.size() >= 10 + 32 && keys.startsWith("ABRIKEYS") &&
           qFromLittleEndian<quint16>(keys.constData() + 8) > quint16{1} &&
           crypto::hash(keys.left(keys.size() - 32), 32) == keys.right(32);
}

void runVaultCases(Target target)
{
    VaultImages w;
    const VaultImage& image = target == Target::Wal ? w.withWal() : w.clean();
    const QString file = target == Target::Database   ? QStringLiteral("abri.db")
                         : target == Target::Wal      ? QStringLiteral("abri.db-wal")
                         : target == Target::KeySlots ? QStringLiteral("abri.keys")
                                                      : QStringLiteral("abri.anchor");
    const QByteArray pristine = image.vaultFiles.value(file);
    REQUIRE_FALSE(pristine.isEmpty());
    const int cases = casesPerTarget();
    Tally tally;
    for (int i = 0; i < cases; ++i) {
        const quint64 seed = baseSeed() + static_cast<quint64>(i);
        std::mt19937_64 rng = caseRng(seed, static_cast<int>(target));
        QByteArray bytes = pristine;
        const Damage damage = Damage::applyRandom(bytes, rng);
        const bool changed = bytes != pristine;
        INFO("case " << i << " of base seed " << baseSeed() << "; replay it alone with ABRI_CORRUPTION_SEED=" << seed
                     << " ABRI_CORRUPTION_CASES=1");
        INFO(file.toStdString() << ": " << damage.description.toStdString());
        w.clock().set(CaseTime);
        w.materialize(image, file, bytes);

        examineInspect(w, image);
        const Outcome ro = examine(w, w.vaultPath(), image.history, Session::ReadOnly);
        const Outcome rw = examine(w, w.vaultPath(), image.history, Session::ReadWrite);
        const Outcome recovery = examine(w, w.vaultPath(), image.history, Session::Recovery);
        // The passphrase is right in every case: damage must never be reported as a wrong passphrase.
        REQUIRE(ro.refused != ErrorCode::WrongCredentials);
        REQUIRE(rw.refused != ErrorCode::WrongCredentials);
        if (!changed) {
            REQUIRE(ro.healthy);
            REQUIRE(rw.healthy);
            REQUIRE(recovery.healthy);
        }
        switch (target) {
        case Target::KeySlots:
            if (changed) {
                // The key-slot file's checksum catches any change: it never opens a wrong slot.
                for (const Outcome* o : {&ro, &rw}) {
                    REQUIRE(o->refused.has_value());
                    REQUIRE((*o->refused == ErrorCode::CorruptKeySlots || *o->refused == ErrorCode::NewerFormat));
                }
            }
            if (claimsNewerKeySlotFormat(bytes)) {
                // A file that claims a newer format is left alone, even by the recovery key.
                REQUIRE(recovery.refused == ErrorCode::NewerFormat);
            } else {
                // Lost or damaged key slots: the recovery key opens the intact data and rebuilds them.
                REQUIRE(recovery.healthy);
            }
            break;
        case Target::Anchor:
            // The anchor only guards the audit log: the vault opens every way, with the true answers.
            REQUIRE(ro.opened());
            REQUIRE(ro.atTruth);
            if (changed) {
                REQUIRE_FALSE(ro.verifyOk); // the damaged anchor is reported
            }
            REQUIRE(rw.opened());
            REQUIRE(rw.atTruth);
            REQUIRE(recovery.healthy);
            break;
        case Target::Database:
        case Target::Wal:
            break;
        }
        restoreOverDamagedVault(w);
        tally.add(std::string(damage.kindName()) + " -> read-only: " + ro.summary() + "; read-write: " + rw.summary() +
                  "; recovery: " + recovery.summary());
    }
    tally.print(file.toLatin1().constData(), cases);
}

} // namespace

TEST_CASE("corruption_damagedDatabase_endsInAClearErrorOrTheTrueAnswers", "[corruption]")
{
    runVaultCases(Target::Database);
}

TEST_CASE("corruption_damagedWriteAheadLog_endsInAClearErrorTheTrueAnswersOrAReportedLoss", "[corruption]")
{
    runVaultCases(Target::Wal);
}

TEST_CASE("corruption_damagedKeySlots_areRefusedAndTheRecoveryKeyOpensTheIntactData", "[corruption]")
{
    runVaultCases(Target::KeySlots);
}

TEST_CASE("corruption_damagedAnchor_isReportedAndEveryKeyStillOpensTheIntactData", "[corruption]")
{
    runVaultCases(Target::Anchor);
}

TEST_CASE("corruption_damagedBackup_isRefusedAndWritesNothing", "[corruption][backup]")
{
    VaultImages w;
    const int cases = casesPerTarget();
    Tally tally;
    for (int i = 0; i < cases; ++i) {
        const quint64 seed = baseSeed() + static_cast<quint64>(i);
        std::mt19937_64 rng = caseRng(seed, Targets - 1);
        QByteArray bytes = w.backup();
        const Damage damage = Damage::applyRandom(bytes, rng);
        const bool changed = bytes != w.backup();
        INFO("case " << i << " of base seed " << baseSeed() << "; replay it alone with ABRI_CORRUPTION_SEED=" << seed
                     << " ABRI_CORRUPTION_CASES=1");
        INFO("backup: " << damage.description.toStdString());
        w.clock().set(CaseTime);
        w.materialize(w.clean());
        const QString bad = w.scratch(QStringLiteral("damaged.abribak"));
        writeFile(bad, bytes);
        const QStringList before = listing(w.scratch(QString()));
        const auto stateBefore = snapshot(w.stateDir());

        // Into a new folder.
        const QString fresh = w.scratch(QStringLiteral("restored.abri"));
        auto r =
            guarded("restore", [&] { return Vault::restore(bad, fresh, false, w.options(Vault::Access::ReadWrite)); });
        std::string outcome;
        if (changed) {
            REQUIRE_FALSE(r.ok());
        }
        if (!r) {
            requireClearError(r.error(), "restore");
            REQUIRE(listing(w.scratch(QString())) == before); // no half-restored folder, no staging folder
            outcome = std::string("refused (") + errorCodeName(r.error().code()) + ")";
        } else {
            REQUIRE(examine(w, fresh, {w.backupTruth()}, Session::ReadOnly).healthy);
            outcome = "restored the true state";
            REQUIRE(QDir(fresh).removeRecursively());
        }

        // Over an existing vault, with force: a refused restore leaves it exactly as it was.
        const auto vaultBefore = snapshot(w.vaultPath());
        auto forced = guarded(
            "restore", [&] { return Vault::restore(bad, w.vaultPath(), true, w.options(Vault::Access::ReadWrite)); });
        if (changed) {
            REQUIRE_FALSE(forced.ok());
        }
        if (!forced) {
            requireClearError(forced.error(), "restore --force");
            REQUIRE(listing(w.scratch(QString())) == before);
            REQUIRE(snapshot(w.vaultPath()) == vaultBefore);
            REQUIRE(snapshot(w.stateDir()) == stateBefore);
        } else {
            REQUIRE(examine(w, w.vaultPath(), {w.backupTruth()}, Session::ReadOnly).healthy);
        }
        tally.add(std::string(damage.kindName()) + " -> " + outcome);
    }
    tally.print("backup", cases);
}
