// Fuzzes the audit anchor (abri.anchor in the vault, and its copy in this computer's state folder): an
// XChaCha20-Poly1305 box around the text "seq:hexhash". The input is used twice: as the file itself (which
// decodes only when it was sealed with the key, as one seed is), and as the text inside a correctly sealed
// box, which reaches the text parser behind the authentication.

#include "AnchorFixture.h"
#include "FuzzSupport.h"

namespace {

using namespace abri;
using namespace abri::fuzz;

void checkDecoded(const Vault::Private& vault, const AuditLog::Head& head)
{
    FUZZ_CHECK(head.hash.size() == 32);
    // What decodes, encodes to an anchor that decodes to the same head.
    const auto again = vault.decodeAnchor(vault.encodeAnchor(head));
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->seq == head.seq && again->hash == head.hash);
}

// The exact form encodeAnchor writes.
bool isCanonical(const QByteArray& text)
{
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0 || colon > 19 || text.size() != colon + 1 + 64 || (text[0] == '0' && colon > 1)) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool digit = c >= '0' && c <= '9';
        const bool ok = i < colon ? digit : i == colon ? c == ':' : digit || (c >= 'a' && c <= 'f');
        if (!ok) {
            return false;
        }
    }
    bool fits = false;
    text.left(colon).toLongLong(&fits);
    return fits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    static const std::unique_ptr<Vault::Private> vault = anchorFixture();
    guarded("decodeAnchor", [&] {
        const QByteArray input = rawBytes(data, size);

        if (const auto head = vault->decodeAnchor(input)) {
            checkDecoded(*vault, *head);
        }

        const QByteArray ad = QByteArrayLiteral("abri.anchor.v1") + vault->keyFile.vaultId;
        const ExactCopy sealed(crypto::seal(vault->anchorSealKey(), data, size, ad));
        const auto head = vault->decodeAnchor(sealed.bytes());
        // Everything Abri writes ("seq:hexhash", seq in decimal without sign or leading zero, lower-case hex)
        // must decode; whatever decodes must carry the number before the colon and a 32-byte hash.
        const qsizetype colon = input.indexOf(':');
        bool numberOk = false;
        const qint64 seq = input.left(colon).toLongLong(&numberOk);
        if (isCanonical(input)) {
            FUZZ_CHECK(head.has_value());
            FUZZ_CHECK(QByteArray::number(head->seq) + ':' + head->hash.toHex() == input);
        }
        if (head) {
            FUZZ_CHECK(colon >= 0 && numberOk && head->seq == seq);
            FUZZ_CHECK(head->hash == QByteArray::fromHex(input.mid(colon + 1)));
            checkDecoded(*vault, *head);
        }
    });
    return 0;
}
