#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <cstdint>

// The one place that speaks to libsodium; the rest of Abri uses these functions.
namespace abri::crypto {

constexpr std::size_t KeySize = 32;
constexpr std::size_t SaltSize = 16;
constexpr std::size_t NonceSize = 24;
constexpr std::size_t MacSize = 16;

// Must succeed before any other call; safe to call more than once.
bool initialize();

void randomFill(std::uint8_t* out, std::size_t size);
QByteArray randomBytes(std::size_t size);
SecureBuffer randomKey();

struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;

    static KdfParams moderate();    // product default
    static KdfParams interactive(); // recovery and lighter uses
    static KdfParams minimum();     // tests only: keeps the suite fast
    bool isSane() const;
    bool operator==(const KdfParams&) const = default;
};

// Argon2id(passphrase, salt) -> 32-byte key in secure memory. Returns an empty buffer on failure.
SecureBuffer deriveKey(const SecureBuffer& passphrase, const QByteArray& salt, const KdfParams& params);

// XChaCha20-Poly1305. Output is nonce || ciphertext || tag.
QByteArray seal(const SecureBuffer& key, const std::uint8_t* plain, std::size_t size, const QByteArray& ad);
// Returns an empty buffer when the data is not authentic for this key and associated data.
SecureBuffer open(const SecureBuffer& key, const QByteArray& sealed, const QByteArray& ad, bool* ok);

// BLAKE2b with an optional key; outSize 16..64.
QByteArray hash(const QByteArray& data, std::size_t outSize = 32, const std::uint8_t* key = nullptr,
                std::size_t keySize = 0);
// Keyed BLAKE2b output into secure memory (for keys derived from keys).
SecureBuffer deriveSubkey(const SecureBuffer& key, const QByteArray& context, std::size_t outSize = KeySize);

struct KeyPair
{
    QByteArray publicKey;   // 32 bytes
    SecureBuffer secretKey; // 32 bytes
};
KeyPair generateKeyPair();
QByteArray publicKeyOf(const SecureBuffer& secretKey);

// Encrypts plain to a recipient's X25519 public key (ephemeral key agreement + XChaCha20-Poly1305).
QByteArray sealToPublicKey(const QByteArray& recipientPublicKey, const SecureBuffer& plain, const QByteArray& ad);
SecureBuffer openWithSecretKey(const SecureBuffer& secretKey, const QByteArray& sealed, const QByteArray& ad, bool* ok);

// Streaming BLAKE2b-256 for large files (backups).
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;
    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray finish();

private:
    alignas(64) unsigned char m_state[384];
};

// Constant-time comparison.
bool equalBytes(const QByteArray& a, const QByteArray& b);
void wipe(QByteArray& bytes);

} // namespace abri::crypto
