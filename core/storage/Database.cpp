#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdlib>
#include <utility>

Q_LOGGING_CATEGORY(lcDb, "abri.core.storage")

namespace abri {

namespace {

QString trDb(const char* text)
{
    return QCoreApplication::translate("abri::Database", text);
}

// Builds x'…' in guarded memory, the form SQLCipher takes for a raw key (no PBKDF2 on top).
SecureBuffer rawKeyLiteral(const SecureBuffer& key)
{
    SecureBuffer lit(key.size() * 2 + 3);
    char* p = reinterpret_cast<char*>(lit.data());
    p[0] = 'x';
    p[1] = '\'';
    sodium_bin2hex(p + 2, key.size() * 2 + 1, key.data(), key.size());
    p[key.size() * 2 + 2] = '\'';
    return lit;
}

int keyLength(const SecureBuffer& lit)
{
    return static_cast<int>(lit.size());
}

// The error to report for the last failure on db: its SQLite code says whether it is damage, a full disk, a
// busy vault; code is used for anything else.
Error errorFor(sqlite3* db, ErrorCode code)
{
    const int rc = db != nullptr ? sqlite3_errcode(db) : SQLITE_ERROR;
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(
            ErrorCode::VaultInUse,
            trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault is busy in another window. Try again in a moment.")));
    case SQLITE_FULL:
        return Error(ErrorCode::Io, trDb(QT_TRANSLATE_NOOP("abri::Database",
                                                           "The disk is full. Free some space; nothing was saved.")));
    case SQLITE_READONLY:
        return Error(ErrorCode::Io,
                     trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault is read-only here. Nothing was saved.")));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(
            ErrorCode::CorruptDatabase,
            trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's database is damaged. Run \"abri-admin verify\" "
                                                     "and restore the latest backup if it fails.")));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::Io,
                     trDb(QT_TRANSLATE_NOOP("abri::Database",
                                            "The vault could not be read or written. Check the disk; nothing was "
                                            "saved.")));
    default:
        return Error(code, trDb(QT_TRANSLATE_NOOP("abri::Database",
                                                  "The vault could not complete this operation. Nothing was saved.")));
    }
}

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close()
{
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString& path, const SecureBuffer& rawKey, Mode mode)
{
    if (mode != Mode::Create && !QFile::exists(path)) {
        return Error(ErrorCode::VaultNotFound,
                     trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's database file is missing.")));
    }
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* raw = nullptr;
    const QByteArray p = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(p.constData(), &raw, flags, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        return Error(ErrorCode::Io,
                     trDb(QT_TRANSLATE_NOOP("abri::Database",
                                            "The vault's database could not be opened. Check that the folder exists "
                                            "and that you may read and write it.")));
    }
    {
        SecureBuffer lit = rawKeyLiteral(rawKey);
        if (sqlite3_key(raw, lit.data(), keyLength(lit)) != SQLITE_OK) {
            return Error(ErrorCode::Crypto,
                         trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's encryption could not be set up.")));
        }
    }
    if (!db.exec("PRAGMA cipher_page_size = 4096;")) {
        return Error(ErrorCode::Crypto,
                     trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's encryption could not be set up.")));
    }
    sqlite3_busy_timeout(raw, 5000);
    // Reading the schema proves the key: a wrong key reads as "not a database".
    int tables = 0;
    const auto countRows = [](void* out, int, char** values, char**) {
        *static_cast<int*>(out) = values[0] != nullptr ? std::atoi(values[0]) : 0;
        return 0;
    };
    const int check = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", countRows, &tables, nullptr);
    if (check == SQLITE_NOTADB) {
        return Error(
            ErrorCode::WrongCredentials,
            trDb(QT_TRANSLATE_NOOP("abri::Database",
                                   "The vault's database does not open with this key. It may be damaged or belong to "
                                   "another key; try the recovery key or restore a backup.")));
    }
    if (check != SQLITE_OK) {
        qCWarning(lcDb) << "schema read failed, sqlite code" << check;
        if (check == SQLITE_BUSY || check == SQLITE_LOCKED) {
            return Error(ErrorCode::VaultInUse,
                         trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault is busy. Try again in a moment.")));
        }
        return Error(
            ErrorCode::CorruptDatabase,
            trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's database is damaged. Run \"abri-admin verify\" "
                                                     "and restore the latest backup if it fails.")));
    }
    // An empty file opens with any key as a new, empty database. An existing vault's database is never empty,
    // so that is a file cut short or emptied: refuse it before anything could write a fresh schema into it.
    if (mode != Mode::Create && tables == 0) {
        return Error(
            ErrorCode::CorruptDatabase,
            trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's database is empty: it was damaged or cut short. "
                                                     "Restore the latest backup.")));
    }
    bool ok = db.exec("PRAGMA foreign_keys = ON;").ok() && db.exec("PRAGMA cell_size_check = ON;").ok() &&
              db.exec("PRAGMA secure_delete = ON;").ok();
    if (mode != Mode::ReadOnly) {
        ok = ok && db.exec("PRAGMA journal_mode = WAL;").ok() && db.exec("PRAGMA synchronous = FULL;").ok();
    }
    if (!ok) {
        return db.lastError(ErrorCode::Database);
    }
    return db;
}

Status Database::exec(const char* sql)
{
    char* msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        qCWarning(lcDb) << "exec failed, sqlite code" << rc;
        sqlite3_free(msg);
        return lastError(ErrorCode::Database);
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcDb) << "prepare failed:" << sqlite3_errmsg(m_db);
        return lastError(ErrorCode::Database);
    }
    return Statement(stmt, m_db);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Status Database::rekey(const SecureBuffer& newRawKey)
{
    SecureBuffer lit = rawKeyLiteral(newRawKey);
    if (sqlite3_rekey(m_db, lit.data(), keyLength(lit)) != SQLITE_OK) {
        return lastError(ErrorCode::Crypto);
    }
    return {};
}

Result<QStringList> Database::integrityCheck()
{
    auto st = prepare("PRAGMA integrity_check;");
    if (!st) {
        return st.error();
    }
    QStringList problems;
    while (st->step()) {
        const QString line = st->text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!st->ok()) {
        return Error(ErrorCode::CorruptDatabase,
                     trDb(QT_TRANSLATE_NOOP("abri::Database", "The integrity check could not finish: the database is "
                                                              "damaged.")));
    }
    return problems;
}

Status Database::backupTo(const QString& path, const SecureBuffer& rawKey,
                          const std::function<bool(int, int)>& progress)
{
    auto target = open(path, rawKey, Mode::Create);
    if (!target) {
        return target.error();
    }
    // WAL would leave part of the copy beside the file; the copy must be one self-contained file.
    if (auto st = target->exec("PRAGMA journal_mode = DELETE;"); !st) {
        return st;
    }
    // One read transaction on the source: the copy is one consistent snapshot, and writers in other
    // processes go on meanwhile (WAL) without restarting it.
    const bool ownTransaction = sqlite3_get_autocommit(m_db) != 0;
    if (ownTransaction && !exec("BEGIN; SELECT count(*) FROM sqlite_master;")) {
        return lastError(ErrorCode::Database);
    }
    auto endRead = qScopeGuard([&] {
        if (ownTransaction) {
            (void)exec("COMMIT;");
        }
    });
    sqlite3_backup* b = sqlite3_backup_init(target->m_db, "main", m_db, "main");
    if (b == nullptr) {
        return target->lastError(ErrorCode::Database);
    }
    int rc = SQLITE_OK;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(b, 64);
        if (progress &&
            !progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b), sqlite3_backup_pagecount(b))) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(b);
    if (cancelled) {
        return Error(ErrorCode::Cancelled, trDb(QT_TRANSLATE_NOOP("abri::Database", "The backup was cancelled.")));
    }
    // The copied header says WAL again; the backup must stay one self-contained file.
    if (rc == SQLITE_DONE && finish == SQLITE_OK && !target->exec("PRAGMA journal_mode = DELETE;")) {
        return target->lastError(ErrorCode::Io);
    }
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        qCWarning(lcDb) << "backup failed, sqlite code" << rc << finish;
        return Error(ErrorCode::Io,
                     trDb(QT_TRANSLATE_NOOP("abri::Database",
                                            "The backup copy could not be written. Check the free space and that you "
                                            "may write to the destination.")));
    }
    return {};
}

Status Database::checkpointTruncate()
{
    return exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

Status Database::exportPlaintextCopy(const QString& path)
{
    if (QFile::exists(path)) {
        return Error(ErrorCode::VaultExists,
                     trDb(QT_TRANSLATE_NOOP("abri::Database", "The copy's file already exists. Nothing was written.")));
    }
    // ATTACH opens with this connection's flags, which do not include "create": start from an empty file (an empty
    // file is an empty database).
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::Io, trDb(QT_TRANSLATE_NOOP("abri::Database", "The copy's file could not be created.")));
    }
    empty.close();
    auto attach = prepare("ATTACH DATABASE ? AS plaintext KEY '';");
    if (!attach) {
        return attach.error();
    }
    attach->bind(1, path);
    if (auto st = attach->run(); !st) {
        return st;
    }
    const Status exported = exec("SELECT sqlcipher_export('plaintext');");
    const Status detached = exec("DETACH DATABASE plaintext;");
    return exported ? detached : exported;
}

Result<Database> Database::openUnencrypted(const QString& path, Mode mode)
{
    if (mode != Mode::Create && !QFile::exists(path)) {
        return Error(ErrorCode::VaultNotFound,
                     trDb(QT_TRANSLATE_NOOP("abri::Database", "The vault's database file is missing.")));
    }
    const int flags = SQLITE_OPEN_FULLMUTEX | (mode == Mode::ReadOnly    ? SQLITE_OPEN_READONLY
                                               : mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE
                                                                         : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* raw = nullptr;
    const QByteArray p = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(p.constData(), &raw, flags, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        return db.lastError(ErrorCode::Io);
    }
    sqlite3_busy_timeout(raw, 5000);
    // The same pragmas as open(), so the side-by-side figures differ by the encryption alone.
    bool ok = db.exec("SELECT count(*) FROM sqlite_master;").ok() && db.exec("PRAGMA foreign_keys = ON;").ok() &&
              db.exec("PRAGMA cell_size_check = ON;").ok() && db.exec("PRAGMA secure_delete = ON;").ok();
    if (mode != Mode::ReadOnly) {
        ok = ok && db.exec("PRAGMA journal_mode = WAL;").ok() && db.exec("PRAGMA synchronous = FULL;").ok();
    }
    if (!ok) {
        return db.lastError(ErrorCode::Database);
    }
    return db;
}

QString Database::cipherVersion()
{
    auto st = prepare("PRAGMA cipher_version;");
    if (st && st->step()) {
        return st->text(0);
    }
    return {};
}

QString Database::linkedSqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Error Database::lastError(ErrorCode code) const
{
    return errorFor(m_db, code);
}

// ---- Statement

Statement::~Statement()
{
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_ok(other.m_ok)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt != nullptr) {
            sqlite3_finalize(m_stmt);
        }
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_ok = other.m_ok;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    m_ok = m_ok && sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = value.toUtf8();
    m_ok = m_ok && sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                     SQLITE_TRANSIENT) == SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull()) {
        return bindNull(index);
    }
    m_ok = m_ok && sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                                     SQLITE_TRANSIENT) == SQLITE_OK;
    return *this;
}

Statement& Statement::bindNull(int index)
{
    m_ok = m_ok && sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
    return *this;
}

bool Statement::step()
{
    if (!m_ok) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_ok = false;
    }
    return false;
}

Status Statement::run()
{
    while (step()) {
    }
    if (!m_ok) {
        const int rc = sqlite3_errcode(m_db) & 0xFF;
        if (rc == SQLITE_CONSTRAINT) {
            return Error(ErrorCode::InvalidArgument,
                         trDb(QT_TRANSLATE_NOOP("abri::Database", "This would duplicate or break an existing record. "
                                                                  "Nothing was saved.")));
        }
        // Damage, a full disk or a busy vault must be told apart from a plain failure.
        return errorFor(m_db, ErrorCode::Database);
    }
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (t == nullptr) {
        return {};
    }
    return QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const void* b = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return b == nullptr ? QByteArray() : QByteArray(static_cast<const char*>(b), n);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

// ---- Transaction

Transaction::Transaction(Database& db, bool immediate) : m_db(db)
{
    m_active = static_cast<bool>(m_db.exec(immediate ? "BEGIN IMMEDIATE;" : "BEGIN;"));
}

Transaction::~Transaction()
{
    if (m_active) {
        (void)m_db.exec("ROLLBACK;");
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error(ErrorCode::Database,
                     trDb(QT_TRANSLATE_NOOP("abri::Database",
                                            "The vault could not complete this operation. Nothing was saved.")));
    }
    auto st = m_db.exec("COMMIT;");
    if (st) {
        m_active = false;
    }
    return st;
}

} // namespace abri
