#pragma once

#include "util/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace abri {

// Slows down repeated failed unlocks of one vault on this computer. Kept in this computer's local state,
// never in the vault's files (a wrong passphrase must not change them), so the back-off survives a restart.
class UnlockThrottle
{
    Q_DECLARE_TR_FUNCTIONS(UnlockThrottle)

public:
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 MaxDelaySeconds = 15 * 60;

    UnlockThrottle(const QString& stateDir, const QString& vaultId, const Clock& clock);

    qint64 secondsUntilAllowed() const;
    QString waitMessage() const; // translated
    void recordFailure();
    // Resets the back-off. Returns the failures not yet written to the audit log and forgets them only when
    // report is true (a read-write unlock that records them).
    int recordSuccess(bool report);
    int unreportedFailures() const { return m_unreported; }
    QDateTime lastFailure() const { return m_lastFailure; }
    static qint64 delayAfter(int consecutiveFailures);

private:
    void load();
    void save() const;
    QString m_file;
    const Clock& m_clock;
    int m_consecutive = 0;
    int m_unreported = 0;
    QDateTime m_lastFailure;
};

} // namespace abri
