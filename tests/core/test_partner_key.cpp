// The partner public-key parser, its fingerprint and the agreement-document check: text and files from outside.
#include "sharing/SharingTypes.h"

#include <QString>

#include <catch2/catch.hpp>
#include <sodium.h>

#include <cstdio>

using namespace abri;

namespace {

// The key 01 02 .. 20 in every accepted form (written out by hand from the bytes).
QByteArray keyOneToThirtyTwo()
{
    QByteArray key;
    for (int i = 1; i <= 32; ++i) {
        key.append(static_cast<char>(i));
    }
    return key;
}

const char* const OneToThirtyTwoHex = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
const char* const OneToThirtyTwoBase64 = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

// A key whose base64 uses the characters the two alphabets do not share: 0xfb 0xff 0xbf ... 0xfe 0xff.
QByteArray keyWithHighBits()
{
    QByteArray key;
    for (int i = 0; i < 10; ++i) {
        key.append("\xfb\xff\xbf", 3);
    }
    key.append("\xfe\xff", 2);
    return key;
}

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

QString armored(const QString& body)
{
    return QStringLiteral("-----BEGIN ABRI PUBLIC KEY-----\n") + body +
           QStringLiteral("\n-----END ABRI PUBLIC KEY-----\n");
}

void requireKey(const QString& text, const QByteArray& expected)
{
    INFO(text.toStdString());
    const auto key = parsePartnerPublicKey(text);
    INFO((key ? QString() : key.error().message()).toStdString());
    REQUIRE(key.ok());
    CHECK(key.value() == expected);
}

void requireRefused(const QString& text, const char* wordInMessage)
{
    INFO(text.left(200).toStdString());
    const auto key = parsePartnerPublicKey(text);
    REQUIRE_FALSE(key.ok());
    CHECK(key.error().code() == ErrorCode::InvalidArgument);
    INFO(key.error().message().toStdString());
    CHECK(key.error().message().contains(QLatin1String(wordInMessage)));
}

// The fingerprint written from the definition with libsodium's primitive directly: BLAKE2b-256, first 16 bytes.
QString referenceFingerprint(const QByteArray& key)
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<unsigned long long>(key.size()), nullptr, 0);
    char out[40];
    std::snprintf(out, sizeof out, "%02X%02X %02X%02X %02X%02X %02X%02X %02X%02X %02X%02X %02X%02X %02X%02X", hash[0],
                  hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7], hash[8], hash[9], hash[10], hash[11],
                  hash[12], hash[13], hash[14], hash[15]);
    return QString::fromLatin1(out);
}

QByteArray pdf(int size = 64)
{
    QByteArray data("%PDF-1.7\n");
    while (data.size() < size) {
        data.append(static_cast<char>(data.size() * 7));
    }
    return data;
}

} // namespace

TEST_CASE("partnerKey_everyAcceptedForm_givesTheSameKey", "[sharing][partnerkey]")
{
    const QByteArray key = keyOneToThirtyTwo();
    const QString hex = latin1(OneToThirtyTwoHex);
    const QString b64 = latin1(OneToThirtyTwoBase64);
    requireKey(hex, key);
    requireKey(hex.toUpper(), key);
    requireKey(b64, key);
    requireKey(b64.chopped(1), key); // without padding
    // Spaces, tabs and line breaks anywhere, as e-mail programs and people add them.
    requireKey(QStringLiteral("  0102 0304 0506 0708\n090a0b0c0d0e0f10\r\n1112131415161718 191a1b1c1d1e1f20\t\n"), key);
    requireKey(QStringLiteral("AQIDBAUGBwgJCgsM\nDQ4PEBESExQV FhcY\r\nGRobHB0eHyA="), key);
    requireKey(armored(b64), key);
    requireKey(armored(hex), key);
    requireKey(QStringLiteral("\r\n  ") + armored(QStringLiteral("AQIDBAUGBwgJCgsMDQ4P\nEBESExQVFhcYGRobHB0eHyA")),
               key);

    const QByteArray high = keyWithHighBits();
    requireKey(latin1("+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+//v8="), high);
    requireKey(latin1("-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-__v8="), high);
    requireKey(latin1("-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-__v8"), high);
    requireKey(armored(latin1("-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-__v8=")), high);
}

TEST_CASE("partnerKey_urlSafeKeyWithFiveDashes_isNotTakenForAFrame", "[sharing][partnerkey]")
{
    // 0xfb 0xef 0xbe repeated is "----" in URL-safe base64: dashes inside a key are not a frame.
    QByteArray key;
    for (int i = 0; i < 10; ++i) {
        key.append("\xfb\xef\xbe", 3);
    }
    key.append("\xfb\xef", 2);
    char text[64];
    size_t length = 0;
    REQUIRE(sodium_bin2base64(text, sizeof text, reinterpret_cast<const unsigned char*>(key.constData()), 32,
                              sodium_base64_VARIANT_URLSAFE) != nullptr);
    length = std::strlen(text);
    const QString encoded = QString::fromLatin1(text, static_cast<qsizetype>(length));
    REQUIRE(encoded.contains(QLatin1String("-----")));
    requireKey(encoded, key);
    requireKey(armored(encoded), key);
}

TEST_CASE("partnerKey_malformed_refusedWithAMessageNamingTheProblem", "[sharing][partnerkey]")
{
    const QString hex = latin1(OneToThirtyTwoHex);
    const QString b64 = latin1(OneToThirtyTwoBase64);
    struct Case
    {
        const char* what;
        QString text;
        const char* word; // part of the message that tells what is wrong
    };
    const Case cases[] = {
        {"empty", QString(), "empty"},
        {"only spaces and line breaks", QStringLiteral(" \n\t \r\n"), "empty"},
        {"empty frame", armored(QString()), "empty"},
        {"31 bytes of hex", hex.left(62), "62 hexadecimal digits"},
        {"33 bytes of hex", hex + QStringLiteral("21"), "66 hexadecimal digits"},
        {"one hex digit short", hex.left(63), "63 hexadecimal digits"},
        {"31 bytes of base64", latin1("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHw=="), "31 bytes"},
        {"33 bytes of base64", latin1("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAh"), "33 bytes"},
        {"base64 one character short", b64.left(42), "could not be read as base64"},
        {"base64 with the wrong padding", b64.chopped(1) + QStringLiteral("=="), "does not match"},
        {"padding inside", QStringLiteral("AQIDBAUG=wgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA"), "where they cannot be"},
        {"non-zero bits after the last byte", latin1("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyB="),
         "could not be read as base64"},
        {"mixed alphabets", latin1("+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+__v8="), "two kinds"},
        {"letter outside hex and base64", hex.left(63) + QStringLiteral("g"), "position 64 is not a hexadecimal digit"},
        {"punctuation", hex.left(32) + QStringLiteral(":") + hex.mid(32), "cannot be in a key"},
        {"accented letter", QStringLiteral("é") + hex.mid(1), "cannot be in a key"},
        {"non-breaking space", hex.left(10) + QChar(0x00A0) + hex.mid(10), "cannot be in a key"},
        {"a zero character", hex.left(10) + QChar(0) + hex.mid(10), "cannot be in a key"},
        {"begin line only", QStringLiteral("-----BEGIN ABRI PUBLIC KEY-----\n") + b64, "part of its frame"},
        {"end line only", b64 + QStringLiteral("\n-----END ABRI PUBLIC KEY-----"), "part of its frame"},
        {"lines in the wrong order",
         QStringLiteral("-----END ABRI PUBLIC KEY-----\n") + b64 + QStringLiteral("\n-----BEGIN ABRI PUBLIC KEY-----"),
         "part of its frame"},
        {"another program's frame",
         QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n") + b64 +
             QStringLiteral("\n-----END PGP PUBLIC KEY "
                            "BLOCK-----"),
         "part of its frame"},
        {"text before the frame", QStringLiteral("Here is our key: ") + armored(b64), "part of its frame"},
        {"two frames", armored(b64) + armored(b64), "more than one"},
        {"over 4 KiB", QString(4097, u' ') + hex, "too long"},
        {"all zeros in hex", QString(64, u'0'), "zeros"},
        {"all zeros in base64", latin1("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), "zeros"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        requireRefused(c.text, c.word);
    }
}

TEST_CASE("partnerKey_justUnder4KiBWithSpaces_accepted", "[sharing][partnerkey]")
{
    const QString hex = latin1(OneToThirtyTwoHex);
    requireKey(QString(4096 - 64, u' ') + hex, keyOneToThirtyTwo());
}

TEST_CASE("partnerKey_fingerprint_isBlake2bOfTheKeyInEightGroups", "[sharing][partnerkey]")
{
    const QByteArray key = keyOneToThirtyTwo();
    // Computed from the definition with an independent BLAKE2b (Python's hashlib) for 01..20.
    CHECK(publicKeyFingerprint(key) == QStringLiteral("441E DC56 CEBC 8E28 5D02 267A A650 819F"));
    CHECK(publicKeyFingerprint(key) == referenceFingerprint(key));
    const QByteArray other = keyWithHighBits();
    CHECK(publicKeyFingerprint(other) == referenceFingerprint(other));
    CHECK(publicKeyFingerprint(other) != publicKeyFingerprint(key));
    CHECK(publicKeyFingerprint(key).size() == 39);
    CHECK(publicKeyFingerprint(QByteArray()).isEmpty());
}

TEST_CASE("agreementDocument_pdfPngJpeg_acceptedAndTyped", "[sharing][partnerkey]")
{
    auto doc = checkAgreementDocument(QStringLiteral("  MOU 2026.pdf "), pdf());
    REQUIRE(doc.ok());
    CHECK(doc->type == AttachmentType::Pdf);
    CHECK(doc->fileName == QStringLiteral("MOU 2026.pdf"));
    CHECK(doc->data == pdf());
    auto png = checkAgreementDocument(QStringLiteral("scan.png"), QByteArrayLiteral("\x89PNG\r\n\x1a\n rest"));
    REQUIRE(png.ok());
    CHECK(png->type == AttachmentType::Png);
    auto jpeg = checkAgreementDocument(QStringLiteral("photo.jpg"), QByteArrayLiteral("\xff\xd8\xff\xe0 rest"));
    REQUIRE(jpeg.ok());
    CHECK(jpeg->type == AttachmentType::Jpeg);
    // The type comes from the bytes, not from the name.
    auto named = checkAgreementDocument(QStringLiteral("agreement.docx"), pdf());
    REQUIRE(named.ok());
    CHECK(named->type == AttachmentType::Pdf);
}

TEST_CASE("agreementDocument_badFileOrName_refused", "[sharing][partnerkey]")
{
    struct Case
    {
        const char* what;
        QString name;
        QByteArray data;
        const char* word;
    };
    const Case cases[] = {
        {"empty file", QStringLiteral("a.pdf"), QByteArray(), "empty"},
        {"too big", QStringLiteral("a.pdf"), pdf(static_cast<int>(MaxAttachmentBytes) + 1), "MB"},
        {"unknown type", QStringLiteral("a.pdf"), QByteArrayLiteral("PK\x03\x04 a zip file"), "not a PDF"},
        {"no name", QStringLiteral("   "), pdf(), "file name"},
        {"dot dot", QStringLiteral(".."), pdf(), "file name"},
        {"name too long", QString(201, u'a'), pdf(), "longer than 200"},
        {"folder", QStringLiteral("scans/a.pdf"), pdf(), "folder"},
        {"windows folder", QStringLiteral("C:\\scans\\a.pdf"), pdf(), "folder"},
        {"control character", QStringLiteral("a\x01.pdf"), pdf(), "invisible"},
        {"direction override", QStringLiteral("a") + QChar(0x202E) + QStringLiteral("fdp.exe"), pdf(), "invisible"},
        {"lone surrogate", QStringLiteral("a") + QChar(0xD800) + QStringLiteral(".pdf"), pdf(), "invisible"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        auto doc = checkAgreementDocument(c.name, c.data);
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code() == ErrorCode::InvalidArgument);
        INFO(doc.error().message().toStdString());
        CHECK(doc.error().message().contains(QLatin1String(c.word)));
        CHECK(doc.error().message().endsWith(QLatin1String("Nothing was saved.")));
    }
    // Exactly the largest size is accepted; a name of 200 characters too.
    CHECK(checkAgreementDocument(QStringLiteral("a.pdf"), pdf(static_cast<int>(MaxAttachmentBytes))).ok());
    CHECK(checkAgreementDocument(QString(200, u'a'), pdf()).ok());
}
