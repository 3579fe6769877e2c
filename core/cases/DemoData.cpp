// The demo generator: fills a vault with fictional people, consents, follow-ups and notes through the same internal
// functions the service uses (so the demo data is shaped exactly like real data), in one transaction.
#include "cases/DemoData.h"

#include "cases/CaseFilesPrivate.h"
#include "cases/DemoVocabulary.h"
#include "sharing/PartnersSql.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <vector>

namespace abri {

using namespace cases;
using demo::DemoRandom;
using demo::Lang;

namespace {

// The alphabet of newPersonCode (CaseFilesCommon.cpp), so demo codes look like real ones.
constexpr char CodeAlphabet[] = "ACDEFGHJKMNPQRTUVWXY34679";
constexpr quint64 CodeBase = sizeof(CodeAlphabet) - 1;
constexpr quint64 CodeSpace = CodeBase * CodeBase * CodeBase * CodeBase * CodeBase * CodeBase;
static_assert(CodeBase == 25 && CodeSpace > static_cast<quint64>(DemoOptions::MaxPeople));

// i -> (a * i + b) mod 25^6 is a bijection when a shares no factor with 25^6 (a is not a multiple of 5): every
// person gets a different code without looking any up, and the codes still look scattered.
class CodeMaker
{
public:
    explicit CodeMaker(DemoRandom& rng)
        : m_a(rng.below(CodeSpace / 5) * 5 + 1 + rng.below(4)), m_b(rng.below(CodeSpace))
    {
    }

    QString code(quint64 index) const
    {
        quint64 x = (m_a % CodeSpace * (index % CodeSpace) + m_b) % CodeSpace;
        QString out(7, u'-');
        for (int pos = 6; pos >= 0; --pos) {
            if (pos == 3) {
                continue;
            }
            out[pos] = QLatin1Char(CodeAlphabet[x % CodeBase]);
            x /= CodeBase;
        }
        return out;
    }

private:
    quint64 m_a;
    quint64 m_b;
};

// Separate streams, so that the people of a seed stay the same whatever the number of notes.
constexpr quint64 NotesStream = 0x6E6F746573ULL;    // "notes"
constexpr quint64 FollowUpStream = 0x666F6C6C6FULL; // "follo"
constexpr int ProgressEvery = 256;
constexpr qint64 HistorySeconds = 3LL * 365 * 24 * 3600; // the oldest demo file is three years old

struct DemoPartnerRow
{
    qint64 id = 0;
    QString name;
    QString purpose;
};

struct Person
{
    qint64 id = 0;
    qint64 createdSecs = 0;
    qint64 workerId = 0;
    Lang lang = Lang::French;
    QString alias;
};

class Generator
{
public:
    Generator(Vault& vault, const DemoOptions& options, const DemoProgress& progress)
        : m_db(vault.database()), m_options(options), m_progress(progress), m_me(vault.currentUser().id),
          m_now(vault.clock().nowUtc()), m_today(m_now.toLocalTime().date())
    {
        m_total = static_cast<qint64>(options.people) + options.notes;
    }

    Status run(const std::vector<UserInfo>& users)
    {
        sortUsers(users);
        if (auto st = addPartners(); !st) {
            return st;
        }
        if (auto st = addPeople(); !st) {
            return st;
        }
        if (auto st = addFollowUps(users); !st) {
            return st;
        }
        return addNotes();
    }

private:
    void sortUsers(const std::vector<UserInfo>& users)
    {
        for (const UserInfo& u : users) {
            if (!u.active) {
                continue;
            }
            if (u.role == Role::Coordinator || u.role == Role::Caseworker) {
                m_workers.push_back(u.id);
            } else if (u.role == Role::ClinicIntake) {
                m_clinic.push_back(u.id);
            } else {
                m_legal.push_back(u.id);
            }
        }
        if (m_workers.empty()) {
            m_workers.push_back(m_me);
        }
    }

    static qint64 pickFrom(DemoRandom& rng, const std::vector<qint64>& ids, qint64 fallback)
    {
        return ids.empty() ? fallback : ids[rng.below(ids.size())];
    }

    QDateTime at(qint64 secs) const { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }
    QDate localDay(qint64 secs) const { return at(secs).toLocalTime().date(); }

    // Counts one row; false when the caller asked to stop.
    bool tick()
    {
        ++m_done;
        if (m_progress && (m_done % ProgressEvery == 0 || m_done == m_total)) {
            return m_progress(m_done, m_total);
        }
        return true;
    }

    static Error cancelled()
    {
        return Error(ErrorCode::Cancelled, DemoData::tr("The demo data was not added: it was cancelled. The vault "
                                                        "was left as it was."));
    }

    PersonDraft draftFor(DemoRandom& rng, Person& p)
    {
        PersonDraft d;
        d.alias = p.alias;
        d.hideName = rng.percent(3);
        d.pronouns = demo::pronouns(rng, p.lang);
        d.languages = demo::languages(rng, p.lang);
        d.tags = demo::tags(rng, p.lang);
        for (RiskFlag flag : AllRiskFlags) {
            if (rng.percent(2.5)) {
                d.flags.push_back(flag);
            }
        }
        const quint64 status = rng.below(100);
        d.status = status < 76 ? PersonStatus::Active : status < 93 ? PersonStatus::Inactive : PersonStatus::Closed;
        if (d.status == PersonStatus::Closed) {
            d.closedReason = demo::closedReason(rng, p.lang);
        }
        p.workerId = rng.percent(85) ? pickFrom(rng, m_workers, 0) : 0;
        d.workerId = p.workerId;
        if (rng.percent(30)) {
            d.legalName = demo::legalName(rng, p.alias);
            d.idNumbers = rng.percent(50) ? demo::idNumbers(rng, p.lang) : QString();
        }
        if (rng.percent(60)) {
            d.birth = demo::birth(rng);
        }
        d.contacts = demo::contacts(rng, p.lang, p.alias);
        if (rng.percent(20)) {
            d.emergencyContact = demo::emergencyContact(rng, p.lang);
        }
        if (rng.percent(40)) {
            d.location = demo::location(rng, p.lang);
        }
        if (rng.percent(15)) {
            d.healthSummary = demo::healthSummary(rng, p.lang);
        }
        if (rng.percent(10)) {
            d.legalSummary = demo::legalSummary(rng, p.lang);
        }
        if (rng.percent(5)) {
            d.shelterAddress = demo::shelterAddress(rng, p.lang);
        }
        if (!d.flags.empty() || rng.percent(2)) {
            d.riskDetails = demo::riskDetails(rng, p.lang);
        }
        return d;
    }

    Status addConsents(DemoRandom& rng, const Person& p)
    {
        const int count = rng.percent(35) ? rng.between(1, 2) : 0;
        const QDate created = localDay(p.createdSecs);
        for (int i = 0; i < count; ++i) {
            ConsentDraft c;
            c.scope = AllConsentScopes[rng.below(std::size(AllConsentScopes))];
            c.recipient = demo::consentRecipient(rng, p.lang, c.scope);
            c.purpose = demo::consentPurpose(rng, p.lang, c.scope);
            if (c.scope == ConsentScope::ShareWithPartner) {
                // The typed names of the vocabulary are those of the demo partners: name the partner itself.
                if (const DemoPartnerRow* partner = partnerNamed(c.recipient)) {
                    c.partnerId = partner->id;
                    c.purpose = partner->purpose;
                }
            }
            c.givenOn =
                created.addDays(static_cast<qint64>(rng.below(static_cast<quint64>(created.daysTo(m_today)) + 1)));
            const quint64 expiry = rng.below(100);
            if (expiry < 15) {
                c.expiresOn = m_today.addDays(rng.between(1, 30)); // shows on the "expiring" lists
            } else if (expiry < 60) {
                c.expiresOn = c.givenOn.addYears(1); // some of these have expired already
            }
            c.method = rng.percent(40) ? ConsentMethod::Signed : ConsentMethod::Spoken;
            auto id = insertConsent(m_db, p.id, c, pickFrom(rng, m_workers, m_me), at(p.createdSecs));
            if (!id) {
                return id.error();
            }
            if (rng.percent(6)) {
                const QDate revoked = c.givenOn.addDays(
                    static_cast<qint64>(rng.below(static_cast<quint64>(c.givenOn.daysTo(m_today)) + 1)));
                if (auto st = markConsentRevoked(id.value(), revoked); !st) {
                    return st;
                }
            }
        }
        return {};
    }

    // The first person can be shared with a clinic at once: a demo user finds a printable case without searching.
    // No random draws, so the people of a seed stay the same.
    Status addShowcaseConsent(const Person& p)
    {
        const DemoPartnerRow* clinic =
            partnerNamed(p.lang == Lang::French ? QStringLiteral("Clinique Exemple (fictif)")
                                                : QStringLiteral("Example Clinic (fictional)"));
        if (clinic == nullptr) {
            return {};
        }
        ConsentDraft c;
        c.scope = ConsentScope::ShareWithPartner;
        c.recipient = clinic->name;
        c.partnerId = clinic->id;
        c.purpose = clinic->purpose;
        c.givenOn = localDay(p.createdSecs);
        c.method = ConsentMethod::Signed;
        return statusOf(insertConsent(m_db, p.id, c, m_me, at(p.createdSecs)));
    }

    static Status statusOf(const Result<qint64>& r) { return r ? Status() : Status(r.error()); }

    const DemoPartnerRow* partnerNamed(const QString& name) const
    {
        for (const DemoPartnerRow& row : m_partners) {
            if (row.name == name) {
                return &row;
            }
        }
        return nullptr;
    }

    // A few fictional partners with agreements in every state, through the service's own SQL. Skipped when the vault
    // has partners already (their names could clash); consents then keep typed recipients.
    Status addPartners()
    {
        auto existing = m_db.prepare("SELECT EXISTS(SELECT 1 FROM partners);");
        if (!existing) {
            return existing.error();
        }
        if (!existing->step()) {
            return m_db.lastError(ErrorCode::Database);
        }
        if (existing->int64(0) != 0) {
            return {};
        }
        for (const demo::DemoPartner& partner : demo::partners(m_today)) {
            if (auto st = sharing::validatePartner(partner.draft); !st) {
                return st;
            }
            auto id = sharing::insertPartner(m_db, partner.draft, m_me, m_now);
            if (!id) {
                return id.error();
            }
            if (partner.agreement) {
                if (auto st = sharing::validateAgreement(*partner.agreement, m_today); !st) {
                    return st;
                }
                if (auto a = sharing::insertAgreement(m_db, id.value(), *partner.agreement, m_me, m_now); !a) {
                    return a.error();
                }
            }
            m_partners.push_back({id.value(), partner.draft.name, partner.purpose});
        }
        return {};
    }

    // The internal API records consents as given; revoking is a separate change, as in the service.
    Status markConsentRevoked(qint64 consentId, const QDate& day)
    {
        if (!m_revoke) {
            auto st = m_db.prepare("UPDATE consents SET revoked_on = ? WHERE id = ?;");
            if (!st) {
                return st.error();
            }
            m_revoke = std::make_unique<Statement>(std::move(st).value());
        }
        m_revoke->reset();
        m_revoke->bind(1, isoDate(day)).bind(2, consentId);
        return m_revoke->run();
    }

    Status addPeople()
    {
        DemoRandom rng(m_options.seed);
        const CodeMaker codes(rng);
        m_people.reserve(static_cast<std::size_t>(m_options.people));
        const qint64 nowSecs = m_now.toSecsSinceEpoch();
        for (int i = 0; i < m_options.people; ++i) {
            Person p;
            p.lang = rng.percent(60) ? Lang::French : Lang::English;
            p.alias = demo::alias(rng);
            p.createdSecs = nowSecs - static_cast<qint64>(rng.below(HistorySeconds));
            const PersonDraft draft = draftFor(rng, p);
            auto id = insertPerson(m_db, draft, codes.code(static_cast<quint64>(i)), m_me, at(p.createdSecs));
            if (!id) {
                return id.error();
            }
            p.id = id.value();
            if (auto st = addConsents(rng, p); !st) {
                return st;
            }
            if (i == 0) {
                if (auto st = addShowcaseConsent(p); !st) {
                    return st;
                }
            }
            m_people.push_back(std::move(p));
            if (!tick()) {
                return cancelled();
            }
        }
        return {};
    }

    Status addFollowUp(DemoRandom& rng, const Person& p, const QDate& due, qint64 owner, bool done)
    {
        auto id = insertFollowUp(m_db, p.id, demo::followUpTitle(rng, p.lang), due, owner, owner, at(p.createdSecs));
        if (!id) {
            return id.error();
        }
        if (!done) {
            return {};
        }
        auto st = m_db.prepare("UPDATE followups SET done_at = ?, done_by = ? WHERE id = ?;");
        if (!st) {
            return st.error();
        }
        st->bind(1, isoUtc(m_now)).bind(2, owner).bind(3, id.value());
        return st->run();
    }

    Status addFollowUps(const std::vector<UserInfo>& users)
    {
        DemoRandom rng(m_options.seed ^ FollowUpStream);
        const auto anyPerson = [&]() -> const Person& { return m_people[rng.below(m_people.size())]; };
        // Every user finds something on the Today page: two due today, three overdue.
        for (const UserInfo& u : users) {
            if (!u.active) {
                continue;
            }
            for (int i = 0; i < 5; ++i) {
                const QDate due = i < 2 ? m_today : m_today.addDays(-rng.between(1, 10));
                if (auto st = addFollowUp(rng, anyPerson(), due, u.id, false); !st) {
                    return st;
                }
            }
        }
        for (const Person& p : m_people) {
            if (!rng.percent(8)) {
                continue;
            }
            const QDate due = m_today.addDays(rng.between(-15, 30));
            const qint64 owner = p.workerId != 0 ? p.workerId : pickFrom(rng, m_workers, m_me);
            if (auto st = addFollowUp(rng, p, due, owner, due < m_today && rng.percent(30)); !st) {
                return st;
            }
        }
        return {};
    }

    Status addNotes()
    {
        if (m_people.empty()) {
            return {};
        }
        DemoRandom rng(m_options.seed ^ NotesStream);
        const qint64 nowSecs = m_now.toSecsSinceEpoch();
        const quint64 busyCount = std::max<quint64>(1, m_people.size() / 7);
        for (int i = 0; i < m_options.notes; ++i) {
            // A few people have long histories: 40% of the notes go to one person in seven.
            const quint64 index =
                rng.percent(40) ? rng.below(busyCount) * 7 % m_people.size() : rng.below(m_people.size());
            const Person& p = m_people[index];
            NoteDraft draft;
            const quint64 kind = rng.below(100);
            draft.kind = kind < 50   ? NoteKind::Contact
                         : kind < 75 ? NoteKind::Visit
                         : kind < 85 ? NoteKind::Incident
                                     : NoteKind::FollowUp;
            const quint64 category = rng.below(100);
            qint64 author = p.workerId != 0 && rng.percent(70) ? p.workerId : pickFrom(rng, m_workers, m_me);
            if (category < 8) {
                draft.category = Category::Health;
                author = pickFrom(rng, m_clinic, author);
            } else if (category < 16) {
                draft.category = Category::Legal;
                author = pickFrom(rng, m_legal, author);
            } else if (category < 21) {
                draft.category = Category::Location;
            } else if (category < 25) {
                draft.category = Category::Risk;
            }
            draft.body = demo::noteBody(rng, p.lang, draft.kind, draft.category, p.alias);
            const qint64 created =
                p.createdSecs +
                static_cast<qint64>(rng.below(static_cast<quint64>(std::max<qint64>(1, nowSecs - p.createdSecs))));
            if (auto id = insertNote(m_db, p.id, draft, author, at(created)); !id) {
                return id.error();
            }
            if (!tick()) {
                return cancelled();
            }
        }
        return {};
    }

    Database& m_db;
    const DemoOptions& m_options;
    const DemoProgress& m_progress;
    qint64 m_me;
    QDateTime m_now;
    QDate m_today;
    qint64 m_done = 0;
    qint64 m_total = 0;
    std::vector<qint64> m_workers; // coordinators and caseworkers: assigned workers, authors of general notes
    std::vector<qint64> m_clinic;  // authors of health notes
    std::vector<qint64> m_legal;   // authors of legal notes
    std::vector<Person> m_people;
    std::vector<DemoPartnerRow> m_partners;
    std::unique_ptr<Statement> m_revoke;
};

Status validateOptions(const DemoOptions& options)
{
    if (options.people < 1 || options.people > DemoOptions::MaxPeople) {
        return Error(ErrorCode::InvalidArgument,
                     DemoData::tr("The number of demo people must be between 1 and %1.").arg(DemoOptions::MaxPeople));
    }
    if (options.notes < 0 || options.notes > DemoOptions::MaxNotes) {
        return Error(ErrorCode::InvalidArgument,
                     DemoData::tr("The number of demo notes must be between 0 and %1.").arg(DemoOptions::MaxNotes));
    }
    return {};
}

Result<bool> hasPeople(Database& db)
{
    auto st = db.prepare("SELECT EXISTS(SELECT 1 FROM people);");
    if (!st) {
        return st.error();
    }
    if (!st->step()) {
        return db.lastError(ErrorCode::Database);
    }
    return st->int64(0) != 0;
}

Result<qint64> pragmaValue(Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    if (!st->step()) {
        return db.lastError(ErrorCode::Database);
    }
    return st->int64(0);
}

} // namespace

Status fillDemo(Vault& vault, const DemoOptions& options, const DemoProgress& progress)
{
    if (auto st = vault.requireWriter(); !st) {
        return st;
    }
    if (auto st = vault.requireCoordinator(); !st) {
        return st;
    }
    if (auto st = validateOptions(options); !st) {
        return st;
    }
    auto users = vault.users();
    if (!users) {
        return users.error();
    }
    Database& db = vault.database();
    auto existing = hasPeople(db);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error(ErrorCode::InvalidArgument, DemoData::tr("This vault already has people. Demo data is only added "
                                                              "to a new, empty vault; nothing was changed."));
    }
    // A large page cache keeps the indexes in memory while a million rows go in; restored afterwards.
    const auto cacheSize = pragmaValue(db, "PRAGMA cache_size;");
    static_cast<void>(db.exec("PRAGMA cache_size = -262144;"));
    Status result;
    {
        // One transaction: a failure or a cancel leaves nothing half-filled (notes cannot be deleted afterwards).
        Transaction tx(db);
        if (!tx.isActive()) {
            result = db.lastError(ErrorCode::Database);
        } else {
            Generator generator(vault, options, progress);
            result = generator.run(users.value());
            if (result) {
                auto st = db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES ('demo', '1');");
                result = st ? st->run() : Status(st.error());
            }
            if (result) {
                const QString detail = QStringLiteral("people=%1 notes=%2 seed=%3")
                                           .arg(options.people)
                                           .arg(options.notes)
                                           .arg(options.seed);
                result = vault.commitWithAudit(
                    tx, {AuditRecord{QStringLiteral("demo.fill"), QStringLiteral("vault"), QString(), detail}});
            }
        }
    }
    if (cacheSize) {
        const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(cacheSize.value()) + ";";
        static_cast<void>(db.exec(restore.constData()));
    }
    if (result) {
        // The write-ahead log now holds about the whole database; fold it in so the folder is not twice as big.
        static_cast<void>(db.checkpointTruncate());
    }
    return result;
}

bool isDemoVault(Vault& vault)
{
    if (!vault.requireOpen()) {
        return false;
    }
    auto st = vault.database().prepare("SELECT value FROM settings WHERE key = 'demo';");
    return st && st->step() && st->text(0) == QLatin1String("1");
}

QString demoPassphrase()
{
    return QStringLiteral("fictional demo people only");
}

QStringList demoUserNames()
{
    return {QStringLiteral("demo-coordinator"), QStringLiteral("demo-caseworker"), QStringLiteral("demo-legal"),
            QStringLiteral("demo-clinic")};
}

Result<Vault::Created> createDemoVault(const QString& path, const DemoOptions& options,
                                       const Vault::Options& vaultOptions, const DemoProgress& progress)
{
    if (auto st = validateOptions(options); !st) {
        return st.error();
    }
    const bool existed = QFileInfo::exists(path);
    const QStringList names = demoUserNames();
    SecureBuffer passphrase = SecureBuffer::fromUtf8(demoPassphrase());
    auto created = Vault::create(path, QStringLiteral("Demo"), names.at(0), passphrase, vaultOptions);
    if (!created) {
        return created.error();
    }
    Vault::Created result = std::move(created).value();
    Status st;
    for (qsizetype i = 1; i < names.size() && st; ++i) {
        auto added = result.vault->addUser(names.at(i), AllRoles[i], passphrase);
        if (!added) {
            st = added.error();
        }
    }
    passphrase.wipe();
    if (st) {
        st = fillDemo(*result.vault, options, progress);
    }
    if (!st) {
        // Nothing half-made stays behind: the folder was new (or empty) before.
        result.vault.reset();
        QDir(path).removeRecursively();
        if (existed) {
            QDir().mkpath(path);
        }
        return st.error();
    }
    return result;
}

QStringList demoNoteWords()
{
    return demo::searchWords();
}

} // namespace abri
