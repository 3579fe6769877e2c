#pragma once

// Internal to the demo generator: a portable random generator and the fictional French and English vocabulary
// the demo people, contacts and notes are made of.

#include "cases/CaseTypes.h"
#include "sharing/SharingTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace abri::demo {

// xoshiro256** seeded through splitmix64: the same seed gives the same sequence on every platform and library
// version, which std:: distributions do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // 0 .. n-1 (0 when n is 0). The modulo bias is far below anything a demo could show.
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<quint64>(high - low + 1))); }
    // True with the given probability in percent (0..100, fractions allowed).
    bool percent(double p) { return static_cast<double>(next() % 1000000) < p * 10000.0; }

private:
    quint64 m_s[4];
};

quint64 splitmix64(quint64& state);

enum class Lang { French, English };

// A first-name-like alias or nickname, mixing French, English, Portuguese and Spanish.
QString alias(DemoRandom& rng);
QString pronouns(DemoRandom& rng, Lang lang);
QStringList languages(DemoRandom& rng, Lang lang);
QStringList tags(DemoRandom& rng, Lang lang);
QString closedReason(DemoRandom& rng, Lang lang);

QString legalName(DemoRandom& rng, const QString& alias);
QString idNumbers(DemoRandom& rng, Lang lang);
QString birth(DemoRandom& rng);
// Numbers only from ranges reserved for fiction: 01 99 00 xx xx and 06 39 98 xx xx (France), 07700 900xxx (UK).
QString phoneNumber(DemoRandom& rng, Lang lang);
std::vector<ContactMethod> contacts(DemoRandom& rng, Lang lang, const QString& alias);
QString emergencyContact(DemoRandom& rng, Lang lang);
QString location(DemoRandom& rng, Lang lang);
QString healthSummary(DemoRandom& rng, Lang lang);
QString legalSummary(DemoRandom& rng, Lang lang);
QString shelterAddress(DemoRandom& rng, Lang lang);
QString riskDetails(DemoRandom& rng, Lang lang);

QString consentPurpose(DemoRandom& rng, Lang lang, ConsentScope scope);
QString consentRecipient(DemoRandom& rng, Lang lang, ConsentScope scope);
QString followUpTitle(DemoRandom& rng, Lang lang);

// One to three sentences for a note of this kind and category; alias is sometimes named in it.
QString noteBody(DemoRandom& rng, Lang lang, NoteKind kind, std::optional<Category> category, const QString& alias);

// A fictional partner organisation, its agreement (none when nullopt) dated from today, and the purpose of the
// consents that name it. The same list for every seed: the partners are few and always the same.
struct DemoPartner
{
    Lang lang = Lang::French;
    PartnerDraft draft;
    std::optional<AgreementDraft> agreement;
    QString purpose;
};
std::vector<DemoPartner> partners(const QDate& today);

// Words of the note templates, both languages, for search benchmarks.
QStringList searchWords();

} // namespace abri::demo
