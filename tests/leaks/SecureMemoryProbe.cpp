#include "SecureMemoryProbe.h"

#include <QStringList>

#include <algorithm>
#include <atomic>

namespace abri::leaks {

namespace {

std::atomic<SecureMemoryProbe*> g_probe{nullptr};

QString sizes(const std::vector<std::size_t>& list)
{
    QStringList out;
    for (std::size_t size : list) {
        out << QString::number(size);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

SecureMemoryProbe::SecureMemoryProbe()
{
    g_probe.store(this);
    m_previous = setSecureMemoryObserverForTests(&SecureMemoryProbe::observe);
}

SecureMemoryProbe::~SecureMemoryProbe()
{
    setSecureMemoryObserverForTests(m_previous);
    g_probe.store(nullptr);
}

void SecureMemoryProbe::observe(SecureMemoryEvent event, const std::uint8_t* data, std::size_t size) noexcept
{
    SecureMemoryProbe* probe = g_probe.load();
    if (probe == nullptr) {
        return;
    }
    if (event == SecureMemoryEvent::Wiped) {
        probe->recordWipe(data, size);
        return;
    }
    std::lock_guard lock(probe->m_mutex);
    probe->m_live[data] = Buffer{size, ++probe->m_serial};
}

void SecureMemoryProbe::recordWipe(const std::uint8_t* data, std::size_t size)
{
    // Read the bytes as they are at this moment: after core's wipe, before sodium_free.
    const bool clean = std::all_of(data, data + size, [](std::uint8_t byte) { return byte == 0; });
    std::lock_guard lock(m_mutex);
    auto it = m_live.find(data);
    const std::uint64_t serial = it != m_live.end() ? it->second.serial : ++m_serial;
    m_wipedClean[serial] = clean;
    if (it != m_live.end()) {
        m_live.erase(it);
    }
}

SecureMemoryProbe::Buffers SecureMemoryProbe::live() const
{
    std::lock_guard lock(m_mutex);
    return m_live;
}

SecureMemoryProbe::Buffers SecureMemoryProbe::added(const Buffers& before, const Buffers& now)
{
    Buffers out;
    for (const auto& [address, buffer] : now) {
        const auto old = before.find(address);
        if (old == before.end() || old->second.serial != buffer.serial) {
            out.emplace(address, buffer);
        }
    }
    return out;
}

SecureMemoryProbe::Verdict SecureMemoryProbe::check(const Buffers& held) const
{
    std::lock_guard lock(m_mutex);
    Verdict verdict;
    for (const auto& [address, buffer] : held) {
        const auto wiped = m_wipedClean.find(buffer.serial);
        if (wiped != m_wipedClean.end()) {
            if (wiped->second) {
                ++verdict.wipedClean;
            } else {
                verdict.wipedDirty.push_back(buffer.size);
            }
            continue;
        }
        const auto live = m_live.find(address);
        if (live != m_live.end() && live->second.serial == buffer.serial) {
            verdict.stillLive.push_back(buffer.size);
        } else {
            verdict.neverWiped.push_back(buffer.size);
        }
    }
    return verdict;
}

QString SecureMemoryProbe::Verdict::describe() const
{
    return QStringLiteral("%1 buffer(s) wiped to zero; still live (bytes each): [%2]; freed with non-zero bytes: [%3]; "
                          "gone without a wipe: [%4]")
        .arg(wipedClean)
        .arg(sizes(stillLive), sizes(wipedDirty), sizes(neverWiped));
}

} // namespace abri::leaks
