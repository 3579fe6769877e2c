#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace abri::ui {

namespace {

QPointer<QTranslator> g_abri;
QPointer<QTranslator> g_qt;
QString g_current;

void replace(QPointer<QTranslator>& slot, const QString& file, const QString& directory)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}

} // namespace

QString Language::resolve(const QString& setting)
{
    if (setting == QLatin1String("en") || setting == QLatin1String("fr")) {
        return setting;
    }
    // First of the system's preferred languages that Abri speaks; English otherwise.
    for (const QString& tag : QLocale::system().uiLanguages()) {
        if (tag.startsWith(QLatin1String("fr"))) {
            return QStringLiteral("fr");
        }
        if (tag.startsWith(QLatin1String("en"))) {
            return QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

QString Language::apply(const QString& setting)
{
    const QString language = resolve(setting);
    if (setting.isEmpty()) {
        QLocale::setDefault(QLocale::system());
    } else {
        // Keep the system's region for dates and numbers when it speaks the chosen language.
        const QLocale system = QLocale::system();
        const QLocale chosen(language);
        QLocale::setDefault(system.language() == chosen.language() ? system : chosen);
    }
    if (language == g_current && g_abri) {
        return language;
    }
    g_current = language;
    replace(g_qt, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(g_abri, QStringLiteral("abri_") + language, QStringLiteral(":/i18n"));
    return language;
}

QString Language::current()
{
    return g_current.isEmpty() ? resolve({}) : g_current;
}

} // namespace abri::ui
