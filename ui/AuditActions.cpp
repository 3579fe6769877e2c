#include "AuditActions.h"

namespace abri::ui {

QStringList AuditActions::known()
{
    return {QStringLiteral("unlock"),
            QStringLiteral("unlock.failed"),
            QStringLiteral("lock"),
            QStringLiteral("user.add"),
            QStringLiteral("user.disable"),
            QStringLiteral("user.enable"),
            QStringLiteral("user.role"),
            QStringLiteral("user.reset_passphrase"),
            QStringLiteral("passphrase.change"),
            QStringLiteral("vault.create"),
            QStringLiteral("vault.rekey"),
            QStringLiteral("vault.recover"),
            QStringLiteral("vault.backup"),
            QStringLiteral("vault.settings"),
            QStringLiteral("audit.verify"),
            QStringLiteral("person.create"),
            QStringLiteral("person.update"),
            QStringLiteral("person.view"),
            QStringLiteral("person.merge"),
            QStringLiteral("note.add"),
            QStringLiteral("note.correct"),
            QStringLiteral("followup.add"),
            QStringLiteral("followup.done"),
            QStringLiteral("consent.add"),
            QStringLiteral("consent.revoke"),
            QStringLiteral("attachment.add"),
            QStringLiteral("attachment.view"),
            QStringLiteral("attachment.export"),
            QStringLiteral("access.change"),
            QStringLiteral("access.break_glass"),
            QStringLiteral("access.review"),
            QStringLiteral("user.hide_names"),
            QStringLiteral("demo.fill"),
            QStringLiteral("partner.create"),
            QStringLiteral("partner.update"),
            QStringLiteral("partner.key"),
            QStringLiteral("agreement.create"),
            QStringLiteral("agreement.update"),
            QStringLiteral("agreement.document"),
            QStringLiteral("agreement.document_view"),
            QStringLiteral("disclosure.record"),
            QStringLiteral("disclosure.override"),
            QStringLiteral("disclosure.review"),
            QStringLiteral("authority.create"),
            QStringLiteral("authority.update")};
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
        {"person.create", QT_TR_NOOP("File created")},
        {"person.update", QT_TR_NOOP("File changed")},
        {"person.view", QT_TR_NOOP("Restricted details viewed")},
        {"person.merge", QT_TR_NOOP("Files merged")},
        {"note.add", QT_TR_NOOP("Note added")},
        {"note.correct", QT_TR_NOOP("Note corrected")},
        {"followup.add", QT_TR_NOOP("Follow-up added")},
        {"followup.done", QT_TR_NOOP("Follow-up done")},
        {"consent.add", QT_TR_NOOP("Consent recorded")},
        {"consent.revoke", QT_TR_NOOP("Consent revoked")},
        {"attachment.add", QT_TR_NOOP("Attachment added")},
        {"attachment.view", QT_TR_NOOP("Attachment viewed")},
        {"attachment.export", QT_TR_NOOP("Attachment copy saved (not encrypted)")},
        {"access.change", QT_TR_NOOP("Access changed")},
        {"access.break_glass", QT_TR_NOOP("Glass broken")},
        {"access.review", QT_TR_NOOP("Glass break reviewed")},
        {"user.hide_names", QT_TR_NOOP("Hidden-name mode changed")},
        {"demo.fill", QT_TR_NOOP("Demo data added")},
        {"partner.create", QT_TR_NOOP("Partner added")},
        {"partner.update", QT_TR_NOOP("Partner changed")},
        {"partner.key", QT_TR_NOOP("Partner key changed")},
        {"agreement.create", QT_TR_NOOP("Agreement added")},
        {"agreement.update", QT_TR_NOOP("Agreement changed")},
        {"agreement.document", QT_TR_NOOP("Agreement document attached")},
        {"agreement.document_view", QT_TR_NOOP("Agreement document viewed")},
        {"disclosure.record", QT_TR_NOOP("Information shared")},
        {"disclosure.override", QT_TR_NOOP("Information shared by override")},
        {"disclosure.review", QT_TR_NOOP("Override reviewed")},
        {"authority.create", QT_TR_NOOP("Authority request recorded")},
        {"authority.update", QT_TR_NOOP("Authority request changed")},
    };
    for (const Name& name : names) {
        if (action == QLatin1String(name.id)) {
            return tr(name.text);
        }
    }
    return action;
}

} // namespace abri::ui
