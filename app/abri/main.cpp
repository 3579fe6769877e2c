#include "Language.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "util/Security.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    // Before anything holds a secret: no core dumps, no ptrace by other processes of the same user.
    abri::hardenProcess();
    const abri::Status runtime = abri::checkCryptoRuntime();

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Abri"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ABRI_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("abri"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Abri"));

    // Abri's own translation (":/i18n/abri_<lang>.qm") and Qt's qtbase_<lang>.qm for standard dialogs.
    abri::ui::Language::apply(abri::ui::UiSettings::language());

    if (!runtime) {
        // Asked again now that translations are loaded, so the message is in the user's language.
        const abri::Status translated = abri::checkCryptoRuntime();
        QMessageBox::critical(nullptr, QStringLiteral("Abri"),
                              translated ? runtime.error().message() : translated.error().message());
        return 1;
    }

    abri::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
