#include "LockKeyFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>
#include <QWindow>

namespace abri::ui {

LockKeyFilter::LockKeyFilter(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    QCoreApplication::instance()->installEventFilter(this);
}

LockKeyFilter::~LockKeyFilter()
{
    if (auto* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void LockKeyFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    for (auto& press : m_presses) {
        press = {};
    }
}

bool LockKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || event->type() != QEvent::KeyPress) {
        return false;
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_L)) {
        Q_EMIT lockRequested();
        return true;
    }
    if (key->key() != Qt::Key_Escape || key->isAutoRepeat() || key->modifiers() != Qt::NoModifier) {
        return false;
    }
    const bool repeatDelivery = isSameDelivery(watched, event);
    m_lastEvent = event;
    m_lastReceiver = watched;
    if (repeatDelivery) {
        return false;
    }
    countEscape();
    return false;
}

bool LockKeyFilter::isSameDelivery(QObject* watched, const QEvent* event) const
{
    if (event != m_lastEvent || !m_lastReceiver || watched == m_lastReceiver) {
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget) {
        return false;
    }
    // From the platform window on to its focus widget.
    if (auto* window = qobject_cast<QWindow*>(m_lastReceiver.data())) {
        return widget->window()->windowHandle() == window;
    }
    // From a widget on to one of its parents (an unhandled key propagates upwards).
    auto* last = qobject_cast<QWidget*>(m_lastReceiver.data());
    return last && widget->isAncestorOf(last);
}

void LockKeyFilter::countEscape()
{
    const QDateTime now = m_clock.nowUtc();
    m_presses[m_next] = now;
    m_next = (m_next + 1) % PanicPresses;
    // m_presses[m_next] is now the oldest of the last three presses.
    const QDateTime& oldest = m_presses[m_next];
    if (oldest.isValid() && oldest.msecsTo(now) <= PanicWindowMs) {
        setEnabled(m_enabled);
        Q_EMIT panicRequested();
    }
}

} // namespace abri::ui
