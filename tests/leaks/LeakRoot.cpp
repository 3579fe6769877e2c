#include "LeakRoot.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

namespace abri::leaks {

namespace {

QString g_root;
QString g_originalTemp;
QString g_originalHome;
QDateTime g_started;

QString under(const char* relative)
{
    return QDir(g_root).filePath(QString::fromLatin1(relative));
}

bool makeAndExport(const char* variable, const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        return false;
    }
    qputenv(variable, QFile::encodeName(dir));
    return true;
}

} // namespace

bool LeakRoot::setUp()
{
    const QByteArray base = qEnvironmentVariableIsEmpty("TMPDIR") ? QByteArray("/tmp") : qgetenv("TMPDIR");
    g_originalTemp = QFile::decodeName(base);
    g_originalHome = QFile::decodeName(qgetenv("HOME"));
    g_started = QDateTime::currentDateTimeUtc().addSecs(-1);
    QByteArray templ = base + "/abri-leaks-XXXXXX";
    const char* made = mkdtemp(templ.data());
    if (made == nullptr) {
        return false;
    }
    g_root = QFile::decodeName(made);
    const QString runtime = under("runtime");
    const bool ok = makeAndExport("HOME", home()) && makeAndExport("XDG_CONFIG_HOME", configHome()) &&
                    makeAndExport("XDG_DATA_HOME", dataHome()) && makeAndExport("XDG_CACHE_HOME", cacheHome()) &&
                    makeAndExport("XDG_STATE_HOME", stateHome()) && makeAndExport("TMPDIR", tempDir()) &&
                    makeAndExport("SQLITE_TMPDIR", tempDir()) && makeAndExport("XDG_RUNTIME_DIR", runtime);
    // Qt refuses a runtime folder that others may read.
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return ok;
}

void LeakRoot::tearDown()
{
    if (g_root.isEmpty()) {
        return;
    }
    if (qEnvironmentVariableIsSet("ABRI_LEAKS_KEEP")) {
        qInfo("leak-test files kept in %s", qPrintable(g_root));
        return;
    }
    QDir(g_root).removeRecursively();
}

QString LeakRoot::path()
{
    return g_root;
}

QString LeakRoot::home()
{
    return under("home");
}

QString LeakRoot::configHome()
{
    return under("home/.config");
}

QString LeakRoot::dataHome()
{
    return under("home/.local/share");
}

QString LeakRoot::cacheHome()
{
    return under("home/.cache");
}

QString LeakRoot::stateHome()
{
    return under("home/.local/state");
}

QString LeakRoot::tempDir()
{
    return under("tmp");
}

QString LeakRoot::originalTempDir()
{
    return g_originalTemp;
}

QString LeakRoot::originalHome()
{
    return g_originalHome;
}

QDateTime LeakRoot::startedAt()
{
    return g_started;
}

} // namespace abri::leaks
