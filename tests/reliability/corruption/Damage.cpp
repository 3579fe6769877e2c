#include "Damage.h"

#include <QStringList>

#include <algorithm>

namespace abri::corruption {

namespace {

qint64 uniform(std::mt19937_64& rng, qint64 low, qint64 high) // inclusive
{
    return std::uniform_int_distribution<qint64>(low, high)(rng);
}

char nonZeroMask(std::mt19937_64& rng)
{
    return static_cast<char>(uniform(rng, 1, 255));
}

} // namespace

Damage Damage::applyRandom(QByteArray& data, std::mt19937_64& rng)
{
    Damage d;
    const qint64 size = data.size();
    // An empty file can only stay empty; every kind then degenerates to "truncate to zero".
    d.kind = size == 0 ? Kind::TruncateToZero : static_cast<Kind>(uniform(rng, 0, 5));
    switch (d.kind) {
    case Kind::FlipOneByte: {
        const qint64 at = uniform(rng, 0, size - 1);
        const char mask = nonZeroMask(rng);
        data[at] = static_cast<char>(data[at] ^ mask);
        d.description = QStringLiteral("flip byte %1 of %2 (xor 0x%3)")
                            .arg(at)
                            .arg(size)
                            .arg(static_cast<unsigned char>(mask), 2, 16, QLatin1Char('0'));
        break;
    }
    case Kind::FlipSomeBytes: {
        const qint64 count = uniform(rng, 2, 8);
        QStringList where;
        for (qint64 i = 0; i < count; ++i) {
            const qint64 at = uniform(rng, 0, size - 1);
            data[at] = static_cast<char>(data[at] ^ nonZeroMask(rng));
            where << QString::number(at);
        }
        d.description = QStringLiteral("flip bytes %1 of %2").arg(where.join(u','), QString::number(size));
        break;
    }
    case Kind::ZeroPage: {
        const qint64 pages = (size + PageSize - 1) / PageSize;
        const qint64 page = uniform(rng, 0, pages - 1);
        const qint64 from = page * PageSize;
        const qint64 length = std::min(PageSize, size - from);
        data.replace(from, length, QByteArray(length, '\0'));
        d.description =
            QStringLiteral("zero page %1 (bytes %2..%3 of %4)").arg(page).arg(from).arg(from + length).arg(size);
        break;
    }
    case Kind::TruncateToZero:
        data.clear();
        d.description = QStringLiteral("truncate %1 bytes to 0").arg(size);
        break;
    case Kind::TruncateToRandomLength: {
        const qint64 length = uniform(rng, 0, size - 1);
        data.truncate(length);
        d.description = QStringLiteral("truncate %1 bytes to %2").arg(size).arg(length);
        break;
    }
    case Kind::TruncateToPage: {
        const qint64 pages = (size - 1) / PageSize; // page boundaries strictly inside the file
        const qint64 length = uniform(rng, 0, pages) * PageSize;
        data.truncate(length);
        d.description = QStringLiteral("truncate %1 bytes to the page boundary %2").arg(size).arg(length);
        break;
    }
    }
    return d;
}

const char* Damage::kindName() const
{
    switch (kind) {
    case Kind::FlipOneByte:
        return "one byte flipped";
    case Kind::FlipSomeBytes:
        return "2-8 bytes flipped";
    case Kind::ZeroPage:
        return "a 4096-byte page zeroed";
    case Kind::TruncateToZero:
        return "cut to 0 bytes";
    case Kind::TruncateToRandomLength:
        return "cut to a random length";
    case Kind::TruncateToPage:
        return "cut at a page boundary";
    }
    return "";
}

} // namespace abri::corruption
