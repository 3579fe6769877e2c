// The scanner finds what it looks for: a canary planted in each encoding, in a hidden file deep in a folder, and
// in the root of a real run's files. Without these a clean scan would prove nothing.
#include "CanaryScanner.h"
#include "LeakRoot.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace abri::leaks;

namespace {

QByteArray noise(int size)
{
    QByteArray out(size, '\0');
    for (char& byte : out) {
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return out;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray out;
    for (QChar c : text) {
        const char low = static_cast<char>(c.unicode() & 0xff);
        const char high = static_cast<char>(c.unicode() >> 8);
        out.append(littleEndian ? low : high);
        out.append(littleEndian ? high : low);
    }
    return out;
}

void write(const QString& path, const QByteArray& data)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
}

} // namespace

TEST_CASE("leaks_scanner_findsACanaryPlantedInEachEncodingAndNothingElse", "[leaks][scanner]")
{
    const QString canary = makeCanary(QStringLiteral("Probe"), true);
    const QString other = makeCanary(QStringLiteral("Probe"), true);
    REQUIRE(canary != other);
    CanaryScanner scanner;
    scanner.add(QStringLiteral("probe"), canary);

    const QString nfd = canary.normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != canary);
    struct Case
    {
        const char* encoding; // what the scanner must report
        QByteArray bytes;
    };
    const QList<Case> cases = {
        {"UTF-8, any case", canary.toUtf8()},
        {"UTF-8, any case", canary.toUpper().toUtf8()},
        {"UTF-8, any case", canary.toLower().toUtf8()},
        {"UTF-8, any case", nfd.toUtf8()},
        {"UTF-16LE, any case", utf16(canary, true)},
        {"UTF-16LE (odd offset), any case", QByteArray(1, 'x') + utf16(canary.toLower(), true)},
        {"UTF-16BE, any case", utf16(canary, false)},
        {"UTF-16BE (odd offset), any case", QByteArray(1, 'x') + utf16(canary, false)},
        {"hexadecimal UTF-8", canary.toUtf8().toHex().toUpper()},
        {"base64 UTF-8", QByteArray("a") + canary.toUtf8().toBase64()},
        {"base64 UTF-8", QByteArray("[") + QByteArray(QByteArray("12") + canary.toUtf8()).toBase64()},
    };
    // Plain ASCII canaries also in Latin-1; the non-ASCII letters here are outside Latin-1, so take a Latin-1 one.
    const QString latin = makeCanary(QStringLiteral("Probe\u00e9"));
    scanner.add(QStringLiteral("latin"), latin);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (int i = 0; i < cases.size(); ++i) {
        // Even-sized noise first, so the odd-offset cases really start at an odd offset.
        write(dir.filePath(QStringLiteral("deep/.hidden/case-%1.bin").arg(i)), noise(64) + cases[i].bytes + noise(33));
    }
    write(dir.filePath(QStringLiteral("latin.bin")), noise(10) + latin.toLatin1().toUpper() + noise(10));
    write(dir.filePath(QStringLiteral("other.bin")), other.toUtf8() + utf16(other, true) + other.toUtf8().toHex());

    const CanaryScanner::Report report = scanner.scanTree(dir.path());
    INFO(describe(report.hits).toStdString());
    CHECK(report.files.size() == cases.size() + 2);
    CHECK(report.unreadable.isEmpty());
    for (int i = 0; i < cases.size(); ++i) {
        const QString file = dir.filePath(QStringLiteral("deep/.hidden/case-%1.bin").arg(i));
        INFO("case " << i << ": " << cases[i].encoding);
        bool found = false;
        for (const Hit& hit : report.hits) {
            found = found || (hit.file == file && hit.label == QStringLiteral("probe") &&
                              hit.encoding == QLatin1String(cases[i].encoding));
        }
        CHECK(found);
    }
    bool latinFound = false;
    for (const Hit& hit : report.hits) {
        latinFound =
            latinFound || (hit.label == QStringLiteral("latin") && hit.encoding.startsWith(QStringLiteral("Latin-1")));
        // Another run's canary (same tag, different random part) is never taken for this one.
        CHECK_FALSE(hit.file.endsWith(QStringLiteral("other.bin")));
    }
    CHECK(latinFound);
}

TEST_CASE("leaks_scanner_findsACanaryPlantedAmongTheRootsRealFiles", "[leaks][scanner]")
{
    // The root of this process, where the product's settings and data go: a planted file is found there.
    const QString canary = makeCanary(QStringLiteral("RootProbe"));
    CanaryScanner scanner;
    scanner.add(QStringLiteral("root probe"), canary);
    CHECK(scanner.scanTree(LeakRoot::path()).hits.isEmpty());
    const QString planted = QDir(LeakRoot::cacheHome()).filePath(QStringLiteral("Abri/.probe"));
    write(planted, QByteArray("[General]\nname=") + canary.toUtf8() + '\n');
    const QList<Hit> hits = scanner.scanTree(LeakRoot::path()).hits;
    QFile::remove(planted);
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().file == planted);
    CHECK(hits.front().label == QStringLiteral("root probe"));
}

// The control for the vault's clean scans: the same notes table and full-text index in a plain SQLite file give
// the note text away to the scan. So zero hits in abri.db and its WAL come from the encryption, not from a way of
// storing text that the scanner cannot see.
TEST_CASE("leaks_scanner_findsNoteTextInAnUnencryptedDatabaseWithTheVaultsIndex", "[leaks][scanner]")
{
    const QString canary = makeCanary(QStringLiteral("PlainNote"));
    CanaryScanner scanner;
    scanner.add(QStringLiteral("note text"), canary);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plain.db"));
    {
        auto db = abri::Database::openUnencrypted(file, abri::Database::Mode::Create);
        REQUIRE(db.ok());
        REQUIRE(db->exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
                         "CREATE VIRTUAL TABLE notes_fts USING fts4(content=\"notes\", body, "
                         "tokenize=unicode61 \"remove_diacritics=1\");")
                    .ok());
        auto insert = db->prepare("INSERT INTO notes(body) VALUES (?);");
        REQUIRE(insert.ok());
        insert->bind(1, QStringLiteral("Met at the caf\u00e9, %1 is fine.").arg(canary));
        REQUIRE(insert->run().ok());
        REQUIRE(db->exec("INSERT INTO notes_fts(docid, body) SELECT id, body FROM notes;").ok());
        REQUIRE(db->checkpointTruncate().ok());
    }
    const QList<Hit> hits = scanner.scanTree(dir.path()).hits;
    INFO(describe(hits).toStdString());
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.front().file == file);
}
