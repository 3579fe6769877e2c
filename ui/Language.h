#pragma once

#include <QString>

namespace abri::ui {

// Loads Abri's and Qt's own translations for the chosen language. Installing them makes Qt send LanguageChange
// to every widget, and each widget retranslates itself, so a change in Preferences applies at once.
class Language
{
public:
    // setting: "" follows the system locale, or "en" / "fr". Returns the language applied.
    static QString apply(const QString& setting);
    static QString resolve(const QString& setting);
    static QString current();
};

} // namespace abri::ui
