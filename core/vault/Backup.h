#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

namespace abri {

// The single-file backup format (see docs/vault-format.md): header, key slots, audit anchor, the SQLCipher
// database as it is on disk (still encrypted), and a BLAKE2b checksum over all of it.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    static constexpr int FormatVersion = 1;

    // Writes the backup atomically; the database copy is read from dbCopyPath.
    static Status write(const QString& file, const QByteArray& keySlots, const QByteArray& anchor,
                        const QString& dbCopyPath);

    struct Contents
    {
        QByteArray keySlots;
        QByteArray anchor;
        qint64 dbOffset = 0;
        qint64 dbSize = 0;
    };
    // Checks magic, version and checksum; never trusts a length it has not bounded.
    static Result<Contents> read(const QString& file);
    // The same checks on an open random-access device (read() uses it; the fuzz tests feed it memory).
    static Result<Contents> read(QIODevice& in);
    // Unpacks into an empty folder (abri.keys, abri.anchor, abri.db).
    static Status unpack(const QString& file, const Contents& contents, const QString& folder);
};

} // namespace abri
