// The partner public-key parser and fingerprint, and the check of an agreement document. Both read text or files
// that come from outside Abri (a partner's e-mail, a scanned MOU), so they are strict and fuzzed
// (tests/fuzz/fuzz_partner_key.cpp, tests/fuzz/fuzz_agreement_document.cpp).
#include "sharing/Partners.h"
#include "sharing/SharingTypes.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace abri {

namespace {

constexpr int KeyBytes = 32;
constexpr int MaxKeyTextLength = 4096;
constexpr int MaxDocumentNameLength = 200;
constexpr char BeginArmor[] = "-----BEGIN ABRI PUBLIC KEY-----";
constexpr char EndArmor[] = "-----END ABRI PUBLIC KEY-----";

Error badKey(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

QString expectedForms()
{
    return Partners::tr("A key is 64 hexadecimal digits, or 43 or 44 characters of base64, optionally between "
                        "the lines \"%1\" and \"%2\".")
        .arg(QLatin1String(BeginArmor), QLatin1String(EndArmor));
}

bool isIgnoredSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
           c == '-' || c == '_' || c == '=';
}

bool hasFrameWords(const QString& text)
{
    return text.contains(QLatin1String("-----BEGIN")) || text.contains(QLatin1String("-----END")) ||
           text.contains(QLatin1String("KEY-----"));
}

// Removes the armor lines when both are there, in order, around the key; refuses half an armor or text outside it.
Result<QString> stripArmor(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QLatin1String begin(BeginArmor);
    const QLatin1String end(EndArmor);
    // Only the frame's words: five dashes alone may occur inside a URL-safe base64 key.
    if (!hasFrameWords(trimmed)) {
        return trimmed;
    }
    const bool startsWithBegin = trimmed.startsWith(begin);
    const bool endsWithEnd = trimmed.endsWith(end) && trimmed.size() >= begin.size() + end.size();
    if (!startsWithBegin || !endsWithEnd) {
        return badKey(Partners::tr("The key has only part of its frame, or text before or after it. Copy "
                                   "everything from \"%1\" to \"%2\", both lines included.")
                          .arg(begin, end));
    }
    QString inner = trimmed.mid(begin.size(), trimmed.size() - begin.size() - end.size());
    if (hasFrameWords(inner)) {
        return badKey(Partners::tr("The key holds more than one frame. Copy a single key, from \"%1\" to \"%2\".")
                          .arg(begin, end));
    }
    return inner;
}

Result<QByteArray> decodeHex(const QByteArray& digits)
{
    std::array<unsigned char, KeyBytes> key{};
    size_t length = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(key.data(), key.size(), digits.constData(), static_cast<size_t>(digits.size()), nullptr, &length,
                       &end) != 0 ||
        length != KeyBytes || end != digits.constData() + digits.size()) {
        return badKey(Partners::tr("The key could not be read as hexadecimal digits. ") + expectedForms());
    }
    return QByteArray(reinterpret_cast<const char*>(key.data()), KeyBytes);
}

Result<QByteArray> decodeBase64(const QByteArray& chars)
{
    const bool standard = chars.contains('+') || chars.contains('/');
    const bool urlSafe = chars.contains('-') || chars.contains('_');
    if (standard && urlSafe) {
        return badKey(Partners::tr("The key mixes the two kinds of base64 (\"+\" or \"/\" with \"-\" or \"_\"), "
                                   "so part of it was changed on the way. Ask the partner to send it again. ") +
                      expectedForms());
    }
    const qsizetype firstPad = chars.indexOf('=');
    const bool padded = firstPad >= 0;
    if (padded && (chars.size() - firstPad > 2 || chars.mid(firstPad).count('=') != chars.size() - firstPad)) {
        return badKey(Partners::tr("The key has \"=\" signs where they cannot be: only one or two, at the very "
                                   "end, are allowed. ") +
                      expectedForms());
    }
    const int variant = urlSafe ? (padded ? sodium_base64_VARIANT_URLSAFE : sodium_base64_VARIANT_URLSAFE_NO_PADDING)
                                : (padded ? sodium_base64_VARIANT_ORIGINAL : sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    // Room for more than a key, so that a key that is too long is reported by its length.
    std::vector<unsigned char> bytes(static_cast<size_t>(chars.size()));
    size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(bytes.data(), bytes.size(), chars.constData(), static_cast<size_t>(chars.size()), nullptr,
                          &length, &end, variant) != 0 ||
        end != chars.constData() + chars.size()) {
        return badKey(Partners::tr("The key could not be read as base64: characters are missing or were added, or "
                                   "the \"=\" at the end does not match. ") +
                      expectedForms());
    }
    if (length != KeyBytes) {
        return badKey(
            Partners::tr("The key is %1 bytes long; a partner key is exactly %2 bytes. ").arg(length).arg(KeyBytes) +
            expectedForms());
    }
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), KeyBytes);
}

} // namespace

Result<QByteArray> parsePartnerPublicKey(const QString& text)
{
    if (text.size() > MaxKeyTextLength) {
        return badKey(Partners::tr("The text is too long to be a key (more than %1 characters). Paste only the key. ")
                          .arg(MaxKeyTextLength) +
                      expectedForms());
    }
    auto inner = stripArmor(text);
    if (!inner) {
        return inner.error();
    }
    QByteArray chars;
    chars.reserve(inner->size());
    for (QChar c : inner.value()) {
        if (isIgnoredSpace(c)) {
            continue;
        }
        const ushort unit = c.unicode();
        if (unit > 0x7E || unit < 0x21 || !isBase64Char(static_cast<char>(unit))) {
            return badKey(Partners::tr("The key contains a character that cannot be in a key (at position %1). "
                                       "Copy it again without other text. ")
                              .arg(chars.size() + 1) +
                          expectedForms());
        }
        chars.append(static_cast<char>(unit));
    }
    if (chars.isEmpty()) {
        return badKey(Partners::tr("The key is empty. ") + expectedForms());
    }
    if (chars.size() == 2 * KeyBytes && !std::all_of(chars.begin(), chars.end(), isHexDigit)) {
        // As long as a hexadecimal key, and no base64 has this length: a typo in hexadecimal digits.
        const qsizetype bad = std::find_if_not(chars.begin(), chars.end(), isHexDigit) - chars.begin();
        return badKey(Partners::tr("The key is as long as a hexadecimal key, but the character at position %1 is not "
                                   "a hexadecimal digit (0-9, a-f). ")
                          .arg(bad + 1) +
                      expectedForms());
    }
    Result<QByteArray> key = QByteArray();
    if (std::all_of(chars.begin(), chars.end(), isHexDigit) && chars.size() != 43 && chars.size() != 44) {
        if (chars.size() != 2 * KeyBytes) {
            return badKey(Partners::tr("The key has %1 hexadecimal digits; a partner key has exactly %2. ")
                              .arg(chars.size())
                              .arg(2 * KeyBytes) +
                          expectedForms());
        }
        key = decodeHex(chars);
    } else {
        key = decodeBase64(chars);
    }
    if (!key) {
        return key;
    }
    if (std::all_of(key->begin(), key->end(), [](char b) { return b == 0; })) {
        return badKey(Partners::tr("The key is all zeros, which is not a real key. Ask the partner for their "
                                   "actual public key."));
    }
    return key;
}

QString publicKeyFingerprint(const QByteArray& key)
{
    if (key.isEmpty()) {
        return {};
    }
    std::array<unsigned char, crypto_generichash_BYTES> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<unsigned long long>(key.size()), nullptr, 0);
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 2 == 0) {
            out.append(u' ');
        }
        out.append(QStringLiteral("%1").arg(hash[static_cast<size_t>(i)], 2, 16, QLatin1Char('0')).toUpper());
    }
    return out;
}

Result<AgreementDocument> checkAgreementDocument(const QString& fileName, const QByteArray& data)
{
    const auto invalid = [](const QString& message) { return Error(ErrorCode::InvalidArgument, message); };
    if (data.isEmpty()) {
        return invalid(Partners::tr("The file is empty. Choose the scanned or signed agreement. Nothing was saved."));
    }
    if (data.size() > MaxAttachmentBytes) {
        return invalid(Partners::tr("The file is larger than %1 MB, the most a vault keeps per document. Scan it at "
                                    "a lower resolution. Nothing was saved.")
                           .arg(MaxAttachmentBytes / (1024 * 1024)));
    }
    const auto type = detectAttachmentType(data);
    if (!type) {
        return invalid(Partners::tr("This file is not a PDF document, a PNG image or a JPEG photo (whatever its "
                                    "name says). Save the agreement as one of those. Nothing was saved."));
    }
    const QString name = fileName.trimmed();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        return invalid(Partners::tr("The document needs a file name. Nothing was saved."));
    }
    if (name.size() > MaxDocumentNameLength) {
        return invalid(Partners::tr("The file name is longer than %1 characters. Shorten it. Nothing was saved.")
                           .arg(MaxDocumentNameLength));
    }
    const bool badCharacter = !QStringView(name).isValidUtf16() || std::any_of(name.begin(), name.end(), [](QChar c) {
        return c == u'/' || c == u'\\' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (badCharacter) {
        return invalid(Partners::tr("The file name contains a folder separator or an invisible character. Give "
                                    "only the name of the file. Nothing was saved."));
    }
    return AgreementDocument{name, *type, data};
}

} // namespace abri
