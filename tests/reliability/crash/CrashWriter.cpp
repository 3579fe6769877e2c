// abri_crash_writer: changes a vault through the core services in an endless loop until it is killed, and
// acknowledges each change on stdout only after the core call returned success (see CrashProtocol.h).
//
//   abri_crash_writer write|backup|rekey|cases <vault folder> <state folder> <seed> [<backup file>]
//
// cases: people (with contacts and restricted fields), notes, note corrections, consents and attachments through
// CaseFiles, as the coordinator; what each change writes follows from its token (CaseContent.h).
//
// Test-only: the passphrases are fixed test values, and the only secret it prints is the recovery key that
// the driver needs to check that the newest acknowledged key still opens the vault.

#include "CaseContent.h"
#include "CrashProtocol.h"
#include "cases/CaseFiles.h"
#include "util/Security.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <limits>
#include <random>

using namespace abri;

namespace {

// A driver that died leaves no one to kill the writer: stop by itself well after any test would have.
constexpr qint64 MaxLifetimeMs = 180'000;

void ack(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "abri_crash_writer: %s failed: %s\n", what, qPrintable(error.message()));
    std::exit(3);
}

class Writer
{
public:
    Writer(Vault& vault, quint64 seed) : m_vault(vault), m_rng(seed), m_seed(seed)
    {
        auto users = m_vault.users();
        if (!users) {
            fail("users", users.error());
        }
        // The next name follows from the users that exist: after a kill before the commit, the same name is
        // tried again with the same passphrase, as a coordinator would retry it.
        m_nextUser = static_cast<int>(users->size());
    }

    // One random change: a new user or an audit entry.
    void change()
    {
        if (m_rng() % 4 == 0) {
            const QString name = QStringLiteral("user-%1").arg(m_nextUser);
            auto user = m_vault.addUser(name, Role::Caseworker, crash::secret(crash::userPassphrase(name)));
            if (!user) {
                fail("addUser", user.error());
            }
            ++m_nextUser;
            ack(QStringLiteral("user %1 %2").arg(user->id).arg(user->name));
        } else {
            const QString token = QStringLiteral("%1-%2").arg(m_seed).arg(++m_audits);
            if (auto st = m_vault.recordAudit(crash::AuditAction, QStringLiteral("crash"), token); !st) {
                fail("recordAudit", st.error());
            }
            ack(QStringLiteral("audit %1").arg(token));
        }
    }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }

private:
    Vault& m_vault;
    std::mt19937_64 m_rng;
    quint64 m_seed;
    int m_nextUser = 0;
    int m_audits = 0;
};

// Changes case files through CaseFiles. Before each change it prints "<kind>-begin ..." (not an acknowledgement,
// so the driver knows what a kill may have left half done), and after the call returned success the acknowledgement.
class CaseWriter
{
public:
    CaseWriter(Vault& vault, quint64 seed) : m_cases(vault), m_rng(seed), m_seed(seed)
    {
        // Everything earlier runs wrote (acknowledged or not) is a target: the driver knows all of it.
        auto people = m_cases.listPeople(PersonFilter{}, 0, std::numeric_limits<int>::max());
        if (!people) {
            fail("listPeople", people.error());
        }
        for (const PersonSummary& p : people.value()) {
            m_people << p.id;
        }
    }

    void change()
    {
        const auto pick = m_rng() % 20;
        if (m_people.isEmpty() || pick < 4) {
            addPerson();
        } else if (pick < 10) {
            addNote();
        } else if (pick < 13) {
            correctNote();
        } else if (pick < 16) {
            addConsent();
        } else {
            addAttachment();
        }
    }

private:
    QString nextToken() { return QStringLiteral("%1x%2").arg(m_seed).arg(++m_changes); }
    qint64 anyPerson() { return m_people.at(static_cast<qsizetype>(m_rng() % static_cast<quint64>(m_people.size()))); }

    void addPerson()
    {
        const QString token = nextToken();
        ack(QStringLiteral("person-begin %1").arg(token));
        auto id = m_cases.createPerson(crash::personDraft(token));
        if (!id) {
            fail("createPerson", id.error());
        }
        m_people << id.value();
        ack(QStringLiteral("person %1 %2").arg(id.value()).arg(token));
    }

    void addNote()
    {
        const QString token = nextToken();
        const qint64 person = anyPerson();
        ack(QStringLiteral("note-begin %1 %2").arg(person).arg(token));
        auto id = m_cases.addNote(person, crash::noteDraft(token));
        if (!id) {
            fail("addNote", id.error());
        }
        ack(QStringLiteral("note %1 %2").arg(id.value()).arg(token));
    }

    void correctNote()
    {
        auto timeline = m_cases.timeline(anyPerson());
        if (!timeline) {
            fail("timeline", timeline.error());
        }
        if (timeline->empty()) {
            addNote();
            return;
        }
        const Note& note = timeline->at(static_cast<std::size_t>(m_rng() % timeline->size()));
        const QString token = nextToken();
        ack(QStringLiteral("correct-begin %1 %2").arg(note.id).arg(token));
        auto id = m_cases.correctNote(note.id, crash::noteBody(token));
        if (!id) {
            fail("correctNote", id.error());
        }
        ack(QStringLiteral("correct %1 %2").arg(id.value()).arg(token));
    }

    void addConsent()
    {
        const QString token = nextToken();
        const qint64 person = anyPerson();
        ack(QStringLiteral("consent-begin %1 %2").arg(person).arg(token));
        auto id = m_cases.addConsent(person, crash::consentDraft(token));
        if (!id) {
            fail("addConsent", id.error());
        }
        ack(QStringLiteral("consent %1 %2").arg(id.value()).arg(token));
    }

    void addAttachment()
    {
        const QString token = nextToken();
        const qint64 person = anyPerson();
        const crash::AttachmentContent a = crash::attachmentContent(token);
        ack(QStringLiteral("attachment-begin %1 %2").arg(person).arg(token));
        auto id = m_cases.addAttachment(person, a.fileName, a.data, a.category, a.description);
        if (!id) {
            fail("addAttachment", id.error());
        }
        ack(QStringLiteral("attachment %1 %2 %3").arg(id.value()).arg(token, crash::sha256HexOf(a.data)));
    }

    CaseFiles m_cases;
    std::mt19937_64 m_rng;
    quint64 m_seed;
    QList<qint64> m_people;
    int m_changes = 0;
};

std::unique_ptr<Vault> openOrCreate(const QString& path, const Vault::Options& options)
{
    if (!QFileInfo::exists(path)) {
        ack(QStringLiteral("creating"));
        auto created = Vault::create(path, crash::Organisation, crash::CoordinatorName,
                                     crash::secret(crash::CoordinatorPassphrase), options);
        if (!created) {
            fail("create", created.error());
        }
        ack(QStringLiteral("created %1").arg(created->recoveryKey));
        return std::move(created->vault);
    }
    for (;;) {
        auto vault = Vault::unlock(path, crash::CoordinatorName, crash::secret(crash::CoordinatorPassphrase), options);
        if (!vault && vault.error().code() == ErrorCode::Throttled) {
            // Kills during earlier unlocks count as failed attempts (by design); wait like a person would.
            QThread::sleep(static_cast<unsigned long>(Vault::secondsUntilNextAttempt(path, options)));
            continue;
        }
        if (!vault) {
            fail("unlock", vault.error());
        }
        if (vault.value()->interruptedRekeyFinished()) {
            ack(QStringLiteral("rekey-finished-at-unlock"));
        }
        ack(QStringLiteral("unlocked"));
        return std::move(vault.value());
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    const bool known = mode == QLatin1String("write") || mode == QLatin1String("backup") ||
                       mode == QLatin1String("rekey") || mode == QLatin1String("cases");
    if (!known || args.size() < 5 || (mode == QLatin1String("backup") && args.size() < 6)) {
        std::fprintf(stderr,
                     "usage: abri_crash_writer write|backup|rekey|cases <vault> <state dir> <seed> [<backup>]\n");
        return 2;
    }
    if (!checkCryptoRuntime()) {
        return 2;
    }
    const QString vaultPath = args.at(2);
    bool seedOk = false;
    const quint64 seed = args.at(4).toULongLong(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "abri_crash_writer: the seed must be a number\n");
        return 2;
    }
    Vault::Options options;
    options.kdf = crypto::KdfParams::minimum();
    options.localStateDir = args.at(3);

    std::unique_ptr<Vault> vault = openOrCreate(vaultPath, options);
    if (mode == QLatin1String("cases")) {
        CaseWriter cases(*vault, seed);
        QElapsedTimer alive;
        alive.start();
        while (alive.elapsed() < MaxLifetimeMs) {
            cases.change();
        }
        std::fprintf(stderr, "abri_crash_writer: nobody killed the writer; stopping\n");
        return 4;
    }
    Writer writer(*vault, seed);
    QElapsedTimer alive;
    alive.start();
    for (int round = 1; alive.elapsed() < MaxLifetimeMs; ++round) {
        if (mode == QLatin1String("write")) {
            writer.change();
        } else if (mode == QLatin1String("backup")) {
            for (int i = writer.between(1, 3); i > 0; --i) {
                writer.change();
            }
            const QString backupFile = args.at(5);
            ack(QStringLiteral("backup-begin %1").arg(round));
            // backup() never overwrites, so the previous backup goes first: a kill in between leaves none.
            if (QFileInfo::exists(backupFile) && !QFile::remove(backupFile)) {
                std::fprintf(stderr, "abri_crash_writer: the previous backup could not be removed\n");
                return 3;
            }
            if (auto st = vault->backup(backupFile); !st) {
                fail("backup", st.error());
            }
            ack(QStringLiteral("backup-done %1 %2").arg(round).arg(crash::sha256Hex(backupFile)));
        } else {
            for (int i = writer.between(0, 2); i > 0; --i) {
                writer.change();
            }
            ack(QStringLiteral("rekey-begin"));
            auto key = vault->rekey();
            if (!key) {
                fail("rekey", key.error());
            }
            ack(QStringLiteral("rekey %1").arg(key.value()));
        }
    }
    std::fprintf(stderr, "abri_crash_writer: nobody killed the writer; stopping\n");
    return 4;
}
