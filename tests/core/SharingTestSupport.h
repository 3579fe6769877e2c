#pragma once

// Shared by the sharing-gate, ledger and authority-request tests: a vault with staff, a person with every field
// set, partners and agreements written straight into the database (so these tests do not depend on the partners
// service's own rules), consents and requests from authorities.

#include "PeopleTestSupport.h"
#include "cases/CaseFilesPrivate.h"
#include "sharing/Sharing.h"

#include <catch2/catch.hpp>

#include <set>

namespace abri::test {

inline QDate todayOf(const Fixture& f)
{
    return f.clock.nowUtc().toLocalTime().date();
}

inline void runSql(Vault& v, const char* sql)
{
    auto st = v.database().exec(sql);
    INFO((st ? QString() : st.error().message()).toStdString());
    REQUIRE(st.ok());
}

inline qint64 insertPartner(Vault& v, const QString& name, Sector sector)
{
    auto st = v.database().prepare("INSERT INTO partners(name, name_key, sector, created_by, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');");
    REQUIRE(st.ok());
    st->bind(1, name).bind(2, cases::fold(name)).bind(3, sectorId(sector));
    REQUIRE(st->run().ok());
    return v.database().lastInsertId();
}

// status: the stored one (active, suspended, lapsed); renewal: invalid for none.
inline qint64 insertAgreement(Vault& v, qint64 partnerId, const std::set<Category>& categories,
                              const char* status = "active", const QDate& renewal = {})
{
    QStringList ids;
    for (Category c : categories) {
        ids << categoryId(c);
    }
    auto st = v.database().prepare("INSERT INTO agreements(partner_id, kind, renewal_on, agreed_by, agreed_on, "
                                   "categories, status, created_by, created_at, updated_at) VALUES (?, 'informal', ?, "
                                   "'Someone', '2025-01-01', ?, ?, 1, '2025-01-01T00:00:00.000Z', "
                                   "'2025-01-01T00:00:00.000Z');");
    REQUIRE(st.ok());
    st->bind(1, partnerId);
    if (renewal.isValid()) {
        st->bind(2, cases::isoDate(renewal));
    } else {
        st->bindNull(2);
    }
    st->bind(3, ids.join(QLatin1Char(','))).bind(4, QString::fromLatin1(status));
    REQUIRE(st->run().ok());
    return v.database().lastInsertId();
}

inline std::set<Category> allCategories()
{
    return {std::begin(AllCategories), std::end(AllCategories)};
}

inline qint64 addConsent(Vault& v, qint64 personId, ConsentScope scope, const QString& recipient, qint64 partnerId,
                         const QString& purpose, const QDate& givenOn, const QDate& expiresOn = {})
{
    ConsentDraft d;
    d.scope = scope;
    d.recipient = recipient;
    d.partnerId = partnerId;
    d.purpose = purpose;
    d.givenOn = givenOn;
    d.expiresOn = expiresOn;
    auto id = CaseFiles(v).addConsent(personId, d);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

inline AuthorityRequestDraft authorityDraft(const QDate& receivedOn, qint64 personId = 0)
{
    AuthorityRequestDraft d;
    d.kind = AuthorityKind::Police;
    d.requester = QStringLiteral("Commissariat central");
    d.receivedOn = receivedOn;
    d.legalBasis = QStringLiteral("Article 60");
    d.requested = QStringLiteral("Phone number of the person");
    d.personId = personId;
    return d;
}

// A request whose decision (partly) is recorded: only such a request may be answered.
inline AuthorityRequestDraft decidedAuthorityDraft(const QDate& day, qint64 personId = 0)
{
    AuthorityRequestDraft d = authorityDraft(day, personId);
    d.decision = AuthorityDecision::Partly;
    d.decidedOn = day;
    return d;
}

inline const QString& medicalPurpose()
{
    static const QString purpose = QStringLiteral("Medical follow-up");
    return purpose;
}

// A vault with one person (every field set), staff of every role, and three partners without agreements.
struct SharingWorld
{
    Fixture f;
    qint64 person = 0;
    qint64 clinic = 0;  // "Clinique Sud", health sector
    qint64 lawyers = 0; // "Avocats Unis", legal sector
    qint64 other = 0;   // "Autre Asso", other sector

    SharingWorld()
    {
        addStaff(f);
        // Straight into the database: no role may write every category, and the gate must see them all.
        Database& db = f.vault->database();
        auto code = cases::newPersonCode(db);
        REQUIRE(code.ok());
        auto id = cases::insertPerson(db, fullDraft(), code.value(), f.vault->currentUser().id, f.clock.nowUtc());
        REQUIRE(id.ok());
        person = id.value();
        clinic = insertPartner(*f.vault, QStringLiteral("Clinique Sud"), Sector::Health);
        lawyers = insertPartner(*f.vault, QStringLiteral("Avocats Unis"), Sector::Legal);
        other = insertPartner(*f.vault, QStringLiteral("Autre Asso"), Sector::Other);
    }
    Vault& v() { return *f.vault; }
    QDate today() const { return todayOf(f); }

    SharingRequest toPartner(qint64 partnerId, std::vector<SharedField> fields,
                             const QString& purpose = medicalPurpose()) const
    {
        SharingRequest r;
        r.personId = person;
        r.recipient.kind = RecipientKind::Partner;
        r.recipient.partnerId = partnerId;
        r.purpose = purpose;
        r.fields = std::move(fields);
        return r;
    }
    SharingRequest toPerson(std::vector<SharedField> fields) const
    {
        SharingRequest r;
        r.personId = person;
        r.recipient.kind = RecipientKind::Person;
        r.fields = std::move(fields);
        return r;
    }
    SharingRequest toAuthority(qint64 requestId, std::vector<SharedField> fields) const
    {
        SharingRequest r;
        r.personId = person;
        r.recipient.kind = RecipientKind::Authority;
        r.recipient.authorityRequestId = requestId;
        r.purpose = QStringLiteral("Answer to the request");
        r.fields = std::move(fields);
        return r;
    }
    // The usual basis for sharing with the clinic: a consent for the medical follow-up and an agreement for all.
    qint64 clinicConsentAndAgreement()
    {
        insertAgreement(v(), clinic, allCategories());
        return addConsent(v(), person, ConsentScope::ShareWithPartner, {}, clinic, medicalPurpose(),
                          today().addDays(-30));
    }
};

inline qint64 ledgerCount(Vault& v)
{
    return scalar(v, "SELECT COUNT(*) FROM disclosures;");
}

inline qint64 auditCount(Vault& v)
{
    return scalar(v, "SELECT COUNT(*) FROM audit;");
}

} // namespace abri::test
