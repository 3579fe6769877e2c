#pragma once

#include <Qt>

namespace abri::ui {

// Roles shared by Abri's item models. Proxies sort on RawValueRole (dates, numbers, enums), never on display text.
enum ItemRole {
    RawValueRole = Qt::UserRole + 1,
    IdRole,
};

} // namespace abri::ui
