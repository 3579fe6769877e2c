#pragma once

// Shared by the libFuzzer targets: a property check that fails loudly (libFuzzer then saves the input as a
// reproducer), one-time set-up, and the checks every parser's failure must pass.

#include "crypto/Crypto.h"
#include "util/Result.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <initializer_list>
#include <vector>

namespace abri::fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "\n%s:%d: property violated: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// Once per process: libsodium must be initialised before any crypto call.
inline void setUp()
{
    static const bool ready = crypto::initialize();
    if (!ready) {
        fail("libsodium could not be initialised", __FILE__, __LINE__);
    }
}

// The fuzz input without a copy: the parser reads libFuzzer's exactly sized buffer, so AddressSanitizer
// sees even a one-byte over-read (a QByteArray copy would hide it behind its terminating zero).
inline QByteArray rawBytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A copy in a buffer of exactly its size, for bytes a target made itself (see rawBytes).
class ExactCopy
{
public:
    explicit ExactCopy(const QByteArray& from) : m_storage(from.begin(), from.end()) {}
    QByteArray bytes() const
    {
        return QByteArray::fromRawData(m_storage.data(), static_cast<qsizetype>(m_storage.size()));
    }

private:
    std::vector<char> m_storage;
};

// Runs one check of a target; an exception leaving a parser is a finding like a crash.
template <typename Fn>
void guarded(const char* what, Fn&& fn)
{
    try {
        fn();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "\nexception escaped from %s: %s\n", what, e.what());
        std::abort();
    } catch (...) {
        std::fprintf(stderr, "\nexception escaped from %s\n", what);
        std::abort();
    }
}

} // namespace abri::fuzz

#define FUZZ_CHECK(condition) ((condition) ? static_cast<void>(0) : ::abri::fuzz::fail(#condition, __FILE__, __LINE__))

namespace abri::fuzz {

// A refused input must say why, with one of the codes the caller branches on.
inline void checkError(const Error& error, std::initializer_list<ErrorCode> allowed)
{
    FUZZ_CHECK(!error.message().trimmed().isEmpty());
    bool known = false;
    for (ErrorCode code : allowed) {
        known = known || error.code() == code;
    }
    FUZZ_CHECK(known);
}

} // namespace abri::fuzz
