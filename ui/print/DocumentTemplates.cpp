#include "DocumentTemplates.h"

#include <QStringList>

#include <algorithm>

namespace abri::ui {

namespace {

const char* const Context = "Document";

// A value as HTML: escaped, its lines kept.
QString esc(const QString& value)
{
    return value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool allows(const SharedContent& content, SharedField field)
{
    const std::vector<SharedField> allowed = content.decision.allowedFields();
    return std::find(allowed.begin(), allowed.end(), field) != allowed.end();
}

// The fields whose values the document prints in its table (alias and code head the page instead; consents and
// disclosures have sections of their own).
bool isTableField(SharedField field)
{
    return field != SharedField::Alias && field != SharedField::Code && field != SharedField::Consents &&
           field != SharedField::Disclosures;
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top: 14pt;\">%1</h3>").arg(esc(text));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString tableStart(const QStringList& headers)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; border-color: #888888; font-size: 9.5pt;\"><tr>");
    for (const QString& header : headers) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
    }
    return html + QStringLiteral("</tr>");
}

QString row(const QStringList& cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells) {
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(cell));
    }
    return html + QStringLiteral("</tr>");
}

// Who the document is about, by what the gate allowed: the alias, the code, or neither.
QString personLines(const SharedContent& content, const DocumentText& text, bool neutral)
{
    QString html;
    const auto alias = content.values.find(SharedField::Alias);
    if (alias != content.values.end() && !alias->isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(text.text(QT_TRANSLATE_NOOP("Document", "Prepared for:"))), esc(alias.value()));
    }
    const auto code = content.values.find(SharedField::Code);
    if (code != content.values.end() && !code->isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(text.fieldName(SharedField::Code, neutral) + QLatin1Char(':')), esc(code.value()));
    }
    return html;
}

// Label and value of every allowed field the table shows, in the catalogue's order.
QString valuesTable(const SharedContent& content, const DocumentText& text, bool neutral)
{
    QString html;
    for (SharedField field : AllSharedFields) {
        const auto value = content.values.find(field);
        if (!isTableField(field) || value == content.values.end()) {
            continue;
        }
        html += QStringLiteral("<tr><td valign=\"top\" width=\"30%\"><b>%1</b></td><td valign=\"top\">%2</td></tr>")
                    .arg(esc(text.fieldName(field, neutral)), esc(value.value()));
    }
    if (html.isEmpty()) {
        return {};
    }
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #888888;\">") +
           html + QStringLiteral("</table>");
}

QString consentTable(const std::vector<const Consent*>& consents, const DocumentText& text, bool ended)
{
    QStringList headers{
        text.text(QT_TRANSLATE_NOOP("Document", "What")), text.text(QT_TRANSLATE_NOOP("Document", "With")),
        text.text(QT_TRANSLATE_NOOP("Document", "Why")), text.text(QT_TRANSLATE_NOOP("Document", "Given")),
        text.text(QT_TRANSLATE_NOOP("Document", "Until"))};
    if (ended) {
        headers << text.text(QT_TRANSLATE_NOOP("Document", "Withdrawn"));
    }
    QString html = tableStart(headers);
    for (const Consent* consent : consents) {
        QStringList cells{text.scopeName(consent->scope), text.recipientOf(*consent), consent->purpose,
                          text.date(consent->givenOn),
                          consent->expiresOn.isValid() ? text.date(consent->expiresOn)
                                                       : text.text(QT_TRANSLATE_NOOP("Document", "No end date"))};
        if (ended) {
            cells << (consent->revokedOn.isValid() ? text.date(consent->revokedOn) : QString());
        }
        html += row(cells);
    }
    return html + QStringLiteral("</table>");
}

QString consentReceiptBody(const SharedContent& content, const DocumentOptions& options, const DocumentText& text,
                           const QDate& day)
{
    const bool neutral = options.neutral;
    QString html = personLines(content, text, neutral);

    html += heading(text.text(QT_TRANSLATE_NOOP("Document", "What we keep")));
    if (content.keptCategories.empty()) {
        html += paragraph(text.text(QT_TRANSLATE_NOOP("Document", "Nothing beyond what is on this page.")));
    } else {
        html += paragraph(text.text(QT_TRANSLATE_NOOP("Document", "We keep information about you in these areas:")));
        html += QStringLiteral("<ul>");
        for (Category category : content.keptCategories) {
            html += QStringLiteral("<li>%1</li>").arg(esc(text.categoryName(category, neutral)));
        }
        html += QStringLiteral("</ul>");
    }
    QStringList shown;
    for (SharedField field : content.decision.allowedFields()) {
        shown << text.fieldName(field, neutral);
    }
    if (!shown.isEmpty()) {
        html += paragraph(text.text(QT_TRANSLATE_NOOP("Document", "This copy shows:")) + QLatin1Char(' ') +
                          shown.join(QStringLiteral(", ")));
    }
    html += valuesTable(content, text, neutral);

    if (allows(content, SharedField::Consents)) {
        html += heading(text.text(QT_TRANSLATE_NOOP("Document", "What may be shared")));
        std::vector<const Consent*> inForce;
        std::vector<const Consent*> ended;
        for (const Consent& consent : content.consents) {
            (consent.isInForceOn(day) ? inForce : ended).push_back(&consent);
        }
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(text.text(QT_TRANSLATE_NOOP("Document", "In force"))));
        html += inForce.empty() ? paragraph(text.text(QT_TRANSLATE_NOOP("Document", "None at the moment.")))
                                : consentTable(inForce, text, false);
        if (!ended.empty()) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(text.text(QT_TRANSLATE_NOOP("Document", "Ended"))));
            html += consentTable(ended, text, true);
        }
    }

    html += heading(text.text(QT_TRANSLATE_NOOP("Document", "How to withdraw")));
    html += paragraph(
        neutral ? text.text(QT_TRANSLATE_NOOP("Document", "You can withdraw any permission at any time by telling "
                                                          "any staff member. Your choice is recorded the same day."))
                : text.text(QT_TRANSLATE_NOOP("Document", "You can withdraw any consent at any time by telling any "
                                                          "staff member. Your choice is recorded the same day.")));
    return html;
}

QString disclosureHistoryBody(const SharedContent& content, const DocumentOptions& options, const DocumentText& text)
{
    QString html = personLines(content, text, options.neutral);
    html += valuesTable(content, text, options.neutral);
    if (!allows(content, SharedField::Disclosures)) {
        return html;
    }
    if (content.disclosures.empty()) {
        return html + paragraph(text.text(QT_TRANSLATE_NOOP("Document", "Nothing has been shared.")));
    }
    html += paragraph(text.text(QT_TRANSLATE_NOOP("Document", "Each time information about you was shared, it is "
                                                              "listed below.")));
    html += tableStart(
        {text.text(QT_TRANSLATE_NOOP("Document", "Date")), text.text(QT_TRANSLATE_NOOP("Document", "With")),
         text.text(QT_TRANSLATE_NOOP("Document", "Why")), text.text(QT_TRANSLATE_NOOP("Document", "Information")),
         text.text(QT_TRANSLATE_NOOP("Document", "On what basis"))});
    for (const Disclosure& disclosure : content.disclosures) {
        QStringList fields;
        for (SharedField field : disclosure.fields) {
            fields << text.fieldName(field, options.neutral);
        }
        html += row({text.date(disclosure.at.toLocalTime().date()), disclosure.recipientName, disclosure.purpose,
                     fields.join(QLatin1Char('\n')), text.basisWords(disclosure.basis)});
    }
    return html + QStringLiteral("</table>");
}

QString informationSheetBody(const SharedContent& content, const DocumentOptions& options, const DocumentText& text)
{
    QString html =
        QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
            .arg(esc(text.text(QT_TRANSLATE_NOOP("Document", "Recipient:"))), esc(content.decision.recipientName),
                 esc(text.text(QT_TRANSLATE_NOOP("Document", "Purpose:"))), esc(content.decision.request.purpose));
    html += personLines(content, text, options.neutral);
    const QString table = valuesTable(content, text, options.neutral);
    if (table.isEmpty()) {
        return html + paragraph(text.text(QT_TRANSLATE_NOOP("Document", "Nothing to show.")));
    }
    html +=
        paragraph(text.text(QT_TRANSLATE_NOOP("Document", "The information below is shared for this purpose only.")));
    return html + table;
}

} // namespace

DocumentText::DocumentText(const QString& language)
    : m_language(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en")), m_locale(m_language)
{
    // English is the source text; French comes from the same file the interface uses, in a translator of its own.
    if (m_language != QLatin1String("en")) {
        m_translated = m_translator.load(QStringLiteral("abri_") + m_language, QStringLiteral(":/i18n"));
    }
}

QString DocumentText::text(const char* source) const
{
    if (m_translated) {
        const QString translated = m_translator.translate(Context, source);
        if (!translated.isEmpty()) {
            return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString DocumentText::date(const QDate& day) const
{
    return day.isValid() ? m_locale.toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

QString DocumentText::fieldName(SharedField field, bool neutral) const
{
    switch (field) {
    case SharedField::Alias:
        return text(QT_TRANSLATE_NOOP("Document", "Alias"));
    case SharedField::Code:
        return text(QT_TRANSLATE_NOOP("Document", "Reference code"));
    case SharedField::Pronouns:
        return text(QT_TRANSLATE_NOOP("Document", "Pronouns"));
    case SharedField::Languages:
        return text(QT_TRANSLATE_NOOP("Document", "Languages"));
    case SharedField::RiskFlags:
        return text(QT_TRANSLATE_NOOP("Document", "Safety warnings"));
    case SharedField::LegalName:
        return text(QT_TRANSLATE_NOOP("Document", "Legal name"));
    case SharedField::Birth:
        return text(QT_TRANSLATE_NOOP("Document", "Date of birth"));
    case SharedField::IdNumbers:
        return text(QT_TRANSLATE_NOOP("Document", "Identity documents"));
    case SharedField::Contacts:
        return text(QT_TRANSLATE_NOOP("Document", "Contact details"));
    case SharedField::EmergencyContact:
        return text(QT_TRANSLATE_NOOP("Document", "Emergency contact"));
    case SharedField::Location:
        return text(QT_TRANSLATE_NOOP("Document", "Usual location"));
    case SharedField::HealthSummary:
        return text(QT_TRANSLATE_NOOP("Document", "Health summary"));
    case SharedField::LegalSummary:
        return text(QT_TRANSLATE_NOOP("Document", "Legal summary"));
    case SharedField::ShelterAddress:
        return neutral ? text(QT_TRANSLATE_NOOP("Document", "Private address"))
                       : text(QT_TRANSLATE_NOOP("Document", "Shelter address"));
    case SharedField::RiskDetails:
        return text(QT_TRANSLATE_NOOP("Document", "Safety details"));
    case SharedField::Consents:
        return neutral ? text(QT_TRANSLATE_NOOP("Document", "Permissions"))
                       : text(QT_TRANSLATE_NOOP("Document", "Consents"));
    case SharedField::Disclosures:
        return text(QT_TRANSLATE_NOOP("Document", "What was shared"));
    }
    return {};
}

QString DocumentText::categoryName(Category category, bool neutral) const
{
    switch (category) {
    case Category::Identity:
        return text(QT_TRANSLATE_NOOP("Document", "Identity"));
    case Category::Contact:
        return text(QT_TRANSLATE_NOOP("Document", "Contact details"));
    case Category::Location:
        return text(QT_TRANSLATE_NOOP("Document", "Location"));
    case Category::Health:
        return text(QT_TRANSLATE_NOOP("Document", "Health"));
    case Category::Legal:
        return text(QT_TRANSLATE_NOOP("Document", "Legal matters"));
    case Category::ShelterAddress:
        return neutral ? text(QT_TRANSLATE_NOOP("Document", "Private address"))
                       : text(QT_TRANSLATE_NOOP("Document", "Shelter address"));
    case Category::Risk:
        return text(QT_TRANSLATE_NOOP("Document", "Safety"));
    }
    return {};
}

QString DocumentText::scopeName(ConsentScope scope) const
{
    switch (scope) {
    case ConsentScope::ShareWithPartner:
        return text(QT_TRANSLATE_NOOP("Document", "Share with an organisation"));
    case ConsentScope::ShareWithSector:
        return text(QT_TRANSLATE_NOOP("Document", "Share with a type of service"));
    case ConsentScope::ContactPolice:
        return text(QT_TRANSLATE_NOOP("Document", "Contact the police"));
    case ConsentScope::AnonymisedStatistics:
        return text(QT_TRANSLATE_NOOP("Document", "Use in anonymous statistics"));
    case ConsentScope::KeepPhotos:
        return text(QT_TRANSLATE_NOOP("Document", "Keep photos"));
    }
    return {};
}

QString DocumentText::sectorName(Sector sector) const
{
    switch (sector) {
    case Sector::Health:
        return text(QT_TRANSLATE_NOOP("Document", "Health services"));
    case Sector::Legal:
        return text(QT_TRANSLATE_NOOP("Document", "Legal services"));
    case Sector::CivilRights:
        return text(QT_TRANSLATE_NOOP("Document", "Civil rights organisations"));
    case Sector::Shelter:
        return text(QT_TRANSLATE_NOOP("Document", "Housing services"));
    case Sector::SocialServices:
        return text(QT_TRANSLATE_NOOP("Document", "Social services"));
    case Sector::PublicOfficials:
        return text(QT_TRANSLATE_NOOP("Document", "Public officials"));
    case Sector::PoliceLiaison:
        return text(QT_TRANSLATE_NOOP("Document", "Police liaison"));
    case Sector::Media:
        return text(QT_TRANSLATE_NOOP("Document", "Media"));
    case Sector::Other:
        return text(QT_TRANSLATE_NOOP("Document", "Other services"));
    }
    return {};
}

QString DocumentText::recipientOf(const Consent& consent) const
{
    if (consent.scope == ConsentScope::ShareWithSector) {
        if (const auto sector = sectorFromId(consent.recipient)) {
            return sectorName(*sector);
        }
    }
    return consent.recipient;
}

QString DocumentText::basisWords(DisclosureBasis basis) const
{
    switch (basis) {
    case DisclosureBasis::Consent:
        return text(QT_TRANSLATE_NOOP("Document", "You agreed to it."));
    case DisclosureBasis::PersonsOwnCopy:
        return text(QT_TRANSLATE_NOOP("Document", "A copy for you."));
    case DisclosureBasis::Override:
        return text(QT_TRANSLATE_NOOP("Document", "Without your agreement, for a reason that was recorded."));
    }
    return {};
}

QString documentTitle(DocumentKind kind, bool neutral, const DocumentText& text)
{
    switch (kind) {
    case DocumentKind::ConsentReceipt:
        return neutral ? text.text(QT_TRANSLATE_NOOP("Document", "Your information"))
                       : text.text(QT_TRANSLATE_NOOP("Document", "Consent receipt"));
    case DocumentKind::DisclosureHistory:
        return neutral ? text.text(QT_TRANSLATE_NOOP("Document", "Information shared"))
                       : text.text(QT_TRANSLATE_NOOP("Document", "Disclosure history"));
    case DocumentKind::InformationSheet:
        return neutral ? text.text(QT_TRANSLATE_NOOP("Document", "Information"))
                       : text.text(QT_TRANSLATE_NOOP("Document", "Information sheet"));
    }
    return {};
}

QString documentHtml(const SharedContent& content, const DocumentOptions& options, const DocumentText& text)
{
    const QDate day = options.date.isValid() ? options.date : QDate::currentDate();
    QString html = QStringLiteral("<html><body style=\"font-size: 11pt;\">");
    if (!options.neutral && !content.organisation.isEmpty()) {
        html += QStringLiteral("<p style=\"font-size: 13pt; color: #333333;\"><b>%1</b></p>")
                    .arg(esc(content.organisation));
    }
    html += QStringLiteral("<h1>%1</h1>").arg(esc(documentTitle(options.kind, options.neutral, text)));
    switch (options.kind) {
    case DocumentKind::ConsentReceipt:
        html += consentReceiptBody(content, options, text, day);
        break;
    case DocumentKind::DisclosureHistory:
        html += disclosureHistoryBody(content, options, text);
        break;
    case DocumentKind::InformationSheet:
        html += informationSheetBody(content, options, text);
        break;
    }
    // The footer names no program and no organisation: the date, and the ledger entry staff can look up.
    QString footer = text.text(QT_TRANSLATE_NOOP("Document", "Printed on %1")).arg(text.date(day));
    if (content.ledgerId > 0) {
        footer += QStringLiteral(" \u00b7 ") +
                  text.text(QT_TRANSLATE_NOOP("Document", "Record no. %1")).arg(content.ledgerId);
    }
    html += QStringLiteral("<hr><p style=\"font-size: 8pt; color: #555555;\">%1</p>").arg(esc(footer));
    return html + QStringLiteral("</body></html>");
}

} // namespace abri::ui
