#pragma once

#include "MainWindow.h"
#include "UiOptions.h"
#include "vault/Vault.h"

#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

// Readable QString values in Catch's failure messages.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace abri::test {

inline const QString Organisation = QStringLiteral("Maison Refuge Test");
inline const QString Coordinator = QStringLiteral("camille");
inline const QString CoordinatorPass = QStringLiteral("correct horse battery staple");
inline const QString ColleaguePass = QStringLiteral("violet tangerine hammock river");

// Processes events until condition() holds or the timeout passes (workers run Argon2id at minimum cost).
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 30'000);

// A temporary folder for one test: the vault lives in it, core keeps this computer's state there, the clock is a
// MockClock, key derivation is at its minimum, and the GUI's settings start empty.
struct UiFixture
{
    QTemporaryDir dir;
    MockClock clock;
    ui::UiOptions options;
    QString recoveryKey;

    UiFixture();
    QString vaultPath() const;
    Vault::Options vaultOptions() const { return options.vault; }
    // Creates the vault through core (not the wizard) and returns its unlocked first session.
    std::unique_ptr<Vault> createVault();
    // Creates the vault, adds a user with the given role, and locks; the next MainWindow opens its lock screen.
    void createVaultWithUser(const QString& name, Role role);
};

SecureBuffer secure(const QString& text);

template <typename T>
T* child(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("looking for child " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Shows the window and waits until it is active, so keys reach the focus widget as they would for a person.
void showAndActivate(QWidget& window);
// Types a name and passphrase on the lock screen and waits for the result (workspace or error).
void typeUnlock(ui::MainWindow& window, const QString& name, const QString& passphrase);
void unlockThroughUi(ui::MainWindow& window, const QString& name, const QString& passphrase);
// Sends a key as a person would: to the widget with keyboard focus (or the active window).
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Every visible top-level dialog (message boxes, form dialogs).
int visibleDialogCount();
void closeVisibleDialogs();

} // namespace abri::test
