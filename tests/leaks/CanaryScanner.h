#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace abri::leaks {

// A distinct, unlikely string for one run: prefix, tag, then random characters, so that a hit can only come from
// this run's workload and names where the string went in. nonAscii adds letters outside Latin-1 and Latin-1
// letters outside ASCII, to catch a leak in any Unicode encoding.
QString makeCanary(const QString& tag, bool nonAscii = false);

struct Hit
{
    QString file;
    QString label;    // what the secret was, e.g. "core organisation"
    QString encoding; // how it was found, e.g. "UTF-16LE, any case"
    qsizetype offset = -1;
};

// Looks for secrets in files, in every form a program could plausibly write them: UTF-8, Latin-1, UTF-16 (both
// byte orders, both alignments), hexadecimal and base64 (every alignment), in any letter case and both Unicode
// normalisation forms.
class CanaryScanner
{
public:
    void add(const QString& label, const QString& secret);
    int needleCount() const { return static_cast<int>(m_needles.size()); }

    QList<Hit> scanData(const QByteArray& data, const QString& fileName) const;

    struct Report
    {
        QList<Hit> hits;
        QStringList files; // every file read
        qint64 bytes = 0;
        QStringList unreadable; // files that exist but could not be read: a blind spot, so a failure
    };
    // Every regular file under dir (hidden ones too, without following links); with modifiedSince set, only files
    // changed since then; recursive false reads dir's own files only.
    Report scanTree(const QString& dir, const QDateTime& modifiedSince = {}, bool recursive = true) const;

private:
    struct Pattern
    {
        QString encoding;
        QString text;     // case-folded, unless caseSensitive
        int haystack = 0; // which decoding of the file it is searched in
        bool caseSensitive = false;
    };
    struct Needle
    {
        QString label;
        QList<Pattern> patterns;
    };
    QList<Needle> m_needles;
};

// One line per hit, for failure messages.
QString describe(const QList<Hit>& hits);

} // namespace abri::leaks
