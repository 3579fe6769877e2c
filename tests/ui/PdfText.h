#pragma once

// Reads back a PDF the way a person's viewer would, with poppler's pdftotext and pdfinfo (scripts/setup-deps.sh
// installs them): shared by the printing tests and the canary scan of printed documents.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace abri::test {

inline QString requireTool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " is missing: install poppler-utils (scripts/setup-deps.sh does)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

// Runs tool with arguments and returns its standard output; it must succeed.
inline QString runTool(const QString& name, const QStringList& arguments)
{
    QProcess process;
    process.start(requireTool(name), arguments);
    REQUIRE(process.waitForFinished(60'000));
    const QByteArray out = process.readAllStandardOutput();
    INFO(name.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(out);
}

// Writes pdf to dir/name and returns the path.
inline QString writePdf(const QByteArray& pdf, const QString& dir, const QString& name)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(pdf) == pdf.size());
    file.close();
    return path;
}

// The text of the file as pdftotext reads it: in its layout (columns side by side), then in the order it was drawn
// (-raw: each table cell whole), so a check finds a phrase that either reading keeps together, and an absence
// holds for both.
inline QString pdfText(const QString& file)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}) +
           QLatin1Char('\n') +
           runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")});
}

// The text of a PDF held in memory (in its layout, or with layout false in drawing order), read through a pipe so
// no copy of it lands on disk.
inline QString pdfTextOf(const QByteArray& pdf, bool layout = true)
{
    QProcess process;
    process.start(requireTool(QStringLiteral("pdftotext")),
                  layout ? QStringList{QStringLiteral("-layout"), QStringLiteral("-"), QStringLiteral("-")}
                         : QStringList{QStringLiteral("-raw"), QStringLiteral("-"), QStringLiteral("-")});
    REQUIRE(process.waitForStarted(30'000));
    process.write(pdf);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60'000));
    const QByteArray out = process.readAllStandardOutput();
    INFO("pdftotext: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(out);
}

// The same with every run of white space made one space, so words split over columns or lines still compare.
inline QString flatText(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // NFKC: pdftotext writes ligatures ("ﬀ") as single characters.
    return text.normalized(QString::NormalizationForm_KC).replace(space, QStringLiteral(" "));
}

// The document properties (Info dictionary) and the XMP metadata stream, as pdfinfo shows them.
inline QString pdfMetadata(const QString& file)
{
    return runTool(QStringLiteral("pdfinfo"), {file}) + QLatin1Char('\n') +
           runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file});
}

} // namespace abri::test
