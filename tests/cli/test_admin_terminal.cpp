// Passphrases typed at a terminal: abri-admin runs on a pseudo-terminal as its controlling terminal, the test
// types as a person would, and checks what the terminal showed.
#include "CliFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace abri::clitest;
using namespace Qt::Literals::StringLiterals;

namespace {

enum class Stdout { Pipe, Terminal };

// abri-admin with a pseudo-terminal as its controlling terminal (/dev/tty); stderr stays a pipe, and so does
// stdout unless it is asked to go to the terminal.
class TerminalSession
{
public:
    TerminalSession(const CliFixture& f, const QStringList& args, Stdout stdoutTo = Stdout::Pipe)
    {
        REQUIRE(::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) == 0);
        m_process.setProcessEnvironment(f.environment());
        const int slave = m_slave;
        const bool stdoutOnTerminal = stdoutTo == Stdout::Terminal;
        m_process.setChildProcessModifier([slave, stdoutOnTerminal] {
            ::setsid();
            ::ioctl(slave, TIOCSCTTY, 0);
            if (stdoutOnTerminal) {
                ::dup2(slave, STDOUT_FILENO);
            }
        });
        m_process.start(QStringLiteral(ABRI_ADMIN_PATH), args + QStringList{u"--state-dir"_s, f.stateDir()});
        REQUIRE(m_process.waitForStarted(30000));
    }
    ~TerminalSession()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
        ::close(m_master);
        ::close(m_slave);
    }
    TerminalSession(const TerminalSession&) = delete;
    TerminalSession& operator=(const TerminalSession&) = delete;

    // Waits until stderr shows text (a prompt); false after 30 s.
    bool waitForStderr(const QString& text)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_err.contains(text) && timer.elapsed() < 30000) {
            m_process.waitForReadyRead(50);
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            drainTerminal();
        }
        return m_err.contains(text);
    }
    void type(const QString& line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        REQUIRE(::write(m_master, bytes.constData(), static_cast<std::size_t>(bytes.size())) == bytes.size());
    }
    bool echoIsOn() const
    {
        struct termios t = {};
        REQUIRE(::tcgetattr(m_master, &t) == 0);
        return (t.c_lflag & ECHO) != 0;
    }
    int finish()
    {
        REQUIRE(m_process.waitForFinished(60000));
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        drainTerminal();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void interrupt() { ::kill(static_cast<pid_t>(m_process.processId()), SIGINT); }

    const QByteArray& shownOnTerminal() const { return m_terminal; }
    const QString& out() const { return m_out; }
    const QString& err() const { return m_err; }

private:
    void drainTerminal()
    {
        struct pollfd pfd = {m_master, POLLIN, 0};
        while (::poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN) != 0) {
            char buffer[256];
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            m_terminal.append(buffer, n);
        }
    }

    int m_master = -1;
    int m_slave = -1;
    QProcess m_process;
    QString m_out;
    QString m_err;
    QByteArray m_terminal;
};

} // namespace

TEST_CASE("at a terminal init asks twice with echo off and never shows the passphrase", "[cli][terminal]")
{
    CliFixture f;
    TerminalSession s(f, {u"init"_s, f.vault(), u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s,
                          u"--kdf-cost"_s, u"minimum"_s});
    REQUIRE(s.waitForStderr(u"New passphrase: "_s));
    CHECK_FALSE(s.echoIsOn());
    s.type(AlicePass);
    REQUIRE(s.waitForStderr(u"Repeat the new passphrase: "_s));
    CHECK_FALSE(s.echoIsOn());
    s.type(AlicePass);
    const int code = s.finish();
    INFO(s.out().toStdString() << s.err().toStdString());
    REQUIRE(code == 0);
    CHECK_FALSE(recoveryKeyIn(s.out()).isEmpty());
    // Not even a piece of it was echoed.
    CHECK_FALSE(s.shownOnTerminal().contains(AlicePass.section(u' ', 1, 1).toUtf8()));
    CHECK_FALSE(s.out().contains(AlicePass));
    CHECK_FALSE(s.err().contains(AlicePass));
    CHECK(s.echoIsOn());
    CHECK(f.run({u"info"_s, f.vault(), u"--user"_s, u"Alice"_s}, {AlicePass}).exitCode == 0);
}

TEST_CASE("at a terminal two different new passphrases are refused and nothing is created", "[cli][terminal]")
{
    CliFixture f;
    TerminalSession s(f, {u"init"_s, f.vault(), u"--organisation"_s, Organisation, u"--user"_s, u"Alice"_s,
                          u"--kdf-cost"_s, u"minimum"_s});
    REQUIRE(s.waitForStderr(u"New passphrase: "_s));
    s.type(AlicePass);
    REQUIRE(s.waitForStderr(u"Repeat the new passphrase: "_s));
    s.type(BeaPass);
    CHECK(s.finish() == 1);
    CHECK(s.err().contains(u"differ"_s));
    CHECK_FALSE(QFile::exists(f.vault()));
}

TEST_CASE("Ctrl+C at a passphrase prompt puts terminal echo back", "[cli][terminal]")
{
    CliFixture f;
    f.initVault();
    TerminalSession s(f, {u"info"_s, f.vault(), u"--user"_s, u"Alice"_s});
    REQUIRE(s.waitForStderr(u"Passphrase: "_s));
    REQUIRE_FALSE(s.echoIsOn());
    s.interrupt();
    CHECK(s.finish() == -1);
    CHECK(s.echoIsOn());
}

TEST_CASE("a recovery key printed on a terminal comes without the warning about logs", "[cli][terminal]")
{
    CliFixture f;
    const QString oldKey = f.initVault();
    TerminalSession s(f, {u"rekey"_s, f.vault(), u"--user"_s, u"Alice"_s}, Stdout::Terminal);
    REQUIRE(s.waitForStderr(u"Passphrase: "_s));
    s.type(AlicePass);
    const int code = s.finish();
    const QString shown = QString::fromUtf8(s.shownOnTerminal());
    INFO(shown.toStdString() << s.err().toStdString());
    REQUIRE(code == 0);
    const QString newKey = recoveryKeyIn(shown);
    CHECK_FALSE(newKey.isEmpty());
    CHECK(newKey != oldKey);
    CHECK_FALSE(s.err().contains(u"standard output"_s));
}
