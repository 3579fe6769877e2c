#include "CanaryScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <array>

namespace abri::leaks {

namespace {

// The ways one file is read; each pattern names the readings it is searched in.
enum Haystack { Latin1Folded, Latin1Raw, Utf8Folded, Utf16LeEven, Utf16LeOdd, Utf16BeEven, Utf16BeOdd, HaystackCount };

QString utf16From(const QByteArray& data, qsizetype start, bool littleEndian)
{
    const qsizetype units = (data.size() - start) / 2;
    if (units <= 0) {
        return {};
    }
    QString out(units, Qt::Uninitialized);
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData() + start);
    QChar* chars = out.data();
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned first = bytes[2 * i];
        const unsigned second = bytes[2 * i + 1];
        chars[i] = QChar(static_cast<char16_t>(littleEndian ? first | (second << 8) : (first << 8) | second));
    }
    return out.toCaseFolded();
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

bool isLatin1(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 0xff) {
            return false;
        }
    }
    return true;
}

// The characters of base64(prefix + bytes) that depend on bytes alone, for each of the three alignments.
QStringList base64Cores(const QByteArray& bytes)
{
    QStringList out;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + bytes;
        const QByteArray encoded = padded.toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype begin = shift == 0 ? 0 : 4;
        // The last group mixes in whatever follows unless the input ends on a group boundary.
        const qsizetype fullGroups = padded.size() / 3;
        const qsizetype end = fullGroups * 4;
        if (end - begin >= 8) {
            out << QString::fromLatin1(encoded.mid(begin, end - begin));
        }
    }
    return out;
}

} // namespace

QString makeCanary(const QString& tag, bool nonAscii)
{
    // No letters that look alike, so a hit in a failure message can be read back without doubt.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    QString random;
    for (int i = 0; i < 12; ++i) {
        random += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    }
    const QString extra = nonAscii ? QStringLiteral("\u00c9\u0141\u014a\u00e6") : QString();
    return QStringLiteral("Qz") + tag + extra + random;
}

void CanaryScanner::add(const QString& label, const QString& secret)
{
    Needle needle;
    needle.label = label;
    QStringList forms{secret.normalized(QString::NormalizationForm_C)};
    if (const QString nfd = secret.normalized(QString::NormalizationForm_D); nfd != forms.first()) {
        forms << nfd;
    }
    for (const QString& form : forms) {
        const QString folded = form.toCaseFolded();
        needle.patterns << Pattern{QStringLiteral("UTF-8, any case"), folded, Utf8Folded, false};
        needle.patterns << Pattern{QStringLiteral("UTF-16LE, any case"), folded, Utf16LeEven, false};
        needle.patterns << Pattern{QStringLiteral("UTF-16LE (odd offset), any case"), folded, Utf16LeOdd, false};
        needle.patterns << Pattern{QStringLiteral("UTF-16BE, any case"), folded, Utf16BeEven, false};
        needle.patterns << Pattern{QStringLiteral("UTF-16BE (odd offset), any case"), folded, Utf16BeOdd, false};
        if (!isAscii(form) && isLatin1(form)) {
            needle.patterns << Pattern{QStringLiteral("Latin-1, any case"), folded, Latin1Folded, false};
        }
        const QByteArray utf8 = form.toUtf8();
        needle.patterns << Pattern{QStringLiteral("hexadecimal UTF-8"), QString::fromLatin1(utf8.toHex()), Latin1Folded,
                                   false};
        for (const QString& core : base64Cores(utf8)) {
            needle.patterns << Pattern{QStringLiteral("base64 UTF-8"), core, Latin1Raw, true};
            QString url = core;
            url.replace(QLatin1Char('+'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('_'));
            if (url != core) {
                needle.patterns << Pattern{QStringLiteral("base64url UTF-8"), url, Latin1Raw, true};
            }
        }
    }
    m_needles << needle;
}

QList<Hit> CanaryScanner::scanData(const QByteArray& data, const QString& fileName) const
{
    std::array<QString, HaystackCount> hay;
    hay[Latin1Raw] = QString::fromLatin1(data);
    hay[Latin1Folded] = hay[Latin1Raw].toCaseFolded();
    hay[Utf8Folded] = QString::fromUtf8(data).toCaseFolded();
    hay[Utf16LeEven] = utf16From(data, 0, true);
    hay[Utf16LeOdd] = utf16From(data, 1, true);
    hay[Utf16BeEven] = utf16From(data, 0, false);
    hay[Utf16BeOdd] = utf16From(data, 1, false);

    QList<Hit> hits;
    for (const Needle& needle : m_needles) {
        for (const Pattern& pattern : needle.patterns) {
            const qsizetype at = hay[static_cast<std::size_t>(pattern.haystack)].indexOf(pattern.text);
            if (at >= 0) {
                hits << Hit{fileName, needle.label, pattern.encoding, at};
            }
        }
    }
    return hits;
}

CanaryScanner::Report CanaryScanner::scanTree(const QString& dir, const QDateTime& modifiedSince, bool recursive) const
{
    Report report;
    // Regular files only: FIFOs and sockets (QDir::System) would block or fail, and links may leave the tree.
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (modifiedSince.isValid() && info.lastModified() < modifiedSince) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.unreadable << path;
            continue;
        }
        const QByteArray data = file.readAll();
        report.files << path;
        report.bytes += data.size();
        report.hits << scanData(data, path);
    }
    return report;
}

QString describe(const QList<Hit>& hits)
{
    QStringList lines;
    for (const Hit& hit : hits) {
        lines << QStringLiteral("%1: %2 (%3) at %4").arg(hit.file, hit.label, hit.encoding).arg(hit.offset);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace abri::leaks
