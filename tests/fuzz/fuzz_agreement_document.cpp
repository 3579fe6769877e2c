// Fuzzes the check of an agreement document (a scanned or signed MOU chosen from the disk) over any bytes. The
// first byte gives the length of the file name, which follows as UTF-8; the rest is the file.

#include "FuzzSupport.h"
#include "sharing/SharingTypes.h"

#include <QString>

namespace {

using namespace abri;
using namespace abri::fuzz;

void checkDocument(const QString& name, const QByteArray& bytes)
{
    const auto doc = checkAgreementDocument(name, bytes);
    if (!doc.ok()) {
        checkError(doc.error(), {ErrorCode::InvalidArgument});
        FUZZ_CHECK(doc.error().message().endsWith(QLatin1String("Nothing was saved.")));
        return;
    }
    // What is kept: the same bytes, typed from their content, and a clean name of a file without folders.
    FUZZ_CHECK(doc->data == bytes);
    FUZZ_CHECK(!bytes.isEmpty() && bytes.size() <= MaxAttachmentBytes);
    FUZZ_CHECK(detectAttachmentType(bytes) == doc->type);
    FUZZ_CHECK(!doc->fileName.isEmpty() && doc->fileName.size() <= 200);
    FUZZ_CHECK(doc->fileName == doc->fileName.trimmed() && doc->fileName == name.trimmed());
    FUZZ_CHECK(!doc->fileName.contains(u'/') && !doc->fileName.contains(u'\\'));
    FUZZ_CHECK(doc->fileName != QLatin1String("..") && doc->fileName != QLatin1String("."));
    FUZZ_CHECK(QStringView(doc->fileName).isValidUtf16());
    for (QChar c : doc->fileName) {
        FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    if (size == 0) {
        return 0;
    }
    const std::size_t nameLength = std::min<std::size_t>(data[0], size - 1);
    const QString name = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(nameLength));
    // The file without a copy, so AddressSanitizer sees any read past its end.
    const QByteArray bytes = rawBytes(data + 1 + nameLength, size - 1 - nameLength);
    guarded("checkAgreementDocument", [&] {
        checkDocument(name, bytes);
        // The same file under a name with a folder in front is always refused.
        const auto withFolder = checkAgreementDocument(QStringLiteral("folder/") + name, bytes);
        FUZZ_CHECK(!withFolder.ok());
    });
    return 0;
}
