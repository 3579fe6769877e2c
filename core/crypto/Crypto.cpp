#include "crypto/Crypto.h"

#include <sodium.h>

namespace abri::crypto {

namespace {
const std::uint8_t* bytes(const QByteArray& a)
{
    return reinterpret_cast<const std::uint8_t*>(a.constData());
}
std::size_t len(const QByteArray& a)
{
    return static_cast<std::size_t>(a.size());
}
constexpr std::size_t SealedOverhead = crypto_box_PUBLICKEYBYTES + NonceSize + MacSize;
} // namespace

bool initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

void randomFill(std::uint8_t* out, std::size_t size)
{
    randombytes_buf(out, size);
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(out.data(), size);
    return out;
}

SecureBuffer randomKey()
{
    SecureBuffer key(KeySize);
    randombytes_buf(key.data(), key.size());
    return key;
}

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 8192};
}

bool KdfParams::isSane() const
{
    // Bounds protect against a tampered key-slot file asking for absurd work or memory.
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64 && memLimit >= 8192 &&
           memLimit <= (std::uint64_t{4} << 30);
}

SecureBuffer deriveKey(const SecureBuffer& passphrase, const QByteArray& salt, const KdfParams& params)
{
    if (len(salt) != crypto_pwhash_SALTBYTES || !params.isSane()) {
        return {};
    }
    SecureBuffer out(KeySize);
    const char* pw = passphrase.empty() ? "" : reinterpret_cast<const char*>(passphrase.data());
    if (crypto_pwhash(out.data(), out.size(), pw, passphrase.size(), bytes(salt), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return out;
}

QByteArray seal(const SecureBuffer& key, const std::uint8_t* plain, std::size_t size, const QByteArray& ad)
{
    QByteArray out(static_cast<qsizetype>(NonceSize + size + MacSize), Qt::Uninitialized);
    auto* o = reinterpret_cast<std::uint8_t*>(out.data());
    randombytes_buf(o, NonceSize);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(o + NonceSize, &clen, plain, size, bytes(ad), len(ad), nullptr, o,
                                               key.data());
    return out;
}

SecureBuffer open(const SecureBuffer& key, const QByteArray& sealed, const QByteArray& ad, bool* ok)
{
    *ok = false;
    if (key.size() != KeySize || len(sealed) < NonceSize + MacSize) {
        return {};
    }
    SecureBuffer out(len(sealed) - NonceSize - MacSize);
    unsigned long long plen = 0;
    const std::uint8_t* s = bytes(sealed);
    // SecureBuffer of size 0 has no storage; decrypt into a dummy byte then.
    std::uint8_t dummy = 0;
    std::uint8_t* target = out.empty() ? &dummy : out.data();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(target, &plen, nullptr, s + NonceSize, len(sealed) - NonceSize,
                                                   bytes(ad), len(ad), s, key.data()) != 0) {
        return {};
    }
    *ok = true;
    return out;
}

QByteArray hash(const QByteArray& data, std::size_t outSize, const std::uint8_t* key, std::size_t keySize)
{
    QByteArray out(static_cast<qsizetype>(outSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<std::uint8_t*>(out.data()), outSize, bytes(data), len(data), key, keySize);
    return out;
}

SecureBuffer deriveSubkey(const SecureBuffer& key, const QByteArray& context, std::size_t outSize)
{
    SecureBuffer out(outSize);
    crypto_generichash(out.data(), outSize, bytes(context), len(context), key.data(), key.size());
    return out;
}

KeyPair generateKeyPair()
{
    KeyPair kp;
    kp.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    kp.secretKey = SecureBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<std::uint8_t*>(kp.publicKey.data()), kp.secretKey.data());
    return kp;
}

QByteArray publicKeyOf(const SecureBuffer& secretKey)
{
    QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<std::uint8_t*>(pk.data()), secretKey.data());
    return pk;
}

namespace {
// key = BLAKE2b(shared || ephemeralPk || recipientPk): binds the wrap key to both public keys.
SecureBuffer agreementKey(const std::uint8_t* shared, const QByteArray& ephemeralPk, const QByteArray& recipientPk)
{
    SecureBuffer key(KeySize);
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, KeySize);
    crypto_generichash_update(&st, shared, crypto_scalarmult_BYTES);
    crypto_generichash_update(&st, bytes(ephemeralPk), len(ephemeralPk));
    crypto_generichash_update(&st, bytes(recipientPk), len(recipientPk));
    crypto_generichash_final(&st, key.data(), KeySize);
    sodium_memzero(&st, sizeof st);
    return key;
}
} // namespace

QByteArray sealToPublicKey(const QByteArray& recipientPublicKey, const SecureBuffer& plain, const QByteArray& ad)
{
    if (len(recipientPublicKey) != crypto_box_PUBLICKEYBYTES) {
        return {};
    }
    KeyPair eph = generateKeyPair();
    SecureBuffer shared(crypto_scalarmult_BYTES);
    if (crypto_scalarmult(shared.data(), eph.secretKey.data(), bytes(recipientPublicKey)) != 0) {
        return {};
    }
    SecureBuffer key = agreementKey(shared.data(), eph.publicKey, recipientPublicKey);
    return eph.publicKey + seal(key, plain.data(), plain.size(), ad);
}

SecureBuffer openWithSecretKey(const SecureBuffer& secretKey, const QByteArray& sealed, const QByteArray& ad, bool* ok)
{
    *ok = false;
    if (len(sealed) < SealedOverhead || secretKey.size() != crypto_box_SECRETKEYBYTES) {
        return {};
    }
    const QByteArray ephPk = sealed.left(crypto_box_PUBLICKEYBYTES);
    SecureBuffer shared(crypto_scalarmult_BYTES);
    if (crypto_scalarmult(shared.data(), secretKey.data(), bytes(ephPk)) != 0) {
        return {};
    }
    SecureBuffer key = agreementKey(shared.data(), ephPk, publicKeyOf(secretKey));
    return open(key, sealed.mid(crypto_box_PUBLICKEYBYTES), ad, ok);
}

static_assert(sizeof(crypto_generichash_state) <= 384, "Hasher state buffer too small");

Hasher::Hasher()
{
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(m_state), nullptr, 0, 32);
}

Hasher::~Hasher()
{
    sodium_memzero(m_state, sizeof m_state);
}

void Hasher::add(const char* data, qsizetype size)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(m_state),
                              reinterpret_cast<const std::uint8_t*>(data), static_cast<std::size_t>(size));
}

QByteArray Hasher::finish()
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(m_state),
                             reinterpret_cast<std::uint8_t*>(out.data()), 32);
    return out;
}

bool equalBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && (a.isEmpty() || sodium_memcmp(a.constData(), b.constData(), len(a)) == 0);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), len(bytes));
    }
    bytes.clear();
}

} // namespace abri::crypto
