// Fuzzes the partner public-key parser (text pasted from a partner's e-mail or web page) over any bytes, read as
// UTF-8 and as Latin-1, and checks what a key that was accepted must be.

#include "FuzzSupport.h"
#include "sharing/SharingTypes.h"

#include <QString>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace {

using namespace abri;
using namespace abri::fuzz;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString base64(const QByteArray& key, int variant)
{
    char out[64];
    sodium_bin2base64(out, sizeof out, reinterpret_cast<const unsigned char*>(key.constData()),
                      static_cast<size_t>(key.size()), variant);
    return QString::fromLatin1(out, static_cast<qsizetype>(std::strlen(out)));
}

void checkFingerprint(const QByteArray& key)
{
    const QString fingerprint = publicKeyFingerprint(key);
    FUZZ_CHECK(fingerprint.size() == 39);
    for (qsizetype i = 0; i < fingerprint.size(); ++i) {
        const QChar c = fingerprint.at(i);
        FUZZ_CHECK(i % 5 == 4 ? c == u' ' : ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')));
    }
}

// Every form Abri documents gives back the same key.
void checkOtherForms(const QByteArray& key)
{
    const QString hex = QString::fromLatin1(key.toHex());
    const QString forms[] = {
        hex,
        hex.toUpper(),
        base64(key, sodium_base64_VARIANT_ORIGINAL),
        base64(key, sodium_base64_VARIANT_ORIGINAL_NO_PADDING),
        base64(key, sodium_base64_VARIANT_URLSAFE),
        base64(key, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
        QStringLiteral("-----BEGIN ABRI PUBLIC KEY-----\n") + base64(key, sodium_base64_VARIANT_ORIGINAL) +
            QStringLiteral("\n-----END ABRI PUBLIC KEY-----"),
    };
    for (const QString& form : forms) {
        const auto again = parsePartnerPublicKey(form);
        FUZZ_CHECK(again.ok() && again.value() == key);
    }
}

void checkText(const QString& text)
{
    const auto key = parsePartnerPublicKey(text);
    if (key.ok()) {
        FUZZ_CHECK(key->size() == 32);
        FUZZ_CHECK(std::any_of(key->begin(), key->end(), [](char b) { return b != 0; }));
        FUZZ_CHECK(text.size() <= 4096);
        checkFingerprint(key.value());
        checkOtherForms(key.value());
    } else {
        checkError(key.error(), {ErrorCode::InvalidArgument});
    }
    // Deterministic.
    const auto again = parsePartnerPublicKey(text);
    FUZZ_CHECK(again.ok() == key.ok() && (!key.ok() || again.value() == key.value()));

    // Reference: 64 hex digits among spaces and line breaks, not all zero, are always a key.
    QString digits;
    bool onlyHexAndSpaces = true;
    for (QChar c : text) {
        if (isHex(c)) {
            digits.append(c);
        } else if (!isSpace(c)) {
            onlyHexAndSpaces = false;
            break;
        }
    }
    if (onlyHexAndSpaces && digits.size() == 64 && text.size() <= 4096) {
        const QByteArray expected = QByteArray::fromHex(digits.toLatin1());
        const bool zero = std::all_of(expected.begin(), expected.end(), [](char b) { return b == 0; });
        FUZZ_CHECK(zero ? !key.ok() : (key.ok() && key.value() == expected));
    }
    // Line breaks between the characters of a key change nothing (outside any frame line).
    if (!text.contains(u'-') && text.size() < 4096 && text.size() > 1) {
        const qsizetype middle = text.size() / 2;
        if (!text.at(middle - 1).isHighSurrogate()) {
            QString broken = text;
            broken.insert(middle, u'\n');
            const auto split = parsePartnerPublicKey(broken);
            FUZZ_CHECK(split.ok() == key.ok() && (!key.ok() || split.value() == key.value()));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    guarded("parsePartnerPublicKey", [&] {
        const char* text = reinterpret_cast<const char*>(data);
        checkText(QString::fromUtf8(text, static_cast<qsizetype>(size)));
        checkText(QString::fromLatin1(text, static_cast<qsizetype>(size)));
    });
    return 0;
}
