// CaseFiles: consents. They are part of the profile (every role reads them and may record them), because whoever
// answers a partner's call must know what the person agreed to share.
#include "cases/CaseFilesPrivate.h"
#include "sharing/SharingPrivate.h"
#include "vault/Vault.h"

#include <QLocale>

namespace abri {

using namespace cases;

namespace {

constexpr const char* ConsentColumns =
    "c.id, c.person_id, c.scope, c.recipient, c.purpose, c.given_on, c.expires_on, c.revoked_on, c.method, "
    "c.recorded_by, COALESCE(u.name, ''), c.recorded_at, COALESCE(c.partner_id, 0)";
// Columns after ConsentColumns start here.
constexpr int ConsentColumnCount = 13;

Consent readConsent(const Statement& st)
{
    Consent c;
    c.id = st.int64(0);
    c.personId = st.int64(1);
    c.scope = consentScopeFromId(st.text(2)).value_or(ConsentScope::ShareWithPartner);
    c.recipient = st.text(3);
    c.purpose = st.text(4);
    c.givenOn = fromIsoDate(st.text(5));
    c.expiresOn = fromIsoDate(st.text(6));
    c.revokedOn = fromIsoDate(st.text(7));
    c.method = consentMethodFromId(st.text(8)).value_or(ConsentMethod::Spoken);
    c.recordedBy = st.int64(9);
    c.recordedByName = st.text(10);
    c.recordedAt = fromIsoUtc(st.text(11));
    c.partnerId = st.int64(12);
    return c;
}

} // namespace

namespace cases {

Result<qint64> insertConsent(Database& db, qint64 personId, const ConsentDraft& draft, qint64 recordedBy,
                             const QDateTime& nowUtc)
{
    auto st = db.prepare("INSERT INTO consents(person_id, scope, recipient, purpose, given_on, expires_on, method, "
                         "recorded_by, recorded_at, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, personId).bind(2, consentScopeId(draft.scope)).bind(3, nonNull(draft.recipient.trimmed()));
    st->bind(4, nonNull(draft.purpose.trimmed())).bind(5, isoDate(draft.givenOn));
    if (draft.expiresOn.isValid()) {
        st->bind(6, isoDate(draft.expiresOn));
    } else {
        st->bindNull(6);
    }
    st->bind(7, consentMethodId(draft.method)).bind(8, recordedBy).bind(9, isoUtc(nowUtc));
    if (draft.scope == ConsentScope::ShareWithPartner && draft.partnerId > 0) {
        st->bind(10, draft.partnerId);
    } else {
        st->bindNull(10);
    }
    if (auto r = st->run(); !r) {
        return r.error();
    }
    return db.lastInsertId();
}

} // namespace cases

Result<qint64> CaseFiles::addConsent(qint64 personId, const ConsentDraft& draft)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    // A partner picked from the list names the consent: its current name is stored, so the consent reads the same
    // everywhere and the sharing gate matches it by id.
    ConsentDraft stored = draft;
    if (draft.partnerId > 0) {
        auto partner = db.prepare("SELECT name FROM partners WHERE id = ?;");
        if (!partner) {
            return partner.error();
        }
        partner->bind(1, draft.partnerId);
        if (!partner->step()) {
            if (!partner->ok()) {
                return dbError(db);
            }
            return Error(ErrorCode::InvalidArgument, tr("The partner chosen for this consent does not exist. Choose "
                                                        "it again from the list. Nothing was saved."));
        }
        if (draft.scope == ConsentScope::ShareWithPartner) {
            stored.recipient = partner->text(0);
        }
    } else if (draft.scope == ConsentScope::ShareWithPartner) {
        // Typed by hand: the partner of that name, if there is one, is the one meant. Linked by id now (the text
        // stays as typed), so renaming it, or a newcomer taking the old name, does not move the consent.
        auto partner = db.prepare("SELECT id FROM partners WHERE name_key = ?;");
        if (!partner) {
            return partner.error();
        }
        partner->bind(1, fold(draft.recipient.trimmed()));
        if (partner->step()) {
            stored.partnerId = partner->int64(0);
        } else if (!partner->ok()) {
            return dbError(db);
        }
    } else if (draft.scope == ConsentScope::ShareWithSector) {
        // The sector picked from the list arrives in the language of the screen: stored as its id, so the consent
        // means the same whatever language the vault is used in later. Text naming no sector stays as typed.
        if (const std::optional<Sector> sector = sharing::sectorNamed(draft.recipient)) {
            stored.recipient = sectorId(*sector);
        }
    }
    if (auto st = validateConsent(stored, localToday(m_vault)); !st) {
        return st.error();
    }
    auto person = writablePersonCode(db, personId);
    if (!person) {
        return person.error();
    }
    const QString code = person.value();
    auto id = insertConsent(db, personId, stored, m_vault.currentUser().id, m_vault.clock().nowUtc());
    if (!id) {
        return id.error();
    }
    if (auto r = m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("consent.add"), QStringLiteral("person"), code,
                                                          consentScopeId(draft.scope)}});
        !r) {
        return r.error();
    }
    return id.value();
}

Status CaseFiles::revokeConsent(qint64 consentId, const QDate& revokedOn)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    if (!revokedOn.isValid()) {
        return Error(ErrorCode::InvalidArgument, tr("Enter the date the consent was withdrawn. Nothing was saved."));
    }
    if (revokedOn > localToday(m_vault)) {
        return Error(ErrorCode::InvalidArgument, tr("The withdrawal date is in the future. Record it once the "
                                                    "person withdraws; nothing was saved."));
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto find = db.prepare("SELECT p.code, c.scope, c.given_on, c.revoked_on FROM consents c "
                           "JOIN people p ON p.id = c.person_id WHERE c.id = ?;");
    if (!find) {
        return find.error();
    }
    find->bind(1, consentId);
    if (!find->step()) {
        if (!find->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, tr("This consent does not exist. Reload the list."));
    }
    const QString code = find->text(0);
    const QString scope = find->text(1);
    if (!find->isNull(3)) {
        return Error(ErrorCode::InvalidArgument,
                     tr("This consent was already withdrawn on %1. Nothing was saved.")
                         .arg(QLocale().toString(fromIsoDate(find->text(3)), QLocale::ShortFormat)));
    }
    if (revokedOn < fromIsoDate(find->text(2))) {
        return Error(ErrorCode::InvalidArgument, tr("The withdrawal date is before the consent was given. Check "
                                                    "the date; nothing was saved."));
    }
    auto st = db.prepare("UPDATE consents SET revoked_on = ? WHERE id = ? AND revoked_on IS NULL;");
    if (!st) {
        return st.error();
    }
    st->bind(1, isoDate(revokedOn)).bind(2, consentId);
    if (auto r = st->run(); !r) {
        return r;
    }
    return m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("consent.revoke"), QStringLiteral("person"), code,
                                                    QStringLiteral("%1 #%2").arg(scope).arg(consentId)}});
}

Result<std::vector<Consent>> CaseFiles::consents(qint64 personId) const
{
    if (auto st = m_vault.requireOpen(); !st) {
        return st.error();
    }
    Database& db = m_vault.database();
    if (auto code = personCodeOf(db, personId); !code) {
        return code.error();
    }
    const QByteArray sql = QByteArray("SELECT ") + ConsentColumns +
                           " FROM consents c LEFT JOIN users u ON u.id = c.recorded_by WHERE c.person_id = ? "
                           "ORDER BY c.given_on DESC, c.id DESC;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    std::vector<Consent> out;
    while (st->step()) {
        out.push_back(readConsent(st.value()));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

Result<std::vector<ExpiringConsent>> CaseFiles::consentsExpiring(int withinDays) const
{
    if (withinDays < 0 || withinDays > 3660) {
        return Error(ErrorCode::InvalidArgument, tr("Choose a number of days between 0 and 3660."));
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    const QDate today = localToday(m_vault);
    // In force today (given, not revoked by today) and still valid today, ending within the window.
    const QByteArray sql = QByteArray("SELECT ") + ConsentColumns +
                           ", p.code, p.alias, p.hide_name FROM consents c JOIN people p ON p.id = c.person_id "
                           "LEFT JOIN users u ON u.id = c.recorded_by "
                           "WHERE c.expires_on >= ? AND c.expires_on <= ? AND c.given_on <= ? "
                           "AND (c.revoked_on IS NULL OR c.revoked_on > ?) AND p.merged_into IS NULL "
                           "ORDER BY c.expires_on, c.id;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    const QString todayText = isoDate(today);
    st->bind(1, todayText).bind(2, isoDate(today.addDays(withinDays))).bind(3, todayText).bind(4, todayText);
    std::vector<ExpiringConsent> out;
    while (st->step()) {
        ExpiringConsent e;
        e.consent = readConsent(st.value());
        e.personCode = st->text(ConsentColumnCount);
        e.personDisplayName =
            st->int64(ConsentColumnCount + 2) != 0 || ctx->hideNames ? e.personCode : st->text(ConsentColumnCount + 1);
        out.push_back(std::move(e));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    return out;
}

} // namespace abri
