#pragma once

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace abri {

class Statement;

// An open SQLCipher database. The only place in Abri that talks to SQLCipher's C API.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Opens and keys the database with a raw 32-byte key, then proves the key by reading the schema.
    // WrongCredentials when the key does not open it; CorruptDatabase when the file is damaged.
    static Result<Database> open(const QString& path, const SecureBuffer& rawKey, Mode mode);
    // Opens a plain, unencrypted SQLite file with the same settings as open(). For the benchmark's side-by-side
    // copy only; vaults are never opened this way.
    static Result<Database> openUnencrypted(const QString& path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    void close();

    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    qint64 lastInsertId() const;
    int changes() const;

    // PRAGMA rekey with a raw key; the database must not be in a transaction.
    Status rekey(const SecureBuffer& newRawKey);
    // Integrity check: empty list when healthy.
    Result<QStringList> integrityCheck();
    // Consistent online copy to a new database file keyed with the same raw key.
    Status backupTo(const QString& path, const SecureBuffer& rawKey,
                    const std::function<bool(int done, int total)>& progress);
    Status checkpointTruncate();
    // Writes an unencrypted copy of the whole database to a new file (sqlcipher_export). For the benchmark's
    // side-by-side copy only; vaults are never opened this way.
    Status exportPlaintextCopy(const QString& path);

    // "3.4.1 community" when the linked library is SQLCipher, empty otherwise.
    QString cipherVersion();
    static QString linkedSqliteVersion();

    Error lastError(ErrorCode code) const;
    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    // true while a row is available; check ok() afterwards to tell end from failure.
    bool step();
    bool ok() const { return m_ok; }
    Status run(); // step to completion, for statements that return no rows
    void reset();

    qint64 int64(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    bool m_ok = true;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace abri
