#pragma once

#include "util/Clock.h"

namespace abri {

// Decides when a session has been idle long enough to lock. The GUI reports activity and polls.
class IdleTimer
{
public:
    IdleTimer(const Clock& clock, int minutes) : m_clock(clock), m_minutes(minutes), m_last(clock.nowUtc()) {}

    void setMinutes(int minutes) { m_minutes = minutes; }
    int minutes() const { return m_minutes; }
    void touch() { m_last = m_clock.nowUtc(); }
    // 0 minutes disables auto-lock.
    bool expired() const { return m_minutes > 0 && m_last.secsTo(m_clock.nowUtc()) >= qint64{m_minutes} * 60; }

private:
    const Clock& m_clock;
    int m_minutes;
    QDateTime m_last;
};

} // namespace abri
