#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace abri {

class Vault;

// People and their case files, as the current user of an unlocked vault may see and change them. Every call
// checks the session and the access matrix here, so the GUI and abri-admin get the same answers; every change and
// every view of a restricted category is written to the audit log in the same transaction.
//
// CaseFiles holds no state of its own (break-the-glass grants live in the Vault session): make one wherever it is
// needed. It is used from one thread at a time, like the Vault.
class CaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)

public:
    explicit CaseFiles(Vault& vault) : m_vault(vault) {}

    // --- access (CaseFilesAccess.cpp)
    // What the current role may do with a category, before any break-the-glass grant.
    Permission permission(Category category) const;
    // Also true when the user broke the glass for this person and category in this session.
    bool canRead(qint64 personId, Category category) const;
    Result<AccessMatrix> accessMatrix() const;
    // Coordinator only; audited (access.change). Coordinators cannot take away their own right to change the matrix
    // (that is the role, not a cell), so a mistake can always be undone.
    Status setPermission(Role role, Category category, Permission permission);
    // Opens one restricted category of one person for the rest of this session. reason: typed by the user, at
    // least 10 characters. Audited (access.break_glass) and listed for coordinators to review.
    Status breakGlass(qint64 personId, Category category, const QString& reason);
    // Coordinator only. includeReviewed: also the ones already reviewed (newest first, at most limit).
    Result<std::vector<GlassBreak>> glassBreaks(bool includeReviewed = false, int limit = 500) const;
    Status markGlassBreakReviewed(qint64 glassBreakId);
    // Hidden-name mode for this user (work in public places): lists show short codes only.
    bool hideNamesForMe() const;
    Status setHideNamesForMe(bool hide);
    // Active users, for assigning a worker or a follow-up (every role may list them).
    Result<std::vector<UserRef>> workers() const;

    // --- people (CaseFilesPeople.cpp)
    // Validates (alias required, birth not in the future, ...), gives the person a unique short code.
    Result<qint64> createPerson(const PersonDraft& draft);
    Status updatePerson(qint64 personId, const PersonDraft& draft);
    // Audits the restricted categories it returns (person.view).
    Result<PersonFile> openPerson(qint64 personId);
    Result<std::vector<PersonSummary>> listPeople(const PersonFilter& filter, int offset, int limit) const;
    Result<qint64> countPeople(const PersonFilter& filter) const;
    // Type-ahead: word prefixes of aliases, tags and short codes, and the last digits of phone numbers (only for
    // roles that may read contacts). Active people first.
    Result<std::vector<PersonSummary>> findPeople(const QString& text, int limit = 20) const;
    // Before creating: people with a similar alias or the same phone number (phones only when contacts are readable).
    Result<std::vector<PersonSummary>> similarPeople(const QString& alias, const QStringList& phones) const;
    Result<PersonSummary> personByCode(const QString& code) const;
    // Coordinator only: moves everything of mergedId into keepId, keeps mergedId as a closed file pointing to
    // keepId, and never drops a value (differing values are appended). Audited (person.merge).
    Status mergePeople(qint64 keepId, qint64 mergedId);

    // --- notes and follow-ups (CaseFilesNotes.cpp)
    Result<qint64> addNote(qint64 personId, const NoteDraft& draft);
    // A correction is a new version; the old one is kept (and audited), never changed. Returns the new version's id.
    Result<qint64> correctNote(qint64 noteVersionId, const QString& newBody);
    // Current versions, newest first; notes the user may not read come back restricted.
    Result<std::vector<Note>> timeline(qint64 personId);
    // Every version of one note, oldest first.
    Result<std::vector<Note>> noteHistory(qint64 noteId);
    // Full text over current notes the user may read (words; the last one may be a prefix).
    Result<std::vector<NoteHit>> searchNotes(const QString& query, int limit = 50);

    Result<qint64> addFollowUp(qint64 personId, const QString& title, const QDate& due, qint64 ownerId);
    Status completeFollowUp(qint64 followUpId);
    Result<std::vector<FollowUp>> followUps(qint64 personId) const;
    // Open follow-ups due on or before day, of ownerId (0: everyone's).
    Result<std::vector<FollowUp>> followUpsDue(const QDate& day, qint64 ownerId) const;

    // --- consents (CaseFilesConsents.cpp)
    Result<qint64> addConsent(qint64 personId, const ConsentDraft& draft);
    Status revokeConsent(qint64 consentId, const QDate& revokedOn);
    Result<std::vector<Consent>> consents(qint64 personId) const;
    // Consents in force today that expire within the next days (inclusive), soonest first.
    Result<std::vector<ExpiringConsent>> consentsExpiring(int withinDays) const;

    // --- attachments (CaseFilesAttachments.cpp)
    // The type is decided from the bytes (PNG, JPEG or PDF); at most MaxAttachmentBytes. Audited.
    Result<qint64> addAttachment(qint64 personId, const QString& fileName, const QByteArray& data,
                                 std::optional<Category> category, const QString& description);
    Result<std::vector<AttachmentInfo>> attachments(qint64 personId) const;
    // The bytes, for viewing inside Abri; audited (attachment.view).
    Result<QByteArray> attachmentData(qint64 attachmentId);
    // Writes a copy to a file the user chose; audited (attachment.export).
    Status exportAttachment(qint64 attachmentId, const QString& targetFile);

private:
    Vault& m_vault;
};

} // namespace abri
