// Fuzzes the passphrase strength estimate, which runs on every keystroke in the GUI and on every new
// passphrase in abri-admin, over any text (UTF-8 as typed, and arbitrary UTF-16).

#include "FuzzSupport.h"
#include "vault/PassphrasePolicy.h"

#include <QString>

#include <cmath>
#include <vector>

namespace {

using namespace abri;
using namespace abri::fuzz;

void checkPassphrase(const QString& passphrase)
{
    const PassphraseStrength s = PassphrasePolicy::evaluate(passphrase);
    FUZZ_CHECK(s.score >= 0 && s.score <= 4);
    FUZZ_CHECK(std::isfinite(s.log10Guesses) && s.log10Guesses >= 0);
    FUZZ_CHECK(!s.feedback.trimmed().isEmpty());
    FUZZ_CHECK(s.acceptable == (passphrase.size() >= PassphrasePolicy::MinimumLength && s.score >= 2));
    // No estimate above what the characters could give: at most log2(26+26+10+33+100) bits each.
    FUZZ_CHECK(s.log10Guesses <= static_cast<double>(passphrase.size()) * std::log10(195.0) + 1e-9);
    // The score follows the estimate's bit thresholds (28, 40, 60, 80).
    const double bits = s.log10Guesses / std::log10(2.0);
    const int expectedScore = bits < 28 - 1e-6   ? 0
                              : bits < 40 - 1e-6 ? 1
                              : bits < 60 - 1e-6 ? 2
                              : bits < 80 - 1e-6 ? 3
                                                 : 4;
    const bool nearThreshold = std::fabs(bits - 28) < 1e-6 || std::fabs(bits - 40) < 1e-6 ||
                               std::fabs(bits - 60) < 1e-6 || std::fabs(bits - 80) < 1e-6;
    FUZZ_CHECK(nearThreshold || s.score == expectedScore);
    // Deterministic: the GUI's meter must not flicker for the same text.
    const PassphraseStrength again = PassphrasePolicy::evaluate(passphrase);
    FUZZ_CHECK(again.score == s.score && again.log10Guesses == s.log10Guesses && again.feedback == s.feedback);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    setUp();
    guarded("PassphrasePolicy::evaluate", [&] {
        checkPassphrase(QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
        std::vector<char16_t> units(size / 2);
        for (std::size_t i = 0; i < units.size(); ++i) {
            units[i] = static_cast<char16_t>(data[2 * i] | (data[2 * i + 1] << 8));
        }
        checkPassphrase(QString(reinterpret_cast<const QChar*>(units.data()), static_cast<qsizetype>(units.size())));
    });
    return 0;
}
