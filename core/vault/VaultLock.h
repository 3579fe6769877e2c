#pragma once

#include <QString>

namespace abri {

// One writer per vault: an exclusive, non-blocking flock on the vault's abri.lock file, held for the whole
// read-write session and released by the kernel if the process dies.
class VaultLock
{
public:
    VaultLock() = default;
    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    bool acquire(const QString& lockFile);
    void release();
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace abri
