#pragma once

#include "vault/IdleTimer.h"

#include <QObject>
#include <QTimer>

namespace abri::ui {

// Feeds user input anywhere in the application into core's IdleTimer and asks it, on a timer, whether the
// session has been idle long enough to lock. Time comes from the injected Clock, so tests need not sleep.
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(const Clock& clock, int minutes, int pollMs, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setMinutes(int minutes);
    int minutes() const { return m_idle.minutes(); }
    // Checks now instead of waiting for the next poll.
    void check();

Q_SIGNALS:
    void idleExpired();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IdleTimer m_idle;
    QTimer m_poll;
};

} // namespace abri::ui
