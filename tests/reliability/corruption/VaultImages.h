#pragma once

#include "vault/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace abri::corruption {

inline const QString Organisation = QStringLiteral("Refuge Corruption Test");
inline const QString AliceName = QStringLiteral("Alice");
inline const char* const AlicePass = "correct horse battery staple";
inline const char* const OtherPass = "violet tangerine hammock river";

// What a coordinator sees in a vault: its users and its whole audit log.
struct VaultState
{
    std::vector<UserInfo> users;   // as Vault::users() lists them
    std::vector<AuditEntry> audit; // oldest first
};

// The bytes of a vault folder and of this computer's state folder at one moment, and the states that
// those bytes may legitimately show.
struct VaultImage
{
    QMap<QString, QByteArray> vaultFiles; // file name -> content
    QMap<QString, QByteArray> stateFiles;
    // Every committed state the files hold, oldest first; the last one is the truth. Only an image with a
    // write-ahead log holds more than one: damage to the log may fall back to an earlier commit.
    std::vector<VaultState> history;
    int slotCount = 0;

    const VaultState& truth() const { return history.back(); }
};

// Builds, once, a small vault with a few users and audit entries, and keeps it as pristine images that each
// corruption case unpacks again into the same folder (this computer's audit anchor is tied to the folder).
class VaultImages
{
public:
    VaultImages();

    // The image of the vault after a clean close: abri.db, abri.keys, abri.anchor, no write-ahead log.
    const VaultImage& clean() const { return m_clean; }
    // The image of the vault as a crash leaves it: the newest commits still in abri.db-wal.
    const VaultImage& withWal() const { return m_wal; }
    // A backup file made by Vault::backup, and what restoring it must show.
    const QByteArray& backup() const { return m_backup; }
    const VaultState& backupTruth() const { return m_backupTruth; }

    QString vaultPath() const;
    QString stateDir() const;
    // A folder emptied before each case, beside the vault: for backup files and restore targets.
    QString scratch(const QString& name) const;
    const QString& recoveryKey() const { return m_recoveryKey; }
    const QString& vaultId() const { return m_vaultId; }
    qint64 aliceId() const { return m_aliceId; }

    MockClock& clock() { return m_clock; }
    Vault::Options options(Vault::Access access) const;

    // Empties the work folder and lays the image out again; damagedFile (a vault file name), when not empty,
    // gets damagedBytes instead of its pristine content.
    void materialize(const VaultImage& image, const QString& damagedFile = {},
                     const QByteArray& damagedBytes = {}) const;

    static VaultState readState(const Vault& vault);

private:
    VaultImage capture() const;
    // Opens read-only (nothing written) and reads the state; requires a healthy vault.
    VaultState readReadOnly(const VaultImage& image);
    VaultState readReadOnly(const QString& path);

    QTemporaryDir m_root;
    MockClock m_clock;
    QString m_recoveryKey;
    QString m_vaultId;
    qint64 m_aliceId = 0;
    VaultImage m_clean;
    VaultImage m_wal;
    QByteArray m_backup;
    VaultState m_backupTruth;
};

SecureBuffer pass(const char* text);
// The enumerator's name, or nullptr for a value outside the enumeration.
const char* errorCodeName(ErrorCode code);
bool sameUser(const UserInfo& a, const UserInfo& b);
bool sameEntry(const AuditEntry& a, const AuditEntry& b);
bool sameState(const VaultState& a, const VaultState& b);
QString describe(const UserInfo& user);
QString describe(const AuditEntry& entry);
// One line per user or entry that differs, for failure messages.
QString describeDifference(const VaultState& seen, const VaultState& expected);

} // namespace abri::corruption

// Failure messages name the error code instead of leaving it blank.
namespace Catch {
template <>
struct StringMaker<abri::ErrorCode>
{
    static std::string convert(abri::ErrorCode code)
    {
        const char* name = abri::corruption::errorCodeName(code);
        return name != nullptr ? name : std::to_string(static_cast<int>(code));
    }
};
} // namespace Catch
