#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace abri::ui {

// People-readable names for the audit log's action identifiers (see core's AuditLog.h).
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    static QStringList known();
    // Translated name; unknown identifiers are shown as they are.
    static QString displayName(const QString& action);
};

} // namespace abri::ui
