#include "crypto/RecoveryKey.h"

#include "crypto/Crypto.h"

#include <sodium.h>

#include <array>

namespace abri {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t ChecksumSize = 4;
constexpr std::size_t TotalBytes = RecoveryKey::SecretSize + ChecksumSize; // 20 bytes = 32 characters

void checksum(const std::uint8_t* secret, std::uint8_t* out)
{
    static const char ctx[] = "abri.recovery.checksum.v1";
    std::array<std::uint8_t, 16> h{};
    crypto_generichash(h.data(), h.size(), secret, RecoveryKey::SecretSize, reinterpret_cast<const std::uint8_t*>(ctx),
                       sizeof ctx - 1);
    for (std::size_t i = 0; i < ChecksumSize; ++i) {
        out[i] = h[i];
    }
}

int decodeChar(QChar c)
{
    const char16_t u = QChar(c).toUpper().unicode();
    if (u == u'O') {
        return 0;
    }
    if (u == u'I' || u == u'L') {
        return 1;
    }
    for (int i = 0; i < 32; ++i) {
        if (static_cast<char16_t>(Alphabet[i]) == u) {
            return i;
        }
    }
    return -1;
}
} // namespace

RecoveryKey RecoveryKey::generate()
{
    RecoveryKey key;
    key.m_secret = SecureBuffer(SecretSize);
    crypto::randomFill(key.m_secret.data(), SecretSize);
    return key;
}

RecoveryKey RecoveryKey::parse(const QString& text)
{
    SecureBuffer raw(TotalBytes);
    std::size_t bitCount = 0;
    std::uint32_t acc = 0;
    std::size_t outIndex = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == u'-') {
            continue;
        }
        const int v = decodeChar(c);
        if (v < 0 || outIndex >= TotalBytes) {
            return {};
        }
        acc = (acc << 5) | static_cast<std::uint32_t>(v);
        bitCount += 5;
        if (bitCount >= 8) {
            bitCount -= 8;
            raw.data()[outIndex++] = static_cast<std::uint8_t>((acc >> bitCount) & 0xFFu);
        }
    }
    acc = 0;
    if (outIndex != TotalBytes || bitCount != 0) {
        return {};
    }
    std::array<std::uint8_t, ChecksumSize> expected{};
    checksum(raw.data(), expected.data());
    if (sodium_memcmp(expected.data(), raw.data() + SecretSize, ChecksumSize) != 0) {
        return {};
    }
    RecoveryKey key;
    key.m_secret = SecureBuffer::copyOf(raw.data(), SecretSize);
    return key;
}

QString RecoveryKey::toDisplayString() const
{
    if (!isValid()) {
        return {};
    }
    SecureBuffer raw(TotalBytes);
    for (std::size_t i = 0; i < SecretSize; ++i) {
        raw.data()[i] = m_secret.data()[i];
    }
    checksum(m_secret.data(), raw.data() + SecretSize);
    QString out;
    out.reserve(40);
    std::uint32_t acc = 0;
    std::size_t bits = 0;
    int written = 0;
    for (std::size_t i = 0; i < TotalBytes; ++i) {
        acc = (acc << 8) | raw.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (written > 0 && written % 4 == 0) {
                out.append(u'-');
            }
            out.append(QLatin1Char(Alphabet[(acc >> bits) & 0x1Fu]));
            ++written;
        }
    }
    return out;
}

SecureBuffer RecoveryKey::deriveDataKey() const
{
    return crypto::deriveSubkey(m_secret, QByteArrayLiteral("abri.vault.data-key.v1"), crypto::KeySize);
}

} // namespace abri
