#pragma once

#include "cases/Access.h"

#include <QtGlobal>

#include <set>
#include <utility>

namespace abri {

// What one unlocked session was granted beyond its role: break-the-glass openings of one category of one person.
// Held by the Vault and dropped when it locks, so a grant never outlives the session that asked for it.
struct SessionGrants
{
    std::set<std::pair<qint64, Category>> glass;

    bool has(qint64 personId, Category category) const { return glass.count({personId, category}) > 0; }
    void clear() { glass.clear(); }
};

} // namespace abri
