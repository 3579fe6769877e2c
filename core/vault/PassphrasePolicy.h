#pragma once

#include <QCoreApplication>
#include <QString>

namespace abri {

// Strength feedback on length and guessability, never composition rules.
struct PassphraseStrength
{
    int score = 0;           // 0 (very weak) .. 4 (strong)
    double log10Guesses = 0; // rough estimate of guesses an attacker needs
    bool acceptable = false; // at least MinimumLength characters and not easily guessed
    QString feedback;        // translated, one sentence
};

class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int MinimumLength = 12;
    static PassphraseStrength evaluate(const QString& passphrase);
};

} // namespace abri
