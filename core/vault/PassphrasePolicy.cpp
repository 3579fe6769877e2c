#include "vault/PassphrasePolicy.h"

#include "crypto/SecureBuffer.h"

#include <QStringList>

#include <cmath>

namespace abri {

namespace {

// Words and fragments that guessing tools try first (English and French); each counts as one guess-list word.
const char* const CommonWords[] = {
    "password", "passwort", "motdepasse", "azerty",   "qwerty",   "qwertz",   "123456", "654321",   "abc123",
    "letmein",  "welcome",  "bienvenue",  "iloveyou", "jetaime",  "admin",    "secret", "soleil",   "bonjour",
    "salut",    "dragon",   "monkey",     "football", "princess", "sunshine", "master", "shadow",   "abri",
    "shelter",  "refuge",   "marseille",  "paris",    "france",   "london",   "hello",  "trustno1", "freedom",
    "changeme", "default",  "liberte",    "coucou",   "chouchou", "doudou",   "loulou", "nicolas",  "camille",
    "julien",   "marie",    "pierre",     "thomas",   "michel",
};

const char* const Sequences[] = {
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
};

bool inSequence(QChar a, QChar b)
{
    for (const char* seq : Sequences) {
        const QString s = QString::fromLatin1(seq);
        for (int i = 0; i + 1 < s.size(); ++i) {
            if ((s[i] == a && s[i + 1] == b) || (s[i] == b && s[i + 1] == a)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

PassphraseStrength PassphrasePolicy::evaluate(const QString& passphrase)
{
    PassphraseStrength out;
    // Lower-cased one code unit at a time: full case mapping can lengthen the text ('İ' becomes two units),
    // and characters that are not in the passphrase must not add to its estimate.
    QString lower = passphrase;
    for (QChar& c : lower) {
        c = c.toLower();
    }
    const qsizetype length = passphrase.size();

    // Character pool from what is used.
    bool hasLower = false;
    bool hasUpper = false;
    bool hasDigit = false;
    bool hasSymbol = false;
    bool hasOther = false;
    for (QChar c : passphrase) {
        if (c.unicode() > 127) {
            hasOther = true;
        } else if (c.isLower()) {
            hasLower = true;
        } else if (c.isUpper()) {
            hasUpper = true;
        } else if (c.isDigit()) {
            hasDigit = true;
        } else {
            hasSymbol = true;
        }
    }
    const int pool =
        (hasLower ? 26 : 0) + (hasUpper ? 26 : 0) + (hasDigit ? 10 : 0) + (hasSymbol ? 33 : 0) + (hasOther ? 100 : 0);

    // Remove common words (each then costs ~13 bits, a 10 000-word list), then count the characters that
    // add real uncertainty: a repeat or the next key of a sequence adds almost nothing.
    QString rest = lower;
    int words = 0;
    for (const char* w : CommonWords) {
        const QString word = QString::fromLatin1(w);
        while (rest.contains(word)) {
            rest.replace(rest.indexOf(word), word.size(), QStringLiteral("\x01"));
            ++words;
        }
    }
    double effective = 0;
    for (int i = 0; i < rest.size(); ++i) {
        const QChar c = rest[i];
        if (c == QChar(1)) {
            continue;
        }
        // A character seen among the last four ("acacac", "abcabc") or the next key of a sequence adds little.
        bool predictable = i > 0 && inSequence(rest[i - 1], c);
        for (int back = 1; back <= 4 && back <= i && !predictable; ++back) {
            predictable = rest[i - back] == c;
        }
        if (predictable) {
            effective += 0.25;
            continue;
        }
        effective += 1.0;
    }
    const double bits = effective * std::log2(std::max(pool, 2)) + words * 13.0;
    out.log10Guesses = bits * std::log10(2.0);
    out.score = bits < 28 ? 0 : bits < 40 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
    out.acceptable = length >= MinimumLength && out.score >= 2;

    // Local copies of the passphrase are cleared, as the caller clears its own.
    wipeString(rest);
    wipeString(lower);
    if (length < MinimumLength) {
        out.feedback = tr("Use at least %n characters. A few unrelated words make a strong passphrase that is easy "
                          "to remember.",
                          nullptr, MinimumLength);
    } else if (out.score < 2) {
        out.feedback = tr("Too easy to guess: avoid repeated characters, keyboard sequences and common words. Add "
                          "another unrelated word.");
    } else if (out.score == 2) {
        out.feedback = tr("Acceptable. A longer passphrase would be stronger.");
    } else if (out.score == 3) {
        out.feedback = tr("Good passphrase.");
    } else {
        out.feedback = tr("Strong passphrase.");
    }
    return out;
}

} // namespace abri
