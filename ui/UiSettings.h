#pragma once

#include <QString>

namespace abri::ui {

// This computer's GUI preferences. Holds no personal data, except the user name when, and only while, the user
// ticks "Remember my name on this computer".
class UiSettings
{
public:
    // "" follows the system, otherwise "en" or "fr".
    static QString language();
    static void setLanguage(const QString& language);

    static QString rememberedName(); // empty when not remembered
    static void rememberName(const QString& name);
    static void forgetName();

    // The vault folder the lock screen opens; empty when none was chosen yet.
    static QString vaultPath();
    static void setVaultPath(const QString& path);

    // The demo vault made by the first-run wizard, so its lock screen can say DEMO (and show the demo users)
    // before anything is decrypted. Only a folder path; the data in it is fictional.
    static QString demoVaultPath();
    static void setDemoVaultPath(const QString& path);
    static bool isDemoVaultPath(const QString& path);
};

} // namespace abri::ui
