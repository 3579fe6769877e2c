#include "util/FileUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace abri::FileUtil {

namespace {
QString trF(const char* text)
{
    return QCoreApplication::translate("abri::FileUtil", text);
}
} // namespace

Status syncDirectory(const QString& dirPath)
{
    const QByteArray p = QFile::encodeName(dirPath);
    const int fd = ::open(p.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return Error(ErrorCode::Io,
                     trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A folder could not be synchronised to disk.")));
    }
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) {
        return Error(ErrorCode::Io,
                     trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A folder could not be synchronised to disk.")));
    }
    return {};
}

namespace {
// The temporary file of an atomic write: "<name>.abri-tmp-XXXXXX", a name no person gives a copy of their own, so
// removeInterruptedWrites can never take one of theirs ("abri.keys.backup").
constexpr char TempInfix[] = ".abri-tmp-";

Error writeFailed()
{
    return Error(ErrorCode::Io,
                 trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A file could not be written. Check the free space and the "
                                                         "folder's permissions; nothing was changed.")));
}
} // namespace

int removeInterruptedWrites(const QString& path)
{
    const QFileInfo target(path);
    const QRegularExpression temp(
        QStringLiteral("^%1%2[A-Za-z0-9]{6}$")
            .arg(QRegularExpression::escape(target.fileName()), QRegularExpression::escape(QLatin1String(TempInfix))));
    int removed = 0;
    const QDir dir = target.absoluteDir();
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (temp.match(name).hasMatch() && QFile::remove(dir.filePath(name))) {
            ++removed;
        }
    }
    return removed;
}

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QByteArray temp = QFile::encodeName(path) + TempInfix + "XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC); // 0600 from the start
    if (fd < 0) {
        return writeFailed();
    }
    bool ok = true;
    for (qsizetype done = 0; ok && done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        ok = n > 0;
        done += ok ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temp.constData());
        return writeFailed();
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status replaceFile(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return Error(ErrorCode::Io, trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A file could not be renamed. Check the "
                                                                            "folder's permissions; nothing was "
                                                                            "changed.")));
    }
    return syncDirectory(QFileInfo(to).absolutePath());
}

Result<QByteArray> readAll(const QString& path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A file could not be read.")));
    }
    if (file.size() > maxSize) {
        return Error(ErrorCode::Io,
                     trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A file is larger than expected and was not read.")));
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error(ErrorCode::Io, trF(QT_TRANSLATE_NOOP("abri::FileUtil", "A file could not be read.")));
    }
    return data;
}

bool makePrivateDir(const QString& path)
{
    if (!QDir().mkpath(path)) {
        return false;
    }
    const QByteArray p = QFile::encodeName(path);
    ::chmod(p.constData(), S_IRWXU);
    return true;
}

void makePrivateFile(const QString& path)
{
    const QByteArray p = QFile::encodeName(path);
    ::chmod(p.constData(), S_IRUSR | S_IWUSR);
}

} // namespace abri::FileUtil
