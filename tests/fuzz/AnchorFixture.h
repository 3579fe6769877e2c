#pragma once

// The vault state the anchor target decodes with; make_corpus.cpp seals its seeds with the same key.

#include "crypto/Crypto.h"
#include "vault/VaultPrivate.h"

#include <memory>

namespace abri::fuzz {

inline std::unique_ptr<Vault::Private> anchorFixture()
{
    auto p = std::make_unique<Vault::Private>();
    p->keyFile.vaultId = crypto::hash(QByteArrayLiteral("abri.fuzz.vault-id"), 16);
    const QByteArray key = crypto::hash(QByteArrayLiteral("abri.fuzz.anchor-key"), crypto::KeySize);
    p->anchorKey = SecureBuffer::copyOf(reinterpret_cast<const std::uint8_t*>(key.constData()),
                                        static_cast<std::size_t>(key.size()));
    return p;
}

} // namespace abri::fuzz
