#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace abri {

enum class Role { Coordinator, Caseworker, LegalVolunteer, ClinicIntake };

// Stable identifier stored in the vault and used by abri-admin: coordinator, caseworker, legal, clinic.
QString roleId(Role role);
std::optional<Role> roleFromId(const QString& id);
// Translated name for people.
QString roleDisplayName(Role role);
constexpr Role AllRoles[] = {Role::Coordinator, Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake};

} // namespace abri
