#include "UiSettings.h"

#include <QDir>
#include <QSettings>

namespace abri::ui {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString NameKey = QStringLiteral("lockScreen/rememberedName");
const QString VaultPathKey = QStringLiteral("vault/path");
const QString DemoPathKey = QStringLiteral("vault/demoPath");

QSettings settings()
{
    // Explicit names: independent of QCoreApplication's organisation, so tests and the app agree on one file.
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Abri"), QStringLiteral("abri"));
}

} // namespace

QString UiSettings::language()
{
    const QString value = settings().value(LanguageKey).toString();
    return value == QLatin1String("en") || value == QLatin1String("fr") ? value : QString();
}

void UiSettings::setLanguage(const QString& language)
{
    auto s = settings();
    if (language.isEmpty()) {
        s.remove(LanguageKey);
    } else {
        s.setValue(LanguageKey, language);
    }
}

QString UiSettings::rememberedName()
{
    return settings().value(NameKey).toString();
}

void UiSettings::rememberName(const QString& name)
{
    settings().setValue(NameKey, name);
}

void UiSettings::forgetName()
{
    settings().remove(NameKey);
}

QString UiSettings::vaultPath()
{
    return settings().value(VaultPathKey).toString();
}

void UiSettings::setVaultPath(const QString& path)
{
    settings().setValue(VaultPathKey, path);
}

QString UiSettings::demoVaultPath()
{
    return settings().value(DemoPathKey).toString();
}

void UiSettings::setDemoVaultPath(const QString& path)
{
    auto s = settings();
    if (path.isEmpty()) {
        s.remove(DemoPathKey);
    } else {
        s.setValue(DemoPathKey, QDir::cleanPath(QDir(path).absolutePath()));
    }
}

bool UiSettings::isDemoVaultPath(const QString& path)
{
    const QString demo = demoVaultPath();
    return !demo.isEmpty() && !path.isEmpty() && QDir::cleanPath(QDir(path).absolutePath()) == demo;
}

} // namespace abri::ui
