#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <random>

namespace abri::corruption {

// One random way of damaging a file: bytes flipped, a 4096-byte page zeroed, or the file cut short.
struct Damage
{
    enum class Kind { FlipOneByte, FlipSomeBytes, ZeroPage, TruncateToZero, TruncateToRandomLength, TruncateToPage };

    Kind kind = Kind::FlipOneByte;
    QString description; // for failure messages: what was done where

    static constexpr qint64 PageSize = 4096;

    // Picks a kind and its offsets from rng and applies it to data. Returns the damage done.
    static Damage applyRandom(QByteArray& data, std::mt19937_64& rng);
    // The kind in a few words, for tallies.
    const char* kindName() const;
};

} // namespace abri::corruption
