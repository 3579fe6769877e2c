// The canary scan: a scripted workload through core, abri-admin and the GUI plants distinct strings as names,
// passphrases and audit details, then every file the process and its children could have written is read back.
// Nothing planted may appear in any file, in any encoding, except what the product promises to keep (the user
// name, in the GUI's settings, while "Remember my name" is ticked).
#include "CanaryFixture.h"
#include "CanaryScanner.h"
#include "CliFixture.h"
#include "FirstRunWizard.h"
#include "LeakRoot.h"
#include "LockScreen.h"
#include "UiSettings.h"
#include "UiTestSupport.h"
#include "UsersModel.h"
#include "UsersPage.h"
#include "Workspace.h"
#include "util/Paths.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace abri;
using namespace abri::leaks;
using abri::test::child;
using abri::test::waitUntil;
using ui::MainWindow;

namespace {

// Core: the vault API directly, as the GUI's workers and abri-admin call it.
std::unique_ptr<Vault> coreWorkload(Planted& p)
{
    const QString org = p.canary(QStringLiteral("core organisation"), QStringLiteral("CoreOrg"), true);
    const QString coordinator = p.canary(QStringLiteral("core coordinator name"), QStringLiteral("CoreCoord"));
    const QString coordinatorPass = p.canary(QStringLiteral("core coordinator passphrase"), QStringLiteral("CorePass"));
    const QString colleague = p.canary(QStringLiteral("core colleague name"), QStringLiteral("CoreUser"));
    const QString colleaguePass = p.canary(QStringLiteral("core colleague passphrase"), QStringLiteral("CoreUPass"));
    const QString objectId = p.canary(QStringLiteral("core audit object id"), QStringLiteral("CoreObj"));
    const QString detail = p.canary(QStringLiteral("core audit detail"), QStringLiteral("CoreDetail"));
    const QString changedPass = p.canary(QStringLiteral("core changed passphrase"), QStringLiteral("CoreNewPass"));

    const QString path = inRoot(QStringLiteral("vaults/core.abri"));
    const QString backup = inRoot(QStringLiteral("backups/core.abribak"));
    REQUIRE(QDir().mkpath(inRoot(QStringLiteral("backups"))));
    auto created = Vault::create(path, org, coordinator, SecureBuffer::fromUtf8(coordinatorPass), coreOptions());
    INFO((created ? std::string() : created.error().message().toStdString()));
    REQUIRE(created.ok());
    p.secret(QStringLiteral("core recovery key"), created->recoveryKey);
    {
        Vault& vault = *created->vault;
        REQUIRE(vault.addUser(colleague, Role::Caseworker, SecureBuffer::fromUtf8(colleaguePass)).ok());
        REQUIRE(vault.recordAudit(QStringLiteral("test.event"), QStringLiteral("person"), objectId, detail).ok());
        REQUIRE(vault.backup(backup).ok());
        auto rekeyed = vault.rekey();
        REQUIRE(rekeyed.ok());
        p.secret(QStringLiteral("core recovery key after re-key"), rekeyed.value());
        REQUIRE(vault.changeMyPassphrase(SecureBuffer::fromUtf8(coordinatorPass), SecureBuffer::fromUtf8(changedPass))
                    .ok());
        vault.lock();
    }

    // The backup restores and opens with the passphrases of its day.
    const QString restored = inRoot(QStringLiteral("vaults/core-restored.abri"));
    REQUIRE(Vault::restore(backup, restored, false, coreOptions()).ok());
    {
        auto opened = Vault::unlock(restored, colleague, SecureBuffer::fromUtf8(colleaguePass), coreOptions());
        REQUIRE(opened.ok());
        opened.value()->lock();
    }

    // Unlocked again, and left open so that its -wal and -shm exist for the scan in the middle.
    auto unlocked = Vault::unlock(path, coordinator, SecureBuffer::fromUtf8(changedPass), coreOptions());
    REQUIRE(unlocked.ok());
    // The planted strings really went in: the vault gives them back once unlocked.
    AuditFilter filter;
    filter.action = QStringLiteral("test.event");
    auto entries = unlocked.value()->auditEntries(filter);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().objectId == objectId);
    CHECK(entries->front().detail == detail);
    CHECK(unlocked.value()->organisation() == org);
    return std::move(unlocked.value());
}

// abri-admin: spawned as a coordinator would run it, secrets on stdin.
void adminWorkload(Planted& p, const clitest::CliFixture& cli)
{
    const QString org = p.canary(QStringLiteral("abri-admin organisation"), QStringLiteral("AdmOrg"), true);
    const QString coordinator = p.canary(QStringLiteral("abri-admin coordinator name"), QStringLiteral("AdmCoord"));
    const QString coordinatorPass =
        p.canary(QStringLiteral("abri-admin coordinator passphrase"), QStringLiteral("AdmPass"));
    const QString colleague = p.canary(QStringLiteral("abri-admin colleague name"), QStringLiteral("AdmUser"));
    const QString colleaguePass =
        p.canary(QStringLiteral("abri-admin colleague passphrase"), QStringLiteral("AdmUPass"));
    const QString wrongName = p.canary(QStringLiteral("abri-admin mistyped name"), QStringLiteral("AdmWrongName"));
    const QString wrongPass = p.canary(QStringLiteral("abri-admin wrong passphrase"), QStringLiteral("AdmWrongPass"));

    const QString vault = inRoot(QStringLiteral("vaults/admin.abri"));
    const QString restored = inRoot(QStringLiteral("vaults/admin-restored.abri"));
    const QString backup = inRoot(QStringLiteral("backups/admin.abribak"));
    const QString minimum = QStringLiteral("minimum");
    const auto expect = [&](const clitest::RunResult& r, int code) {
        INFO(r.describe());
        REQUIRE(r.exitCode == code);
        // Passphrases never come back on the terminal either.
        for (const QString& secret : {coordinatorPass, colleaguePass, wrongPass}) {
            CHECK_FALSE(r.out.contains(secret, Qt::CaseInsensitive));
            CHECK_FALSE(r.err.contains(secret, Qt::CaseInsensitive));
        }
    };

    auto r = cli.run({QStringLiteral("init"), vault, QStringLiteral("--organisation"), org, QStringLiteral("--user"),
                      coordinator, QStringLiteral("--kdf-cost"), minimum},
                     {coordinatorPass});
    expect(r, 0);
    p.secret(QStringLiteral("abri-admin recovery key"), clitest::recoveryKeyIn(r.out));
    expect(cli.run({QStringLiteral("users"), QStringLiteral("add"), vault, QStringLiteral("--user"), coordinator,
                    QStringLiteral("--name"), colleague, QStringLiteral("--role"), QStringLiteral("caseworker"),
                    QStringLiteral("--kdf-cost"), minimum},
                   {coordinatorPass, colleaguePass}),
           0);
    expect(cli.run({QStringLiteral("backup"), vault, QStringLiteral("--user"), coordinator, QStringLiteral("--out"),
                    backup},
                   {coordinatorPass}),
           0);
    expect(cli.run({QStringLiteral("restore"), restored, QStringLiteral("--from"), backup}), 0);
    expect(cli.run({QStringLiteral("verify"), restored, QStringLiteral("--user"), coordinator}, {coordinatorPass}), 0);
    expect(cli.run({QStringLiteral("verify"), vault, QStringLiteral("--user"), colleague}, {colleaguePass}), 6);
    // A failed attempt is counted on this computer (the back-off), under the vault's id and never the name.
    expect(cli.run({QStringLiteral("verify"), vault, QStringLiteral("--user"), wrongName}, {wrongPass}), 2);
    expect(cli.run({QStringLiteral("info"), vault}), 0);
}

// The GUI, offscreen: the first-run wizard creates a vault, the lock screen opens it, pages are visited, a user is
// added, and Ctrl+L locks. The wizard and the state folder use the product's default places.
struct GuiCanaries
{
    QString coordinator;
    QString passphrase;
};

GuiCanaries guiCreateVault(Planted& p, MainWindow& window)
{
    const QString org = p.canary(QStringLiteral("GUI organisation"), QStringLiteral("GuiOrg"));
    GuiCanaries out;
    out.coordinator = p.canary(QStringLiteral("GUI coordinator name"), QStringLiteral("GuiCoord"));
    out.passphrase = p.canary(QStringLiteral("GUI coordinator passphrase"), QStringLiteral("GuiPass"));

    REQUIRE(window.screen() == MainWindow::Screen::Wizard);
    ui::FirstRunWizard* wizard = window.wizard();
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::CreatePageId);
    // The default folder, as a person who just clicks on would get it.
    CHECK(child<QLineEdit>(wizard, QStringLiteral("folderEdit"))->text() == Vault::defaultPath());
    REQUIRE(Vault::defaultPath().startsWith(LeakRoot::dataHome()));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationEdit")), org);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("userNameEdit")), out.coordinator);
    QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), QStringLiteral("newPassphraseEdit")), out.passphrase);
    QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), QStringLiteral("repeatPassphraseEdit")), out.passphrase);
    QAbstractButton* commit = wizard->button(QWizard::CommitButton);
    REQUIRE(commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return wizard->currentId() == ui::FirstRunWizard::RecoveryKeyPageId; }));
    p.secret(QStringLiteral("GUI recovery key"), child<QLabel>(wizard, QStringLiteral("recoveryKeyLabel"))->text());
    child<QCheckBox>(wizard, QStringLiteral("writtenDownCheck"))->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(window.screen() == MainWindow::Screen::Lock);
    return out;
}

void guiVisitPagesAndAddUser(Planted& p, MainWindow& window)
{
    const QString colleague = p.canary(QStringLiteral("GUI colleague name"), QStringLiteral("GuiUser"));
    const QString colleaguePass = p.canary(QStringLiteral("GUI colleague passphrase"), QStringLiteral("GuiUPass"));
    ui::Workspace* workspace = window.workspace();
    REQUIRE(workspace != nullptr);
    for (auto page : {ui::Workspace::Page::Audit, ui::Workspace::Page::MyAccount, ui::Workspace::Page::Preferences,
                      ui::Workspace::Page::Users}) {
        REQUIRE(workspace->hasPage(page));
        workspace->showPage(page);
        REQUIRE(waitUntil([&] { return workspace->page(page)->isVisible(); }, 5000));
    }
    auto* users = qobject_cast<ui::UsersPage*>(workspace->page(ui::Workspace::Page::Users));
    REQUIRE(users != nullptr);
    REQUIRE(waitUntil([&] { return users->model()->rowCount() == 1; }));
    QTest::mouseClick(child<QPushButton>(users, QStringLiteral("addUserButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        return dialog != nullptr && dialog->objectName() == QStringLiteral("addUserDialog");
    }));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), colleague);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newPassphraseEdit")), colleaguePass);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("repeatPassphraseEdit")), colleaguePass);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return users->model()->rowCount() == 2; }));
    // Back to the audit log, which now shows the additions (by action, never by name).
    workspace->showPage(ui::Workspace::Page::Audit);
}

} // namespace

TEST_CASE("leaks_afterCoreAdminAndGuiWorkloads_noCanaryInAnyFileUnderTheRoot", "[leaks]")
{
    QElapsedTimer timer;
    timer.start();
    Planted p;
    LogCapture log;
    std::unique_ptr<Vault> coreVault = coreWorkload(p);
    {
        clitest::CliFixture cli;
        adminWorkload(p, cli);

        MainWindow window(guiOptions());
        abri::test::showAndActivate(window);
        const GuiCanaries gui = guiCreateVault(p, window);
        REQUIRE(p.canaries.size() == 18);
        // "Remember my name" stays at its default.
        CHECK_FALSE(child<QCheckBox>(window.lockScreen(), QStringLiteral("rememberNameCheck"))->isChecked());
        abri::test::unlockThroughUi(window, gui.coordinator, gui.passphrase);
        guiVisitPagesAndAddUser(p, window);
        REQUIRE(p.canaries.size() == 20);

        {
            const QList<Hit> titleHits = p.scanner.scanData(windowTitles(), QStringLiteral("window titles"));
            INFO(describe(titleHits).toStdString());
            CHECK(titleHits.isEmpty());
        }
        // In the middle: two vaults are open, so their write-ahead logs hold the latest pages.
        const auto during = scanRoot(p, "while vaults are open");
        INFO(describe(during.hits).toStdString());
        CHECK(during.hits.isEmpty());
        requireScanned(during, {inRoot(QStringLiteral("vaults/core.abri/abri.db-wal")),
                                inRoot(QStringLiteral("vaults/core.abri/abri.db-shm")),
                                Vault::defaultPath() + QStringLiteral("/abri.db-wal"),
                                Vault::defaultPath() + QStringLiteral("/abri.db-shm")});

        lockWithCtrlL(window);
        coreVault->lock();
        // Each abri-admin run used the fixture's folders; their files are scanned with the rest of the root.
        REQUIRE(cli.stateDir().startsWith(LeakRoot::path()));
        const auto after = scanRoot(p, "after locking");
        INFO(describe(after.hits).toStdString());
        CHECK(after.hits.isEmpty());
        const QString guiVault = Vault::defaultPath();
        requireScanned(
            after,
            {inRoot(QStringLiteral("vaults/core.abri/abri.db")), inRoot(QStringLiteral("vaults/core.abri/abri.keys")),
             inRoot(QStringLiteral("vaults/core.abri/abri.anchor")),
             inRoot(QStringLiteral("vaults/core-restored.abri/abri.db")),
             inRoot(QStringLiteral("backups/core.abribak")), inRoot(QStringLiteral("vaults/admin.abri/abri.db")),
             inRoot(QStringLiteral("vaults/admin.abri/abri.keys")),
             inRoot(QStringLiteral("vaults/admin-restored.abri/abri.db")),
             inRoot(QStringLiteral("backups/admin.abribak")), guiVault + QStringLiteral("/abri.db"),
             guiVault + QStringLiteral("/abri.keys"), guiVault + QStringLiteral("/abri.anchor"), settingsFile()});
        // This computer's state (back-off counters, audit anchors) for core and the GUI, and for abri-admin.
        CHECK_FALSE(QDir(Paths::localStateDir()).entryList(QDir::Files).isEmpty());
        CHECK_FALSE(QDir(cli.stateDir()).entryList(QDir::Files).isEmpty());
        CHECK(Paths::localStateDir().startsWith(LeakRoot::dataHome()));
        CHECK(settingsFile().startsWith(LeakRoot::configHome()));
    }
    // Nothing escaped the root: files changed since the start in the usual temporary folder and in the real
    // home's Abri folders (the canaries are new in this run, so an old file cannot match).
    const QDateTime since = LeakRoot::startedAt();
    QList<Hit> outside = p.scanner.scanTree(LeakRoot::originalTempDir(), since, false).hits;
    for (const char* dir : {".config/Abri", ".local/share/Abri", ".cache/Abri", ".local/state/Abri"}) {
        const QString real = QDir(LeakRoot::originalHome()).filePath(QString::fromLatin1(dir));
        if (!LeakRoot::originalHome().isEmpty() && QFileInfo::exists(real)) {
            outside << p.scanner.scanTree(real, since).hits;
        }
    }
    INFO(describe(outside).toStdString());
    CHECK(outside.isEmpty());
    // Nor did any log message of this process carry one (abri-admin's output is checked as it runs).
    REQUIRE(log.count() > 0);
    const QList<Hit> logHits = p.scanner.scanData(log.text(), QStringLiteral("log messages"));
    INFO(describe(logHits).toStdString());
    CHECK(logHits.isEmpty());
    WARN("whole canary workload and scans: " << timer.elapsed() << " ms");
}

TEST_CASE("leaks_rememberMyNameTicked_keepsOnlyTheNameAndOnlyInSettingsUntilUnticked", "[leaks]")
{
    Planted p;
    const QString org = p.canary(QStringLiteral("organisation"), QStringLiteral("RemOrg"));
    const QString name = p.canary(QStringLiteral("remembered user name"), QStringLiteral("RemName"));
    const QString pass = p.canary(QStringLiteral("passphrase"), QStringLiteral("RemPass"));
    {
        // Its own folder, so the test also runs after the others in one process.
        const QString path = inRoot(QStringLiteral("vaults/remember.abri"));
        auto created = Vault::create(path, org, name, SecureBuffer::fromUtf8(pass), coreOptions());
        REQUIRE(created.ok());
        p.secret(QStringLiteral("recovery key"), created->recoveryKey);
        created->vault->lock();
        ui::UiSettings::setVaultPath(path);
    }
    const auto unlockAndLock = [&](MainWindow& window, bool remember) {
        child<QCheckBox>(window.lockScreen(), QStringLiteral("rememberNameCheck"))->setChecked(remember);
        abri::test::unlockThroughUi(window, name, pass);
        lockWithCtrlL(window);
    };
    {
        MainWindow window(guiOptions());
        abri::test::showAndActivate(window);
        REQUIRE(window.screen() == MainWindow::Screen::Lock);
        unlockAndLock(window, false);
        const auto unticked = scanRoot(p, "name not remembered");
        INFO(describe(unticked.hits).toStdString());
        CHECK(unticked.hits.isEmpty());

        unlockAndLock(window, true);
    }
    // Ticked: the name is kept (as the lock screen's tooltip says, anyone using the computer can see it), in the
    // settings file only; the organisation, the passphrase and the recovery key nowhere.
    const auto ticked = scanRoot(p, "name remembered");
    INFO(describe(ticked.hits).toStdString());
    REQUIRE_FALSE(ticked.hits.isEmpty());
    for (const Hit& hit : ticked.hits) {
        CHECK(hit.label == QStringLiteral("remembered user name"));
        CHECK(hit.file == settingsFile());
    }
    {
        MainWindow window(guiOptions());
        abri::test::showAndActivate(window);
        CHECK(child<QLineEdit>(window.lockScreen(), QStringLiteral("userNameEdit"))->text() == name);
        // Unticking and unlocking forgets it: the settings file is rewritten without the name.
        unlockAndLock(window, false);
    }
    const auto forgotten = scanRoot(p, "name forgotten");
    INFO(describe(forgotten.hits).toStdString());
    CHECK(forgotten.hits.isEmpty());
    CHECK(forgotten.files.contains(settingsFile()));
}
