// Crash windows reproduced exactly: the state a kill leaves at one chosen point, built by putting back the
// files from before an operation, then what a person does next.

#include "CrashProtocol.h"
#include "vault/Vault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace abri;

namespace {

// Copies every file of from into to (replacing), and removes from to what from does not have.
void mirror(const QString& from, const QString& to)
{
    QDir(to).removeRecursively();
    REQUIRE(QDir().mkpath(to));
    QDirIterator it(from, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString file = it.next();
        REQUIRE(QFile::copy(file, QDir(to).filePath(it.fileName())));
    }
}

} // namespace

TEST_CASE("crash_addUserKilledAfterSavingSlots_sameUserAddedAgainUnlocks", "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir base(dir.path());
    const QString vaultPath = base.filePath(QStringLiteral("vault.abri"));
    Vault::Options options;
    options.kdf = crypto::KdfParams::minimum();
    options.localStateDir = base.filePath(QStringLiteral("state"));
    const QString name = QStringLiteral("Bea");
    const SecureBuffer beaPass = crash::secret(crash::userPassphrase(name));
    const SecureBuffer coordinatorPass = crash::secret(crash::CoordinatorPassphrase);

    {
        auto created = Vault::create(vaultPath, crash::Organisation, crash::CoordinatorName, coordinatorPass, options);
        REQUIRE(created.ok());
        created->vault->lock();
    }
    // Before the change: the database, its anchors and this computer's state.
    mirror(vaultPath, base.filePath(QStringLiteral("before/vault")));
    mirror(options.localStateDir, base.filePath(QStringLiteral("before/state")));
    QByteArray keysWithBea;
    {
        auto vault = Vault::unlock(vaultPath, crash::CoordinatorName, coordinatorPass, options);
        REQUIRE(vault.ok());
        REQUIRE(vault.value()->addUser(name, Role::Caseworker, beaPass).ok());
        vault.value()->lock();
        QFile keys(QDir(vaultPath).filePath(QStringLiteral("abri.keys")));
        REQUIRE(keys.open(QIODevice::ReadOnly));
        keysWithBea = keys.readAll();
    }
    // The kill: abri.keys already holds Bea's slot, the database never got her account.
    mirror(base.filePath(QStringLiteral("before/vault")), vaultPath);
    mirror(base.filePath(QStringLiteral("before/state")), options.localStateDir);
    {
        QFile keys(QDir(vaultPath).filePath(QStringLiteral("abri.keys")));
        REQUIRE(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(keys.write(keysWithBea) == keysWithBea.size());
    }
    REQUIRE(Vault::unlock(vaultPath, name, beaPass, options).error().code() == ErrorCode::UserNotFound);

    // The coordinator adds her again, with the same passphrase.
    {
        auto vault = Vault::unlock(vaultPath, crash::CoordinatorName, coordinatorPass, options);
        REQUIRE(vault.ok());
        REQUIRE(vault.value()->users()->size() == 1);
        auto bea = vault.value()->addUser(name, Role::Caseworker, beaPass);
        REQUIRE(bea.ok());
        auto problems = vault.value()->checkKeySlots();
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        vault.value()->lock();
    }
    auto vault = Vault::unlock(vaultPath, name, beaPass, options);
    INFO((vault ? QString() : vault.error().message()).toStdString());
    REQUIRE(vault.ok());
    CHECK(vault.value()->currentUser().name == name);
}
