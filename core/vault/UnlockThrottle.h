#pragma once

#include "util/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace abri {

// Slows down repeated failed unlocks of one vault on this computer. Kept in this computer's local state,
// never in the vault's files (a wrong passphrase must not change them), so the back-off survives a restart.
//
// Every attempt is counted as a failure before the passphrase is tried (under a file lock), so attempts
// started in parallel by several processes cannot all slip past the back-off; a success, or an attempt that
// ends for another reason (the object is destroyed unsettled), takes it back.
class UnlockThrottle
{
    Q_DECLARE_TR_FUNCTIONS(UnlockThrottle)

public:
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 MaxDelaySeconds = 15 * 60;

    UnlockThrottle(const QString& stateDir, const QString& vaultId, const Clock& clock);
    ~UnlockThrottle();
    UnlockThrottle(const UnlockThrottle&) = delete;
    UnlockThrottle& operator=(const UnlockThrottle&) = delete;

    qint64 secondsUntilAllowed() const;
    QString waitMessage() const; // translated
    // false while the back-off runs; otherwise the attempt is counted until settled.
    bool beginAttempt();
    // The attempt was a wrong passphrase or recovery key: it stays counted.
    void recordFailure();
    // Resets the back-off. Returns the failures not yet written to the audit log and forgets them only when
    // report is true (a read-write unlock that records them).
    int recordSuccess(bool report);
    // The last failed attempt before the current one.
    QDateTime lastFailure() const { return m_pending || m_settled ? m_priorFailure : m_lastFailure; }
    static qint64 delayAfter(int consecutiveFailures);

private:
    class FileLock;
    void load();
    void save() const;
    QString m_file;
    const Clock& m_clock;
    int m_consecutive = 0;
    int m_unreported = 0;
    bool m_pending = false;
    bool m_settled = false;
    QDateTime m_priorFailure;
    QDateTime m_attemptTime;
    QDateTime m_lastFailure;
};

} // namespace abri
