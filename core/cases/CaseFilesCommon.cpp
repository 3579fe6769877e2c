// Helpers shared by the CaseFiles services, the demo generator and the benchmark: who is asking, text folding,
// dates, short codes and the validation of what users type.
#include "cases/CaseFilesPrivate.h"
#include "crypto/Crypto.h"
#include "vault/Vault.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCases, "abri.core.cases")

namespace abri::cases {

Error dbError(Database& db)
{
    return db.lastError(ErrorCode::Database);
}

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString clean(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

QDate localToday(const Vault& vault)
{
    return vault.clock().nowUtc().toLocalTime().date();
}

bool AccessContext::canRead(qint64 personId, Category category) const
{
    if (!canAudit) {
        return false;
    }
    return matrix.get(role, category).read || (grants != nullptr && grants->has(personId, category));
}

bool AccessContext::canWrite(Category category) const
{
    return canAudit && matrix.get(role, category).write;
}

std::set<Category> AccessContext::readableByRole() const
{
    std::set<Category> out;
    if (!canAudit) {
        return out;
    }
    for (Category c : AllCategories) {
        if (matrix.get(role, c).read) {
            out.insert(c);
        }
    }
    return out;
}

Result<AccessMatrix> loadMatrix(Database& db)
{
    auto st = db.prepare("SELECT role, category, can_read, can_write FROM access_matrix;");
    if (!st) {
        return st.error();
    }
    AccessMatrix m; // a cell missing from the table grants nothing
    while (st->step()) {
        const auto role = roleFromId(st->text(0));
        const auto category = categoryFromId(st->text(1));
        if (role && category) {
            m.set(*role, *category, Permission{st->int64(2) != 0, st->int64(3) != 0});
        }
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return m;
}

Result<AccessContext> accessContext(Vault& vault)
{
    if (auto st = vault.requireOpen(); !st) {
        return st.error();
    }
    AccessContext ctx;
    ctx.role = vault.currentUser().role;
    ctx.userId = vault.currentUser().id;
    ctx.grants = &vault.sessionGrants();
    ctx.canAudit = !vault.isReadOnly();
    auto matrix = loadMatrix(vault.database());
    if (!matrix) {
        return matrix.error();
    }
    ctx.matrix = matrix.value();
    auto st = vault.database().prepare("SELECT value FROM user_prefs WHERE user_id = ? AND key = 'hide_names';");
    if (!st) {
        return st.error();
    }
    st->bind(1, ctx.userId);
    if (st->step()) {
        ctx.hideNames = st->text(0) == QLatin1String("1");
    } else if (!st->ok()) {
        return vault.database().lastError(ErrorCode::Database);
    }
    return ctx;
}

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out.append(c.toCaseFolded());
    }
    return out;
}

QStringList foldedWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return fold(text).split(separators, Qt::SkipEmptyParts);
}

QString digitsOnly(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            out.append(c);
        }
    }
    return out;
}

QString isoUtc(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIsoDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

namespace {

// No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes are read aloud and copied by hand.
constexpr char CodeAlphabet[] = "ACDEFGHJKMNPQRTUVWXY34679";
constexpr int CodeAlphabetSize = sizeof(CodeAlphabet) - 1;

} // namespace

Result<QString> newPersonCode(Database& db)
{
    auto exists = db.prepare("SELECT 1 FROM people WHERE code = ?;");
    if (!exists) {
        return exists.error();
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QByteArray random = crypto::randomBytes(6);
        QString code;
        for (int i = 0; i < 6; ++i) {
            if (i == 3) {
                code.append(QLatin1Char('-'));
            }
            code.append(QLatin1Char(CodeAlphabet[static_cast<unsigned char>(random[i]) % CodeAlphabetSize]));
        }
        exists->reset();
        exists->bind(1, code);
        if (!exists->step()) {
            if (!exists->ok()) {
                return db.lastError(ErrorCode::Database);
            }
            return code;
        }
    }
    return Error(ErrorCode::Database, CaseFiles::tr("No free short code was found. Try again."));
}

bool looksLikePersonCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{3}-?[A-Z0-9]{3}$"));
    return pattern.match(text.trimmed().toUpper()).hasMatch();
}

namespace {

constexpr int MaxShortText = 200;
constexpr int MaxLongText = 20000;

} // namespace

Status validateDraft(const PersonDraft& draft, const QDate& today)
{
    if (draft.alias.trimmed().isEmpty()) {
        return invalid(CaseFiles::tr("Enter an alias: the name the person chooses to be called. Nothing was "
                                     "saved."));
    }
    if (draft.alias.size() > MaxShortText || draft.pronouns.size() > MaxShortText) {
        return invalid(CaseFiles::tr("The alias or pronouns are too long (at most %1 characters). Nothing was "
                                     "saved.")
                           .arg(MaxShortText));
    }
    if (draft.status == PersonStatus::Closed && draft.closedReason.trimmed().isEmpty()) {
        return invalid(CaseFiles::tr("Say why the file is closed. Nothing was saved."));
    }
    if (draft.birth && !draft.birth->isEmpty()) {
        const QString& b = *draft.birth;
        QDate date;
        static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
        if (yearOnly.match(b).hasMatch()) {
            date = QDate(b.toInt(), 1, 1);
        } else {
            date = QDate::fromString(b, Qt::ISODate);
            if (b.size() != 10) {
                date = {};
            }
        }
        if (!date.isValid()) {
            return invalid(CaseFiles::tr("The date of birth must be a year (1990) or a full date (1990-05-21). "
                                         "Nothing was saved."));
        }
        if (date > today) {
            return invalid(CaseFiles::tr("The date of birth is in the future. Check it; nothing was saved."));
        }
        if (date.year() < 1900) {
            return invalid(CaseFiles::tr("The year of birth is before 1900. Check it; nothing was saved."));
        }
    }
    if (draft.contacts) {
        for (const ContactMethod& c : *draft.contacts) {
            if (c.value.trimmed().isEmpty()) {
                return invalid(CaseFiles::tr("A contact method has no number or address. Fill it in or remove "
                                             "it. Nothing was saved."));
            }
            if (c.kind == ContactKind::Phone && digitsOnly(c.value).size() < 3) {
                return invalid(CaseFiles::tr("A phone number needs at least 3 digits. Nothing was saved."));
            }
        }
    }
    for (const QString& tag : draft.tags) {
        if (tag.trimmed().isEmpty() || tag.size() > 60) {
            return invalid(CaseFiles::tr("A tag is empty or longer than 60 characters. Nothing was saved."));
        }
    }
    for (const std::optional<QString>* text :
         {&draft.legalName, &draft.idNumbers, &draft.emergencyContact, &draft.location, &draft.healthSummary,
          &draft.legalSummary, &draft.shelterAddress, &draft.riskDetails}) {
        if (*text && (*text)->size() > MaxLongText) {
            return invalid(CaseFiles::tr("A field is longer than %1 characters. Shorten it or add a note instead. "
                                         "Nothing was saved.")
                               .arg(MaxLongText));
        }
    }
    return {};
}

Status validateNote(const NoteDraft& draft)
{
    if (draft.body.trimmed().isEmpty()) {
        return invalid(CaseFiles::tr("The note is empty. Write what happened; nothing was saved."));
    }
    if (draft.body.size() > MaxLongText) {
        return invalid(CaseFiles::tr("The note is longer than %1 characters. Split it into several notes; nothing "
                                     "was saved.")
                           .arg(MaxLongText));
    }
    return {};
}

Status validateConsent(const ConsentDraft& draft, const QDate& today)
{
    if (!draft.givenOn.isValid()) {
        return invalid(CaseFiles::tr("Enter the date the consent was given. Nothing was saved."));
    }
    if (draft.givenOn > today) {
        return invalid(CaseFiles::tr("The consent date is in the future. Record a consent once it is given; "
                                     "nothing was saved."));
    }
    if (draft.expiresOn.isValid() && draft.expiresOn <= draft.givenOn) {
        return invalid(CaseFiles::tr("The consent expires before it was given. Check the dates; nothing was "
                                     "saved."));
    }
    if (consentScopeNeedsRecipient(draft.scope) && draft.recipient.trimmed().isEmpty()) {
        return invalid(CaseFiles::tr("Name who may receive the information (a partner or a sector). Nothing was "
                                     "saved."));
    }
    if (draft.purpose.trimmed().isEmpty()) {
        return invalid(CaseFiles::tr("Say what the consent is for (its purpose). Nothing was saved."));
    }
    if (draft.recipient.size() > MaxShortText || draft.purpose.size() > MaxShortText * 5) {
        return invalid(CaseFiles::tr("The recipient or purpose is too long. Nothing was saved."));
    }
    return {};
}

QString categoryList(const std::set<Category>& categories)
{
    QStringList ids;
    for (Category c : categories) {
        ids << categoryId(c);
    }
    return ids.join(QLatin1Char(','));
}

std::set<Category> shownCategories(const PersonFile& file)
{
    std::set<Category> out;
    if (!file.legalName.restricted) {
        out.insert(Category::Identity);
    }
    if (!file.contacts.restricted) {
        out.insert(Category::Contact);
    }
    if (!file.location.restricted) {
        out.insert(Category::Location);
    }
    if (!file.healthSummary.restricted) {
        out.insert(Category::Health);
    }
    if (!file.legalSummary.restricted) {
        out.insert(Category::Legal);
    }
    if (!file.shelterAddress.restricted) {
        out.insert(Category::ShelterAddress);
    }
    if (!file.riskDetails.restricted) {
        out.insert(Category::Risk);
    }
    return out;
}

} // namespace abri::cases

namespace abri::cases {

Error personNotFound()
{
    return Error(ErrorCode::NotFound, CaseFiles::tr("This person file does not exist (it may have been merged into "
                                                    "another). Search for the person again."));
}

Result<QString> writablePersonCode(Database& db, qint64 personId)
{
    auto st = db.prepare("SELECT code, merged_into FROM people WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    if (!st->step()) {
        if (!st->ok()) {
            return db.lastError(ErrorCode::Database);
        }
        return personNotFound();
    }
    if (!st->isNull(1)) {
        return Error(ErrorCode::InvalidArgument, CaseFiles::tr("This file was merged into another one. Open that "
                                                               "file and add it there; nothing was saved."));
    }
    return st->text(0);
}

Result<QString> personCodeOf(Database& db, qint64 personId)
{
    auto st = db.prepare("SELECT code FROM people WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    if (st->step()) {
        return st->text(0);
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return personNotFound();
}

} // namespace abri::cases
