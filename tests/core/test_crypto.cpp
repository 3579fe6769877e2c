#include "TestSupport.h"
#include "crypto/Crypto.h"
#include "crypto/RecoveryKey.h"
#include "util/Security.h"
#include "vault/KeySlots.h"
#include "vault/PassphrasePolicy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

TEST_CASE("runtime_linkedSqliteIsSqlCipher_andQtSqlIsNeverLoaded", "[crypto]")
{
    REQUIRE(checkCryptoRuntime().ok());
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QByteArray text = maps.readAll();
    CHECK_FALSE(text.contains("libQt6Sql"));
    CHECK_FALSE(text.contains("/libsqlite3.so"));
    CHECK(text.contains("libsqlcipher"));
}

TEST_CASE("recoveryKey_printedForm_roundTripsAndToleratesCaseDashesAndLookalikes", "[crypto][recovery]")
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.toDisplayString();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(text)
              .hasMatch());
    const RecoveryKey parsed = RecoveryKey::parse(text);
    REQUIRE(parsed.isValid());
    CHECK(parsed.deriveDataKey().equals(key.deriveDataKey()));
    QString loose = text.toLower();
    loose.replace(u'-', u' ');
    loose.replace(u'0', u'o');
    loose.replace(u'1', u'l');
    CHECK(RecoveryKey::parse(loose).deriveDataKey().equals(key.deriveDataKey()));
}

TEST_CASE("recoveryKey_anySingleCharacterTypo_isRejected", "[crypto][recovery]")
{
    const QString text = RecoveryKey::generate().toDisplayString();
    int rejected = 0;
    int tried = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == u'-') {
            continue;
        }
        QString typo = text;
        typo[i] = text[i] == u'X' ? u'Y' : u'X';
        ++tried;
        rejected += RecoveryKey::parse(typo).isValid() ? 0 : 1;
    }
    CHECK(rejected == tried);
    CHECK_FALSE(RecoveryKey::parse(text.left(text.size() - 1)).isValid());
    CHECK_FALSE(RecoveryKey::parse(text + QStringLiteral("A")).isValid());
    CHECK_FALSE(RecoveryKey::parse(QStringLiteral("not a key")).isValid());
    CHECK_FALSE(RecoveryKey::parse(QString()).isValid());
}

TEST_CASE("passphrasePolicy_judgesLengthAndGuessability_notComposition", "[crypto][passphrase]")
{
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("Sh0rt!")).acceptable);
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("aaaaaaaaaaaaaaaaaaaa")).acceptable);
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("abcdefghijklmnop")).acceptable);
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("password1234")).acceptable);
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("azertyazerty")).acceptable);
    // No digits, symbols or capitals needed: length and unpredictability are what count.
    const auto good = PassphrasePolicy::evaluate(QStringLiteral("correct horse battery staple"));
    CHECK(good.acceptable);
    CHECK(good.score >= 3);
    CHECK(PassphrasePolicy::evaluate(QStringLiteral("la lune mange des crêpes bleues")).acceptable);
    CHECK(PassphrasePolicy::evaluate(QStringLiteral("x")).score <
          PassphrasePolicy::evaluate(QStringLiteral("correct horse battery staple")).score);
    CHECK_FALSE(PassphrasePolicy::evaluate(QString()).feedback.isEmpty());
}

TEST_CASE("passphrasePolicy_shortPatternsAndLengtheningCaseMappings_areNotRatedAsStrong", "[crypto][passphrase]")
{
    // Two characters taking turns are as predictable as one repeated (found by the passphrase_policy fuzz target).
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("acacacacacac")).acceptable);
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("xqxqxqxqxqxqxqxq")).acceptable);
    CHECK_FALSE(PassphrasePolicy::evaluate(QStringLiteral("abcabcabcabcabc")).acceptable);
    // 'İ' lower-cases to two code units; the estimate must count the twelve characters typed, no more.
    const QString dotted(12, QChar(0x0130));
    const auto capitalI = PassphrasePolicy::evaluate(QString(12, QLatin1Char('I')));
    const auto dottedI = PassphrasePolicy::evaluate(dotted);
    CHECK_FALSE(dottedI.acceptable);
    CHECK(dottedI.score == capitalI.score);
    // Real passphrases with the odd repeated letter still pass.
    CHECK(PassphrasePolicy::evaluate(QStringLiteral("violet anchor mosaic 4817 drifting")).acceptable);
    CHECK(PassphrasePolicy::evaluate(QStringLiteral("saffron glacier puzzle 2264 meadow")).acceptable);
}

TEST_CASE("seal_withWrongKeyOrContext_failsToOpen", "[crypto]")
{
    REQUIRE(crypto::initialize());
    SecureBuffer key = crypto::randomKey();
    SecureBuffer other = crypto::randomKey();
    const QByteArray plain("case file");
    const QByteArray sealed = crypto::seal(key, reinterpret_cast<const std::uint8_t*>(plain.constData()),
                                           static_cast<std::size_t>(plain.size()), "ctx");
    bool ok = false;
    SecureBuffer back = crypto::open(key, sealed, "ctx", &ok);
    REQUIRE(ok);
    CHECK(QByteArray(reinterpret_cast<const char*>(back.data()), static_cast<qsizetype>(back.size())) == plain);
    (void)crypto::open(other, sealed, "ctx", &ok);
    CHECK_FALSE(ok);
    (void)crypto::open(key, sealed, "other", &ok);
    CHECK_FALSE(ok);
    QByteArray flipped = sealed;
    flipped[30] = static_cast<char>(flipped[30] ^ 1);
    (void)crypto::open(key, flipped, "ctx", &ok);
    CHECK_FALSE(ok);
    (void)crypto::open(key, sealed.left(10), "ctx", &ok);
    CHECK_FALSE(ok);

    crypto::KeyPair kp = crypto::generateKeyPair();
    const QByteArray toPk = crypto::sealToPublicKey(kp.publicKey, key, "ad");
    SecureBuffer opened = crypto::openWithSecretKey(kp.secretKey, toPk, "ad", &ok);
    REQUIRE(ok);
    CHECK(opened.equals(key));
    crypto::KeyPair stranger = crypto::generateKeyPair();
    (void)crypto::openWithSecretKey(stranger.secretKey, toPk, "ad", &ok);
    CHECK_FALSE(ok);
}

TEST_CASE("keySlotFile_parse_rejectsDamageAndNewerFormats", "[crypto][corruption]")
{
    KeySlotFile file;
    file.vaultId = crypto::randomBytes(16);
    file.vaultSalt = crypto::randomBytes(32);
    SecureBuffer dk = crypto::randomKey();
    file.upsert(KeySlots::make(file, crypto::randomBytes(16), QStringLiteral("Alice"), pass(GoodPass), dk,
                               crypto::KdfParams::minimum()));
    const QByteArray bytes = file.serialize();
    auto parsed = KeySlotFile::parse(bytes);
    REQUIRE(parsed.ok());
    KeySlots::Opened opened;
    REQUIRE(KeySlots::open(parsed.value(), QStringLiteral(" alice "), pass(GoodPass), opened));
    CHECK(opened.dataKey.equals(dk));
    CHECK_FALSE(KeySlots::open(parsed.value(), QStringLiteral("Bob"), pass(GoodPass), opened));

    for (qsizetype cut : {qsizetype{0}, qsizetype{7}, qsizetype{60}, bytes.size() - 1}) {
        CHECK(KeySlotFile::parse(bytes.left(cut)).error().code() == ErrorCode::CorruptKeySlots);
    }
    // A newer Abri's file keeps the checksum at the end; a version field changed without it is damage.
    QByteArray newer = bytes;
    newer[8] = 9;
    CHECK(KeySlotFile::parse(newer).error().code() == ErrorCode::CorruptKeySlots);
    newer.replace(newer.size() - 32, 32, crypto::hash(newer.left(newer.size() - 32), 32));
    CHECK(KeySlotFile::parse(newer).error().code() == ErrorCode::NewerFormat);
    CHECK(KeySlotFile::parse(QByteArray(5000, 'A')).error().code() == ErrorCode::CorruptKeySlots);
    // A file that does not name anybody: no user name, no organisation in the bytes.
    CHECK_FALSE(bytes.contains("Alice"));
}

TEST_CASE("secureBuffer_wipe_releasesAndEmpties", "[crypto]")
{
    SecureBuffer b = SecureBuffer::fromUtf8(QStringLiteral("secret"));
    CHECK(b.size() == 6);
    SecureBuffer moved = std::move(b);
    CHECK(b.empty());
    CHECK(moved.size() == 6);
    moved.wipe();
    CHECK(moved.empty());
    CHECK(moved.data() == nullptr);
    QString s = QStringLiteral("passphrase");
    wipeString(s);
    CHECK(s.isEmpty());
}
