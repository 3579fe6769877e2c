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
