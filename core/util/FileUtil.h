#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace abri::FileUtil {

// Writes through a temporary file, fsyncs it, renames it over path and fsyncs the folder:
// after a crash the file holds either the old or the new content, never a mix.
Status writeAtomically(const QString& path, const QByteArray& data);
// Removes what writeAtomically leaves when the process dies mid-write: "<path>.abri-tmp-XXXXXX". Only for
// files in folders Abri owns (a user's own "<name>.Monday" beside a backup must never be touched). Returns how
// many were removed.
int removeInterruptedWrites(const QString& path);
// Reads a whole file; fails when it is larger than maxSize (a hostile or damaged file).
Result<QByteArray> readAll(const QString& path, qint64 maxSize);
Status syncDirectory(const QString& dirPath);
// rename(2): replaces to atomically (never a moment without either file), then fsyncs the folder.
Status replaceFile(const QString& from, const QString& to);
// Restrictive permissions for everything Abri writes: 0700 folders, 0600 files.
bool makePrivateDir(const QString& path);
void makePrivateFile(const QString& path);

} // namespace abri::FileUtil
