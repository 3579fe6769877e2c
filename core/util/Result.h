#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace abri {

// What went wrong, in a form the caller can branch on (code) and show (message, already translated).
enum class ErrorCode {
    InvalidArgument,
    WrongCredentials,
    Throttled,
    VaultNotFound,
    VaultExists,
    VaultInUse,
    NewerFormat,
    CorruptKeySlots,
    CorruptDatabase,
    CorruptBackup,
    AuditBroken,
    PermissionDenied,
    LastCoordinator,
    WeakPassphrase,
    UserExists,
    UserNotFound,
    UserDisabled,
    BadRecoveryKey,
    NotUnlocked,
    NotSqlCipher,
    Cancelled,
    Io,
    Database,
    Crypto,
    NotFound, // a record (person, note, consent...) that does not exist, or no longer does
};

class Error
{
public:
    Error(ErrorCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    ErrorCode code() const { return m_code; }
    // Translated, says what happened and what to do. Never carries personal data.
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

// Value or Error; no exceptions cross a library boundary.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace abri
