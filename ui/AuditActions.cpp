#include "AuditActions.h"

namespace abri::ui {

QStringList AuditActions::known()
{
    return {
        QStringLiteral("unlock"),       QStringLiteral("unlock.failed"),         QStringLiteral("lock"),
        QStringLiteral("user.add"),     QStringLiteral("user.disable"),          QStringLiteral("user.enable"),
        QStringLiteral("user.role"),    QStringLiteral("user.reset_passphrase"), QStringLiteral("passphrase.change"),
        QStringLiteral("vault.create"), QStringLiteral("vault.rekey"),           QStringLiteral("vault.recover"),
        QStringLiteral("vault.backup"), QStringLiteral("vault.settings"),        QStringLiteral("audit.verify")};
}

QString AuditActions::displayName(const QString& action)
{
    struct Name
    {
        const char* id;
        const char* text;
    };
    static const Name names[] = {
        {"unlock", QT_TR_NOOP("Unlocked")},
        {"unlock.failed", QT_TR_NOOP("Failed unlock")},
        {"lock", QT_TR_NOOP("Locked")},
        {"user.add", QT_TR_NOOP("User added")},
        {"user.disable", QT_TR_NOOP("User disabled")},
        {"user.enable", QT_TR_NOOP("User enabled")},
        {"user.role", QT_TR_NOOP("Role changed")},
        {"user.reset_passphrase", QT_TR_NOOP("Passphrase reset")},
        {"passphrase.change", QT_TR_NOOP("Own passphrase changed")},
        {"vault.create", QT_TR_NOOP("Vault created")},
        {"vault.rekey", QT_TR_NOOP("Vault re-keyed")},
        {"vault.recover", QT_TR_NOOP("Opened with recovery key")},
        {"vault.backup", QT_TR_NOOP("Backup made")},
        {"vault.settings", QT_TR_NOOP("Settings changed")},
        {"audit.verify", QT_TR_NOOP("Audit log verified")},
    };
    for (const Name& name : names) {
        if (action == QLatin1String(name.id)) {
            return tr(name.text);
        }
    }
    return action;
}

} // namespace abri::ui
