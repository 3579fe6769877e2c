#include "Clipboard.h"

#include "crypto/SecureBuffer.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace abri::ui {

Clipboard& Clipboard::instance()
{
    // Parented to the application so it is cleared and destroyed with it, while the clipboard still exists.
    static Clipboard* clipboard = new Clipboard(QCoreApplication::instance());
    return *clipboard;
}

Clipboard::Clipboard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::clearIfOurs);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOurs);
}

void Clipboard::setSecretText(const QString& text, int clearAfterMs)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // Clipboard managers (KDE Klipper, GNOME extensions, KeePassXC's convention) skip history for these.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    wipeString(m_text);
    m_text = text;
    m_timer.start(clearAfterMs);
}

bool Clipboard::holdsOurText() const
{
    return !m_text.isEmpty() && QGuiApplication::clipboard()->text(QClipboard::Clipboard) == m_text;
}

void Clipboard::clearIfOurs()
{
    m_timer.stop();
    if (m_text.isEmpty()) {
        return;
    }
    if (holdsOurText()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    }
    wipeString(m_text);
    m_text.clear();
}

} // namespace abri::ui
