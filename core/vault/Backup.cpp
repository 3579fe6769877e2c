#include "vault/Backup.h"

#include "crypto/Crypto.h"
#include "util/FileUtil.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <unistd.h>

namespace abri {

namespace {
constexpr char Magic[8] = {'A', 'B', 'R', 'I', 'B', 'A', 'K', '1'};
constexpr qint64 MaxSmallPart = 16 * 1024 * 1024;
constexpr qint64 Chunk = 1024 * 1024;
constexpr qint64 HashSize = 32;

Error ioError()
{
    return Error(ErrorCode::Io, BackupFile::tr("The backup file could not be written. Check the free space and that "
                                               "you may write there; nothing was changed."));
}

Error corruptError()
{
    return Error(ErrorCode::CorruptBackup, BackupFile::tr("This backup file is damaged or is not an Abri backup. "
                                                          "Nothing was restored."));
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray u64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

bool copyRange(QFile& from, qint64 size, QIODevice& to, crypto::Hasher* hasher)
{
    QByteArray buf;
    while (size > 0) {
        buf = from.read(std::min(size, Chunk));
        if (buf.isEmpty()) {
            return false;
        }
        if (hasher != nullptr) {
            hasher->add(buf);
        }
        if (to.write(buf) != buf.size()) {
            return false;
        }
        size -= buf.size();
    }
    return true;
}
} // namespace

Status BackupFile::write(const QString& file, const QByteArray& keySlots, const QByteArray& anchor,
                         const QString& dbCopyPath)
{
    QFile db(dbCopyPath);
    if (!db.open(QIODevice::ReadOnly)) {
        return ioError();
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return ioError();
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    crypto::Hasher hasher;
    QByteArray header(Magic, 8);
    header += u32(FormatVersion);
    header += u32(static_cast<quint32>(keySlots.size())) + keySlots;
    header += u32(static_cast<quint32>(anchor.size())) + anchor;
    header += u64(static_cast<quint64>(db.size()));
    hasher.add(header);
    if (out.write(header) != header.size() || !copyRange(db, db.size(), out, &hasher)) {
        out.cancelWriting();
        return ioError();
    }
    const QByteArray sum = hasher.finish();
    if (out.write(sum) != sum.size() || !out.flush() || ::fsync(out.handle()) != 0 || !out.commit()) {
        out.cancelWriting();
        return ioError();
    }
    return FileUtil::syncDirectory(QFileInfo(file).absolutePath());
}

Result<BackupFile::Contents> BackupFile::read(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::VaultNotFound, tr("The backup file could not be opened."));
    }
    return read(in);
}

Result<BackupFile::Contents> BackupFile::read(QIODevice& in)
{
    const qint64 total = in.size();
    crypto::Hasher hasher;
    auto take = [&](qint64 n, QByteArray& out) {
        if (n < 0 || n > total - in.pos()) {
            return false;
        }
        out = in.read(n);
        hasher.add(out);
        return out.size() == n;
    };
    QByteArray magic;
    QByteArray word;
    if (!take(8, magic) || magic != QByteArray(Magic, 8) || !take(4, word)) {
        return corruptError();
    }
    const quint32 version = qFromLittleEndian<quint32>(word.constData());
    if (version > FormatVersion) {
        return Error(ErrorCode::NewerFormat, tr("This backup was made by a newer version of Abri. Install the newer "
                                                "version to restore it."));
    }
    Contents c;
    if (!take(4, word) || qFromLittleEndian<quint32>(word.constData()) > MaxSmallPart ||
        !take(qFromLittleEndian<quint32>(word.constData()), c.keySlots)) {
        return corruptError();
    }
    if (!take(4, word) || qFromLittleEndian<quint32>(word.constData()) > MaxSmallPart ||
        !take(qFromLittleEndian<quint32>(word.constData()), c.anchor)) {
        return corruptError();
    }
    QByteArray size8;
    if (!take(8, size8)) {
        return corruptError();
    }
    c.dbSize = static_cast<qint64>(qFromLittleEndian<quint64>(size8.constData()));
    c.dbOffset = in.pos();
    if (c.dbSize < 0 || c.dbSize != total - c.dbOffset - HashSize) {
        return corruptError();
    }
    qint64 left = c.dbSize;
    while (left > 0) {
        const QByteArray buf = in.read(std::min(left, Chunk));
        if (buf.isEmpty()) {
            return corruptError();
        }
        hasher.add(buf);
        left -= buf.size();
    }
    if (!crypto::equalBytes(hasher.finish(), in.read(HashSize))) {
        return corruptError();
    }
    return c;
}

Status BackupFile::unpack(const QString& file, const Contents& contents, const QString& folder)
{
    QDir dir(folder);
    if (auto st = FileUtil::writeAtomically(dir.filePath(QStringLiteral("abri.keys")), contents.keySlots); !st) {
        return st;
    }
    if (!contents.anchor.isEmpty()) {
        if (auto st = FileUtil::writeAtomically(dir.filePath(QStringLiteral("abri.anchor")), contents.anchor); !st) {
            return st;
        }
    }
    QFile in(file);
    QSaveFile out(dir.filePath(QStringLiteral("abri.db")));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        return ioError();
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Hash again while copying: the checksum was checked on an earlier read, and a failing disk or USB stick
    // may not return the same bytes twice.
    crypto::Hasher hasher;
    hasher.add(in.read(contents.dbOffset));
    if (!copyRange(in, contents.dbSize, out, &hasher) || !crypto::equalBytes(hasher.finish(), in.read(HashSize))) {
        out.cancelWriting();
        return corruptError();
    }
    if (!out.flush() || ::fsync(out.handle()) != 0 || !out.commit()) {
        out.cancelWriting();
        return ioError();
    }
    return FileUtil::syncDirectory(folder);
}

} // namespace abri
