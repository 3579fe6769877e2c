#include "util/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace abri::Paths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("Abri"));
}

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
