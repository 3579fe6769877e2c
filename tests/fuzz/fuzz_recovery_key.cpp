// Fuzzes the recovery-key parser: the key is typed by hand from paper, so anything may arrive. A reference
// decoder written from docs/vault-format.md (Crockford base-32, 32 characters, 4-byte BLAKE2b checksum) must
// agree with the parser on every input, and keys the fuzzer could never guess are made from each input by
// fixing their checksum, so the successful path and typo detection are exercised too.

#include "FuzzSupport.h"
#include "crypto/RecoveryKey.h"

#include <QString>

#include <sodium.h>

#include <array>
#include <optional>
#include <vector>

namespace {

using namespace abri;
using namespace abri::fuzz;

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int KeyChars = 32;

// The 5-bit value of one typed character, or -1. Case does not matter; O reads as 0, I and L as 1.
int symbolValue(QChar c)
{
    const QChar upper = c.toUpper();
    if (upper == u'O') {
        return 0;
    }
    if (upper == u'I' || upper == u'L') {
        return 1;
    }
    for (int i = 0; i < 32; ++i) {
        if (upper == QLatin1Char(Alphabet[i])) {
            return i;
        }
    }
    return -1;
}

struct Typed
{
    std::vector<int> values;       // 5-bit values of the key characters, in order
    std::vector<qsizetype> places; // where each one is in the text
};

// Skips spaces and dashes; nullopt on any other character outside the alphabet.
std::optional<Typed> readSymbols(const QString& text)
{
    Typed typed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == u'-') {
            continue;
        }
        const int v = symbolValue(c);
        if (v < 0) {
            return std::nullopt;
        }
        typed.values.push_back(v);
        typed.places.push_back(i);
    }
    return typed;
}

// 32 five-bit values are 160 bits: 16 secret bytes then the 4 checksum bytes.
std::array<std::uint8_t, 20> toBytes(const std::vector<int>& values)
{
    std::array<std::uint8_t, 20> out{};
    for (int bit = 0; bit < KeyChars * 5; ++bit) {
        const int v = values[static_cast<std::size_t>(bit / 5)];
        if ((v >> (4 - bit % 5)) & 1) {
            out[static_cast<std::size_t>(bit / 8)] |= static_cast<std::uint8_t>(0x80u >> (bit % 8));
        }
    }
    return out;
}

std::vector<int> toValues(const std::array<std::uint8_t, 20>& bytes)
{
    std::vector<int> values(KeyChars, 0);
    for (int bit = 0; bit < KeyChars * 5; ++bit) {
        if ((bytes[static_cast<std::size_t>(bit / 8)] >> (7 - bit % 8)) & 1) {
            values[static_cast<std::size_t>(bit / 5)] |= 1 << (4 - bit % 5);
        }
    }
    return values;
}

std::array<std::uint8_t, 4> checksumOf(const std::uint8_t* secret)
{
    static const char context[] = "abri.recovery.checksum.v1";
    std::array<std::uint8_t, 16> h{};
    crypto_generichash(h.data(), h.size(), secret, 16, reinterpret_cast<const std::uint8_t*>(context),
                       sizeof context - 1);
    return {h[0], h[1], h[2], h[3]};
}

// "ABCD-EFGH-…": eight groups of four.
QString display(const std::vector<int>& values)
{
    QString out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += u'-';
        }
        out += QLatin1Char(Alphabet[values[i]]);
    }
    return out;
}

void checkValidKey(const RecoveryKey& key, const QString& expectedDisplay)
{
    FUZZ_CHECK(key.isValid());
    const QString shown = key.toDisplayString();
    FUZZ_CHECK(shown == expectedDisplay);
    FUZZ_CHECK(key.deriveDataKey().size() == crypto::KeySize);
    // What is shown reads back as the same key, also typed in lower case without dashes.
    FUZZ_CHECK(RecoveryKey::parse(shown).toDisplayString() == shown);
    QString loose = shown.toLower();
    loose.remove(u'-');
    FUZZ_CHECK(RecoveryKey::parse(loose).toDisplayString() == shown);
}

void checkText(const QString& text, const std::uint8_t* data, std::size_t size)
{
    const RecoveryKey key = RecoveryKey::parse(text);
    const auto typed = readSymbols(text);
    const bool rightLength = typed && typed->values.size() == KeyChars;
    std::array<std::uint8_t, 20> bytes{};
    if (rightLength) {
        bytes = toBytes(typed->values);
    }
    const bool expectValid =
        rightLength && checksumOf(bytes.data()) == std::array{bytes[16], bytes[17], bytes[18], bytes[19]};
    FUZZ_CHECK(key.isValid() == expectValid);
    if (expectValid) {
        checkValidKey(key, display(typed->values));
    } else {
        FUZZ_CHECK(key.toDisplayString().isEmpty());
    }
    if (!rightLength) {
        return;
    }

    // The same text with its checksum characters corrected (keeping separators, case and positions) is a
    // valid key.
    const auto sum = checksumOf(bytes.data());
    std::copy(sum.begin(), sum.end(), bytes.begin() + 16);
    const std::vector<int> fixedValues = toValues(bytes);
    QString fixedText = text;
    for (std::size_t i = 0; i < fixedValues.size(); ++i) {
        const qsizetype at = typed->places[i];
        QChar c = QLatin1Char(Alphabet[fixedValues[i]]);
        if (text[at].isLower()) {
            c = c.toLower();
        }
        fixedText[at] = c;
    }
    const RecoveryKey fixedKey = RecoveryKey::parse(fixedText);
    checkValidKey(fixedKey, display(fixedValues));

    // A typo in the last six characters (checksum bits only) is always caught.
    const std::size_t pick = size > 0 ? data[0] : 0;
    const std::size_t place = 26 + pick % 6;
    const int changed = (fixedValues[place] + 1 + static_cast<int>(size > 1 ? data[1] % 31 : 0)) % 32;
    QString typo = fixedText;
    typo[typed->places[place]] = QLatin1Char(Alphabet[changed]);
    FUZZ_CHECK(!RecoveryKey::parse(typo).isValid());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    guarded("RecoveryKey::parse", [&] {
        // As typed (UTF-8), and as arbitrary UTF-16 (any QChar, lone surrogates included).
        checkText(QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), data, size);
        std::vector<char16_t> units(size / 2);
        for (std::size_t i = 0; i < units.size(); ++i) {
            units[i] = static_cast<char16_t>(data[2 * i] | (data[2 * i + 1] << 8));
        }
        checkText(QString(reinterpret_cast<const QChar*>(units.data()), static_cast<qsizetype>(units.size())), data,
                  size);
    });
    return 0;
}
