#include "vault/UnlockThrottle.h"

#include "util/FileUtil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace abri {

UnlockThrottle::UnlockThrottle(const QString& stateDir, const QString& vaultId, const Clock& clock)
    : m_file(QDir(stateDir).filePath(QStringLiteral("unlock-%1.json").arg(vaultId))), m_clock(clock)
{
    load();
}

qint64 UnlockThrottle::delayAfter(int consecutiveFailures)
{
    if (consecutiveFailures < FreeAttempts) {
        return 0;
    }
    const int doublings = std::min(consecutiveFailures - FreeAttempts, 20);
    return std::min<qint64>(qint64{5} << doublings, MaxDelaySeconds);
}

qint64 UnlockThrottle::secondsUntilAllowed() const
{
    if (!m_lastFailure.isValid()) {
        return 0;
    }
    const qint64 elapsed = m_lastFailure.secsTo(m_clock.nowUtc());
    // A clock set backwards must not lift the back-off early.
    if (elapsed < 0) {
        return delayAfter(m_consecutive);
    }
    return std::max<qint64>(0, delayAfter(m_consecutive) - elapsed);
}

QString UnlockThrottle::waitMessage() const
{
    return tr("Too many failed attempts. Wait %n second(s) before trying again.", nullptr,
              static_cast<int>(secondsUntilAllowed()));
}

void UnlockThrottle::recordFailure()
{
    ++m_consecutive;
    ++m_unreported;
    m_lastFailure = m_clock.nowUtc();
    save();
}

int UnlockThrottle::recordSuccess(bool report)
{
    const int failures = m_unreported;
    const bool changed = m_consecutive != 0 || (report && (m_unreported != 0 || m_lastFailure.isValid()));
    m_consecutive = 0;
    if (report) {
        m_unreported = 0;
        m_lastFailure = QDateTime();
    }
    // Nothing to forget: no write (every fsync counts on an old laptop's disk).
    if (changed) {
        save();
    }
    return failures;
}

void UnlockThrottle::load()
{
    auto data = FileUtil::readAll(m_file, 4096);
    if (!data) {
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(data.value()).object();
    m_consecutive = std::clamp(o.value(QLatin1String("consecutive")).toInt(), 0, 1000000);
    m_unreported = std::clamp(o.value(QLatin1String("unreported")).toInt(), 0, 1000000);
    m_lastFailure = QDateTime::fromString(o.value(QLatin1String("lastFailure")).toString(), Qt::ISODate);
}

void UnlockThrottle::save() const
{
    FileUtil::makePrivateDir(QFileInfo(m_file).absolutePath());
    QJsonObject o;
    o.insert(QLatin1String("consecutive"), m_consecutive);
    o.insert(QLatin1String("unreported"), m_unreported);
    o.insert(QLatin1String("lastFailure"), m_lastFailure.toUTC().toString(Qt::ISODate));
    (void)FileUtil::writeAtomically(m_file, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace abri
