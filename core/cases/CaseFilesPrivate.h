#pragma once

// Internal to abri_core (and its tests and benchmark): the SQL behind CaseFiles, on a plain Database, so the
// demo generator and the benchmark run exactly the queries the service runs, and the service adds only the checks
// of the session and the audit entries.

#include "cases/CaseFiles.h"
#include "cases/SessionGrants.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <optional>
#include <set>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcCases)

namespace abri::cases {

// Who is asking, with everything needed to decide what they see.
struct AccessContext
{
    Role role = Role::Caseworker;
    qint64 userId = 0;
    AccessMatrix matrix;
    const SessionGrants* grants = nullptr; // may be null: no break-the-glass grants
    bool hideNames = false;                // hidden-name mode of this user
    bool canAudit = true;                  // false in read-only sessions: restricted views are refused then

    // Role right plus grants; a session that cannot audit reads no restricted category.
    bool canRead(qint64 personId, Category category) const;
    bool canWrite(Category category) const;
    // Categories readable for every person by the role alone (for SQL filters), and the grants per person.
    std::set<Category> readableByRole() const;
};

// Builds the context of the vault's current session (reads the matrix and the user's hidden-name preference).
Result<AccessContext> accessContext(Vault& vault);
Result<AccessMatrix> loadMatrix(Database& db);

// The short code of a person file; NotFound when there is none with this id.
Result<QString> personCodeOf(Database& db, qint64 personId);
Error personNotFound();
// The same, refusing a file that was merged away (what is written to it would be hidden).
Result<QString> writablePersonCode(Database& db, qint64 personId);

// --- small helpers every service uses
Error dbError(Database& db);           // the database's last error, as ErrorCode::Database
Error invalid(const QString& message); // InvalidArgument with a translated message
QString nonNull(const QString& text);  // '' rather than NULL, for the NOT NULL text columns
QString clean(const QString& text);    // trimmed, and '' rather than NULL
QDate localToday(const Vault& vault);  // the day of the vault's clock, in local time

// --- text helpers
// Lower case without diacritics ("Élodie" -> "elodie"), for search terms and sorting.
QString fold(const QString& text);
// Folded words of a text (split on anything that is not a letter or digit).
QStringList foldedWords(const QString& text);
// Digits only ("+33 6 12-34" -> "3361234").
QString digitsOnly(const QString& text);
QString isoUtc(const QDateTime& utc);      // "2026-11-29T10:00:00.000Z"
QDateTime fromIsoUtc(const QString& text); // invalid when empty
QString isoDate(const QDate& date);        // "2026-11-29"; empty when invalid
QDate fromIsoDate(const QString& text);    // invalid when empty
// A new short code not used in db ("KX4-7PM": 6 characters from an alphabet without look-alikes).
Result<QString> newPersonCode(Database& db);
bool looksLikePersonCode(const QString& text);

// --- validation (translated messages; nothing is written when they fail)
Status validateDraft(const PersonDraft& draft, const QDate& today);
Status validateNote(const NoteDraft& draft);
Status validateConsent(const ConsentDraft& draft, const QDate& today);

// --- writes without checks or audit (the caller holds the transaction)
// Inserts the person with contacts, tags, flags and search terms; every optional part that is set is stored.
Result<qint64> insertPerson(Database& db, const PersonDraft& draft, const QString& code, qint64 createdBy,
                            const QDateTime& nowUtc);
// Rewrites the person's search terms (alias words, tags, code, phone tails).
Status refreshSearchTerms(Database& db, qint64 personId);
Result<qint64> insertNote(Database& db, qint64 personId, const NoteDraft& draft, qint64 authorId,
                          const QDateTime& createdAtUtc);
Result<qint64> insertConsent(Database& db, qint64 personId, const ConsentDraft& draft, qint64 recordedBy,
                             const QDateTime& nowUtc);
Result<qint64> insertFollowUp(Database& db, qint64 personId, const QString& title, const QDate& due, qint64 ownerId,
                              qint64 createdBy, const QDateTime& nowUtc);

// --- reads without audit (the service audits what they returned)
Result<PersonFile> loadPerson(Database& db, const AccessContext& ctx, qint64 personId);
Result<std::vector<PersonSummary>> queryPeople(Database& db, const AccessContext& ctx, const PersonFilter& filter,
                                               int offset, int limit);
Result<std::vector<PersonSummary>> queryFindPeople(Database& db, const AccessContext& ctx, const QString& text,
                                                   int limit);
Result<std::vector<NoteHit>> querySearchNotes(Database& db, const AccessContext& ctx, const QString& query, int limit);
Result<std::vector<Note>> queryTimeline(Database& db, const AccessContext& ctx, qint64 personId);
// The restricted categories a loaded file shows (for person.view entries).
std::set<Category> shownCategories(const PersonFile& file);

// Audit detail for a set of categories: "health,legal" (never values).
QString categoryList(const std::set<Category>& categories);

} // namespace abri::cases
