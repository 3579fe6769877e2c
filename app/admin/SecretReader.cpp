#include "SecretReader.h"

#include "vault/PassphrasePolicy.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace abri::admin {

namespace {

// The terminal state to put back if the user presses Ctrl+C while echo is off; a shell left without
// echo would make the next thing typed (perhaps a passphrase elsewhere) invisible yet unprotected.
int g_ttyFd = -1;
struct termios g_savedTermios;

extern "C" void restoreTerminalAndReraise(int signal)
{
    if (g_ttyFd >= 0) {
        tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
        const char newline = '\n';
        [[maybe_unused]] const auto written = ::write(STDERR_FILENO, &newline, 1);
    }
    // SA_RESETHAND restored the default action, so this ends the process as the signal intended.
    raise(signal);
}

class SignalGuard
{
public:
    SignalGuard()
    {
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndReraise;
        action.sa_flags = static_cast<int>(SA_RESETHAND);
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < Signals; ++i) {
            sigaction(kSignals[i], &action, &m_old[i]);
        }
    }
    ~SignalGuard()
    {
        for (std::size_t i = 0; i < Signals; ++i) {
            sigaction(kSignals[i], &m_old[i], nullptr);
        }
    }
    SignalGuard(const SignalGuard&) = delete;
    SignalGuard& operator=(const SignalGuard&) = delete;

private:
    static constexpr std::size_t Signals = 4;
    static constexpr int kSignals[Signals] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_old[Signals] = {};
};

// Reads one line from fd byte by byte, so that nothing after the newline is consumed: the next secret
// on the same descriptor stays there for the next call.
Result<SecureBuffer> readLine(int fd, bool* sawAnything)
{
    SecureBuffer line(SecretReader::MaxLength);
    std::size_t length = 0;
    *sawAnything = false;
    for (;;) {
        std::uint8_t byte = 0;
        const ssize_t n = ::read(fd, &byte, 1);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EBADF) {
                return Error(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("abri-admin", "File descriptor %1 is not open for reading.").arg(fd));
            }
            return Error(ErrorCode::Io, QCoreApplication::translate("abri-admin", "The passphrase could not be read."));
        }
        if (n == 0 || byte == '\n') {
            if (n == 1) {
                *sawAnything = true;
            }
            break;
        }
        *sawAnything = true;
        if (length == SecretReader::MaxLength) {
            return Error(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("abri-admin", "The passphrase is too long."));
        }
        line.data()[length++] = byte;
    }
    if (length > 0 && line.data()[length - 1] == '\r') {
        --length;
    }
    return SecureBuffer::copyOf(line.data(), length);
}

} // namespace

SecretReader::SecretReader(int fd) : m_fd(fd)
{
}

Result<SecureBuffer> SecretReader::read(const QString& prompt)
{
    return readsFromTerminal() ? readFromTerminal(prompt) : readFromDescriptor();
}

Result<SecureBuffer> SecretReader::readNew(const QString& prompt, const QString& confirmPrompt)
{
    auto first = read(prompt);
    if (!first) {
        return first;
    }
    if (Status policy = checkPolicy(first.value()); !policy) {
        return policy.error();
    }
    if (!readsFromTerminal()) {
        return first;
    }
    auto second = read(confirmPrompt);
    if (!second) {
        return second;
    }
    if (!first.value().equals(second.value())) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("abri-admin", "The two passphrases differ. Nothing was changed."));
    }
    return first;
}

Status SecretReader::checkPolicy(const SecureBuffer& passphrase) const
{
    QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(passphrase.data()), static_cast<qsizetype>(passphrase.size()));
    const PassphraseStrength strength = PassphrasePolicy::evaluate(text);
    wipeString(text);
    if (!strength.acceptable) {
        return Error(
            ErrorCode::WeakPassphrase,
            QCoreApplication::translate("abri-admin", "This passphrase is refused: %1").arg(strength.feedback));
    }
    return {};
}

Result<SecureBuffer> SecretReader::readFromDescriptor()
{
    bool sawAnything = false;
    auto line = readLine(m_fd, &sawAnything);
    if (line && !sawAnything) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "abri-admin", "No passphrase could be read from file descriptor %1: it ended too early.")
                         .arg(m_fd));
    }
    return line;
}

Result<SecureBuffer> SecretReader::readFromTerminal(const QString& prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "abri-admin", "There is no terminal to ask for the passphrase. In a script, use --passphrase-fd N."));
    }
    struct termios saved = {};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    Result<SecureBuffer> line =
        Error(ErrorCode::Io, QCoreApplication::translate("abri-admin", "The passphrase could not be read."));
    {
        SignalGuard guard;
        if (isTerminal) {
            g_savedTermios = saved;
            g_ttyFd = tty;
            struct termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            tcsetattr(tty, TCSAFLUSH, &quiet);
        }
        // Prompt only once echo is off: whatever is typed after the prompt must never show.
        const QByteArray promptBytes = prompt.toLocal8Bit();
        [[maybe_unused]] const auto written =
            ::write(STDERR_FILENO, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));
        bool sawAnything = false;
        line = readLine(tty, &sawAnything);
        if (isTerminal) {
            tcsetattr(tty, TCSAFLUSH, &saved);
            g_ttyFd = -1;
        }
    }
    ::close(tty);
    return line;
}

} // namespace abri::admin
