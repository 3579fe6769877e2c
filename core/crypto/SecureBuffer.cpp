#include "crypto/SecureBuffer.h"

#include <sodium.h>

#include <atomic>
#include <cstring>
#include <new>
#include <utility>

namespace abri {

namespace {

std::atomic<std::size_t> g_liveBuffers{0};
std::atomic<std::size_t> g_liveBytes{0};
std::atomic<SecureMemoryObserver> g_observer{nullptr};

void notify(SecureMemoryEvent event, const std::uint8_t* data, std::size_t size)
{
    if (const SecureMemoryObserver observer = g_observer.load(std::memory_order_acquire); observer != nullptr) {
        observer(event, data, size);
    }
}

} // namespace

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
    g_liveBuffers.fetch_add(1, std::memory_order_relaxed);
    g_liveBytes.fetch_add(size, std::memory_order_relaxed);
    notify(SecureMemoryEvent::Allocated, m_data, size);
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
        // sodium_free zeroes too, but only this explicit wipe is ours to prove: the observer checks it here.
        notify(SecureMemoryEvent::Wiped, m_data, m_size);
        sodium_free(m_data);
        g_liveBuffers.fetch_sub(1, std::memory_order_relaxed);
        g_liveBytes.fetch_sub(m_size, std::memory_order_relaxed);
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

SecureMemoryStats secureMemoryStats()
{
    return {g_liveBuffers.load(std::memory_order_relaxed), g_liveBytes.load(std::memory_order_relaxed)};
}

SecureMemoryObserver setSecureMemoryObserverForTests(SecureMemoryObserver observer)
{
    return g_observer.exchange(observer, std::memory_order_acq_rel);
}

} // namespace abri
