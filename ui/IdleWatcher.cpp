#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace abri::ui {

IdleWatcher::IdleWatcher(const Clock& clock, int minutes, int pollMs, QObject* parent)
    : QObject(parent), m_idle(clock, minutes)
{
    QCoreApplication::instance()->installEventFilter(this);
    connect(&m_poll, &QTimer::timeout, this, &IdleWatcher::check);
    m_poll.start(pollMs);
}

IdleWatcher::~IdleWatcher()
{
    if (auto* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleWatcher::setMinutes(int minutes)
{
    m_idle.setMinutes(minutes);
    m_idle.touch();
}

void IdleWatcher::check()
{
    if (m_idle.expired()) {
        m_poll.stop();
        Q_EMIT idleExpired();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_idle.touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace abri::ui
