#include "vault/UnlockThrottle.h"

#include "util/FileUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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

// Serialises read-modify-write of the state file between processes.
class UnlockThrottle::FileLock
{
public:
    explicit FileLock(const QString& file)
    {
        FileUtil::makePrivateDir(QFileInfo(file).absolutePath());
        m_fd =
            ::open(QFile::encodeName(file + QStringLiteral(".lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_EX);
        }
    }
    ~FileLock()
    {
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_UN);
            ::close(m_fd);
        }
    }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int m_fd = -1;
};

UnlockThrottle::~UnlockThrottle()
{
    if (m_pending) {
        FileLock lock(m_file);
        load();
        m_consecutive = std::max(0, m_consecutive - 1);
        m_unreported = std::max(0, m_unreported - 1);
        if (m_lastFailure == m_attemptTime) {
            m_lastFailure = m_priorFailure; // unless another attempt has failed since
        }
        save();
    }
}

bool UnlockThrottle::beginAttempt()
{
    FileLock lock(m_file);
    load();
    if (secondsUntilAllowed() > 0) {
        return false;
    }
    ++m_consecutive;
    ++m_unreported;
    m_priorFailure = m_lastFailure;
    m_attemptTime = m_clock.nowUtc();
    m_lastFailure = m_attemptTime;
    m_pending = true;
    save();
    return true;
}

void UnlockThrottle::recordFailure()
{
    m_pending = false;
}

int UnlockThrottle::recordSuccess(bool report)
{
    FileLock lock(m_file);
    load();
    if (m_pending) {
        m_unreported = std::max(0, m_unreported - 1); // this attempt was not a failure
        m_pending = false;
        m_settled = true;
    }
    const int failures = m_unreported;
    m_consecutive = 0;
    if (report) {
        m_unreported = 0;
        m_lastFailure = QDateTime();
    }
    save();
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
    m_lastFailure = QDateTime::fromString(o.value(QLatin1String("lastFailure")).toString(), Qt::ISODateWithMs);
}

void UnlockThrottle::save() const
{
    FileUtil::makePrivateDir(QFileInfo(m_file).absolutePath());
    QJsonObject o;
    o.insert(QLatin1String("consecutive"), m_consecutive);
    o.insert(QLatin1String("unreported"), m_unreported);
    o.insert(QLatin1String("lastFailure"), m_lastFailure.toUTC().toString(Qt::ISODateWithMs));
    (void)FileUtil::writeAtomically(m_file, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace abri
