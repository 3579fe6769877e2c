#include "DesktopLockWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace abri::ui {

namespace {
const QString Login1Service = QStringLiteral("org.freedesktop.login1");
} // namespace

DesktopLockWatcher::DesktopLockWatcher(QObject* parent) : QObject(parent)
{
    watchSystemBus();
    watchSessionBus();
}

void DesktopLockWatcher::onPrepareForSleep(bool start)
{
    if (start) {
        Q_EMIT lockRequested();
    }
}

void DesktopLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active) {
        Q_EMIT lockRequested();
    }
}

void DesktopLockWatcher::onSessionLock()
{
    Q_EMIT lockRequested();
}

void DesktopLockWatcher::watchSystemBus()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        return;
    }
    bus.connect(Login1Service, QStringLiteral("/org/freedesktop/login1"),
                QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                SLOT(onPrepareForSleep(bool)));

    // Session.Lock is sent on this session's own object; ask logind which one that is, without blocking start-up.
    QDBusMessage call = QDBusMessage::createMethodCall(Login1Service, QStringLiteral("/org/freedesktop/login1"),
                                                       QStringLiteral("org.freedesktop.login1.Manager"),
                                                       QStringLiteral("GetSessionByPID"));
    call << static_cast<uint>(QCoreApplication::applicationPid());
    auto* pending = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* watcher) {
        watcher->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            return;
        }
        QDBusConnection::systemBus().connect(Login1Service, reply.value().path(),
                                             QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                                             this, SLOT(onSessionLock()));
    });
}

void DesktopLockWatcher::watchSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    // Any sender: the freedesktop interface is offered by KDE, Xfce, MATE and others under various names.
    const QString freedesktop = QStringLiteral("org.freedesktop.ScreenSaver");
    for (const QString& path : {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("/ScreenSaver")}) {
        bus.connect(QString(), path, freedesktop, QStringLiteral("ActiveChanged"), this,
                    SLOT(onScreenSaverActiveChanged(bool)));
    }
    bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
}

} // namespace abri::ui
