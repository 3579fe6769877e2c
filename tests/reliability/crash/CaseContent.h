#pragma once

// What the case-file writer stores for each token, so the driver can rebuild it without being told: a token
// ("<run seed>x<counter>", digits and one x) names one change, and everything the change writes follows from it.
//
// Every searchable text carries one word made of a letter, the token and a closing 'z' ("p123x7z"). That word is
// never a prefix of another change's word, so a type-ahead or full-text query for it has exactly one right answer.

#include "cases/CaseTypes.h"

#include <QCryptographicHash>
#include <QString>

#include <random>

namespace abri::crash {

inline QString tokenWord(char kind, const QString& token)
{
    return QLatin1Char(kind) + token + QLatin1Char('z');
}

// A number that follows from the token, for the choices (kind, category, size) and for digits.
inline quint64 tokenHash(const QString& token, int salt = 0)
{
    const QByteArray input = token.toUtf8() + ':' + QByteArray::number(salt);
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    quint64 out = 0;
    for (int i = 0; i < 8; ++i) {
        out = (out << 8) | static_cast<unsigned char>(digest.at(i));
    }
    return out;
}

inline QString tokenDigits(const QString& token, int count, int salt)
{
    std::mt19937_64 rng(tokenHash(token, salt));
    QString out;
    for (int i = 0; i < count; ++i) {
        out += QChar(u'0' + static_cast<char16_t>(rng() % 10));
    }
    return out;
}

// The person's phone number; type-ahead finds the person by its last digits.
inline QString personPhone(const QString& token)
{
    return QStringLiteral("+33 6 ") + tokenDigits(token, 8, 1);
}

inline QString personAliasWord(const QString& token)
{
    return tokenWord('p', token);
}

inline PersonDraft personDraft(const QString& token)
{
    PersonDraft d;
    // Non-ASCII on purpose: the alias is folded ("Élodie" -> "elodie") for the search terms.
    d.alias = QStringLiteral("\u00c9lodie ") + personAliasWord(token);
    d.pronouns = QStringLiteral("elle");
    d.languages = {QStringLiteral("French"), QStringLiteral("Portuguese")};
    d.tags = {QStringLiteral("crash"), tokenWord('t', token)};
    d.flags = {tokenHash(token, 2) % 2 == 0 ? RiskFlag::DoNotConfirmPresence : RiskFlag::BeingLookedFor};
    // Restricted parts, all in categories the coordinator (who runs the writer) reads and writes.
    d.legalName = QStringLiteral("Legal ") + tokenWord('l', token);
    d.idNumbers = QStringLiteral("ID ") + tokenDigits(token, 9, 3);
    d.birth = QString::number(1970 + static_cast<int>(tokenHash(token, 4) % 30));
    d.contacts = std::vector<ContactMethod>{
        {ContactKind::Phone, personPhone(token), QStringLiteral("text only"), QStringLiteral("after 6 pm")},
        {ContactKind::Email, tokenWord('e', token) + QStringLiteral("@example.org"),
         QStringLiteral("never reply from the office"), QString()}};
    d.emergencyContact = QStringLiteral("Sister, +33 7 ") + tokenDigits(token, 8, 5);
    d.location = QStringLiteral("Near the station");
    d.shelterAddress = QStringLiteral("12 rue des Lilas, room ") + tokenDigits(token, 2, 6);
    d.riskDetails = QStringLiteral("Former partner asks at the door");
    return d;
}

// Note bodies: the word of the token is what full-text search looks for.
inline QString noteBody(const QString& token)
{
    return QStringLiteral("Visit at the drop-in, caf\u00e9 and a long talk %1; follow up next week.")
        .arg(tokenWord('n', token));
}

inline QString noteWord(const QString& token)
{
    return tokenWord('n', token);
}

inline NoteDraft noteDraft(const QString& token)
{
    static constexpr NoteKind kinds[] = {NoteKind::Contact, NoteKind::Visit, NoteKind::Incident, NoteKind::FollowUp};
    // Categories the coordinator reads (nullopt: a general note), so full-text search may show every one.
    static const std::optional<Category> categories[] = {std::nullopt, std::nullopt, Category::Contact,
                                                         Category::Location, Category::Risk};
    NoteDraft d;
    d.kind = kinds[tokenHash(token, 7) % std::size(kinds)];
    d.category = categories[tokenHash(token, 8) % std::size(categories)];
    d.body = noteBody(token);
    return d;
}

inline ConsentDraft consentDraft(const QString& token)
{
    ConsentDraft d;
    d.scope = AllConsentScopes[tokenHash(token, 9) % std::size(AllConsentScopes)];
    if (consentScopeNeedsRecipient(d.scope)) {
        d.recipient = QStringLiteral("Partner ") + tokenWord('r', token);
    }
    d.purpose = QStringLiteral("Housing referral ") + tokenWord('u', token);
    d.givenOn = QDate(2025, 1, 1).addDays(static_cast<qint64>(tokenHash(token, 10) % 300));
    if (tokenHash(token, 11) % 2 == 0) {
        d.expiresOn = d.givenOn.addDays(365);
    }
    d.method = tokenHash(token, 12) % 2 == 0 ? ConsentMethod::Spoken : ConsentMethod::Signed;
    return d;
}

struct AttachmentContent
{
    QString fileName;
    AttachmentType type = AttachmentType::Png;
    QByteArray data;
    std::optional<Category> category;
    QString description;
};

// A few KB that start with the PNG or PDF signature (the type is decided from the bytes), the rest random.
inline AttachmentContent attachmentContent(const QString& token)
{
    AttachmentContent a;
    const bool pdf = tokenHash(token, 13) % 2 == 0;
    a.type = pdf ? AttachmentType::Pdf : AttachmentType::Png;
    a.fileName = QStringLiteral("scan-%1.%2").arg(token, pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    a.description = QStringLiteral("Copy of a letter ") + tokenWord('d', token);
    a.category = tokenHash(token, 14) % 2 == 0 ? std::nullopt : std::optional<Category>(Category::Identity);
    std::mt19937_64 rng(tokenHash(token, 15));
    const int size = 2048 + static_cast<int>(rng() % 4096);
    a.data = pdf ? QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") : QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    while (a.data.size() < size) {
        a.data.append(static_cast<char>(rng() & 0xff));
    }
    if (pdf) {
        a.data.append("\n%%EOF\n");
    }
    return a;
}

inline QString sha256HexOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace abri::crash
