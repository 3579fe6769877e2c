#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace abri {

// A fixed-size buffer in libsodium guarded memory (mlocked, guard pages, wiped when freed).
// Move-only: a key must never be copied into ordinary memory.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    // Copies UTF-8 of text into guarded memory. The caller should clear the QString it came from.
    static SecureBuffer fromUtf8(const QString& text);
    static SecureBuffer copyOf(const std::uint8_t* data, std::size_t size);

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool equals(const SecureBuffer& other) const;

    // Zeroes and releases the memory now (also done by the destructor).
    void wipe();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// Best-effort clearing of a QString that held a secret (detaches and zeroes its buffer).
void wipeString(QString& text);

// How much guarded memory the process holds right now. Sizes only, so harmless to expose; tests use it to prove
// that locking releases every key.
struct SecureMemoryStats
{
    std::size_t buffers = 0;
    std::size_t bytes = 0;
};
SecureMemoryStats secureMemoryStats();

// Test-only observation of guarded memory: the observer learns where each buffer is allocated and sees its bytes
// after they were zeroed and before they are freed, so a test can prove that every key is wiped. It is told the
// address of each buffer, which later holds a key: only code already running inside this process can install
// one, and such code can read the process's memory anyway, so the hook gives it nothing new. Only test code may
// call setSecureMemoryObserverForTests (a check under tests/leaks enforces it).
// Called on whichever thread allocates or wipes; must not throw and must not allocate guarded memory itself.
enum class SecureMemoryEvent { Allocated, Wiped };
using SecureMemoryObserver = void (*)(SecureMemoryEvent event, const std::uint8_t* data, std::size_t size) noexcept;
// Returns the previous observer; nullptr removes it.
SecureMemoryObserver setSecureMemoryObserverForTests(SecureMemoryObserver observer);

} // namespace abri
