#include "vault/Role.h"

namespace abri {

QString roleId(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::LegalVolunteer:
        return QStringLiteral("legal");
    case Role::ClinicIntake:
        return QStringLiteral("clinic");
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role r : AllRoles) {
        if (roleId(r) == id.trimmed().toLower()) {
            return r;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return QCoreApplication::translate("abri::Role", "Coordinator");
    case Role::Caseworker:
        return QCoreApplication::translate("abri::Role", "Caseworker");
    case Role::LegalVolunteer:
        return QCoreApplication::translate("abri::Role", "Legal volunteer");
    case Role::ClinicIntake:
        return QCoreApplication::translate("abri::Role", "Clinic intake");
    }
    return {};
}

} // namespace abri
