#pragma once

#include <QFont>

class QLabel;

namespace abri::ui::Style {

// Error text in a red that stays readable on light and dark palettes; the text itself says what is wrong.
void markAsError(QLabel* label);
// A heading a step larger than the body text.
void markAsHeading(QLabel* label, double scale = 1.4);
QFont monospace(double scale = 1.0);

} // namespace abri::ui::Style
