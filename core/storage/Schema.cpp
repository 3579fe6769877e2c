#include "storage/Schema.h"

#include "storage/Database.h"

#include <QByteArray>

#include <algorithm>

namespace abri {

namespace {

// Migration N takes a vault from version N-1 to N. Never edit a released step: add a new one.
const char* const Migrations[] = {
    // 1: users, vault metadata, the hash-chained audit log
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users(
    id INTEGER PRIMARY KEY,
    uid BLOB NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL);
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'append-only'); END;
)sql",
    // 2: per-vault settings (auto-lock), last unlock per user, indexes for the audit log's filters
    R"sql(
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO settings(key, value) VALUES ('auto_lock_minutes', '5');
ALTER TABLE users ADD COLUMN last_unlock_at TEXT;
CREATE INDEX audit_by_user ON audit(user_id, seq);
CREATE INDEX audit_by_action ON audit(action, seq);
CREATE INDEX audit_by_time ON audit(ts);
)sql",
    // 3: each user's public key inside the encrypted database (a re-key seals the new data key only to keys
    //    recorded here, never to one read from the unauthenticated key-slot file), and a stable random key for
    //    the audit anchors so they survive a re-key
    R"sql(
ALTER TABLE users ADD COLUMN public_key BLOB;
INSERT INTO meta(key, value) VALUES ('anchor_key', lower(hex(randomblob(32))));
)sql",
    // 4: people and their case files (profile, restricted fields by category, contacts, tags, risk flags), the
    //    type-ahead terms, consents, versioned notes with their full-text index, follow-ups, attachments (bytes in
    //    their own table so lists never read them), the role x category access matrix with its defaults, the
    //    break-the-glass register and per-user preferences
    R"sql(
CREATE TABLE people(
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    alias TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    hide_name INTEGER NOT NULL DEFAULT 0,
    pronouns TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    closed_reason TEXT NOT NULL DEFAULT '',
    status_date TEXT,
    worker_id INTEGER,
    legal_name TEXT NOT NULL DEFAULT '',
    id_numbers TEXT NOT NULL DEFAULT '',
    birth TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    health_summary TEXT NOT NULL DEFAULT '',
    legal_summary TEXT NOT NULL DEFAULT '',
    shelter_address TEXT NOT NULL DEFAULT '',
    risk_details TEXT NOT NULL DEFAULT '',
    merged_into INTEGER,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX people_by_sort ON people(merged_into, sort_key, id);
CREATE INDEX people_by_live_code ON people(merged_into, code);
CREATE INDEX people_by_status ON people(merged_into, status, sort_key, id);
CREATE INDEX people_by_worker ON people(merged_into, worker_id, sort_key, id);
CREATE INDEX people_by_updated ON people(merged_into, updated_at, id);
CREATE TABLE person_contacts(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    instructions TEXT NOT NULL DEFAULT '',
    safe_hours TEXT NOT NULL DEFAULT '');
CREATE INDEX person_contacts_by_person ON person_contacts(person_id, position);
CREATE TABLE person_tags(person_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(person_id, tag)) WITHOUT ROWID;
CREATE TABLE person_flags(person_id INTEGER NOT NULL, flag TEXT NOT NULL, PRIMARY KEY(person_id, flag)) WITHOUT ROWID;
CREATE INDEX person_flags_by_flag ON person_flags(flag, person_id);
CREATE TABLE search_terms(
    term TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id INTEGER NOT NULL,
    PRIMARY KEY(term, kind, person_id)) WITHOUT ROWID;
CREATE INDEX search_terms_by_person ON search_terms(person_id);
CREATE TABLE consents(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    scope TEXT NOT NULL,
    recipient TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL,
    given_on TEXT NOT NULL,
    expires_on TEXT,
    revoked_on TEXT,
    method TEXT NOT NULL,
    recorded_by INTEGER NOT NULL,
    recorded_at TEXT NOT NULL);
CREATE INDEX consents_by_person ON consents(person_id);
CREATE INDEX consents_by_expiry ON consents(expires_on);
CREATE TABLE notes(
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    author_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 1,
    UNIQUE(note_id, version));
CREATE INDEX notes_by_person ON notes(person_id, current, created_at);
CREATE TRIGGER notes_keep_versions BEFORE UPDATE OF note_id, version, kind, category, body, author_id, created_at
    ON notes BEGIN SELECT RAISE(ABORT, 'a note is corrected by a new version'); END;
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes BEGIN SELECT RAISE(ABORT, 'notes are kept'); END;
CREATE VIRTUAL TABLE notes_fts USING fts4(content="notes", body, tokenize=unicode61 "remove_diacritics=1");
CREATE TABLE followups(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT,
    done_by INTEGER);
CREATE INDEX followups_by_owner ON followups(owner_id, done_at, due_on);
CREATE INDEX followups_by_due ON followups(done_at, due_on);
CREATE INDEX followups_by_person ON followups(person_id);
CREATE TABLE attachments(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    sha256 BLOB NOT NULL,
    added_by INTEGER NOT NULL,
    added_at TEXT NOT NULL);
CREATE INDEX attachments_by_person ON attachments(person_id);
CREATE TABLE attachment_data(attachment_id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE access_matrix(
    role TEXT NOT NULL,
    category TEXT NOT NULL,
    can_read INTEGER NOT NULL,
    can_write INTEGER NOT NULL,
    PRIMARY KEY(role, category)) WITHOUT ROWID;
INSERT INTO access_matrix(role, category, can_read, can_write) VALUES
    ('coordinator', 'identity', 1, 1), ('coordinator', 'contact', 1, 1), ('coordinator', 'location', 1, 1),
    ('coordinator', 'health', 0, 0), ('coordinator', 'legal', 0, 0), ('coordinator', 'shelter', 1, 1),
    ('coordinator', 'risk', 1, 1),
    ('caseworker', 'identity', 1, 1), ('caseworker', 'contact', 1, 1), ('caseworker', 'location', 1, 1),
    ('caseworker', 'health', 0, 0), ('caseworker', 'legal', 0, 0), ('caseworker', 'shelter', 1, 1),
    ('caseworker', 'risk', 1, 1),
    ('legal', 'identity', 1, 0), ('legal', 'contact', 1, 0), ('legal', 'location', 0, 0),
    ('legal', 'health', 0, 0), ('legal', 'legal', 1, 1), ('legal', 'shelter', 0, 0),
    ('legal', 'risk', 1, 0),
    ('clinic', 'identity', 0, 0), ('clinic', 'contact', 1, 0), ('clinic', 'location', 0, 0),
    ('clinic', 'health', 1, 1), ('clinic', 'legal', 0, 0), ('clinic', 'shelter', 0, 0),
    ('clinic', 'risk', 1, 0);
CREATE TABLE glass_breaks(
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    reviewed_by INTEGER,
    reviewed_at TEXT);
CREATE INDEX glass_breaks_to_review ON glass_breaks(reviewed_at, id);
CREATE TABLE user_prefs(
    user_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY(user_id, key)) WITHOUT ROWID;
)sql",
    // 5: partners and agreements, consents naming a partner, the disclosure ledger, requests from authorities
    R"sql(
CREATE TABLE partners(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL,
    services TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    public_key BLOB,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX partners_by_sector ON partners(sector, name_key);
CREATE TABLE partner_contacts(
    partner_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    secure_channels TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(partner_id, position)) WITHOUT ROWID;
CREATE TABLE agreements(
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    signed_on TEXT,
    renewal_on TEXT,
    agreed_by TEXT NOT NULL DEFAULT '',
    agreed_on TEXT,
    categories TEXT NOT NULL DEFAULT '',
    conduct_signed INTEGER NOT NULL DEFAULT 0,
    conduct_signed_on TEXT,
    status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    document_name TEXT,
    document_type TEXT,
    document_size INTEGER,
    document_sha256 BLOB,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX agreements_by_partner ON agreements(partner_id);
CREATE INDEX agreements_by_renewal ON agreements(renewal_on);
CREATE TABLE agreement_documents(agreement_id INTEGER PRIMARY KEY, data BLOB NOT NULL);
ALTER TABLE consents ADD COLUMN partner_id INTEGER;
CREATE TABLE disclosures(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    recipient_kind TEXT NOT NULL,
    partner_id INTEGER,
    authority_request_id INTEGER,
    recipient_name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    fields TEXT NOT NULL,
    channel TEXT NOT NULL,
    document TEXT NOT NULL,
    basis TEXT NOT NULL,
    consent_id INTEGER,
    override_reason TEXT NOT NULL DEFAULT '',
    person_chose_sensitive INTEGER NOT NULL DEFAULT 0,
    user_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    reviewed_by INTEGER,
    reviewed_at TEXT);
CREATE INDEX disclosures_by_person ON disclosures(person_id, at);
CREATE INDEX disclosures_by_time ON disclosures(at);
CREATE INDEX disclosures_by_partner ON disclosures(partner_id, at);
CREATE INDEX disclosures_by_request ON disclosures(authority_request_id);
CREATE INDEX disclosures_to_review ON disclosures(basis, reviewed_at);
CREATE TRIGGER disclosures_keep BEFORE UPDATE OF recipient_kind, partner_id, authority_request_id, recipient_name,
    purpose, fields, channel, document, basis, consent_id, override_reason, person_chose_sensitive, user_id, at
    ON disclosures BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END;
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
    BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END;
CREATE TABLE authority_requests(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    requester TEXT NOT NULL,
    received_on TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT '',
    requested TEXT NOT NULL,
    person_id INTEGER,
    decision TEXT NOT NULL,
    decided_on TEXT,
    person_told INTEGER NOT NULL DEFAULT 0,
    told_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX authority_requests_by_received ON authority_requests(received_on);
CREATE INDEX authority_requests_by_person ON authority_requests(person_id);
)sql",
};
static_assert(std::size(Migrations) == Schema::CurrentVersion);

} // namespace

Result<int> Schema::version(Database& db)
{
    auto st = db.prepare("PRAGMA user_version;");
    if (!st) {
        return st.error();
    }
    if (!st->step()) {
        return db.lastError(ErrorCode::Database);
    }
    return static_cast<int>(st->int64(0));
}

Error Schema::newerVersionError(int found)
{
    return Error(ErrorCode::NewerFormat, tr("This vault was made by a newer version of Abri (data version %1; this "
                                            "version reads up to %2). Install the newer version to open it; the "
                                            "vault was not changed.")
                                             .arg(found)
                                             .arg(CurrentVersion));
}

Status Schema::migrate(Database& db, int target)
{
    auto current = version(db);
    if (!current) {
        return current.error();
    }
    if (current.value() > CurrentVersion) {
        return newerVersionError(current.value());
    }
    target = std::min(target, CurrentVersion);
    for (int v = current.value() + 1; v <= target; ++v) {
        Transaction tx(db);
        if (!tx.isActive()) {
            return db.lastError(ErrorCode::Database);
        }
        if (auto st = db.exec(Migrations[v - 1]); !st) {
            return Error(ErrorCode::Database, tr("The vault could not be upgraded to data version %1. It was left "
                                                 "as it was.")
                                                  .arg(v));
        }
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(v) + ";";
        if (auto st = db.exec(pragma.constData()); !st) {
            return st;
        }
        if (auto st = tx.commit(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace abri
