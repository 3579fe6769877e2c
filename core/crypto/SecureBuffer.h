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

} // namespace abri
