#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <random>

namespace abri {
class CaseFiles;
class Vault;
} // namespace abri

namespace abri::crash {

// How the case-file kills ended, to show that they landed inside every kind of change (reported with the figures).
struct CaseOutcomes
{
    static constexpr int KindCount = 5;  // person, note, correction, consent, attachment
    int inFlight[KindCount] = {};        // kills between "<kind>-begin" and its acknowledgement
    int inFlightPresent[KindCount] = {}; // ... after which the change was there, whole
    qint64 searchesChecked = 0;          // type-ahead and full-text queries whose answer was checked
    qint64 filesOpened = 0;              // person files compared field by field
    qint64 attachmentBytesChecked = 0;   // attachments whose bytes were read back and hashed
};

// What the case-file writer acknowledged over all its runs on one vault, the change a kill may have cut short, and
// the checks after every kill: every acknowledged person, note version, consent and attachment is there with the
// content its token gives; the change in flight is there whole or not at all; nothing else is there; and the
// type-ahead terms and the full-text index agree with the rows.
class CaseLedger
{
public:
    // A new writer run: nothing of it is known yet.
    void beginRun();
    // One line of the writer; false when it is not a case-file line.
    bool absorb(const QStringList& word);
    // Checks the unlocked vault (the coordinator's read-write session); Catch2 assertions. A change in flight that
    // is there whole counts as acknowledged from now on (the next run may build on it).
    void verify(Vault& vault, std::mt19937_64& rng);

    const CaseOutcomes& outcomes() const { return m_outcomes; }
    QString summary() const;

private:
    enum class Kind { None = -1, Person, Note, Correction, Consent, Attachment };
    struct NoteRecord
    {
        qint64 personId = 0;
        QList<qint64> versions; // oldest first; the last is current
        QStringList tokens;     // the token of each version's body
    };
    struct Item
    {
        qint64 personId = 0;
        QString token;
    };
    struct InFlight
    {
        Kind kind = Kind::None;
        qint64 target = 0; // the person (note, consent, attachment) or the note version being corrected
        QString token;
    };

    void verifyPeople(CaseFiles& cases, std::mt19937_64& rng);
    void verifyPersonFile(CaseFiles& cases, qint64 id);
    void verifyNotes(CaseFiles& cases);
    void verifyConsents(CaseFiles& cases);
    void verifyAttachments(CaseFiles& cases, std::mt19937_64& rng);
    void settle(bool present);

    QMap<qint64, QString> m_people;   // person id -> token
    QMap<qint64, NoteRecord> m_notes; // note id (its first version's id) -> versions
    QMap<qint64, qint64> m_noteOfVersion;
    QMap<qint64, Item> m_consents;
    QMap<qint64, Item> m_attachments;
    InFlight m_inFlight;
    QList<qint64> m_runPeople;      // acknowledged in the killed run, or found whole after it
    QList<qint64> m_runAttachments; // the same for attachments
    CaseOutcomes m_outcomes;
};

} // namespace abri::crash
