// Writes the committed seed corpus of the fuzz targets from a real vault: a tiny vault made with the minimum
// key-derivation cost, its abri.keys before and after adding a user, a real backup (its database part cut to
// 1 KiB so that the seed stays small; the checksum is recomputed by the real writer), the real audit anchor,
// the real recovery key typed in several ways, and passphrase input as a script would pipe it.
// Usage: fuzz_make_corpus <source dir>/tests/fuzz/corpus

#include "AnchorFixture.h"
#include "KeySlotChecks.h"
#include "vault/AuditLog.h"
#include "vault/Backup.h"
#include "vault/VaultPrivate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace abri;

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "make_corpus: %s failed\n", what);
        std::exit(1);
    }
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    check(f.open(QIODevice::ReadOnly), "reading a vault file");
    return f.readAll();
}

void writeSeed(const QDir& root, const char* target, const char* name, const QByteArray& bytes)
{
    check(root.mkpath(QLatin1String(target)), "making a corpus folder");
    QFile f(root.filePath(QLatin1String(target) + u'/' + QLatin1String(name)));
    check(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size(), "writing a seed");
    std::printf("%s/%s: %lld bytes\n", target, name, static_cast<long long>(bytes.size()));
}

SecureBuffer pass(const char* text)
{
    return SecureBuffer::fromUtf8(QString::fromUtf8(text));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_corpus OUTPUT_DIR\n");
        return 2;
    }
    check(crypto::initialize(), "libsodium");
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir tmp;
    check(tmp.isValid(), "a temporary folder");
    const QDir work(tmp.path());

    Vault::Options options;
    options.kdf = crypto::KdfParams::minimum();
    options.localStateDir = work.filePath(QStringLiteral("state"));
    const QString vaultPath = work.filePath(QStringLiteral("vault.abri"));
    auto created = Vault::create(vaultPath, QStringLiteral("Refuge Test"), QString::fromLatin1(fuzz::CorpusUser),
                                 pass(fuzz::CorpusPassphrase), options);
    check(created.ok(), "creating the vault");
    Vault& vault = *created->vault;
    const QString keysPath = QDir(vaultPath).filePath(VaultFiles::Keys);

    // Key slots: one slot, two slots, none, and a file from a newer Abri.
    const QByteArray oneSlot = readFile(keysPath);
    check(vault.addUser(QStringLiteral("Bob"), Role::Caseworker, pass("violet tangerine hammock river")).ok(),
          "adding a user");
    const QByteArray twoSlots = readFile(keysPath);
    writeSeed(out, "keyslots", "one-slot", oneSlot);
    writeSeed(out, "keyslots", "two-slots", twoSlots);
    auto parsed = KeySlotFile::parse(twoSlots);
    check(parsed.ok(), "parsing the real key slots");
    KeySlotFile empty = parsed.value();
    empty.entries.clear();
    writeSeed(out, "keyslots", "no-slot", empty.serialize());
    QByteArray newer = oneSlot;
    newer[8] = 2;
    writeSeed(out, "keyslots", "newer-version", newer);

    // Backups: the real header and parts, with the first KiB of the real database.
    const QString backupPath = work.filePath(QStringLiteral("full.abribackup"));
    check(vault.backup(backupPath).ok(), "backing up");
    auto contents = BackupFile::read(backupPath);
    check(contents.ok(), "reading the backup");
    QFile full(backupPath);
    check(full.open(QIODevice::ReadOnly) && full.seek(contents->dbOffset), "opening the backup");
    const QString dbPart = work.filePath(QStringLiteral("db-part"));
    QFile part(dbPart);
    check(part.open(QIODevice::WriteOnly) && part.write(full.read(1024)) == 1024, "cutting the database");
    part.close();
    const QString small = work.filePath(QStringLiteral("small.abribackup"));
    check(BackupFile::write(small, contents->keySlots, contents->anchor, dbPart).ok(), "writing a small backup");
    writeSeed(out, "backup", "real-header-1k-db", readFile(small));
    check(QFile::resize(dbPart, 0), "emptying the database part");
    const QString bare = work.filePath(QStringLiteral("bare.abribackup"));
    check(BackupFile::write(bare, contents->keySlots, {}, dbPart).ok(), "writing a bare backup");
    writeSeed(out, "backup", "no-anchor-empty-db", readFile(bare));

    // The anchor: the real file (sealed with the vault's key, so it fails authentication in the target), the
    // real head as the text inside, and that text sealed with the target's key.
    writeSeed(out, "anchor", "real-file", readFile(QDir(vaultPath).filePath(VaultFiles::Anchor)));
    auto head = AuditLog::head(vault.database());
    check(head.ok(), "reading the audit head");
    const QByteArray text = QByteArray::number(head->seq) + ':' + head->hash.toHex();
    writeSeed(out, "anchor", "real-text", text);
    writeSeed(out, "anchor", "empty-log-text", "0:" + QByteArray(32, '\0').toHex());
    const auto fixture = fuzz::anchorFixture();
    writeSeed(out, "anchor", "sealed-real-text", fixture->encodeAnchor(head.value()));

    // The recovery key as shown, typed loosely, with look-alikes, and with a typo.
    const QString key = created->recoveryKey;
    writeSeed(out, "recovery_key", "as-shown", key.toUtf8());
    QString loose = key.toLower();
    loose.replace(u'-', u' ');
    writeSeed(out, "recovery_key", "lower-spaces", loose.toUtf8() + '\n');
    QString lookAlike = key;
    lookAlike.replace(u'0', u'O').replace(u'1', u'l');
    lookAlike.remove(u'-');
    writeSeed(out, "recovery_key", "look-alikes", lookAlike.toUtf8());
    QString typo = key;
    typo[0] = typo[0] == u'A' ? u'B' : u'A';
    writeSeed(out, "recovery_key", "typo", typo.toUtf8());

    // Passphrase input: what scripts pipe to --passphrase-fd.
    writeSeed(out, "passphrase_input", "two-lines",
              QByteArray(fuzz::CorpusPassphrase) + "\nviolet tangerine hammock river\n");
    writeSeed(out, "passphrase_input", "crlf-no-final-newline",
              "correct horse battery staple\r\n" + key.toUtf8() + "\r\nshort");
    writeSeed(out, "passphrase_input", "weak-then-empty", "password1234\n\n");
    writeSeed(out, "passphrase_input", "too-long", QByteArray(1025, 'a') + "\nnext line\n");

    // Passphrase policy: strong, common words, keyboard runs, repeats, non-ASCII.
    writeSeed(out, "passphrase_policy", "strong", fuzz::CorpusPassphrase);
    writeSeed(out, "passphrase_policy", "common-words", "motdepasse123456azerty");
    writeSeed(out, "passphrase_policy", "keyboard-run", "qwertyuiopasdfghjkl");
    writeSeed(out, "passphrase_policy", "repeats", "aaaaaaaaaaaaaaaaaaaa");
    writeSeed(out, "passphrase_policy", "accents", QStringLiteral("lézard rouge à Marseille été").toUtf8());

    vault.lock();
    return 0;
}
