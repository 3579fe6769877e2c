#pragma once

// The HTML of each document kind, and the texts of the document's own language. Internal to DocumentPrinter.

#include "DocumentPrinter.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace abri::ui {

// The words and dates of one document language, whatever language the interface speaks: the texts marked
// QT_TRANSLATE_NOOP("Document", ...) come from that language's translation file, read into a translator of its
// own that is never installed on the application.
class DocumentText
{
public:
    explicit DocumentText(const QString& language);
    DocumentText(const DocumentText&) = delete;
    DocumentText& operator=(const DocumentText&) = delete;

    QString language() const { return m_language; }
    // source as marked with QT_TRANSLATE_NOOP("Document", source), in the document's language.
    QString text(const char* source) const;
    // "29 November 2026", "29 novembre 2026".
    QString date(const QDate& day) const;

    QString fieldName(SharedField field, bool neutral) const;
    QString categoryName(Category category, bool neutral) const;
    QString scopeName(ConsentScope scope) const;
    QString sectorName(Sector sector) const;
    // The consent's recipient: a sector by its name in the document's language, a partner as recorded.
    QString recipientOf(const Consent& consent) const;
    // Why a disclosure happened, in words the person understands.
    QString basisWords(DisclosureBasis basis) const;

private:
    QString m_language;
    QLocale m_locale;
    QTranslator m_translator;
    bool m_translated = false;
};

// The whole document as HTML for QTextDocument; every value escaped.
QString documentHtml(const SharedContent& content, const DocumentOptions& options, const DocumentText& text);
// The document's title as printed (neutral layouts have a plain one).
QString documentTitle(DocumentKind kind, bool neutral, const DocumentText& text);

} // namespace abri::ui
