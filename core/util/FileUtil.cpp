#include "util/FileUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
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

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::Io,
                     trF(QT_TRANSLATE_NOOP("abri::FileUtil",
                                           "A file could not be written. Check the free space and the folder's "
                                           "permissions; nothing was changed.")));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0 || !file.commit()) {
        file.cancelWriting();
        return Error(ErrorCode::Io,
                     trF(QT_TRANSLATE_NOOP("abri::FileUtil",
                                           "A file could not be written. Check the free space and the folder's "
                                           "permissions; nothing was changed.")));
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
