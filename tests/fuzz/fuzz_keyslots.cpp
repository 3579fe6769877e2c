// Fuzzes the key-slot file (abri.keys), which anyone with access to the vault folder can replace.

#include "FuzzSupport.h"
#include "KeySlotChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    abri::fuzz::setUp();
    abri::fuzz::guarded("KeySlotFile::parse", [&] {
        const QByteArray input = abri::fuzz::rawBytes(data, size);
        abri::fuzz::checkKeySlotData(input);
        const abri::fuzz::ExactCopy fixed(abri::fuzz::withFixedChecksum(input));
        abri::fuzz::checkKeySlotData(fixed.bytes());
    });
    return 0;
}
