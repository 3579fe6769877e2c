#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace abri::ui {

// The only way Abri puts text on the clipboard. The text is marked as concealed for clipboard managers, and
// cleared after a delay, on lock and on quit, but only while the clipboard still holds what Abri put there.
class Clipboard final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearMs = 30'000;

    static Clipboard& instance();

    void setSecretText(const QString& text, int clearAfterMs = DefaultClearMs);
    bool holdsOurText() const;
    void clearIfOurs();

private:
    explicit Clipboard(QObject* parent);

    QTimer m_timer;
    QString m_text;
};

} // namespace abri::ui
