#include "vault/KeySlots.h"

#include <QtEndian>

namespace abri {

namespace {
constexpr char Magic[8] = {'A', 'B', 'R', 'I', 'K', 'E', 'Y', 'S'};
constexpr int UidSize = 16;
constexpr int VaultIdSize = 16;
constexpr int VaultSaltSize = 32;
constexpr int PublicKeySize = 32;
constexpr int WrappedSkSize = 24 + 32 + 16;
constexpr int SealedDkSize = 32 + 24 + 32 + 16;
constexpr int SlotSize = UidSize + 8 + 8 + PublicKeySize + WrappedSkSize + SealedDkSize;
constexpr int HeaderSize = 8 + 2 + 2 + VaultIdSize + VaultSaltSize + 4;
constexpr int ChecksumSize = 32;

void putU16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void putU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

Error corrupt()
{
    return Error(ErrorCode::CorruptKeySlots,
                 KeySlots::tr("The vault's key-slot file (abri.keys) is damaged or missing. Open the vault with "
                              "the recovery key to repair it, or restore a backup."));
}
} // namespace

QByteArray KeySlotFile::serialize() const
{
    QByteArray out;
    out.reserve(HeaderSize + static_cast<qsizetype>(entries.size()) * SlotSize + ChecksumSize);
    out.append(Magic, 8);
    putU16(out, FormatVersion);
    putU16(out, 0);
    out.append(vaultId);
    out.append(vaultSalt);
    putU32(out, static_cast<quint32>(entries.size()));
    for (const KeySlot& s : entries) {
        out.append(s.userUid);
        putU64(out, s.kdf.opsLimit);
        putU64(out, s.kdf.memLimit);
        out.append(s.publicKey);
        out.append(s.wrappedSecretKey);
        out.append(s.sealedDataKey);
    }
    out.append(crypto::hash(out, ChecksumSize));
    return out;
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& data)
{
    if (data.size() < HeaderSize + ChecksumSize || !data.startsWith(QByteArray(Magic, 8))) {
        return corrupt();
    }
    const auto* p = reinterpret_cast<const uchar*>(data.constData());
    const quint16 version = qFromLittleEndian<quint16>(p + 8);
    // The checksum comes first (every format keeps it at the end, over everything before it): a flipped bit in the
    // version field is damage, which the recovery key repairs, not a newer Abri's file, which it must leave alone.
    const QByteArray body = data.left(data.size() - ChecksumSize);
    if (!crypto::equalBytes(crypto::hash(body, ChecksumSize), data.right(ChecksumSize))) {
        return corrupt();
    }
    if (version > FormatVersion) {
        return Error(ErrorCode::NewerFormat,
                     KeySlots::tr("This vault was made by a newer version of Abri. Install the newer version to "
                                  "open it; the vault was not changed."));
    }
    if (version != FormatVersion) {
        return corrupt();
    }
    KeySlotFile file;
    file.vaultId = data.mid(12, VaultIdSize);
    file.vaultSalt = data.mid(12 + VaultIdSize, VaultSaltSize);
    const quint32 count = qFromLittleEndian<quint32>(p + 12 + VaultIdSize + VaultSaltSize);
    if (count > MaxSlots || body.size() != HeaderSize + qsizetype{count} * SlotSize) {
        return corrupt();
    }
    qsizetype off = HeaderSize;
    for (quint32 i = 0; i < count; ++i) {
        KeySlot s;
        s.userUid = data.mid(off, UidSize);
        off += UidSize;
        s.kdf.opsLimit = qFromLittleEndian<quint64>(p + off);
        s.kdf.memLimit = qFromLittleEndian<quint64>(p + off + 8);
        off += 16;
        s.publicKey = data.mid(off, PublicKeySize);
        off += PublicKeySize;
        s.wrappedSecretKey = data.mid(off, WrappedSkSize);
        off += WrappedSkSize;
        s.sealedDataKey = data.mid(off, SealedDkSize);
        off += SealedDkSize;
        if (!s.kdf.isSane()) {
            return corrupt();
        }
        file.entries.push_back(std::move(s));
    }
    return file;
}

const KeySlot* KeySlotFile::find(const QByteArray& userUid) const
{
    for (const KeySlot& s : entries) {
        if (s.userUid == userUid) {
            return &s;
        }
    }
    return nullptr;
}

KeySlot* KeySlotFile::findMutable(const QByteArray& userUid)
{
    for (KeySlot& s : entries) {
        if (s.userUid == userUid) {
            return &s;
        }
    }
    return nullptr;
}

void KeySlotFile::upsert(KeySlot slot)
{
    for (KeySlot& s : entries) {
        if (s.userUid == slot.userUid) {
            s = std::move(slot);
            return;
        }
    }
    entries.push_back(std::move(slot));
}

void KeySlotFile::remove(const QByteArray& userUid)
{
    std::erase_if(entries, [&](const KeySlot& s) { return s.userUid == userUid; });
}

QString KeySlots::normalizeUserName(const QString& userName)
{
    return userName.normalized(QString::NormalizationForm_C).trimmed().toCaseFolded();
}

QByteArray KeySlots::userSalt(const QByteArray& vaultSalt, const QString& userName)
{
    const QByteArray msg = QByteArrayLiteral("abri.user-salt.v1") + '\0' + normalizeUserName(userName).toUtf8();
    return crypto::hash(msg, crypto::SaltSize, reinterpret_cast<const std::uint8_t*>(vaultSalt.constData()),
                        static_cast<std::size_t>(vaultSalt.size()));
}

QByteArray KeySlots::skAd(const QByteArray& vaultId, const QByteArray& userUid)
{
    return QByteArrayLiteral("abri.slot.sk.v1") + vaultId + userUid;
}

QByteArray KeySlots::dkAd(const QByteArray& vaultId, const QByteArray& userUid)
{
    return QByteArrayLiteral("abri.slot.dk.v1") + vaultId + userUid;
}

QByteArray KeySlots::sealDataKey(const KeySlotFile& file, const KeySlot& slot, const SecureBuffer& dataKey)
{
    return crypto::sealToPublicKey(slot.publicKey, dataKey, dkAd(file.vaultId, slot.userUid));
}

SecureBuffer KeySlots::openDataKey(const KeySlotFile& file, const KeySlot& slot, const SecureBuffer& secretKey,
                                   bool* ok)
{
    return crypto::openWithSecretKey(secretKey, slot.sealedDataKey, dkAd(file.vaultId, slot.userUid), ok);
}

KeySlot KeySlots::make(const KeySlotFile& file, const QByteArray& userUid, const QString& userName,
                       const SecureBuffer& passphrase, const SecureBuffer& dataKey, const crypto::KdfParams& kdf)
{
    crypto::KeyPair kp = crypto::generateKeyPair();
    KeySlot slot;
    slot.userUid = userUid;
    slot.publicKey = kp.publicKey;
    if (!rewrap(file, slot, kp.secretKey, userName, passphrase, kdf)) {
        return {};
    }
    slot.sealedDataKey = sealDataKey(file, slot, dataKey);
    return slot;
}

bool KeySlots::rewrap(const KeySlotFile& file, KeySlot& slot, const SecureBuffer& secretKey, const QString& userName,
                      const SecureBuffer& passphrase, const crypto::KdfParams& kdf)
{
    SecureBuffer kek = crypto::deriveKey(passphrase, userSalt(file.vaultSalt, userName), kdf);
    if (kek.empty()) {
        return false;
    }
    slot.kdf = kdf;
    slot.wrappedSecretKey = crypto::seal(kek, secretKey.data(), secretKey.size(), skAd(file.vaultId, slot.userUid));
    return true;
}

bool KeySlots::open(const KeySlotFile& file, const QString& userName, const SecureBuffer& passphrase, Opened& out)
{
    const QByteArray salt = userSalt(file.vaultSalt, userName);
    std::vector<crypto::KdfParams> tried;
    for (const KeySlot& first : file.entries) {
        if (std::find(tried.begin(), tried.end(), first.kdf) != tried.end()) {
            continue;
        }
        tried.push_back(first.kdf);
        SecureBuffer kek = crypto::deriveKey(passphrase, salt, first.kdf);
        if (kek.empty()) {
            continue;
        }
        for (const KeySlot& slot : file.entries) {
            if (!(slot.kdf == first.kdf)) {
                continue;
            }
            bool ok = false;
            SecureBuffer sk = crypto::open(kek, slot.wrappedSecretKey, skAd(file.vaultId, slot.userUid), &ok);
            if (!ok) {
                continue;
            }
            SecureBuffer dk = crypto::openWithSecretKey(sk, slot.sealedDataKey, dkAd(file.vaultId, slot.userUid), &ok);
            if (!ok || dk.size() != crypto::KeySize) {
                continue;
            }
            out.userUid = slot.userUid;
            out.secretKey = std::move(sk);
            out.dataKey = std::move(dk);
            return true;
        }
    }
    return false;
}

} // namespace abri
