#pragma once

#include <QObject>

namespace abri::ui {

// Asks for a lock when the machine is about to sleep (logind PrepareForSleep), when the desktop's screen saver or
// screen lock starts (ScreenSaver ActiveChanged) or when logind locks this session (Session.Lock).
// Connects to whatever buses and services exist and quietly does nothing without them.
class DesktopLockWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopLockWatcher(QObject* parent = nullptr);

Q_SIGNALS:
    void lockRequested();

public Q_SLOTS:
    void onPrepareForSleep(bool start);
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();

private:
    void watchSystemBus();
    void watchSessionBus();
};

} // namespace abri::ui
