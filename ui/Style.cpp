#include "Style.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPalette>

namespace abri::ui::Style {

void markAsError(QLabel* label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setWordWrap(true);
}

void markAsHeading(QLabel* label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

QFont monospace(double scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace abri::ui::Style
