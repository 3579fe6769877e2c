#pragma once

// The properties of KeySlotFile::parse, shared by the key-slot target and the backup target (a restore
// parses the key slots found inside a backup).

#include "FuzzSupport.h"
#include "crypto/SecureBuffer.h"
#include "vault/KeySlots.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace abri::fuzz {

// The layout from docs/vault-format.md, written out again here so that the checks do not trust the parser.
namespace slotformat {
constexpr qsizetype HeaderSize = 64;
constexpr qsizetype SlotSize = 240;
constexpr qsizetype ChecksumSize = 32;
} // namespace slotformat

inline quint16 u16At(const QByteArray& data, qsizetype offset)
{
    return qFromLittleEndian<quint16>(data.constData() + offset);
}

// What the documented format says about data, without calling the parser.
enum class SlotVerdict { Valid, Corrupt, Newer };

inline SlotVerdict expectedVerdict(const QByteArray& data)
{
    using namespace slotformat;
    if (data.size() < HeaderSize + ChecksumSize || !data.startsWith("ABRIKEYS")) {
        return SlotVerdict::Corrupt;
    }
    const quint16 version = u16At(data, 8);
    const QByteArray body = data.first(data.size() - ChecksumSize);
    if (crypto::hash(body, ChecksumSize) != data.last(ChecksumSize)) {
        return SlotVerdict::Corrupt; // damage, even in the version field
    }
    if (version > 1) {
        return SlotVerdict::Newer;
    }
    if (version != 1) {
        return SlotVerdict::Corrupt;
    }
    const quint32 count = qFromLittleEndian<quint32>(data.constData() + 60);
    if (count > 4096 || body.size() != HeaderSize + qsizetype{count} * SlotSize) {
        return SlotVerdict::Corrupt;
    }
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype at = HeaderSize + qsizetype{i} * SlotSize + 16;
        const crypto::KdfParams kdf{qFromLittleEndian<quint64>(data.constData() + at),
                                    qFromLittleEndian<quint64>(data.constData() + at + 8)};
        // The documented bounds: ops 1..64 (libsodium's minimum is 1), memory 8 KiB .. 4 GiB.
        if (kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || kdf.opsLimit > 64 || kdf.memLimit < 8192 ||
            kdf.memLimit > (quint64{4} << 30)) {
            return SlotVerdict::Corrupt;
        }
    }
    return SlotVerdict::Valid;
}

inline bool sameSlots(const KeySlotFile& a, const KeySlotFile& b)
{
    if (a.vaultId != b.vaultId || a.vaultSalt != b.vaultSalt || a.entries.size() != b.entries.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const KeySlot& x = a.entries[i];
        const KeySlot& y = b.entries[i];
        if (x.userUid != y.userUid || !(x.kdf == y.kdf) || x.publicKey != y.publicKey ||
            x.wrappedSecretKey != y.wrappedSecretKey || x.sealedDataKey != y.sealedDataKey) {
            return false;
        }
    }
    return true;
}

// The name and passphrase of the vault the seed corpus was made from (make_corpus.cpp), so that the seeds
// also reach a successful unlock of a slot.
inline const char* const CorpusUser = "Alice";
inline const char* const CorpusPassphrase = "correct horse battery staple";

inline void checkParsedSlots(const QByteArray& data, const KeySlotFile& file)
{
    using namespace slotformat;
    FUZZ_CHECK(file.entries.size() <= static_cast<std::size_t>(KeySlotFile::MaxSlots));
    FUZZ_CHECK(data.size() == HeaderSize + static_cast<qsizetype>(file.entries.size()) * SlotSize + ChecksumSize);
    FUZZ_CHECK(file.vaultId == data.mid(12, 16));
    FUZZ_CHECK(file.vaultSalt == data.mid(28, 32));
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        const KeySlot& s = file.entries[i];
        FUZZ_CHECK(s.kdf.isSane());
        FUZZ_CHECK(s.userUid.size() == 16 && s.publicKey.size() == 32);
        FUZZ_CHECK(s.wrappedSecretKey.size() == 72 && s.sealedDataKey.size() == 104);
        FUZZ_CHECK(s.userUid == data.mid(HeaderSize + static_cast<qsizetype>(i) * SlotSize, 16));
        // find() answers with the first slot of a user id.
        const KeySlot* found = file.find(s.userUid);
        FUZZ_CHECK(found != nullptr && found->userUid == s.userUid && found <= &s);
    }

    // serialize(parse(x)) == x, except the reserved field, which is written as 0 (and the checksum with it).
    const QByteArray written = file.serialize();
    QByteArray expected = data.first(data.size() - ChecksumSize);
    expected[10] = 0;
    expected[11] = 0;
    expected += crypto::hash(expected, ChecksumSize);
    FUZZ_CHECK(written == expected);
    if (u16At(data, 10) == 0) {
        FUZZ_CHECK(written == data);
    }
    // parse(serialize(x)) == x.
    auto again = KeySlotFile::parse(written);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(sameSlots(again.value(), file));

    // An edit keeps the file readable: removing a user drops exactly that user's slots.
    if (!file.entries.empty()) {
        KeySlotFile edited = file;
        const QByteArray uid = edited.entries.front().userUid;
        const auto before =
            std::count_if(file.entries.begin(), file.entries.end(), [&](const KeySlot& s) { return s.userUid == uid; });
        edited.remove(uid);
        FUZZ_CHECK(edited.find(uid) == nullptr);
        FUZZ_CHECK(static_cast<std::ptrdiff_t>(edited.entries.size()) ==
                   static_cast<std::ptrdiff_t>(file.entries.size()) - before);
        auto reread = KeySlotFile::parse(edited.serialize());
        FUZZ_CHECK(reread.ok() && sameSlots(reread.value(), edited));
    }

    // Unlocking tries each slot's ciphertexts as found in the file. Only with the cheapest key derivation,
    // so that one input costs microseconds, not seconds.
    const bool cheap = file.entries.size() <= 8 && std::all_of(file.entries.begin(), file.entries.end(), [](auto& s) {
                           return s.kdf == crypto::KdfParams::minimum();
                       });
    if (cheap) {
        KeySlots::Opened opened;
        const SecureBuffer passphrase = SecureBuffer::copyOf(reinterpret_cast<const std::uint8_t*>(CorpusPassphrase),
                                                             std::strlen(CorpusPassphrase));
        if (KeySlots::open(file, QString::fromLatin1(CorpusUser), passphrase, opened)) {
            FUZZ_CHECK(opened.dataKey.size() == crypto::KeySize);
            FUZZ_CHECK(opened.secretKey.size() == crypto::KeySize);
            FUZZ_CHECK(file.find(opened.userUid) != nullptr);
        }
    }
}

// Parses data and checks the outcome against the documented format.
inline void checkKeySlotData(const QByteArray& data)
{
    const SlotVerdict verdict = expectedVerdict(data);
    auto parsed = KeySlotFile::parse(data);
    if (parsed.ok()) {
        FUZZ_CHECK(verdict == SlotVerdict::Valid);
        checkParsedSlots(data, parsed.value());
    } else {
        checkError(parsed.error(), {ErrorCode::CorruptKeySlots, ErrorCode::NewerFormat});
        FUZZ_CHECK(verdict != SlotVerdict::Valid);
        FUZZ_CHECK((parsed.error().code() == ErrorCode::NewerFormat) == (verdict == SlotVerdict::Newer));
    }
}

// A mutated file almost never carries a matching checksum, which would stop the fuzzer at the first check;
// this copy has its checksum recomputed so that the fields behind it are explored too.
inline QByteArray withFixedChecksum(const QByteArray& data, qsizetype checksumSize = slotformat::ChecksumSize)
{
    if (data.size() < checksumSize) {
        return data;
    }
    const QByteArray body = data.first(data.size() - checksumSize);
    return body + crypto::hash(body, static_cast<std::size_t>(checksumSize));
}

} // namespace abri::fuzz
