#include "util/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace abri::Paths {

QString defaultVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("vault.abri"));
}

QString localStateDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("state"));
}

} // namespace abri::Paths
