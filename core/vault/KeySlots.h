#pragma once

#include "crypto/Crypto.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace abri {

// One user's way into the vault (see docs/vault-format.md). Nothing in it names the user:
// the user id is 16 random bytes, and the Argon2id salt is derived from the user name and the vault salt,
// so a name can only be tested together with a passphrase guess.
struct KeySlot
{
    QByteArray userUid; // 16 random bytes, also in the users table
    crypto::KdfParams kdf;
    QByteArray publicKey;        // X25519, lets a coordinator re-seal a new data key without the passphrase
    QByteArray wrappedSecretKey; // XChaCha20-Poly1305(Argon2id(passphrase), sk), AD = context, vault id, user id
    QByteArray sealedDataKey;    // data key sealed to publicKey, AD = context, vault id, user id
};

struct KeySlotFile
{
    static constexpr int FormatVersion = 1;
    static constexpr int MaxSlots = 4096;

    QByteArray vaultId;   // 16 bytes
    QByteArray vaultSalt; // 32 bytes, input to each user's Argon2id salt
    std::vector<KeySlot> entries;

    QByteArray serialize() const;
    // CorruptKeySlots for damaged data, NewerFormat for a file written by a newer Abri.
    static Result<KeySlotFile> parse(const QByteArray& data);

    const KeySlot* find(const QByteArray& userUid) const;
    KeySlot* findMutable(const QByteArray& userUid);
    void upsert(KeySlot slot);
    void remove(const QByteArray& userUid);
};

class KeySlots
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)

public:
    static QByteArray userSalt(const QByteArray& vaultSalt, const QString& userName);
    static QString normalizeUserName(const QString& userName);

    // Makes a slot for a user: a fresh key pair, its secret key wrapped under the passphrase.
    static KeySlot make(const KeySlotFile& file, const QByteArray& userUid, const QString& userName,
                        const SecureBuffer& passphrase, const SecureBuffer& dataKey, const crypto::KdfParams& kdf);
    // Re-wraps only the secret key under a new passphrase (the sealed data key stays).
    static bool rewrap(const KeySlotFile& file, KeySlot& slot, const SecureBuffer& secretKey, const QString& userName,
                       const SecureBuffer& passphrase, const crypto::KdfParams& kdf);
    static QByteArray sealDataKey(const KeySlotFile& file, const KeySlot& slot, const SecureBuffer& dataKey);
    static SecureBuffer openDataKey(const KeySlotFile& file, const KeySlot& slot, const SecureBuffer& secretKey,
                                    bool* ok);

    struct Opened
    {
        QByteArray userUid;
        SecureBuffer secretKey;
        SecureBuffer dataKey;
    };
    // Tries the passphrase against every slot (one Argon2id run per distinct parameter set).
    static bool open(const KeySlotFile& file, const QString& userName, const SecureBuffer& passphrase, Opened& out);

private:
    static QByteArray skAd(const QByteArray& vaultId, const QByteArray& userUid);
    static QByteArray dkAd(const QByteArray& vaultId, const QByteArray& userUid);
};

} // namespace abri
