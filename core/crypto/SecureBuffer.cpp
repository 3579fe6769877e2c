#include "crypto/SecureBuffer.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace abri {

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size)
{
    if (size == 0) {
        return;
    }
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer()
{
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out =
        copyOf(reinterpret_cast<const std::uint8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

SecureBuffer SecureBuffer::copyOf(const std::uint8_t* data, std::size_t size)
{
    SecureBuffer out(size);
    if (size > 0) {
        std::memcpy(out.m_data, data, size);
    }
    return out;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBuffer::wipe()
{
    if (m_data != nullptr) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

void wipeString(QString& text)
{
    text.detach();
    if (!text.isEmpty()) {
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace abri
