#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

namespace abri::leaks {

// Watches every SecureBuffer of the process through core's test-only observer: which buffers are live, and
// whether each one was all zeros when it was wiped. One probe at a time; it removes the observer when destroyed.
class SecureMemoryProbe
{
public:
    struct Buffer
    {
        std::size_t size = 0;
        std::uint64_t serial = 0; // addresses are reused, so each allocation gets a number
    };
    using Buffers = std::map<const std::uint8_t*, Buffer>;

    SecureMemoryProbe();
    ~SecureMemoryProbe();
    SecureMemoryProbe(const SecureMemoryProbe&) = delete;
    SecureMemoryProbe& operator=(const SecureMemoryProbe&) = delete;

    // Buffers allocated since this probe started and not yet freed (earlier ones are unknown to it).
    Buffers live() const;
    // The buffers in now that are not in before: what an operation allocated and kept.
    static Buffers added(const Buffers& before, const Buffers& now);

    struct Verdict
    {
        int wipedClean = 0;
        std::vector<std::size_t> stillLive;  // sizes of buffers not freed
        std::vector<std::size_t> wipedDirty; // sizes of buffers freed with a non-zero byte
        std::vector<std::size_t> neverWiped; // sizes of buffers gone without a wipe event (cannot happen)
        bool ok() const { return stillLive.empty() && wipedDirty.empty() && neverWiped.empty(); }
        QString describe() const;
    };
    // For each buffer in held: was it wiped to all zeros and freed since it was allocated?
    Verdict check(const Buffers& held) const;

    // What the observer does on a wipe, callable directly so a test can show it notices a non-zero byte.
    void recordWipe(const std::uint8_t* data, std::size_t size);

private:
    static void observe(SecureMemoryEvent event, const std::uint8_t* data, std::size_t size) noexcept;

    mutable std::mutex m_mutex;
    Buffers m_live;
    std::map<std::uint64_t, bool> m_wipedClean; // serial -> all bytes zero at wipe time
    std::uint64_t m_serial = 0;
    SecureMemoryObserver m_previous = nullptr;
};

} // namespace abri::leaks
