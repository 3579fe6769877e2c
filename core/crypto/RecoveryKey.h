#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace abri {

// The printable recovery key: 128 random bits plus a 32-bit checksum, written as eight groups of four
// Crockford base-32 characters (no I, L, O or U, so a hand copy is hard to misread).
// The vault's data key is derived from it, so it opens the vault even if every key slot is lost.
class RecoveryKey
{
public:
    static constexpr std::size_t SecretSize = 16;

    static RecoveryKey generate();
    // Accepts any case, spaces and dashes, and the usual look-alikes (O for 0, I or L for 1).
    // Returns an invalid key when the checksum does not match (a typo).
    static RecoveryKey parse(const QString& text);

    bool isValid() const { return m_secret.size() == SecretSize; }
    QString toDisplayString() const; // "ABCD-EFGH-…"
    SecureBuffer deriveDataKey() const;

private:
    SecureBuffer m_secret;
};

} // namespace abri
