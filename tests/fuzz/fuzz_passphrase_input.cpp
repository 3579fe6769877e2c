// Fuzzes how abri-admin reads passphrases and recovery keys from --passphrase-fd: the real SecretReader
// reads the input through a pipe, as from "printf '…' | abri-admin … --passphrase-fd 0", and a model of the
// documented rules (one secret per line, a trailing CR dropped, at most 1024 bytes, nothing after the newline
// consumed) must give the same secrets and the same refusals. The first secret is read as a new passphrase,
// so it also passes through PassphrasePolicy.

#include "FuzzSupport.h"
#include "SecretReader.h"
#include "vault/PassphrasePolicy.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

using namespace abri;
using namespace abri::fuzz;
using abri::admin::SecretReader;

constexpr int MaxReads = 16;

// A descriptor positioned at the start of the input: a pipe when it fits in the pipe's buffer (so writing
// cannot block), an anonymous in-memory file otherwise.
int descriptorWith(const std::uint8_t* data, std::size_t size)
{
    int fds[2] = {-1, -1};
    if (size <= 65536 && ::pipe2(fds, O_CLOEXEC) == 0) {
        std::size_t done = 0;
        while (done < size) {
            const ssize_t n = ::write(fds[1], data + done, size - done);
            FUZZ_CHECK(n > 0 || errno == EINTR);
            done += n > 0 ? static_cast<std::size_t>(n) : 0;
        }
        ::close(fds[1]);
        return fds[0];
    }
    const int fd = ::memfd_create("abri-fuzz-input", MFD_CLOEXEC);
    FUZZ_CHECK(fd >= 0);
    FUZZ_CHECK(::write(fd, data, size) == static_cast<ssize_t>(size));
    FUZZ_CHECK(::lseek(fd, 0, SEEK_SET) == 0);
    return fd;
}

struct Expected
{
    bool ok = false;
    QByteArray secret;
    std::size_t next = 0; // where the next read starts
};

// The next read by the documented rules.
Expected model(const QByteArray& input, std::size_t from)
{
    Expected e;
    const auto size = static_cast<std::size_t>(input.size());
    if (from >= size) {
        e.next = from; // nothing left: "it ended too early"
        return e;
    }
    const qsizetype newline = input.indexOf('\n', static_cast<qsizetype>(from));
    const std::size_t end = newline < 0 ? size : static_cast<std::size_t>(newline);
    const std::size_t length = end - from;
    if (length > SecretReader::MaxLength) {
        e.next = from + SecretReader::MaxLength + 1; // the reader stops at the first byte too many
        return e;
    }
    e.ok = true;
    e.secret = input.mid(static_cast<qsizetype>(from), static_cast<qsizetype>(length));
    if (e.secret.endsWith('\r')) {
        e.secret.chop(1);
    }
    e.next = newline < 0 ? size : end + 1;
    return e;
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    guarded("SecretReader", [&] {
        const QByteArray input = rawBytes(data, size);
        const int fd = descriptorWith(data, size);
        SecretReader reader(fd);
        FUZZ_CHECK(!reader.readsFromTerminal());
        std::size_t at = 0;
        // Each read costs guarded memory (several system calls), so an input of thousands of empty lines would
        // be slow to run; the first lines already reach every rule.
        for (int call = 0; call < MaxReads; ++call) {
            const Expected expected = model(input, at);
            auto got = call == 0 ? reader.readNew(QStringLiteral("New passphrase: "), QStringLiteral("Again: "))
                                 : reader.read(QStringLiteral("Passphrase: "));
            if (!expected.ok) {
                FUZZ_CHECK(!got.ok());
                checkError(got.error(), {ErrorCode::InvalidArgument});
                if (expected.next >= static_cast<std::size_t>(size)) {
                    break; // the end of the input
                }
                at = expected.next;
                continue; // a line too long: abri-admin stops here; reading on checks nothing was lost
            }
            at = expected.next;
            if (call == 0) {
                // A new passphrase is held to the policy, and refused with the policy's own words.
                const PassphraseStrength strength = PassphrasePolicy::evaluate(QString::fromUtf8(expected.secret));
                if (!strength.acceptable) {
                    FUZZ_CHECK(!got.ok());
                    checkError(got.error(), {ErrorCode::WeakPassphrase});
                    FUZZ_CHECK(got.error().message().contains(strength.feedback));
                    continue;
                }
            }
            FUZZ_CHECK(got.ok());
            FUZZ_CHECK(got.value().size() <= SecretReader::MaxLength);
            FUZZ_CHECK(bytesOf(got.value()) == expected.secret);
        }
        ::close(fd);
        // A descriptor that is not open is refused with a message, not a crash.
        auto closed = SecretReader(fd).read(QStringLiteral("Passphrase: "));
        FUZZ_CHECK(!closed.ok());
        checkError(closed.error(), {ErrorCode::InvalidArgument});
    });
    return 0;
}
