// abri_bench_people: how fast people and notes are found and opened in a large demo vault, and what the encryption
// costs, measured side by side on the vault and on an unencrypted copy of it. A program, not a test: it never fails
// on time (timings on a shared machine are noise for a pass/fail decision). docs/performance.md records the figures.
//
//   abri_bench_people [--vault DIR] [--people N] [--notes M] [--seed S] [--queries Q]
//
// Without --vault a demo vault is generated in a temporary folder and removed afterwards; with --vault DIR the
// vault there is reused (or generated there when DIR does not exist yet, and kept), and so is its unencrypted copy
// DIR.plain.sqlite beside it.

#include "cases/CaseFiles.h"
#include "cases/CaseFilesPrivate.h"
#include "cases/DemoData.h"
#include "cases/DemoVocabulary.h"
#include "cases/PeopleSql.h"
#include "storage/Database.h"
#include "util/Security.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

#ifndef ABRI_BENCH_BUILD_TYPE
#define ABRI_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

using namespace abri;

// The goals of the people-and-case-files issue.
constexpr double GoalTypeAheadP95Ms = 15.0;
constexpr double GoalFullTextP95Ms = 50.0;
constexpr double GoalOpenMs = 30.0;
constexpr double GoalOverhead = 1.5;

[[noreturn]] void fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "abri_bench_people: %s: %s\n", what, qPrintable(error.message()));
    std::exit(1);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a machine shared with other jobs, wall-clock time mostly measures the wait for a
// core, while the CPU time is what the query costs (the data is in the page cache: no disk reads to wait for).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> samples)
{
    Stats s;
    if (samples.empty()) {
        return s;
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        const auto index = static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1) + 0.5);
        return samples[std::min(index, samples.size() - 1)];
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.max = samples.back();
    return s;
}

// One query kind, timed on both databases in alternation (encrypted first, then plain, per query), so that load
// from other processes falls on both alike.
struct Kind
{
    Kind(const char* kindName, double goal) : name(kindName), goalMs(goal) {}

    const char* name;
    double goalMs; // 0: no goal of its own (only the overhead)
    std::vector<double> encrypted;
    std::vector<double> plain;
    std::vector<double> encryptedCpu;
    std::vector<double> plainCpu;
};

void runBoth(Kind& kind, int warmUp, int count, const std::function<void(Database&, int)>& query, Database& enc,
             Database* plain)
{
    for (int i = -warmUp; i < count; ++i) {
        const int index = std::max(i, 0);
        QElapsedTimer timer;
        timer.start();
        double cpu = threadCpuMs();
        query(enc, index);
        const double encMs = elapsedMs(timer);
        const double encCpu = threadCpuMs() - cpu;
        double plainMs = 0;
        double plainCpu = 0;
        if (plain != nullptr) {
            timer.restart();
            cpu = threadCpuMs();
            query(*plain, index);
            plainMs = elapsedMs(timer);
            plainCpu = threadCpuMs() - cpu;
        }
        if (i >= 0) {
            kind.encrypted.push_back(encMs);
            kind.encryptedCpu.push_back(encCpu);
            if (plain != nullptr) {
                kind.plain.push_back(plainMs);
                kind.plainCpu.push_back(plainCpu);
            }
        }
    }
}

void printKind(const Kind& kind)
{
    const Stats e = statsOf(kind.encrypted);
    std::printf("  %-26s %5zu  %8.2f %8.2f %8.2f", kind.name, kind.encrypted.size(), e.p50, e.p95, e.max);
    if (kind.plain.empty()) {
        std::printf("  %8s %8s %8s  %6s", "-", "-", "-", "-");
    } else {
        const Stats p = statsOf(kind.plain);
        const double ratio = p.p95 > 0 ? e.p95 / p.p95 : 0;
        std::printf("  %8.2f %8.2f %8.2f  %5.2fx", p.p50, p.p95, p.max, ratio);
    }
    const Stats ec = statsOf(kind.encryptedCpu);
    std::printf("  | cpu %7.2f %7.2f", ec.p50, ec.p95);
    if (kind.plainCpu.empty()) {
        std::printf(" %7s %7s  %6s", "-", "-", "-");
    } else {
        const Stats pc = statsOf(kind.plainCpu);
        std::printf(" %7.2f %7.2f  %5.2fx", pc.p50, pc.p95, pc.p95 > 0 ? ec.p95 / pc.p95 : 0);
    }
    if (kind.goalMs > 0) {
        std::printf("  p95 <= %.0f ms: %s", kind.goalMs, e.p95 <= kind.goalMs ? "met" : "NOT MET");
    }
    std::printf("\n");
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
            }
        }
    }
    return QStringLiteral("unknown CPU");
}

qint64 folderSize(const QString& path)
{
    qint64 total = 0;
    const QFileInfo info(path);
    if (info.isFile()) {
        return info.size();
    }
    for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files | QDir::Hidden)) {
        total += f.size();
    }
    return total;
}

void printLoad(const char* when)
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (file.open(QIODevice::ReadOnly)) {
        std::printf("  load average %s: %s\n", when, file.readAll().split(' ').mid(0, 3).join(' ').constData());
    }
}

std::vector<QString> columnOf(Database& db, const char* sql)
{
    std::vector<QString> out;
    auto st = db.prepare(sql);
    if (!st) {
        fail("read sample", st.error());
    }
    while (st->step()) {
        out.push_back(st->text(0));
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("abri.*.debug=false\nabri.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times type-ahead, full-text search, opening and listing people "
                                                    "in a demo vault and in an unencrypted copy of it."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("vault"), QStringLiteral("Reuse (or create and keep) the demo vault in DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("people"), QStringLiteral("People to generate (default 100000)."), QStringLiteral("N"),
         QStringLiteral("100000")},
        {QStringLiteral("notes"), QStringLiteral("Notes to generate (default 1000000)."), QStringLiteral("M"),
         QStringLiteral("1000000")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("queries"), QStringLiteral("Queries per kind (default 300, at least 200 are meaningful)."),
         QStringLiteral("Q"), QStringLiteral("300")},
    });
    parser.process(app);
    if (auto st = checkCryptoRuntime(); !st) {
        fail("crypto runtime", st.error());
    }

    DemoOptions demo;
    demo.people = parser.value(QStringLiteral("people")).toInt();
    demo.notes = parser.value(QStringLiteral("notes")).toInt();
    demo.seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int queries = std::max(1, parser.value(QStringLiteral("queries")).toInt());

    QTemporaryDir temp;
    if (!temp.isValid()) {
        std::fprintf(stderr, "abri_bench_people: no temporary folder\n");
        return 1;
    }
    const QString vaultPath = parser.isSet(QStringLiteral("vault"))
                                  ? QDir::cleanPath(QFileInfo(parser.value(QStringLiteral("vault"))).absoluteFilePath())
                                  : temp.filePath(QStringLiteral("demo.abri"));
    const QString plainPath = vaultPath + QStringLiteral(".plain.sqlite");
    Vault::Options options;
    options.kdf = crypto::KdfParams::interactive(); // unlocking is not what is measured here
    options.localStateDir = parser.isSet(QStringLiteral("vault")) ? vaultPath + QStringLiteral(".state")
                                                                  : temp.filePath(QStringLiteral("state"));

    std::printf("abri_bench_people (%s build)\n", ABRI_BENCH_BUILD_TYPE);
    std::printf("  machine: %s, %s, %d logical CPUs\n", qPrintable(QSysInfo::prettyProductName()),
                qPrintable(cpuModel()), QThread::idealThreadCount());
    std::printf("  SQLite %s\n", qPrintable(Database::linkedSqliteVersion()));

    if (!Vault::looksLikeVault(vaultPath)) {
        std::printf("  generating %d people and %d notes (seed %llu) in %s ...\n", demo.people, demo.notes,
                    static_cast<unsigned long long>(demo.seed), qPrintable(vaultPath));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        qint64 lastShown = -1;
        auto created = createDemoVault(vaultPath, demo, options, [&](qint64 done, qint64 total) {
            const qint64 percent = done * 100 / std::max<qint64>(total, 1);
            if (percent / 10 != lastShown) {
                lastShown = percent / 10;
                std::fprintf(stderr, "  ... %lld%% after %.0f s\n", static_cast<long long>(percent),
                             elapsedMs(timer) / 1000.0);
            }
            return true;
        });
        if (!created) {
            fail("generate", created.error());
        }
        std::printf("  generation took %.1f s (%.0f rows/s)\n", elapsedMs(timer) / 1000.0,
                    static_cast<double>(demo.people + demo.notes) / (elapsedMs(timer) / 1000.0));
        created.value().vault->lock();
        QFile::remove(plainPath);
    } else {
        std::printf("  reusing the vault in %s\n", qPrintable(vaultPath));
    }

    // A caseworker: the role that searches most, and one that reads contacts (phone tails) but not health or legal.
    auto unlocked =
        Vault::unlock(vaultPath, QStringLiteral("demo-caseworker"), SecureBuffer::fromUtf8(demoPassphrase()), options);
    if (!unlocked) {
        fail("unlock", unlocked.error());
    }
    Vault& vault = *unlocked.value();
    Database& enc = vault.database();
    if (!QFile::exists(plainPath)) {
        QElapsedTimer timer;
        timer.start();
        if (auto st = enc.exportPlaintextCopy(plainPath); !st) {
            fail("plaintext copy", st.error());
        }
        std::printf("  unencrypted copy written in %.1f s\n", elapsedMs(timer) / 1000.0);
    }
    auto plainOpened = Database::openUnencrypted(plainPath, Database::Mode::ReadWrite);
    if (!plainOpened) {
        fail("open the copy", plainOpened.error());
    }
    Database& plain = plainOpened.value();
    std::printf("  vault folder %.0f MB, unencrypted copy %.0f MB\n", static_cast<double>(folderSize(vaultPath)) / 1e6,
                static_cast<double>(folderSize(plainPath)) / 1e6);

    auto ctxResult = cases::accessContext(vault);
    if (!ctxResult) {
        fail("access context", ctxResult.error());
    }
    const cases::AccessContext ctx = ctxResult.value();
    CaseFiles files(vault);
    auto total = files.countPeople({});
    if (!total) {
        fail("count", total.error());
    }
    std::printf("  %lld people in the vault; %d queries per kind, as %s\n\n", static_cast<long long>(total.value()),
                queries, qPrintable(vault.currentUser().name));

    // The queries: deterministic, drawn from the data itself and from the words of the note templates.
    demo::DemoRandom rng(20261129);
    const std::vector<QString> aliases =
        columnOf(plain, "SELECT alias FROM people WHERE hide_name = 0 AND id % 37 = 0 LIMIT 5000;");
    const std::vector<QString> phones =
        columnOf(plain, "SELECT value FROM person_contacts WHERE kind = 'phone' AND id % 41 = 0 LIMIT 5000;");
    const std::vector<QString> ids = columnOf(plain, "SELECT id FROM people WHERE id % 13 = 0;");
    if (aliases.empty() || ids.empty()) {
        std::fprintf(stderr, "abri_bench_people: the vault has too few people to sample\n");
        return 1;
    }
    std::vector<QString> typeAhead;
    for (int i = 0; i < queries; ++i) {
        if (i % 4 == 3 && !phones.empty()) {
            const QString digits = cases::digitsOnly(phones[rng.below(phones.size())]);
            typeAhead.push_back(digits.right(rng.between(3, 4)));
        } else {
            const QString word = aliases[rng.below(aliases.size())].section(u' ', 0, 0);
            typeAhead.push_back(word.left(i % 4 + 1));
        }
    }
    const QStringList words = demoNoteWords();
    std::vector<QString> fullText;
    for (int i = 0; i < queries; ++i) {
        const QString first = words.at(static_cast<qsizetype>(rng.below(static_cast<quint64>(words.size()))));
        switch (i % 3) {
        case 0:
            fullText.push_back(first);
            break;
        case 1: // two words
            fullText.push_back(first + u' ' +
                               words.at(static_cast<qsizetype>(rng.below(static_cast<quint64>(words.size())))));
            break;
        default: // still typing: the last word is a prefix
            fullText.push_back(first.left(std::max<qsizetype>(3, first.size() - 2)));
            break;
        }
    }
    std::vector<qint64> personIds;
    for (int i = 0; i < queries; ++i) {
        personIds.push_back(ids[rng.below(ids.size())].toLongLong());
    }
    const qint64 count = total.value();

    const auto check = [](const char* what, const auto& result) {
        if (!result) {
            fail(what, result.error());
        }
    };
    printLoad("before the queries");
    const int warmUp = 10;
    std::vector<Kind> kinds;
    kinds.push_back(Kind{"type-ahead", GoalTypeAheadP95Ms});
    runBoth(
        kinds.back(), warmUp, queries,
        [&](Database& db, int i) {
            check("type-ahead", cases::queryFindPeople(db, ctx, typeAhead[static_cast<std::size_t>(i)], 20));
        },
        enc, &plain);
    kinds.push_back(Kind{"full-text", GoalFullTextP95Ms});
    runBoth(
        kinds.back(), warmUp, queries,
        [&](Database& db, int i) {
            check("full-text", cases::querySearchNotes(db, ctx, fullText[static_cast<std::size_t>(i)], 50));
        },
        enc, &plain);
    kinds.push_back(Kind{"open (loadPerson)", GoalOpenMs});
    runBoth(
        kinds.back(), warmUp, queries,
        [&](Database& db, int i) { check("open", cases::loadPerson(db, ctx, personIds[static_cast<std::size_t>(i)])); },
        enc, &plain);
    kinds.push_back(Kind{"open + timeline", GoalOpenMs});
    runBoth(
        kinds.back(), warmUp, queries,
        [&](Database& db, int i) {
            const qint64 id = personIds[static_cast<std::size_t>(queries - 1 - i)];
            check("open", cases::loadPerson(db, ctx, id));
            check("timeline", cases::queryTimeline(db, ctx, id));
        },
        enc, &plain);
    kinds.push_back(Kind{"openPerson (audited)", GoalOpenMs});
    runBoth(
        kinds.back(), warmUp, queries,
        [&](Database&, int i) { check("openPerson", files.openPerson(personIds[static_cast<std::size_t>(i)])); }, enc,
        nullptr);
    const int pages = std::max(20, queries / 3);
    kinds.push_back(Kind{"list page of 200", 0});
    runBoth(
        kinds.back(), 3, pages,
        [&](Database& db, int i) {
            PersonFilter filter;
            filter.sort = static_cast<PersonSort>(i % 5);
            filter.descending = i % 2 == 1;
            // The lazy list fetches pages wherever the user scrolls to, the first one most often.
            const int offset =
                i % 3 == 0 ? 0 : static_cast<int>((static_cast<qint64>(i) * 7919) % std::max<qint64>(1, count - 200));
            check("list", cases::queryPeople(db, ctx, filter, offset, 200));
        },
        enc, &plain);
    kinds.push_back(Kind{"countPeople", 0});
    runBoth(
        kinds.back(), 3, pages,
        [&](Database& db, int i) {
            PersonFilter filter;
            if (i % 2 == 1) {
                filter.status = PersonStatus::Active;
            }
            check("count", cases::queryCountPeople(db, ctx, filter));
        },
        enc, &plain);

    std::printf("  %-26s %5s  %8s %8s %8s  %8s %8s %8s  %6s  | %-3s %7s %7s %7s %7s  %6s\n", "wall-clock ms", "n",
                "enc p50", "enc p95", "enc max", "pln p50", "pln p95", "pln max", "p95 x", "cpu", "enc p50", "enc p95",
                "pln p50", "pln p95", "p95 x");
    for (const Kind& kind : kinds) {
        printKind(kind);
    }
    // The overhead goal is judged per kind on the p95, by wall clock and by CPU time.
    double worst = 0;
    double worstCpu = 0;
    for (const Kind& kind : kinds) {
        if (kind.plain.empty()) {
            continue;
        }
        if (const double p = statsOf(kind.plain).p95; p > 0) {
            worst = std::max(worst, statsOf(kind.encrypted).p95 / p);
        }
        if (const double p = statsOf(kind.plainCpu).p95; p > 0) {
            worstCpu = std::max(worstCpu, statsOf(kind.encryptedCpu).p95 / p);
        }
    }
    printLoad("after the queries");
    std::printf("\n  encryption overhead, worst p95 ratio: wall clock %.2fx, CPU %.2fx; goal <= %.1fx: %s\n", worst,
                worstCpu, GoalOverhead, std::max(worst, worstCpu) <= GoalOverhead ? "met" : "NOT MET");
    vault.lock();
    return 0;
}
