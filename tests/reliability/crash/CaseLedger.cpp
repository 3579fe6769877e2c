#include "CaseLedger.h"

#include "CaseContent.h"
#include "cases/CaseFiles.h"
#include "vault/Vault.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

namespace abri::crash {

namespace {

constexpr int OlderSamples = 3; // older person files and attachments read back in full after each kill

std::string text(const QString& s)
{
    return s.toStdString();
}

std::string describe(const Error& error)
{
    return "error " + std::to_string(static_cast<int>(error.code())) + ": " + text(error.message());
}

// By value: callers pass the temporary a CaseFiles call returned.
template <typename T>
T value(const Result<T>& result, const char* what)
{
    INFO(what << ": " << (result ? std::string("ok") : describe(result.error())));
    REQUIRE(result.ok());
    return result.value();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Ids of the people a type-ahead query returns.
QSet<qint64> found(const CaseFiles& cases, const QString& query, CaseOutcomes& outcomes)
{
    QSet<qint64> ids;
    for (const PersonSummary& p : value(cases.findPeople(query, 1000), "findPeople")) {
        ids.insert(p.id);
    }
    ++outcomes.searchesChecked;
    return ids;
}

// Ids of the note versions a full-text query returns.
QList<qint64> noteHits(CaseFiles& cases, const QString& query, CaseOutcomes& outcomes)
{
    QList<qint64> ids;
    for (const NoteHit& hit : value(cases.searchNotes(query, 1000), "searchNotes")) {
        ids << hit.noteId;
    }
    ++outcomes.searchesChecked;
    return ids;
}

QList<qint64> sample(const QList<qint64>& all, int count, std::mt19937_64& rng)
{
    QList<qint64> out;
    for (int i = 0; i < count && !all.isEmpty(); ++i) {
        out << all.at(std::uniform_int_distribution<qsizetype>(0, all.size() - 1)(rng));
    }
    return out;
}

} // namespace

void CaseLedger::beginRun()
{
    m_inFlight = InFlight();
    m_runPeople.clear();
    m_runAttachments.clear();
}

bool CaseLedger::absorb(const QStringList& word)
{
    static const QMap<QString, Kind> begins{{QStringLiteral("person-begin"), Kind::Person},
                                            {QStringLiteral("note-begin"), Kind::Note},
                                            {QStringLiteral("correct-begin"), Kind::Correction},
                                            {QStringLiteral("consent-begin"), Kind::Consent},
                                            {QStringLiteral("attachment-begin"), Kind::Attachment}};
    static const QMap<QString, Kind> acks{{QStringLiteral("person"), Kind::Person},
                                          {QStringLiteral("note"), Kind::Note},
                                          {QStringLiteral("correct"), Kind::Correction},
                                          {QStringLiteral("consent"), Kind::Consent},
                                          {QStringLiteral("attachment"), Kind::Attachment}};
    const QString& what = word.at(0);
    INFO("the writer's line: " << text(word.join(u' ')));
    if (begins.contains(what)) {
        // One change at a time: the previous one was acknowledged.
        REQUIRE(m_inFlight.kind == Kind::None);
        m_inFlight.kind = begins.value(what);
        if (m_inFlight.kind == Kind::Person) {
            REQUIRE(word.size() == 2);
            m_inFlight.token = word.at(1);
            return true;
        }
        REQUIRE(word.size() == 3);
        m_inFlight.target = word.at(1).toLongLong();
        m_inFlight.token = word.at(2);
        // The writer only builds on what the driver knows: acknowledged changes, or ones found whole after a kill.
        if (m_inFlight.kind == Kind::Correction) {
            REQUIRE(m_noteOfVersion.contains(m_inFlight.target));
            REQUIRE(m_notes.value(m_noteOfVersion.value(m_inFlight.target)).versions.last() == m_inFlight.target);
        } else {
            REQUIRE(m_people.contains(m_inFlight.target));
        }
        return true;
    }
    if (!acks.contains(what)) {
        return false;
    }
    const Kind kind = acks.value(what);
    REQUIRE(word.size() == (kind == Kind::Attachment ? 4 : 3));
    REQUIRE(m_inFlight.kind == kind);
    REQUIRE(word.at(2) == m_inFlight.token);
    const qint64 id = word.at(1).toLongLong();
    const QString& token = m_inFlight.token;
    switch (kind) {
    case Kind::Person:
        REQUIRE_FALSE(m_people.contains(id));
        m_people.insert(id, token);
        m_runPeople << id;
        break;
    case Kind::Note:
        REQUIRE_FALSE(m_noteOfVersion.contains(id));
        m_notes.insert(id, NoteRecord{m_inFlight.target, {id}, {token}});
        m_noteOfVersion.insert(id, id);
        break;
    case Kind::Correction: {
        REQUIRE_FALSE(m_noteOfVersion.contains(id));
        const qint64 noteId = m_noteOfVersion.value(m_inFlight.target);
        m_notes[noteId].versions << id;
        m_notes[noteId].tokens << token;
        m_noteOfVersion.insert(id, noteId);
        break;
    }
    case Kind::Consent:
        REQUIRE_FALSE(m_consents.contains(id));
        m_consents.insert(id, Item{m_inFlight.target, token});
        break;
    case Kind::Attachment:
        REQUIRE_FALSE(m_attachments.contains(id));
        // The writer hashed what it stored; the driver rebuilds the same bytes from the token.
        REQUIRE(word.at(3) == sha256HexOf(attachmentContent(token).data));
        m_attachments.insert(id, Item{m_inFlight.target, token});
        m_runAttachments << id;
        break;
    case Kind::None:
        break;
    }
    m_inFlight = InFlight();
    return true;
}

void CaseLedger::settle(bool present)
{
    const int kind = static_cast<int>(m_inFlight.kind);
    ++m_outcomes.inFlight[kind];
    if (present) {
        ++m_outcomes.inFlightPresent[kind];
    }
}

void CaseLedger::verify(Vault& vault, std::mt19937_64& rng)
{
    CaseFiles cases(vault);
    verifyPeople(cases, rng);
    verifyNotes(cases);
    verifyConsents(cases);
    verifyAttachments(cases, rng);
    m_inFlight = InFlight();
}

void CaseLedger::verifyPeople(CaseFiles& cases, std::mt19937_64& rng)
{
    const auto listed = value(cases.listPeople(PersonFilter{}, 0, std::numeric_limits<int>::max()), "listPeople");
    QMap<qint64, PersonSummary> byId;
    for (const PersonSummary& p : listed) {
        byId.insert(p.id, p);
    }
    if (m_inFlight.kind == Kind::Person) {
        // The person the kill interrupted: in the list (found by its alias, which no other person has) or not.
        const QString alias = personDraft(m_inFlight.token).alias;
        QList<qint64> unknown;
        for (const PersonSummary& p : listed) {
            if (!m_people.contains(p.id)) {
                unknown << p.id;
                INFO("a person nobody acknowledged is in the list");
                REQUIRE(p.displayName == alias);
            }
        }
        REQUIRE(unknown.size() <= 1);
        settle(!unknown.isEmpty());
        if (!unknown.isEmpty()) {
            m_people.insert(unknown.first(), m_inFlight.token);
            m_runPeople << unknown.first();
        } else {
            // Absent means absent everywhere: no search term may point at it.
            INFO("the interrupted person is not in the list, yet type-ahead finds its alias");
            REQUIRE(found(cases, personAliasWord(m_inFlight.token), m_outcomes).isEmpty());
        }
    }
    INFO("people listed " << byId.size() << ", known " << m_people.size());
    REQUIRE(QSet<qint64>(byId.keyBegin(), byId.keyEnd()) == QSet<qint64>(m_people.keyBegin(), m_people.keyEnd()));
    for (auto it = m_people.cbegin(); it != m_people.cend(); ++it) {
        const qint64 id = it.key();
        const PersonDraft draft = personDraft(it.value());
        const PersonSummary& summary = byId[id];
        INFO("person " << id << " (token " << text(it.value()) << ", code " << text(summary.code) << ")");
        REQUIRE(summary.displayName == draft.alias);
        REQUIRE(sorted(summary.tags) == sorted(draft.tags));
        // Its type-ahead terms: the alias word finds it and only it; its code, a tag and its phone's last digits
        // find it among others.
        REQUIRE(found(cases, personAliasWord(it.value()), m_outcomes) == QSet<qint64>{id});
        REQUIRE(found(cases, summary.code, m_outcomes).contains(id));
        REQUIRE(found(cases, draft.tags.last(), m_outcomes).contains(id));
        REQUIRE(found(cases, personPhone(it.value()).right(4), m_outcomes).contains(id));
    }
    QList<qint64> open = m_runPeople;
    open << sample(m_people.keys(), OlderSamples, rng);
    for (qint64 id : std::as_const(open)) {
        verifyPersonFile(cases, id);
    }
}

void CaseLedger::verifyPersonFile(CaseFiles& cases, qint64 id)
{
    const QString token = m_people.value(id);
    INFO("person file " << id << " (token " << text(token) << ")");
    const PersonFile file = value(cases.openPerson(id), "openPerson");
    const PersonDraft d = personDraft(token);
    CHECK(file.alias == d.alias);
    CHECK(file.pronouns == d.pronouns);
    CHECK(file.languages == d.languages);
    CHECK(sorted(file.tags) == sorted(d.tags));
    CHECK(file.flags == d.flags);
    CHECK(file.status == PersonStatus::Active);
    const auto same = [](const Guarded<QString>& stored, const std::optional<QString>& drafted) {
        return !stored.restricted && stored.value == drafted.value_or(QString());
    };
    CHECK(same(file.legalName, d.legalName));
    CHECK(same(file.idNumbers, d.idNumbers));
    CHECK(same(file.birth, d.birth));
    CHECK(same(file.emergencyContact, d.emergencyContact));
    CHECK(same(file.location, d.location));
    CHECK(same(file.shelterAddress, d.shelterAddress));
    CHECK(same(file.riskDetails, d.riskDetails));
    CHECK_FALSE(file.contacts.restricted);
    CHECK(file.contacts.value == *d.contacts);
    ++m_outcomes.filesOpened;
}

void CaseLedger::verifyNotes(CaseFiles& cases)
{
    // The interrupted change first: a new note (one more in its person's timeline) or a correction (one more
    // version of a known note), there whole or not at all.
    if (m_inFlight.kind == Kind::Note) {
        const QString body = noteBody(m_inFlight.token);
        QList<qint64> matches;
        for (const Note& n : value(cases.timeline(m_inFlight.target), "timeline")) {
            if (!m_noteOfVersion.contains(n.id)) {
                matches << n.id;
                INFO("a note nobody acknowledged is in the timeline");
                REQUIRE(n.body == body);
            }
        }
        REQUIRE(matches.size() <= 1);
        settle(!matches.isEmpty());
        if (!matches.isEmpty()) {
            m_notes.insert(matches.first(), NoteRecord{m_inFlight.target, {matches.first()}, {m_inFlight.token}});
            m_noteOfVersion.insert(matches.first(), matches.first());
        } else {
            INFO("the interrupted note is not in the timeline, yet full-text search finds it");
            REQUIRE(noteHits(cases, noteWord(m_inFlight.token), m_outcomes).isEmpty());
        }
    } else if (m_inFlight.kind == Kind::Correction) {
        const qint64 noteId = m_noteOfVersion.value(m_inFlight.target);
        const auto history = value(cases.noteHistory(noteId), "noteHistory");
        NoteRecord& record = m_notes[noteId];
        INFO("the interrupted correction's note has " << history.size() << " versions, " << record.versions.size()
                                                      << " known");
        REQUIRE((history.size() == static_cast<std::size_t>(record.versions.size()) ||
                 history.size() == static_cast<std::size_t>(record.versions.size()) + 1));
        const bool present = history.size() > static_cast<std::size_t>(record.versions.size());
        settle(present);
        if (present) {
            record.versions << history.back().id;
            record.tokens << m_inFlight.token;
            m_noteOfVersion.insert(history.back().id, noteId);
        } else {
            INFO("the interrupted correction is not in the history, yet full-text search finds it");
            REQUIRE(noteHits(cases, noteWord(m_inFlight.token), m_outcomes).isEmpty());
        }
    }

    // Every note, version by version; and each person's timeline holds exactly the current versions.
    QMap<qint64, QSet<qint64>> currentByPerson;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        const NoteRecord& record = it.value();
        INFO("note " << it.key() << " of person " << record.personId << ", tokens "
                     << text(record.tokens.join(QStringLiteral(", "))));
        const auto history = value(cases.noteHistory(it.key()), "noteHistory");
        REQUIRE(history.size() == static_cast<std::size_t>(record.versions.size()));
        const NoteDraft first = noteDraft(record.tokens.first());
        int current = 0;
        for (std::size_t i = 0; i < history.size(); ++i) {
            const Note& n = history[i];
            INFO("version " << i + 1 << " (id " << n.id << ")");
            CHECK(n.id == record.versions.at(static_cast<qsizetype>(i)));
            CHECK(n.noteId == it.key());
            CHECK(n.version == static_cast<int>(i) + 1);
            CHECK(n.personId == record.personId);
            CHECK(n.kind == first.kind);
            CHECK(n.category == first.category);
            CHECK_FALSE(n.restricted);
            CHECK(n.body == noteBody(record.tokens.at(static_cast<qsizetype>(i))));
            CHECK(n.current == (i + 1 == history.size()));
            current += n.current ? 1 : 0;
        }
        REQUIRE(current == 1);
        currentByPerson[record.personId].insert(record.versions.last());
        // The full-text index finds the current text, and no superseded text.
        REQUIRE(noteHits(cases, noteWord(record.tokens.last()), m_outcomes) == QList<qint64>{record.versions.last()});
        for (qsizetype i = 0; i + 1 < record.tokens.size(); ++i) {
            INFO("superseded version " << i + 1);
            REQUIRE(noteHits(cases, noteWord(record.tokens.at(i)), m_outcomes).isEmpty());
        }
    }
    for (auto it = m_people.cbegin(); it != m_people.cend(); ++it) {
        QSet<qint64> shown;
        for (const Note& n : value(cases.timeline(it.key()), "timeline")) {
            shown.insert(n.id);
        }
        INFO("the timeline of person " << it.key() << " shows " << shown.size() << " notes");
        REQUIRE(shown == currentByPerson.value(it.key()));
    }
}

void CaseLedger::verifyConsents(CaseFiles& cases)
{
    for (auto person = m_people.cbegin(); person != m_people.cend(); ++person) {
        const auto stored = value(cases.consents(person.key()), "consents");
        const bool interrupted = m_inFlight.kind == Kind::Consent && m_inFlight.target == person.key();
        bool adopted = false;
        for (const Consent& c : stored) {
            INFO("consent " << c.id << " of person " << person.key());
            if (!m_consents.contains(c.id)) {
                // Only the change in flight may be there unacknowledged, and only once.
                REQUIRE(interrupted);
                REQUIRE_FALSE(adopted);
                adopted = true;
                m_consents.insert(c.id, Item{person.key(), m_inFlight.token});
            }
            const Item& item = m_consents.value(c.id);
            REQUIRE(item.personId == person.key());
            const ConsentDraft d = consentDraft(item.token);
            CHECK(c.personId == person.key());
            CHECK(c.scope == d.scope);
            CHECK(c.recipient == d.recipient);
            CHECK(c.purpose == d.purpose);
            CHECK(c.givenOn == d.givenOn);
            CHECK(c.expiresOn == d.expiresOn);
            CHECK_FALSE(c.revokedOn.isValid());
            CHECK(c.method == d.method);
        }
        if (interrupted) {
            settle(adopted);
        }
    }
    // None lost: every known consent was among its person's.
    qsizetype total = 0;
    for (auto person = m_people.cbegin(); person != m_people.cend(); ++person) {
        total += static_cast<qsizetype>(value(cases.consents(person.key()), "consents").size());
    }
    REQUIRE(total == m_consents.size());
}

void CaseLedger::verifyAttachments(CaseFiles& cases, std::mt19937_64& rng)
{
    qsizetype total = 0;
    for (auto person = m_people.cbegin(); person != m_people.cend(); ++person) {
        const auto stored = value(cases.attachments(person.key()), "attachments");
        total += static_cast<qsizetype>(stored.size());
        const bool interrupted = m_inFlight.kind == Kind::Attachment && m_inFlight.target == person.key();
        bool adopted = false;
        for (const AttachmentInfo& a : stored) {
            INFO("attachment " << a.id << " of person " << person.key());
            if (!m_attachments.contains(a.id)) {
                REQUIRE(interrupted);
                REQUIRE_FALSE(adopted);
                adopted = true;
                m_attachments.insert(a.id, Item{person.key(), m_inFlight.token});
                m_runAttachments << a.id;
            }
            const Item& item = m_attachments.value(a.id);
            REQUIRE(item.personId == person.key());
            const AttachmentContent c = attachmentContent(item.token);
            CHECK_FALSE(a.restricted);
            CHECK(a.fileName == c.fileName);
            CHECK(a.type == c.type);
            CHECK(a.size == c.data.size());
            CHECK(a.category == c.category);
            CHECK(a.description == c.description);
        }
        if (interrupted) {
            settle(adopted);
        }
    }
    REQUIRE(total == m_attachments.size());
    // The bytes: this run's attachments (the interrupted one among them when it is there) and a few older ones.
    QList<qint64> read = m_runAttachments;
    read << sample(m_attachments.keys(), OlderSamples, rng);
    for (qint64 id : std::as_const(read)) {
        INFO("the bytes of attachment " << id << " (token " << text(m_attachments.value(id).token) << ")");
        const QByteArray data = value(cases.attachmentData(id), "attachmentData");
        REQUIRE(sha256HexOf(data) == sha256HexOf(attachmentContent(m_attachments.value(id).token).data));
        ++m_outcomes.attachmentBytesChecked;
    }
}

QString CaseLedger::summary() const
{
    qsizetype versions = 0;
    for (const NoteRecord& r : m_notes) {
        versions += r.versions.size();
    }
    static const char* const names[] = {"person", "note", "correction", "consent", "attachment"};
    QStringList inFlight;
    for (int k = 0; k < CaseOutcomes::KindCount; ++k) {
        inFlight << QStringLiteral("%1 %2 (there whole %3)")
                        .arg(QLatin1String(names[k]))
                        .arg(m_outcomes.inFlight[k])
                        .arg(m_outcomes.inFlightPresent[k]);
    }
    return QStringLiteral("%1 people, %2 notes in %3 versions, %4 consents, %5 attachments; killed during: %6; "
                          "%7 searches checked, %8 person files opened, %9 attachments hashed")
        .arg(m_people.size())
        .arg(m_notes.size())
        .arg(versions)
        .arg(m_consents.size())
        .arg(m_attachments.size())
        .arg(inFlight.join(QStringLiteral(", ")))
        .arg(m_outcomes.searchesChecked)
        .arg(m_outcomes.filesOpened)
        .arg(m_outcomes.attachmentBytesChecked);
}

} // namespace abri::crash
