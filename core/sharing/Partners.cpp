// Partners: the organisations a person may be referred to. Every role reads them; coordinators change them. The
// SQL is in abri::sharing (PartnersSql.h) so the demo generator and the sharing gate run the same queries.
#include "sharing/Partners.h"

#include "cases/CaseFilesPrivate.h"
#include "sharing/PartnersSql.h"
#include "vault/Vault.h"

#include <algorithm>
#include <map>

namespace abri {

using cases::clean;
using cases::dbError;
using cases::fold;
using cases::fromIsoUtc;
using cases::invalid;
using cases::isoUtc;
using cases::localToday;

namespace sharing {

namespace {

constexpr int MaxNameLength = 200;
constexpr int MaxShortText = 200;
constexpr int MaxMediumText = 2000;
constexpr int MaxNotesLength = 20000;
constexpr int MaxContacts = 50;
constexpr int MaxLanguages = 50;

QStringList cleanLanguages(const QStringList& languages)
{
    QStringList out;
    for (const QString& language : languages) {
        const QString l = language.trimmed();
        if (!l.isEmpty()) {
            out << l;
        }
    }
    return out;
}

Result<bool> nameTaken(Database& db, const QString& nameKey, qint64 exceptId)
{
    auto st = db.prepare("SELECT 1 FROM partners WHERE name_key = ? AND id != ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, nameKey).bind(2, exceptId);
    if (st->step()) {
        return true;
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return false;
}

Error nameTakenError()
{
    return invalid(Partners::tr("Another partner already has this name (capitals and accents are not told apart). "
                                "Choose another name, or open that partner instead. Nothing was saved."));
}

Status writeContacts(Database& db, qint64 partnerId, const std::vector<PartnerContact>& contacts)
{
    auto del = db.prepare("DELETE FROM partner_contacts WHERE partner_id = ?;");
    if (!del) {
        return del.error();
    }
    del->bind(1, partnerId);
    if (auto r = del->run(); !r) {
        return r;
    }
    auto ins = db.prepare("INSERT INTO partner_contacts(partner_id, position, name, role, phone, secure_channels) "
                          "VALUES (?, ?, ?, ?, ?, ?);");
    if (!ins) {
        return ins.error();
    }
    int position = 0;
    for (const PartnerContact& c : contacts) {
        ins->reset();
        ins->bind(1, partnerId).bind(2, position++).bind(3, clean(c.name)).bind(4, clean(c.role));
        ins->bind(5, clean(c.phone)).bind(6, clean(c.secureChannels));
        if (auto r = ins->run(); !r) {
            return r;
        }
    }
    return {};
}

void bindPartnerFields(Statement& st, int first, const PartnerDraft& draft)
{
    st.bind(first, clean(draft.name)).bind(first + 1, fold(draft.name.trimmed()));
    st.bind(first + 2, sectorId(draft.sector)).bind(first + 3, clean(draft.services));
    st.bind(first + 4, clean(cleanLanguages(draft.languages).join(u'\n'))).bind(first + 5, clean(draft.address));
    st.bind(first + 6, clean(draft.hours)).bind(first + 7, clean(draft.notes));
}

int statusRank(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Active:
        return 4;
    case AgreementStatus::Lapsing:
        return 3;
    case AgreementStatus::Lapsed:
        return 2;
    case AgreementStatus::Suspended:
        return 1;
    }
    return 0;
}

} // namespace

Status requireCoordinatorWriter(const Vault& vault)
{
    if (auto st = vault.requireWriter(); !st) {
        return st;
    }
    return vault.requireCoordinator();
}

Error partnerNotFound()
{
    return Error(ErrorCode::NotFound, Partners::tr("This partner does not exist. Reload the list."));
}

Status validatePartner(const PartnerDraft& draft)
{
    const QString name = draft.name.trimmed();
    if (name.isEmpty()) {
        return invalid(Partners::tr("Enter the partner's name. Nothing was saved."));
    }
    if (name.size() > MaxNameLength) {
        return invalid(
            Partners::tr("The partner's name is longer than %1 characters. Nothing was saved.").arg(MaxNameLength));
    }
    if (draft.services.trimmed().size() > MaxMediumText || draft.address.trimmed().size() > MaxMediumText ||
        draft.hours.trimmed().size() > MaxMediumText) {
        return invalid(Partners::tr("The services, address and opening hours may each hold at most %1 characters. "
                                    "Nothing was saved.")
                           .arg(MaxMediumText));
    }
    if (draft.notes.size() > MaxNotesLength) {
        return invalid(Partners::tr("The notes are longer than %1 characters. Nothing was saved.").arg(MaxNotesLength));
    }
    const QStringList languages = cleanLanguages(draft.languages);
    if (languages.size() > MaxLanguages) {
        return invalid(Partners::tr("Enter at most %1 languages. Nothing was saved.").arg(MaxLanguages));
    }
    for (const QString& language : languages) {
        if (language.size() > MaxShortText || language.contains(u'\n') || language.contains(u'\r')) {
            return invalid(Partners::tr("Enter each language on its own, in at most %1 characters. Nothing was "
                                        "saved.")
                               .arg(MaxShortText));
        }
    }
    if (draft.contacts.size() > static_cast<std::size_t>(MaxContacts)) {
        return invalid(Partners::tr("Enter at most %1 contact people. Nothing was saved.").arg(MaxContacts));
    }
    int row = 0;
    for (const PartnerContact& c : draft.contacts) {
        ++row;
        if (c.name.trimmed().isEmpty()) {
            return invalid(
                Partners::tr("Enter a name for contact %1, or remove that row. Nothing was saved.").arg(row));
        }
        if (c.name.trimmed().size() > MaxShortText || c.role.trimmed().size() > MaxShortText ||
            c.phone.trimmed().size() > MaxShortText || c.secureChannels.trimmed().size() > MaxShortText) {
            return invalid(Partners::tr("A detail of contact %1 is longer than %2 characters. Nothing was saved.")
                               .arg(row)
                               .arg(MaxShortText));
        }
    }
    return {};
}

Result<qint64> insertPartner(Database& db, const PartnerDraft& draft, qint64 createdBy, const QDateTime& nowUtc)
{
    auto taken = nameTaken(db, fold(draft.name.trimmed()), 0);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return nameTakenError();
    }
    auto st = db.prepare("INSERT INTO partners(name, name_key, sector, services, languages, address, hours, notes, "
                         "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    bindPartnerFields(st.value(), 1, draft);
    st->bind(9, createdBy).bind(10, isoUtc(nowUtc)).bind(11, isoUtc(nowUtc));
    if (auto r = st->run(); !r) {
        return r.error();
    }
    const qint64 id = db.lastInsertId();
    if (auto r = writeContacts(db, id, draft.contacts); !r) {
        return r.error();
    }
    if (auto linked = linkTypedConsents(db, id, fold(draft.name.trimmed())); !linked) {
        return linked.error();
    }
    return id;
}

Result<int> linkTypedConsents(Database& db, qint64 partnerId, const QString& nameKey)
{
    // fold() is not SQL: read the unlinked ones and compare here (few rows: a partner picked from the list links).
    auto find = db.prepare("SELECT id, recipient FROM consents WHERE scope = ? AND partner_id IS NULL;");
    if (!find) {
        return find.error();
    }
    find->bind(1, consentScopeId(ConsentScope::ShareWithPartner));
    std::vector<qint64> ids;
    while (find->step()) {
        if (fold(find->text(1).trimmed()) == nameKey) {
            ids.push_back(find->int64(0));
        }
    }
    if (!find->ok()) {
        return dbError(db);
    }
    auto link = db.prepare("UPDATE consents SET partner_id = ? WHERE id = ? AND partner_id IS NULL;");
    if (!link) {
        return link.error();
    }
    for (qint64 consentId : ids) {
        link->reset();
        link->bind(1, partnerId).bind(2, consentId);
        if (auto r = link->run(); !r) {
            return r.error();
        }
    }
    return static_cast<int>(ids.size());
}

Result<Partner> loadPartner(Database& db, qint64 partnerId)
{
    auto st = db.prepare("SELECT id, name, sector, services, languages, address, hours, notes, public_key, "
                         "created_at, updated_at FROM partners WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, partnerId);
    if (!st->step()) {
        if (!st->ok()) {
            return dbError(db);
        }
        return partnerNotFound();
    }
    Partner p;
    p.id = st->int64(0);
    p.name = st->text(1);
    p.sector = sectorFromId(st->text(2)).value_or(Sector::Other);
    p.services = st->text(3);
    p.languages = st->text(4).split(u'\n', Qt::SkipEmptyParts);
    p.address = st->text(5);
    p.hours = st->text(6);
    p.notes = st->text(7);
    p.publicKey = st->isNull(8) ? QByteArray() : st->blob(8);
    p.createdAt = fromIsoUtc(st->text(9));
    p.updatedAt = fromIsoUtc(st->text(10));
    auto contacts = db.prepare("SELECT name, role, phone, secure_channels FROM partner_contacts WHERE partner_id = ? "
                               "ORDER BY position;");
    if (!contacts) {
        return contacts.error();
    }
    contacts->bind(1, partnerId);
    while (contacts->step()) {
        p.contacts.push_back({contacts->text(0), contacts->text(1), contacts->text(2), contacts->text(3)});
    }
    if (!contacts->ok()) {
        return dbError(db);
    }
    return p;
}

const Agreement* bestAgreement(const std::vector<const Agreement*>& agreements, const QDate& day)
{
    const Agreement* best = nullptr;
    for (const Agreement* a : agreements) {
        if (best == nullptr) {
            best = a;
            continue;
        }
        const int rank = statusRank(a->statusOn(day));
        const int bestRank = statusRank(best->statusOn(day));
        // Same status: the one that runs longest (no renewal date runs longest of all).
        const bool longer = !a->renewalOn.isValid() ? best->renewalOn.isValid()
                                                    : best->renewalOn.isValid() && a->renewalOn > best->renewalOn;
        if (rank > bestRank || (rank == bestRank && longer)) {
            best = a;
        }
    }
    return best;
}

} // namespace sharing

using namespace sharing;

namespace {

AuditRecord partnerRecord(const QString& action, qint64 partnerId, const QString& detail)
{
    return AuditRecord{action, QStringLiteral("partner"), QString::number(partnerId), detail};
}

} // namespace

Result<qint64> Partners::createPartner(const PartnerDraft& draft)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st.error();
    }
    if (auto st = validatePartner(draft); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    auto id = insertPartner(db, draft, m_vault.currentUser().id, m_vault.clock().nowUtc());
    if (!id) {
        return id.error();
    }
    if (auto r = m_vault.commitWithAudit(
            tx, {partnerRecord(QStringLiteral("partner.create"), id.value(), sectorId(draft.sector))});
        !r) {
        return r.error();
    }
    return id.value();
}

Status Partners::updatePartner(qint64 partnerId, const PartnerDraft& draft)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st;
    }
    if (auto st = validatePartner(draft); !st) {
        return st;
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    if (auto existing = loadPartner(db, partnerId); !existing) {
        return existing.error();
    }
    auto taken = nameTaken(db, fold(draft.name.trimmed()), partnerId);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return nameTakenError();
    }
    auto st = db.prepare("UPDATE partners SET name = ?, name_key = ?, sector = ?, services = ?, languages = ?, "
                         "address = ?, hours = ?, notes = ?, updated_at = ? WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    bindPartnerFields(st.value(), 1, draft);
    st->bind(9, isoUtc(m_vault.clock().nowUtc())).bind(10, partnerId);
    if (auto r = st->run(); !r) {
        return r;
    }
    if (auto r = writeContacts(db, partnerId, draft.contacts); !r) {
        return r;
    }
    // Consents typed with the new name now name this partner; those linked before stay with it whatever its name.
    if (auto linked = linkTypedConsents(db, partnerId, fold(draft.name.trimmed())); !linked) {
        return linked.error();
    }
    return m_vault.commitWithAudit(
        tx, {partnerRecord(QStringLiteral("partner.update"), partnerId, sectorId(draft.sector))});
}

Result<Partner> Partners::partner(qint64 partnerId) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    return loadPartner(m_vault.database(), partnerId);
}

Result<std::vector<PartnerSummary>> Partners::listPartners(const PartnerFilter& filter) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    auto all = loadAgreements(db, 0);
    if (!all) {
        return all.error();
    }
    std::map<qint64, std::vector<const Agreement*>> byPartner;
    for (const Agreement& a : all.value()) {
        byPartner[a.partnerId].push_back(&a);
    }
    auto st = filter.sector ? db.prepare("SELECT id, name, sector, services FROM partners WHERE sector = ? "
                                         "ORDER BY name_key, id;")
                            : db.prepare("SELECT id, name, sector, services FROM partners ORDER BY name_key, id;");
    if (!st) {
        return st.error();
    }
    if (filter.sector) {
        st->bind(1, sectorId(*filter.sector));
    }
    const QDate today = localToday(m_vault);
    const QString text = fold(filter.text.trimmed());
    std::vector<PartnerSummary> out;
    while (st->step()) {
        PartnerSummary s;
        s.id = st->int64(0);
        s.name = st->text(1);
        s.sector = sectorFromId(st->text(2)).value_or(Sector::Other);
        s.services = st->text(3);
        if (!text.isEmpty() && !fold(s.name).contains(text) && !fold(s.services).contains(text)) {
            continue;
        }
        const auto found = byPartner.find(s.id);
        const Agreement* best = found == byPartner.end() ? nullptr : bestAgreement(found->second, today);
        if (best != nullptr) {
            s.agreementStatus = best->statusOn(today);
            s.renewalOn = best->renewalOn;
        }
        if (filter.withoutAgreement) {
            if (best != nullptr) {
                continue;
            }
        } else if (filter.agreementStatus && s.agreementStatus != filter.agreementStatus) {
            continue;
        }
        out.push_back(std::move(s));
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return out;
}

Status Partners::setPublicKey(qint64 partnerId, const QString& keyText)
{
    if (auto st = requireCoordinatorWriter(m_vault); !st) {
        return st;
    }
    QByteArray key;
    if (!keyText.trimmed().isEmpty()) {
        auto parsed = parsePartnerPublicKey(keyText);
        if (!parsed) {
            return Error(parsed.error().code(), parsed.error().message() + u' ' + tr("Nothing was saved."));
        }
        key = parsed.value();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return db.lastError(ErrorCode::Database);
    }
    if (auto existing = loadPartner(db, partnerId); !existing) {
        return existing.error();
    }
    auto st = db.prepare("UPDATE partners SET public_key = ?, updated_at = ? WHERE id = ?;");
    if (!st) {
        return st.error();
    }
    if (key.isEmpty()) {
        st->bindNull(1);
    } else {
        st->bind(1, key);
    }
    st->bind(2, isoUtc(m_vault.clock().nowUtc())).bind(3, partnerId);
    if (auto r = st->run(); !r) {
        return r;
    }
    const QString detail = key.isEmpty() ? QStringLiteral("removed") : publicKeyFingerprint(key);
    return m_vault.commitWithAudit(tx, {partnerRecord(QStringLiteral("partner.key"), partnerId, detail)});
}

} // namespace abri
