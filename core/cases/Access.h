#pragma once

#include "vault/Role.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace abri {

// Need-to-know: every restricted field, note and attachment belongs to one category, and a role x category matrix
// (kept in the vault, changed by coordinators) decides who reads and writes it. Alias, pronouns, languages, tags,
// status, assigned worker and the risk-flag markers are the profile every role sees; everything else is here.
enum class Category { Identity, Contact, Location, Health, Legal, ShelterAddress, Risk };
constexpr Category AllCategories[] = {Category::Identity, Category::Contact, Category::Location,
                                      Category::Health,   Category::Legal,   Category::ShelterAddress,
                                      Category::Risk};
constexpr int CategoryCount = static_cast<int>(std::size(AllCategories));

// Stable identifier stored in the vault: identity, contact, location, health, legal, shelter, risk.
QString categoryId(Category category);
std::optional<Category> categoryFromId(const QString& id);
QString categoryDisplayName(Category category);

struct Permission
{
    bool read = false;
    bool write = false; // write implies read
    bool operator==(const Permission&) const = default;
};

class AccessMatrix
{
public:
    // Clinic intake reads health but not legal; legal volunteers read legal but not health; only coordinators and
    // caseworkers read shelter addresses; nobody but clinic intake reads health, nobody but legal volunteers reads
    // legal (others break the glass). Schema migration 4 writes the same table into every vault.
    static AccessMatrix defaults();

    Permission get(Role role, Category category) const;
    // write = true forces read = true.
    void set(Role role, Category category, Permission permission);
    bool operator==(const AccessMatrix&) const = default;

private:
    std::array<std::array<Permission, CategoryCount>, std::size(AllRoles)> m_cells{};
};

} // namespace abri
