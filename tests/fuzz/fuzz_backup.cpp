// Fuzzes the backup file reader: a backup comes from a USB stick or another computer, and restoring it is
// how a damaged or seized laptop is replaced, so a hostile file must be refused cleanly.

#include "FuzzSupport.h"
#include "KeySlotChecks.h"
#include "vault/Backup.h"

#include <QBuffer>
#include <QtEndian>

namespace {

using namespace abri;
using namespace abri::fuzz;

constexpr qint64 MaxSmallPart = 16 * 1024 * 1024; // docs/vault-format.md: bounded key-slot and anchor parts
constexpr qsizetype HashSize = 32;

enum class Verdict { Valid, Corrupt, Newer };

// The documented layout, read again here without the parser: magic, version, three length-prefixed parts,
// BLAKE2b-256 of everything before it.
Verdict expectedVerdict(const QByteArray& data)
{
    const qsizetype total = data.size();
    if (total < 12 || !data.startsWith("ABRIBAK1")) {
        return Verdict::Corrupt;
    }
    if (qFromLittleEndian<quint32>(data.constData() + 8) > 1) {
        return Verdict::Newer;
    }
    qsizetype at = 12;
    for (int part = 0; part < 2; ++part) {
        if (total - at < 4) {
            return Verdict::Corrupt;
        }
        const quint32 length = qFromLittleEndian<quint32>(data.constData() + at);
        at += 4;
        if (length > MaxSmallPart || qsizetype{length} > total - at) {
            return Verdict::Corrupt;
        }
        at += length;
    }
    if (total - at < 8) {
        return Verdict::Corrupt;
    }
    const quint64 dbSize = qFromLittleEndian<quint64>(data.constData() + at);
    at += 8;
    if (total - at < HashSize || dbSize != static_cast<quint64>(total - at - HashSize)) {
        return Verdict::Corrupt;
    }
    if (crypto::hash(data.first(total - HashSize)) != data.last(HashSize)) {
        return Verdict::Corrupt;
    }
    return Verdict::Valid;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

void checkBackup(QByteArray data)
{
    const Verdict verdict = expectedVerdict(data);
    QBuffer device(&data);
    FUZZ_CHECK(device.open(QIODevice::ReadOnly));
    auto read = BackupFile::read(device);
    if (!read.ok()) {
        checkError(read.error(), {ErrorCode::CorruptBackup, ErrorCode::NewerFormat});
        FUZZ_CHECK(verdict != Verdict::Valid);
        FUZZ_CHECK((read.error().code() == ErrorCode::NewerFormat) == (verdict == Verdict::Newer));
        return;
    }
    FUZZ_CHECK(verdict == Verdict::Valid);
    const BackupFile::Contents& c = read.value();
    FUZZ_CHECK(c.keySlots.size() <= MaxSmallPart && c.anchor.size() <= MaxSmallPart);
    FUZZ_CHECK(c.dbOffset == 12 + 4 + c.keySlots.size() + 4 + c.anchor.size() + 8);
    FUZZ_CHECK(c.dbSize >= 0 && c.dbOffset + c.dbSize + HashSize == data.size());
    // Written again from what was read, the file is the same bytes: nothing was skipped or misplaced.
    QByteArray rebuilt = data.first(12) + le32(static_cast<quint32>(c.keySlots.size())) + c.keySlots +
                         le32(static_cast<quint32>(c.anchor.size())) + c.anchor + le64(static_cast<quint64>(c.dbSize)) +
                         data.mid(c.dbOffset, c.dbSize);
    rebuilt += crypto::hash(rebuilt);
    FUZZ_CHECK(rebuilt == data);
    // A restore then reads the key slots found inside.
    const ExactCopy slotBytes(c.keySlots);
    checkKeySlotData(slotBytes.bytes());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    guarded("BackupFile::read", [&] {
        const QByteArray input = rawBytes(data, size);
        checkBackup(input);
        const ExactCopy fixed(withFixedChecksum(input, HashSize));
        checkBackup(fixed.bytes());
    });
    return 0;
}
