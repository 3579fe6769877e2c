// A storm of wrong passphrases through abri-admin, some in parallel: the back-off holds and the vault's files
// never change. ABRI_STORM_ATTEMPTS sets the number of attempts (default 1000).

#include "CliFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

#include <cmath>
#include <iostream>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace abri;
using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultAttempts = 1000;
const QString WrongPass = u"not the right passphrase at all"_s;
// What abri-admin says when it tried the passphrase, and when the back-off refused to try it.
const QString TriedMessage = u"The user name or passphrase is not right"_s;
const QString BackOffMessage = u"Too many failed attempts"_s;

int stormAttempts()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ABRI_STORM_ATTEMPTS", &ok);
    return ok && n > 0 ? n : DefaultAttempts;
}

// The documented back-off (README, docs/vault-format.md), written out here rather than taken from the code
// under test: three free attempts, then each waits 5 s * 2^(n-3) after the previous one, at most 15 minutes.
constexpr int FreeAttempts = 3;
double documentedDelayAfter(int failures)
{
    if (failures < FreeAttempts) {
        return 0;
    }
    return std::min(5.0 * std::pow(2.0, failures - FreeAttempts), 15.0 * 60.0);
}

// The most attempts the back-off lets through in `seconds`: attempt n+1 waits documentedDelayAfter(n) after
// attempt n.
int attemptsAllowedWithin(double seconds)
{
    double needed = 0;
    int n = 0;
    while (n < 100000) {
        needed += documentedDelayAfter(n);
        if (needed > seconds) {
            break;
        }
        ++n;
    }
    return n;
}

// One abri-admin run started but not yet waited for, so several can run at once.
class Attempt
{
public:
    Attempt(const CliFixture& f, const QStringList& command, const QString& passphrase)
    {
        QStringList args = command;
        args << u"--state-dir"_s << f.stateDir() << u"--passphrase-fd"_s << u"0"_s;
        m_process.setProcessEnvironment(f.environment());
        m_process.setChildProcessModifier([] { ::setsid(); });
        m_process.start(QStringLiteral(ABRI_ADMIN_PATH), args);
        m_input = passphrase.toUtf8() + '\n';
    }

    RunResult finish()
    {
        REQUIRE(m_process.waitForStarted(30000));
        m_process.write(m_input);
        m_process.closeWriteChannel();
        const bool finished = m_process.waitForFinished(120000);
        if (!finished) {
            m_process.kill();
            m_process.waitForFinished();
        }
        REQUIRE(finished);
        RunResult r;
        r.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        r.out = QString::fromUtf8(m_process.readAllStandardOutput());
        r.err = QString::fromUtf8(m_process.readAllStandardError());
        return r;
    }

private:
    QProcess m_process;
    QByteArray m_input;
};

// Consecutive failures this computer has counted for the vault (the back-off's own state file).
int countedFailures(const CliFixture& f)
{
    const QStringList files = QDir(f.stateDir()).entryList({u"unlock-*.json"_s}, QDir::Files);
    REQUIRE(files.size() == 1);
    QFile file(QDir(f.stateDir()).filePath(files.front()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object().value(u"consecutive"_s).toInt(-1);
}

} // namespace

TEST_CASE("storm_ofWrongPassphrases_backOffHoldsEvenForTheRightOneAndTheVaultNeverChanges", "[cli][storm]")
{
    CliFixture f;
    f.initVault();
    f.addBea();
    const auto before = snapshot(f.vault());
    REQUIRE(before.size() >= 3);
    const int attempts = stormAttempts();

    int tried = 0;          // attempts that really tested a passphrase
    int backedOff = 0;      // attempts refused by the back-off without testing anything
    int rightRefused = 0;   // the right passphrase, refused while the back-off runs
    int parallelRounds = 0; // rounds that ran more than one attempt at once
    QElapsedTimer clock;
    clock.start();
    for (int done = 0, round = 0; done < attempts; ++round) {
        // 1 to 4 attempts at once, alternating the commands that unlock (both only read).
        const int width = std::min(attempts - done, 1 + round % 4);
        std::vector<std::unique_ptr<Attempt>> running;
        for (int i = 0; i < width; ++i) {
            const QString command = (done + i) % 2 == 0 ? u"info"_s : u"verify"_s;
            running.push_back(
                std::make_unique<Attempt>(f, QStringList{command, f.vault(), u"--user"_s, u"Alice"_s}, WrongPass));
        }
        parallelRounds += width > 1 ? 1 : 0;
        for (auto& attempt : running) {
            const RunResult r = attempt->finish();
            INFO("attempt " << done << " after " << clock.elapsed() << " ms\n" << r.describe());
            REQUIRE(r.exitCode == 2);
            const bool wasTried = r.err.contains(TriedMessage);
            const bool wasBackedOff = r.err.contains(BackOffMessage);
            REQUIRE(wasTried != wasBackedOff);
            REQUIRE_FALSE(r.out.contains(Organisation));
            tried += wasTried ? 1 : 0;
            backedOff += wasBackedOff ? 1 : 0;
            ++done;
        }
        // Now and then, while the back-off has a while to run, the right passphrase: it must wait too.
        if (round % 25 == 10 && Vault::secondsUntilNextAttempt(f.vault(), f.options(Vault::Access::ReadOnly)) >= 3) {
            const RunResult r = Attempt(f, {u"info"_s, f.vault(), u"--user"_s, u"Alice"_s}, AlicePass).finish();
            INFO("the right passphrase during the back-off\n" << r.describe());
            REQUIRE(r.exitCode == 2);
            REQUIRE(r.err.contains(BackOffMessage));
            REQUIRE_FALSE(r.out.contains(Organisation));
            ++rightRefused;
        }
    }
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const int allowed = attemptsAllowedWithin(seconds);
    INFO(attempts << " attempts in " << seconds << " s: " << tried << " tested a passphrase (the back-off allows "
                  << allowed << "), " << backedOff << " backed off; the right passphrase refused " << rightRefused
                  << " times");
    std::cout << "abri-admin storm: " << attempts << " attempts in " << seconds << " s, " << parallelRounds
              << " rounds in parallel: " << tried << " tested a passphrase (back-off allows " << allowed << "), "
              << backedOff << " backed off; right passphrase refused " << rightRefused << " times" << std::endl;

    CHECK(tried + backedOff == attempts);
    // The free attempts are really tried; after them, no more than the back-off schedule allows.
    CHECK(tried >= std::min(attempts, FreeAttempts));
    CHECK(tried <= allowed);
    // Every tested attempt was counted, even those that ran in parallel.
    CHECK(countedFailures(f) == tried);
    if (attempts >= 100) {
        CHECK(rightRefused >= 1);
    }
    // A wrong passphrase changes nothing in the vault: only this computer's back-off state.
    CHECK(snapshot(f.vault()) == before);
    CHECK(Vault::secondsUntilNextAttempt(f.vault(), f.options(Vault::Access::ReadOnly)) > 0);
}
