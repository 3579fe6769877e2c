// Partners and agreements: coordinators write, every role reads, every change audited without names, agreement
// status computed from the renewal date, documents kept inside the vault and checked when read.
#include "sharing/Partners.h"
// The rest in the usual order.
#include "PeopleTestSupport.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {

QDate today(const Fixture& f)
{
    return f.clock.nowUtc().toLocalTime().date();
}

PartnerDraft partnerDraft(const QString& name, Sector sector = Sector::Health)
{
    PartnerDraft d;
    d.name = name;
    d.sector = sector;
    d.services = QStringLiteral("Walk-in testing, PrEP");
    d.languages = {QStringLiteral("French"), QStringLiteral("Portuguese")};
    d.address = QStringLiteral("1 Example Street");
    d.hours = QStringLiteral("Mon-Fri 9-17");
    d.contacts = {{QStringLiteral("Dr Sample"), QStringLiteral("intake nurse"), QStringLiteral("01 99 00 12 34"),
                   QStringLiteral("Signal on the same number")},
                  {QStringLiteral("Front Desk"), QString(), QStringLiteral("01 99 00 12 35"), QString()}};
    d.notes = QStringLiteral("Ask for the intake nurse.");
    return d;
}

AgreementDraft formal(const QDate& signedOn, const QDate& renewalOn, std::set<Category> categories = {})
{
    AgreementDraft d;
    d.kind = AgreementKind::Formal;
    d.signedOn = signedOn;
    d.renewalOn = renewalOn;
    d.categories = std::move(categories);
    return d;
}

AgreementDraft informal(const QDate& agreedOn, const QString& agreedBy = QStringLiteral("Director Sample"))
{
    AgreementDraft d;
    d.kind = AgreementKind::Informal;
    d.agreedBy = agreedBy;
    d.agreedOn = agreedOn;
    return d;
}

qint64 createPartner(Vault& v, const PartnerDraft& draft)
{
    auto id = Partners(v).createPartner(draft);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 addAgreement(Vault& v, qint64 partnerId, const AgreementDraft& draft)
{
    auto id = Partners(v).addAgreement(partnerId, draft);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 rows(Vault& v, const char* table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table + ";";
    return scalar(v, sql.constData());
}

void requireInvalidNothingSaved(const Status& st)
{
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code() == ErrorCode::InvalidArgument);
    INFO(st.error().message().toStdString());
    CHECK(st.error().message().endsWith(QLatin1String("Nothing was saved.")));
}

template <typename T>
Status statusOf(const Result<T>& r)
{
    return r ? Status() : Status(r.error());
}

QByteArray pdf(char fill = 'x')
{
    return QByteArray("%PDF-1.7\n") + QByteArray(500, fill) + QByteArray("\n%%EOF\n");
}

std::vector<QString> summaryNames(const std::vector<PartnerSummary>& list)
{
    std::vector<QString> out;
    for (const PartnerSummary& s : list) {
        out.push_back(s.name);
    }
    return out;
}

std::vector<QString> listNames(Vault& v, const PartnerFilter& filter)
{
    auto list = Partners(v).listPartners(filter);
    REQUIRE(list.ok());
    return summaryNames(list.value());
}

} // namespace

TEST_CASE("partners_create_readBackEverythingAndAuditWithoutNames", "[sharing][partners]")
{
    Fixture f;
    const PartnerDraft draft = partnerDraft(QStringLiteral("Clinique Étoile (demo)"));
    const qint64 id = createPartner(*f.vault, draft);
    auto p = Partners(*f.vault).partner(id);
    REQUIRE(p.ok());
    CHECK(p->id == id);
    CHECK(p->name == draft.name);
    CHECK(p->sector == Sector::Health);
    CHECK(p->services == draft.services);
    CHECK(p->languages == draft.languages);
    CHECK(p->address == draft.address);
    CHECK(p->hours == draft.hours);
    CHECK(p->contacts == draft.contacts);
    CHECK(p->notes == draft.notes);
    CHECK(p->publicKey.isEmpty());
    CHECK(p->createdAt == f.clock.nowUtc());
    CHECK(p->updatedAt == f.clock.nowUtc());
    const PartnerDraft back = p->toDraft();
    CHECK(back.name == draft.name);
    CHECK(back.contacts == draft.contacts);
    // Stored as the schema says: languages joined by new lines, contacts by position, the folded name as key.
    CHECK(text(*f.vault, "SELECT languages FROM partners WHERE id = ?;", id) == QStringLiteral("French\nPortuguese"));
    CHECK(text(*f.vault, "SELECT name_key FROM partners WHERE id = ?;", id) ==
          QStringLiteral("clinique etoile (demo)"));
    CHECK(text(*f.vault, "SELECT name FROM partner_contacts WHERE partner_id = ? AND position = 1;", id) ==
          QStringLiteral("Front Desk"));
    const auto entries = auditOf(*f.vault, QStringLiteral("partner.create"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().objectType == QStringLiteral("partner"));
    CHECK(entries.front().objectId == QString::number(id));
    CHECK(entries.front().detail == QStringLiteral("health"));
}

TEST_CASE("partners_update_replacesFieldsAndContactsAndIsAudited", "[sharing][partners]")
{
    Fixture f;
    const qint64 id = createPartner(*f.vault, partnerDraft(QStringLiteral("Legal Aid Sample")));
    PartnerDraft changed = partnerDraft(QStringLiteral("  Legal Aid Sample (renamed)  "), Sector::Legal);
    changed.contacts = {{QStringLiteral("Only One"), QStringLiteral("lawyer"), QString(), QString()}};
    changed.languages = {QStringLiteral(" English "), QString(), QStringLiteral("Romanian")};
    f.clock.advanceSeconds(60);
    REQUIRE(Partners(*f.vault).updatePartner(id, changed).ok());
    auto p = Partners(*f.vault).partner(id);
    REQUIRE(p.ok());
    CHECK(p->name == QStringLiteral("Legal Aid Sample (renamed)"));
    CHECK(p->sector == Sector::Legal);
    CHECK(p->contacts == changed.contacts);
    CHECK(p->languages == QStringList{QStringLiteral("English"), QStringLiteral("Romanian")});
    CHECK(p->updatedAt == f.clock.nowUtc());
    CHECK(p->createdAt != p->updatedAt);
    CHECK(scalar(*f.vault, "SELECT count(*) FROM partner_contacts WHERE partner_id = ?;", id) == 1);
    const auto entries = auditOf(*f.vault, QStringLiteral("partner.update"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().objectId == QString::number(id));
    CHECK(entries.front().detail == QStringLiteral("legal"));

    auto missing = Partners(*f.vault).updatePartner(id + 100, changed);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::NotFound);
    CHECK(Partners(*f.vault).partner(id + 100).error().code() == ErrorCode::NotFound);
}

TEST_CASE("partners_invalidDraft_refusedNothingSaved", "[sharing][partners]")
{
    Fixture f;
    struct Case
    {
        const char* what;
        PartnerDraft draft;
    };
    std::vector<Case> cases;
    const auto with = [&](const char* what, auto change) {
        PartnerDraft d = partnerDraft(QStringLiteral("Valid Name"));
        change(d);
        cases.push_back({what, d});
    };
    with("no name", [](PartnerDraft& d) { d.name.clear(); });
    with("only spaces", [](PartnerDraft& d) { d.name = QStringLiteral("   "); });
    with("name over 200", [](PartnerDraft& d) { d.name = QString(201, u'n'); });
    with("services over 2000", [](PartnerDraft& d) { d.services = QString(2001, u's'); });
    with("address over 2000", [](PartnerDraft& d) { d.address = QString(2001, u'a'); });
    with("hours over 2000", [](PartnerDraft& d) { d.hours = QString(2001, u'h'); });
    with("notes over 20000", [](PartnerDraft& d) { d.notes = QString(20001, u'x'); });
    with("language with a line break", [](PartnerDraft& d) { d.languages << QStringLiteral("French\nEnglish"); });
    with("language over 200", [](PartnerDraft& d) { d.languages << QString(201, u'l'); });
    with("51 languages", [](PartnerDraft& d) {
        for (int i = 0; i < 51; ++i) {
            d.languages << QStringLiteral("L%1").arg(i);
        }
    });
    with("contact without a name", [](PartnerDraft& d) {
        d.contacts.push_back({QString(), {}, QStringLiteral("1"), {}});
    });
    with("contact phone over 200", [](PartnerDraft& d) { d.contacts.front().phone = QString(201, u'1'); });
    with("51 contacts", [](PartnerDraft& d) {
        d.contacts.assign(51, PartnerContact{QStringLiteral("Someone"), {}, {}, {}});
    });
    for (const Case& c : cases) {
        INFO(c.what);
        requireInvalidNothingSaved(statusOf(Partners(*f.vault).createPartner(c.draft)));
    }
    CHECK(rows(*f.vault, "partners") == 0);
    CHECK(rows(*f.vault, "partner_contacts") == 0);
    CHECK(auditOf(*f.vault, QStringLiteral("partner.create")).empty());

    // The same drafts cannot overwrite a partner either.
    const PartnerDraft original = partnerDraft(QStringLiteral("Kept As Is"));
    const qint64 id = createPartner(*f.vault, original);
    for (const Case& c : cases) {
        INFO(c.what);
        requireInvalidNothingSaved(Partners(*f.vault).updatePartner(id, c.draft));
    }
    auto p = Partners(*f.vault).partner(id);
    REQUIRE(p.ok());
    CHECK(p->name == original.name);
    CHECK(p->contacts == original.contacts);
    CHECK(auditOf(*f.vault, QStringLiteral("partner.update")).empty());
    // The limits themselves are allowed.
    PartnerDraft edge = partnerDraft(QString(200, u'e'));
    edge.services = QString(2000, u's');
    edge.contacts.assign(50, PartnerContact{QStringLiteral("Someone"), {}, QString(200, u'1'), {}});
    CHECK(Partners(*f.vault).createPartner(edge).ok());
}

TEST_CASE("partners_duplicateName_caseAndAccentsIgnored_refused", "[sharing][partners]")
{
    Fixture f;
    const qint64 first = createPartner(*f.vault, partnerDraft(QStringLiteral("Clinique Étoile")));
    const qint64 second = createPartner(*f.vault, partnerDraft(QStringLiteral("Another Partner")));
    for (const char* name : {"Clinique Étoile", "clinique etoile", "  CLINIQUE ÉTOILE  ", "Clinique Etoilé"}) {
        INFO(name);
        auto dup = Partners(*f.vault).createPartner(partnerDraft(QString::fromUtf8(name)));
        requireInvalidNothingSaved(statusOf(dup));
        CHECK(dup.error().message().contains(QLatin1String("already has this name")));
        requireInvalidNothingSaved(Partners(*f.vault).updatePartner(second, partnerDraft(QString::fromUtf8(name))));
    }
    CHECK(rows(*f.vault, "partners") == 2);
    CHECK(Partners(*f.vault).partner(second)->name == QStringLiteral("Another Partner"));
    // A partner may keep its own name in other capitals.
    REQUIRE(Partners(*f.vault).updatePartner(first, partnerDraft(QStringLiteral("CLINIQUE ÉTOILE"))).ok());
    CHECK(Partners(*f.vault).partner(first)->name == QStringLiteral("CLINIQUE ÉTOILE"));
}

TEST_CASE("partners_publicKey_setShownByFingerprintAndRemoved", "[sharing][partners]")
{
    Fixture f;
    const qint64 id = createPartner(*f.vault, partnerDraft(QStringLiteral("Keyed Partner")));
    const QString hex = QStringLiteral("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
    REQUIRE(Partners(*f.vault).setPublicKey(id, hex).ok());
    auto p = Partners(*f.vault).partner(id);
    REQUIRE(p.ok());
    CHECK(p->publicKey == QByteArray::fromHex(hex.toLatin1()));
    auto entries = auditOf(*f.vault, QStringLiteral("partner.key"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().objectId == QString::number(id));
    CHECK(entries.front().detail == QStringLiteral("441E DC56 CEBC 8E28 5D02 267A A650 819F"));

    // A bad key is refused and the stored one stays.
    auto bad = Partners(*f.vault).setPublicKey(id, hex.left(62));
    requireInvalidNothingSaved(bad);
    CHECK(Partners(*f.vault).partner(id)->publicKey == QByteArray::fromHex(hex.toLatin1()));
    CHECK(auditOf(*f.vault, QStringLiteral("partner.key")).size() == 1);
    CHECK(Partners(*f.vault).setPublicKey(id + 50, hex).error().code() == ErrorCode::NotFound);

    REQUIRE(Partners(*f.vault).setPublicKey(id, QStringLiteral("  \n")).ok());
    CHECK(Partners(*f.vault).partner(id)->publicKey.isEmpty());
    CHECK(scalar(*f.vault, "SELECT public_key IS NULL FROM partners WHERE id = ?;", id) == 1);
    entries = auditOf(*f.vault, QStringLiteral("partner.key"));
    REQUIRE(entries.size() == 2);
    CHECK(entries.front().detail == QStringLiteral("removed"));
}

TEST_CASE("agreements_formalAndInformal_roundTripNewestFirst", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Health Partner")));
    AgreementDraft mou = formal(day.addDays(-100), day.addYears(1), {Category::Contact, Category::Health});
    mou.conductSigned = true;
    mou.conductSignedOn = day.addDays(-99);
    mou.notes = QStringLiteral("Signed by both directors.");
    const qint64 formalId = addAgreement(*f.vault, partner, mou);
    AgreementDraft spoken = informal(day.addDays(-10));
    spoken.categories = {Category::Legal};
    spoken.conductSigned = false;
    spoken.conductSignedOn = day; // ignored without conductSigned
    const qint64 informalId = addAgreement(*f.vault, partner, spoken);

    auto list = Partners(*f.vault).agreements(partner);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == informalId);
    CHECK(list->at(1).id == formalId);
    auto a = Partners(*f.vault).agreement(formalId);
    REQUIRE(a.ok());
    CHECK(a->partnerId == partner);
    CHECK(a->partnerName == QStringLiteral("Health Partner"));
    CHECK(a->kind == AgreementKind::Formal);
    CHECK(a->signedOn == mou.signedOn);
    CHECK(a->renewalOn == mou.renewalOn);
    CHECK(a->categories == mou.categories);
    CHECK(a->conductSigned);
    CHECK(a->conductSignedOn == mou.conductSignedOn);
    CHECK(a->storedStatus == AgreementStatus::Active);
    CHECK(a->notes == mou.notes);
    CHECK(a->documentName.isEmpty());
    CHECK_FALSE(a->documentType.has_value());
    CHECK(text(*f.vault, "SELECT categories FROM agreements WHERE id = ?;", formalId) ==
          QStringLiteral("contact,health"));
    const AgreementDraft back = a->toDraft();
    CHECK(back.kind == mou.kind);
    CHECK(back.signedOn == mou.signedOn);
    CHECK(back.categories == mou.categories);
    CHECK(back.status == AgreementStatus::Active);
    auto b = Partners(*f.vault).agreement(informalId);
    REQUIRE(b.ok());
    CHECK(b->agreedBy == QStringLiteral("Director Sample"));
    CHECK(b->agreedOn == spoken.agreedOn);
    CHECK_FALSE(b->signedOn.isValid());
    CHECK_FALSE(b->conductSignedOn.isValid());

    // Changing the kind leaves nothing of the other kind behind.
    REQUIRE(Partners(*f.vault).updateAgreement(informalId, formal(day.addDays(-5), QDate(), {Category::Legal})).ok());
    b = Partners(*f.vault).agreement(informalId);
    REQUIRE(b.ok());
    CHECK(b->kind == AgreementKind::Formal);
    CHECK(b->agreedBy.isEmpty());
    CHECK_FALSE(b->agreedOn.isValid());
    CHECK_FALSE(b->renewalOn.isValid());

    const auto created = auditOf(*f.vault, QStringLiteral("agreement.create"));
    REQUIRE(created.size() == 2);
    CHECK(created.back().objectType == QStringLiteral("agreement"));
    CHECK(created.back().objectId == QString::number(formalId));
    CHECK(created.back().detail == QStringLiteral("partner=%1 formal active contact,health").arg(partner));
    const auto updated = auditOf(*f.vault, QStringLiteral("agreement.update"));
    REQUIRE(updated.size() == 1);
    CHECK(updated.front().detail == QStringLiteral("partner=%1 formal active legal").arg(partner));

    CHECK(Partners(*f.vault).agreements(partner + 9).error().code() == ErrorCode::NotFound);
    CHECK(Partners(*f.vault).agreement(informalId + 9).error().code() == ErrorCode::NotFound);
}

TEST_CASE("agreements_invalidDraft_refusedNothingSaved", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Partner")));
    struct Case
    {
        const char* what;
        AgreementDraft draft;
    };
    std::vector<Case> cases;
    const auto with = [&](const char* what, AgreementDraft base, auto change) {
        change(base);
        cases.push_back({what, base});
    };
    const AgreementDraft goodFormal = formal(day.addDays(-10), day.addDays(300));
    const AgreementDraft goodInformal = informal(day.addDays(-10));
    with("formal without signing date", goodFormal, [](AgreementDraft& d) { d.signedOn = QDate(); });
    with("formal signed tomorrow", goodFormal, [&](AgreementDraft& d) { d.signedOn = day.addDays(1); });
    with("renewal before signing", goodFormal, [&](AgreementDraft& d) { d.renewalOn = day.addDays(-11); });
    with("renewal on the signing day", goodFormal, [&](AgreementDraft& d) { d.renewalOn = d.signedOn; });
    with("informal without who", goodInformal, [](AgreementDraft& d) { d.agreedBy = QStringLiteral("  "); });
    with("informal who over 200", goodInformal, [](AgreementDraft& d) { d.agreedBy = QString(201, u'w'); });
    with("informal without date", goodInformal, [](AgreementDraft& d) { d.agreedOn = QDate(); });
    with("informal agreed tomorrow", goodInformal, [&](AgreementDraft& d) { d.agreedOn = day.addDays(1); });
    with("informal renewal before agreeing", goodInformal, [&](AgreementDraft& d) { d.renewalOn = day.addDays(-20); });
    with("conduct signed without date", goodFormal, [](AgreementDraft& d) { d.conductSigned = true; });
    with("conduct signed tomorrow", goodFormal, [&](AgreementDraft& d) {
        d.conductSigned = true;
        d.conductSignedOn = day.addDays(1);
    });
    with("status lapsing stored", goodFormal, [](AgreementDraft& d) { d.status = AgreementStatus::Lapsing; });
    with("notes over 20000", goodInformal, [](AgreementDraft& d) { d.notes = QString(20001, u'n'); });
    for (const Case& c : cases) {
        INFO(c.what);
        requireInvalidNothingSaved(statusOf(Partners(*f.vault).addAgreement(partner, c.draft)));
    }
    CHECK(rows(*f.vault, "agreements") == 0);
    CHECK(auditOf(*f.vault, QStringLiteral("agreement.create")).empty());

    const qint64 id = addAgreement(*f.vault, partner, goodFormal);
    for (const Case& c : cases) {
        INFO(c.what);
        requireInvalidNothingSaved(Partners(*f.vault).updateAgreement(id, c.draft));
    }
    CHECK(Partners(*f.vault).agreement(id)->signedOn == goodFormal.signedOn);
    CHECK(auditOf(*f.vault, QStringLiteral("agreement.update")).empty());

    // Unknown partner or agreement: NotFound, nothing saved.
    auto noPartner = Partners(*f.vault).addAgreement(partner + 7, goodFormal);
    REQUIRE_FALSE(noPartner.ok());
    CHECK(noPartner.error().code() == ErrorCode::NotFound);
    auto noAgreement = Partners(*f.vault).updateAgreement(id + 7, goodFormal);
    REQUIRE_FALSE(noAgreement.ok());
    CHECK(noAgreement.error().code() == ErrorCode::NotFound);
    CHECK(rows(*f.vault, "agreements") == 1);
    // Today is allowed for every date.
    AgreementDraft edge = informal(day);
    edge.conductSigned = true;
    edge.conductSignedOn = day;
    edge.renewalOn = day.addDays(1);
    CHECK(Partners(*f.vault).addAgreement(partner, edge).ok());
}

TEST_CASE("agreementStatus_boundaryDays", "[sharing][partners]")
{
    const QDate day(2026, 6, 15);
    struct Case
    {
        const char* what;
        AgreementStatus stored;
        QDate renewal;
        AgreementStatus expected;
    };
    const Case cases[] = {
        {"no renewal date", AgreementStatus::Active, QDate(), AgreementStatus::Active},
        {"renewal in 31 days", AgreementStatus::Active, day.addDays(31), AgreementStatus::Active},
        {"renewal in 30 days", AgreementStatus::Active, day.addDays(30), AgreementStatus::Lapsing},
        {"renewal tomorrow", AgreementStatus::Active, day.addDays(1), AgreementStatus::Lapsing},
        {"renewal today", AgreementStatus::Active, day, AgreementStatus::Lapsing},
        {"renewal yesterday", AgreementStatus::Active, day.addDays(-1), AgreementStatus::Lapsed},
        {"renewal a year ago", AgreementStatus::Active, day.addYears(-1), AgreementStatus::Lapsed},
        {"suspended, renewal far away", AgreementStatus::Suspended, day.addYears(1), AgreementStatus::Suspended},
        {"suspended, renewal passed", AgreementStatus::Suspended, day.addDays(-1), AgreementStatus::Suspended},
        {"suspended, renewal soon", AgreementStatus::Suspended, day.addDays(3), AgreementStatus::Suspended},
        {"lapsed by hand, renewal far away", AgreementStatus::Lapsed, day.addYears(1), AgreementStatus::Lapsed},
        {"lapsed by hand, no renewal", AgreementStatus::Lapsed, QDate(), AgreementStatus::Lapsed},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Agreement a;
        a.storedStatus = c.stored;
        a.renewalOn = c.renewal;
        CHECK(a.statusOn(day) == c.expected);
        CHECK(a.isInForceOn(day) == (c.expected == AgreementStatus::Active || c.expected == AgreementStatus::Lapsing));
    }
}

TEST_CASE("partners_list_statusFollowsTheClock", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Clocked")));
    addAgreement(*f.vault, partner, formal(day.addDays(-200), day.addDays(31)));
    const auto statusNow = [&]() {
        auto list = Partners(*f.vault).listPartners();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        return list->front().agreementStatus;
    };
    CHECK(statusNow() == AgreementStatus::Active);
    f.clock.advanceSeconds(24 * 3600);
    CHECK(statusNow() == AgreementStatus::Lapsing);
    f.clock.advanceSeconds(30 * 24 * 3600);
    CHECK(statusNow() == AgreementStatus::Lapsing); // renewal day itself
    f.clock.advanceSeconds(24 * 3600);
    CHECK(statusNow() == AgreementStatus::Lapsed);
}

TEST_CASE("partners_list_filtersAndSort", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    auto draft = [](const char* name, Sector sector, const char* services) {
        PartnerDraft d = partnerDraft(QString::fromUtf8(name), sector);
        d.services = QString::fromUtf8(services);
        return d;
    };
    const qint64 zeta = createPartner(*f.vault, draft("zeta Clinic", Sector::Health, "PrEP and testing"));
    const qint64 edouard = createPartner(*f.vault, draft("Édouard Legal", Sector::Legal, "Tribunal support"));
    const qint64 alpha = createPartner(*f.vault, draft("Alpha Shelter", Sector::Shelter, "Beds for the night"));
    const qint64 beta = createPartner(*f.vault, draft("beta Rights", Sector::CivilRights, "Know your rights"));
    const qint64 delta = createPartner(*f.vault, draft("Delta Health", Sector::Health, "Dépistage"));
    static_cast<void>(beta);
    // zeta: an active and a lapsed agreement (best: active); Édouard: lapsing; Alpha: suspended; Delta: lapsed.
    addAgreement(*f.vault, zeta, formal(day.addDays(-400), day.addDays(-5)));
    addAgreement(*f.vault, zeta, formal(day.addDays(-10), day.addDays(200)));
    addAgreement(*f.vault, edouard, formal(day.addDays(-300), day.addDays(10)));
    AgreementDraft suspended = informal(day.addDays(-30));
    suspended.status = AgreementStatus::Suspended;
    addAgreement(*f.vault, alpha, suspended);
    AgreementDraft lapsedByHand = informal(day.addDays(-30));
    lapsedByHand.status = AgreementStatus::Lapsed;
    addAgreement(*f.vault, delta, lapsedByHand);
    addAgreement(*f.vault, delta, suspended); // lapsed beats suspended

    auto all = Partners(*f.vault).listPartners();
    REQUIRE(all.ok());
    CHECK(summaryNames(all.value()) ==
          std::vector<QString>{QStringLiteral("Alpha Shelter"), QStringLiteral("beta Rights"),
                               QStringLiteral("Delta Health"), QStringLiteral("Édouard Legal"),
                               QStringLiteral("zeta Clinic")});
    const auto summaryOf = [&](qint64 id) {
        for (const PartnerSummary& s : all.value()) {
            if (s.id == id) {
                return s;
            }
        }
        FAIL("partner missing from the list");
        return PartnerSummary{};
    };
    CHECK(summaryOf(zeta).agreementStatus == AgreementStatus::Active);
    CHECK(summaryOf(zeta).renewalOn == day.addDays(200));
    CHECK(summaryOf(edouard).agreementStatus == AgreementStatus::Lapsing);
    CHECK(summaryOf(alpha).agreementStatus == AgreementStatus::Suspended);
    CHECK(summaryOf(delta).agreementStatus == AgreementStatus::Lapsed);
    CHECK_FALSE(summaryOf(beta).agreementStatus.has_value());
    CHECK_FALSE(summaryOf(beta).renewalOn.isValid());
    CHECK(summaryOf(zeta).services == QStringLiteral("PrEP and testing"));
    CHECK(summaryOf(zeta).sector == Sector::Health);

    PartnerFilter filter;
    filter.sector = Sector::Health;
    CHECK(listNames(*f.vault, filter) ==
          std::vector<QString>{QStringLiteral("Delta Health"), QStringLiteral("zeta Clinic")});
    filter = {};
    filter.agreementStatus = AgreementStatus::Lapsing;
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("Édouard Legal")});
    filter.agreementStatus = AgreementStatus::Lapsed;
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("Delta Health")});
    filter.agreementStatus = AgreementStatus::Active;
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("zeta Clinic")});
    filter.sector = Sector::Legal;
    CHECK(listNames(*f.vault, filter).empty());
    filter = {};
    filter.withoutAgreement = true;
    filter.agreementStatus = AgreementStatus::Active; // ignored with withoutAgreement
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("beta Rights")});
    filter = {};
    filter.text = QStringLiteral("EDOUARD");
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("Édouard Legal")});
    filter.text = QStringLiteral("depistage"); // in the services, accents ignored
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("Delta Health")});
    filter.text = QStringLiteral("  rights ");
    CHECK(listNames(*f.vault, filter) == std::vector<QString>{QStringLiteral("beta Rights")});
    filter.text = QStringLiteral("nothing like this");
    CHECK(listNames(*f.vault, filter).empty());
}

TEST_CASE("agreementsLapsing_dueAndRecentlyLapsed_soonestFirst", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Renewals")));
    const QDate start = day.addDays(-400);
    const qint64 lapsed31 = addAgreement(*f.vault, partner, formal(start, day.addDays(-31)));
    const qint64 lapsed30 = addAgreement(*f.vault, partner, formal(start, day.addDays(-30)));
    const qint64 yesterday = addAgreement(*f.vault, partner, formal(start, day.addDays(-1)));
    const qint64 dueToday = addAgreement(*f.vault, partner, formal(start, day));
    const qint64 due30 = addAgreement(*f.vault, partner, formal(start, day.addDays(30)));
    const qint64 due31 = addAgreement(*f.vault, partner, formal(start, day.addDays(31)));
    addAgreement(*f.vault, partner, formal(start, QDate()));
    AgreementDraft suspended = formal(start, day.addDays(5));
    suspended.status = AgreementStatus::Suspended;
    addAgreement(*f.vault, partner, suspended);
    AgreementDraft lapsedByHand = formal(start, day.addDays(6));
    lapsedByHand.status = AgreementStatus::Lapsed;
    addAgreement(*f.vault, partner, lapsedByHand);

    auto list = Partners(*f.vault).agreementsLapsing();
    REQUIRE(list.ok());
    std::vector<qint64> ids;
    std::vector<AgreementStatus> statuses;
    for (const LapsingAgreement& l : list.value()) {
        ids.push_back(l.agreement.id);
        statuses.push_back(l.status);
        CHECK(l.agreement.partnerName == QStringLiteral("Renewals"));
    }
    CHECK(ids == std::vector<qint64>{lapsed30, yesterday, dueToday, due30});
    CHECK(statuses == std::vector<AgreementStatus>{AgreementStatus::Lapsed, AgreementStatus::Lapsed,
                                                   AgreementStatus::Lapsing, AgreementStatus::Lapsing});
    auto wider = Partners(*f.vault).agreementsLapsing(31);
    REQUIRE(wider.ok());
    REQUIRE(wider->size() == 6);
    CHECK(wider->front().agreement.id == lapsed31);
    CHECK(wider->back().agreement.id == due31);
    CHECK(wider->back().status == AgreementStatus::Active);
    auto none = Partners(*f.vault).agreementsLapsing(0);
    REQUIRE(none.ok());
    REQUIRE(none->size() == 1);
    CHECK(none->front().agreement.id == dueToday);
    CHECK(Partners(*f.vault).agreementsLapsing(-1).error().code() == ErrorCode::InvalidArgument);
    CHECK(Partners(*f.vault).agreementsLapsing(3661).error().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("agreementDocument_roundTripReplaceAndAudit", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Documented")));
    const qint64 id = addAgreement(*f.vault, partner, formal(day.addDays(-3), day.addYears(1)));
    auto none = Partners(*f.vault).agreementDocument(id);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code() == ErrorCode::NotFound);

    REQUIRE(Partners(*f.vault).attachAgreementDocument(id, QStringLiteral("MOU Documented 2026.pdf"), pdf()).ok());
    auto a = Partners(*f.vault).agreement(id);
    REQUIRE(a.ok());
    CHECK(a->documentName == QStringLiteral("MOU Documented 2026.pdf"));
    CHECK(a->documentType == AttachmentType::Pdf);
    CHECK(a->documentSize == pdf().size());
    auto data = Partners(*f.vault).agreementDocument(id);
    REQUIRE(data.ok());
    CHECK(data.value() == pdf());
    // Stored inside the vault with its SHA-256.
    auto digest = f.vault->database().prepare("SELECT document_sha256 FROM agreements WHERE id = ?;");
    REQUIRE(digest.ok());
    digest->bind(1, id);
    REQUIRE(digest->step());
    CHECK(digest->blob(0) == QCryptographicHash::hash(pdf(), QCryptographicHash::Sha256));

    const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(100, 'p');
    REQUIRE(Partners(*f.vault).attachAgreementDocument(id, QStringLiteral("scan.png"), png).ok());
    CHECK(Partners(*f.vault).agreementDocument(id).value() == png);
    CHECK(Partners(*f.vault).agreement(id)->documentType == AttachmentType::Png);
    CHECK(rows(*f.vault, "agreement_documents") == 1);

    const auto added = auditOf(*f.vault, QStringLiteral("agreement.document"));
    REQUIRE(added.size() == 2);
    CHECK(added.front().objectType == QStringLiteral("agreement"));
    CHECK(added.front().objectId == QString::number(id));
    CHECK(added.front().detail == QStringLiteral("png %1").arg(png.size()));
    const auto viewed = auditOf(*f.vault, QStringLiteral("agreement.document_view"));
    REQUIRE(viewed.size() == 2);
    CHECK(viewed.back().detail == QStringLiteral("pdf %1").arg(pdf().size()));

    // A bad file changes nothing.
    auto bad = Partners(*f.vault).attachAgreementDocument(id, QStringLiteral("x.pdf"), QByteArray("not a pdf"));
    requireInvalidNothingSaved(bad);
    CHECK(Partners(*f.vault).agreementDocument(id).value() == png);
    CHECK(Partners(*f.vault).attachAgreementDocument(id + 3, QStringLiteral("a.pdf"), pdf()).error().code() ==
          ErrorCode::NotFound);
    CHECK(Partners(*f.vault).agreementDocument(id + 3).error().code() == ErrorCode::NotFound);
}

TEST_CASE("agreementDocument_tamperedBytesOrHash_detected", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Tampered")));
    const qint64 id = addAgreement(*f.vault, partner, formal(day.addDays(-3), day.addYears(1)));
    REQUIRE(Partners(*f.vault).attachAgreementDocument(id, QStringLiteral("mou.pdf"), pdf()).ok());
    const auto views = [&]() { return auditOf(*f.vault, QStringLiteral("agreement.document_view")).size(); };

    SECTION("bytes changed")
    {
        auto st = f.vault->database().prepare("UPDATE agreement_documents SET data = ? WHERE agreement_id = ?;");
        REQUIRE(st.ok());
        st->bind(1, pdf('y')).bind(2, id);
        REQUIRE(st->run().ok());
    }
    SECTION("hash changed")
    {
        auto st = f.vault->database().prepare("UPDATE agreements SET document_sha256 = ? WHERE id = ?;");
        REQUIRE(st.ok());
        st->bind(1, QByteArray(32, '\0')).bind(2, id);
        REQUIRE(st->run().ok());
    }
    SECTION("bytes missing")
    {
        REQUIRE(f.vault->database().exec("DELETE FROM agreement_documents;").ok());
    }
    auto data = Partners(*f.vault).agreementDocument(id);
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code() == ErrorCode::CorruptDatabase);
    CHECK(data.error().message().contains(QLatin1String("Restore a backup")));
    CHECK(views() == 0);
}

TEST_CASE("partners_otherRoles_readButCannotChange", "[sharing][partners]")
{
    Fixture f;
    addStaff(f);
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Shared Partner")));
    const qint64 agreement = addAgreement(*f.vault, partner, formal(day.addDays(-3), day.addDays(10)));
    REQUIRE(Partners(*f.vault).attachAgreementDocument(agreement, QStringLiteral("mou.pdf"), pdf()).ok());
    const QString key = QStringLiteral("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=");

    for (Role role : {Role::Caseworker, Role::LegalVolunteer, Role::ClinicIntake}) {
        INFO(roleId(role).toStdString());
        switchTo(f, role);
        Partners partners(*f.vault);
        const auto denied = [](const Status& st) {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().code() == ErrorCode::PermissionDenied);
        };
        denied(statusOf(partners.createPartner(partnerDraft(QStringLiteral("New One")))));
        denied(partners.updatePartner(partner, partnerDraft(QStringLiteral("Renamed"))));
        denied(partners.setPublicKey(partner, key));
        denied(statusOf(partners.addAgreement(partner, informal(day))));
        denied(partners.updateAgreement(agreement, informal(day)));
        denied(partners.attachAgreementDocument(agreement, QStringLiteral("other.pdf"), pdf('z')));
        // Everything can be read.
        auto list = partners.listPartners();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->front().agreementStatus == AgreementStatus::Lapsing);
        auto p = partners.partner(partner);
        REQUIRE(p.ok());
        CHECK(p->name == QStringLiteral("Shared Partner"));
        CHECK(p->contacts.size() == 2);
        CHECK(partners.agreements(partner).ok());
        CHECK(partners.agreement(agreement).ok());
        CHECK(partners.agreementDocument(agreement).value() == pdf());
        auto lapsing = partners.agreementsLapsing();
        REQUIRE(lapsing.ok());
        CHECK(lapsing->size() == 1);
    }
    switchTo(f, Role::Coordinator);
    CHECK(rows(*f.vault, "partners") == 1);
    CHECK(rows(*f.vault, "agreements") == 1);
    auto p = Partners(*f.vault).partner(partner);
    REQUIRE(p.ok());
    CHECK(p->name == QStringLiteral("Shared Partner"));
    CHECK(p->publicKey.isEmpty());
    CHECK(Partners(*f.vault).agreement(agreement)->kind == AgreementKind::Formal);
    CHECK(Partners(*f.vault).agreementDocument(agreement).value() == pdf());
    CHECK(auditOf(*f.vault, QStringLiteral("partner.update")).empty());
    CHECK(auditOf(*f.vault, QStringLiteral("partner.key")).empty());
    CHECK(auditOf(*f.vault, QStringLiteral("agreement.update")).empty());
    CHECK(auditOf(*f.vault, QStringLiteral("agreement.document")).size() == 1);
    // Each role's view of the document is audited (three roles, then the coordinator).
    CHECK(auditOf(*f.vault, QStringLiteral("agreement.document_view")).size() == 4);
}

TEST_CASE("partners_readOnlySession_readsEverythingChangesNothing", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Read Only")));
    const qint64 agreement = addAgreement(*f.vault, partner, formal(day.addDays(-3), day.addDays(100)));
    REQUIRE(Partners(*f.vault).attachAgreementDocument(agreement, QStringLiteral("mou.pdf"), pdf()).ok());
    switchTo(f, Role::Coordinator, Vault::Access::ReadOnly);
    Partners partners(*f.vault);
    CHECK(partners.listPartners().ok());
    CHECK(partners.agreementDocument(agreement).value() == pdf());
    CHECK(partners.createPartner(partnerDraft(QStringLiteral("Nope"))).error().code() == ErrorCode::PermissionDenied);
    CHECK(partners.updateAgreement(agreement, informal(day)).error().code() == ErrorCode::PermissionDenied);
    CHECK(partners.setPublicKey(partner, QString()).error().code() == ErrorCode::PermissionDenied);
}

TEST_CASE("partners_locked_everyCallRefused", "[sharing][partners]")
{
    Fixture f;
    const qint64 partner = createPartner(*f.vault, partnerDraft(QStringLiteral("Locked")));
    f.vault->lock();
    Partners partners(*f.vault);
    CHECK(partners.partner(partner).error().code() == ErrorCode::NotUnlocked);
    CHECK(partners.listPartners().error().code() == ErrorCode::NotUnlocked);
    CHECK(partners.agreementsLapsing().error().code() == ErrorCode::NotUnlocked);
    CHECK_FALSE(partners.createPartner(partnerDraft(QStringLiteral("Other"))).ok());
}

TEST_CASE("partners_audit_neverHoldsNames", "[sharing][partners]")
{
    Fixture f;
    const QDate day = today(f);
    const PartnerDraft draft = partnerDraft(QStringLiteral("Secretive Partner Name"));
    const qint64 partner = createPartner(*f.vault, draft);
    REQUIRE(Partners(*f.vault).updatePartner(partner, draft).ok());
    AgreementDraft a = informal(day.addDays(-1), QStringLiteral("Agreeing Person Name"));
    a.notes = QStringLiteral("Private agreement note");
    const qint64 agreement = addAgreement(*f.vault, partner, a);
    REQUIRE(Partners(*f.vault).updateAgreement(agreement, a).ok());
    REQUIRE(Partners(*f.vault).attachAgreementDocument(agreement, QStringLiteral("Secret File Name.pdf"), pdf()).ok());
    REQUIRE(Partners(*f.vault).agreementDocument(agreement).ok());
    REQUIRE(
        Partners(*f.vault).setPublicKey(partner, QStringLiteral("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=")).ok());
    auto entries = f.vault->auditEntries({});
    REQUIRE(entries.ok());
    int ours = 0;
    for (const AuditEntry& e : entries.value()) {
        if (!e.action.startsWith(QLatin1String("partner.")) && !e.action.startsWith(QLatin1String("agreement."))) {
            continue;
        }
        ++ours;
        const QString all = e.objectId + u' ' + e.detail;
        for (const char* secret : {"Secretive", "Partner Name", "Agreeing", "Private", "Secret File", "Dr Sample",
                                   "Front Desk", "Example Street"}) {
            INFO(e.action.toStdString() + ": " + all.toStdString());
            CHECK_FALSE(all.contains(QLatin1String(secret), Qt::CaseInsensitive));
        }
    }
    CHECK(ours == 7);
}
