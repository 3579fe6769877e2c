#include "cases/Access.h"

namespace abri {

namespace {

int index(Role role)
{
    return static_cast<int>(role);
}

int index(Category category)
{
    return static_cast<int>(category);
}

} // namespace

QString categoryId(Category category)
{
    switch (category) {
    case Category::Identity:
        return QStringLiteral("identity");
    case Category::Contact:
        return QStringLiteral("contact");
    case Category::Location:
        return QStringLiteral("location");
    case Category::Health:
        return QStringLiteral("health");
    case Category::Legal:
        return QStringLiteral("legal");
    case Category::ShelterAddress:
        return QStringLiteral("shelter");
    case Category::Risk:
        return QStringLiteral("risk");
    }
    return {};
}

std::optional<Category> categoryFromId(const QString& id)
{
    for (Category c : AllCategories) {
        if (categoryId(c) == id) {
            return c;
        }
    }
    return std::nullopt;
}

QString categoryDisplayName(Category category)
{
    switch (category) {
    case Category::Identity:
        return QCoreApplication::translate("abri::Category", "Identity");
    case Category::Contact:
        return QCoreApplication::translate("abri::Category", "Contact");
    case Category::Location:
        return QCoreApplication::translate("abri::Category", "Location");
    case Category::Health:
        return QCoreApplication::translate("abri::Category", "Health");
    case Category::Legal:
        return QCoreApplication::translate("abri::Category", "Legal");
    case Category::ShelterAddress:
        return QCoreApplication::translate("abri::Category", "Shelter address");
    case Category::Risk:
        return QCoreApplication::translate("abri::Category", "Risk");
    }
    return {};
}

AccessMatrix AccessMatrix::defaults()
{
    AccessMatrix m;
    const Permission rw{true, true};
    const Permission r{true, false};
    for (Role role : {Role::Coordinator, Role::Caseworker}) {
        for (Category c :
             {Category::Identity, Category::Contact, Category::Location, Category::ShelterAddress, Category::Risk}) {
            m.set(role, c, rw);
        }
    }
    m.set(Role::LegalVolunteer, Category::Identity, r);
    m.set(Role::LegalVolunteer, Category::Contact, r);
    m.set(Role::LegalVolunteer, Category::Legal, rw);
    m.set(Role::LegalVolunteer, Category::Risk, r);
    m.set(Role::ClinicIntake, Category::Contact, r);
    m.set(Role::ClinicIntake, Category::Health, rw);
    m.set(Role::ClinicIntake, Category::Risk, r);
    return m;
}

Permission AccessMatrix::get(Role role, Category category) const
{
    return m_cells.at(index(role)).at(index(category));
}

void AccessMatrix::set(Role role, Category category, Permission permission)
{
    if (permission.write) {
        permission.read = true;
    }
    m_cells.at(index(role)).at(index(category)) = permission;
}

} // namespace abri
