#pragma once

#include <QDateTime>

namespace abri {

// Injectable time source, so auto-lock and back-off are tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static Clock& system();
};

class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)) : m_now(start) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    QDateTime m_now;
};

} // namespace abri
