#pragma once

#include "util/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QEvent;

namespace abri::ui {

// Application-wide keys that lock, seen before any widget or dialog can swallow them:
//  - Ctrl+L locks.
//  - Panic: Escape pressed three times within one second locks at once. One or two presses keep their usual
//    meaning (close a dialog or popup); three quick presses do not happen by accident, yet are easy to hit in
//    a hurry without looking at the keyboard. Held-down (auto-repeat) Escape does not count.
class LockKeyFilter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PanicPresses = 3;
    static constexpr qint64 PanicWindowMs = 1000;

    explicit LockKeyFilter(const Clock& clock, QObject* parent = nullptr);
    ~LockKeyFilter() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void lockRequested();
    void panicRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isSameDelivery(QObject* watched, const QEvent* event) const;
    void countEscape();

    const Clock& m_clock;
    bool m_enabled = false;
    QDateTime m_presses[PanicPresses];
    int m_next = 0;
    // A key event passes the application filter once per receiver (window, focus widget, then its parents).
    const QEvent* m_lastEvent = nullptr;
    QPointer<QObject> m_lastReceiver;
};

} // namespace abri::ui
