// After lock, the keys are gone: every guarded buffer a vault held was zeroed before it was freed, and the process
// holds no more guarded memory than before the unlock. Core's test-only observer (SecureBuffer.h) shows the bytes
// at wipe time; secureMemoryStats() counts what is live.
#include "LockScreen.h"
#include "SecureMemoryProbe.h"
#include "UiSettings.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace abri;
using namespace abri::leaks;
using abri::test::waitUntil;

namespace {

const QString Coordinator = QStringLiteral("wipe-coordinator");
const QString Passphrase = QStringLiteral("lantern orbit copper 5521 meadow");
const QString NewPassphrase = QStringLiteral("harbour quince velvet 3307 summit");

std::string text(const SecureMemoryStats& stats)
{
    return std::to_string(stats.buffers) + " buffers, " + std::to_string(stats.bytes) + " bytes";
}

struct WipeFixture
{
    QTemporaryDir dir;
    QString path;
    QString recoveryKey;

    WipeFixture()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("vault.abri"));
        auto created = Vault::create(path, QStringLiteral("Wipe Test"), Coordinator, SecureBuffer::fromUtf8(Passphrase),
                                     options());
        REQUIRE(created.ok());
        recoveryKey = created->recoveryKey;
        created->vault->lock();
    }

    Vault::Options options(Vault::Access access = Vault::Access::ReadWrite) const
    {
        Vault::Options o;
        o.access = access;
        o.kdf = crypto::KdfParams::minimum();
        o.localStateDir = dir.filePath(QStringLiteral("state"));
        return o;
    }

    std::unique_ptr<Vault> unlock(Vault::Access access = Vault::Access::ReadWrite) const
    {
        auto opened = Vault::unlock(path, Coordinator, SecureBuffer::fromUtf8(Passphrase), options(access));
        INFO((opened ? std::string() : opened.error().message().toStdString()));
        REQUIRE(opened.ok());
        return std::move(opened.value());
    }
};

// What an unlocked vault holds in guarded memory, measured against the moment before it was unlocked.
struct Held
{
    SecureMemoryStats before;
    SecureMemoryProbe::Buffers buffers;
};

void requireHoldsAKey(const Held& held)
{
    // At least the 32-byte data key; the count tells how many buffers the check below covers.
    bool hasKey = false;
    for (const auto& entry : held.buffers) {
        hasKey = hasKey || entry.second.size == crypto::KeySize;
    }
    INFO("the unlocked vault holds " << held.buffers.size() << " guarded buffers");
    REQUIRE(hasKey);
    CHECK(secureMemoryStats().buffers >= held.before.buffers + held.buffers.size());
}

void requireAllWiped(const SecureMemoryProbe& probe, const Held& held)
{
    const SecureMemoryProbe::Verdict verdict = probe.check(held.buffers);
    INFO(verdict.describe().toStdString());
    CHECK(verdict.ok());
    CHECK(verdict.wipedClean == static_cast<int>(held.buffers.size()));
    CHECK(text(secureMemoryStats()) == text(held.before));
}

} // namespace

TEST_CASE("keyWipe_lockAfterEachWayOfOpening_zeroesAndFreesEveryKeyBufferTheVaultHeld", "[leaks][keywipe]")
{
    WipeFixture f;
    SecureMemoryProbe probe;
    Held held;
    held.before = secureMemoryStats();
    const SecureMemoryProbe::Buffers baseline = probe.live();
    std::unique_ptr<Vault> vault;

    SECTION("a passphrase unlock")
    {
        vault = f.unlock();
    }
    SECTION("a read-only unlock")
    {
        vault = f.unlock(Vault::Access::ReadOnly);
    }
    SECTION("a recovery-key unlock")
    {
        auto opened = Vault::unlockWithRecoveryKey(f.path, f.recoveryKey, f.options());
        REQUIRE(opened.ok());
        vault = std::move(opened.value());
    }
    SECTION("a vault just created")
    {
        auto created = Vault::create(f.dir.filePath(QStringLiteral("second.abri")), QStringLiteral("Second"),
                                     Coordinator, SecureBuffer::fromUtf8(Passphrase), f.options());
        REQUIRE(created.ok());
        vault = std::move(created->vault);
    }
    SECTION("a re-key and a passphrase change during the session")
    {
        vault = f.unlock();
        REQUIRE(vault->rekey().ok());
        REQUIRE(
            vault->changeMyPassphrase(SecureBuffer::fromUtf8(Passphrase), SecureBuffer::fromUtf8(NewPassphrase)).ok());
        REQUIRE(vault->addUser(QStringLiteral("wipe-colleague"), Role::Caseworker, SecureBuffer::fromUtf8(Passphrase))
                    .ok());
    }

    REQUIRE(vault);
    REQUIRE(vault->isUnlocked());
    held.buffers = SecureMemoryProbe::added(baseline, probe.live());
    requireHoldsAKey(held);
    vault->lock();
    // The Vault object still exists: lock() alone must have let go of every key.
    REQUIRE_FALSE(vault->isUnlocked());
    requireAllWiped(probe, held);
}

TEST_CASE("keyWipe_vaultSessionLock_leavesNoLiveKeyBuffer", "[leaks][keywipe]")
{
    WipeFixture f;
    SecureMemoryProbe probe;
    Held held;
    held.before = secureMemoryStats();
    const SecureMemoryProbe::Buffers baseline = probe.live();
    ui::VaultSession session(f.unlock());
    std::shared_ptr<Vault> vault = session.sharedVault();
    held.buffers = SecureMemoryProbe::added(baseline, probe.live());
    requireHoldsAKey(held);

    SECTION("nothing running: the keys go at once")
    {
        session.lock();
        CHECK_FALSE(session.isOpen());
        requireAllWiped(probe, held);
    }

    SECTION("a task running: the keys go the moment it ends")
    {
        std::atomic<bool> started{false};
        std::atomic<bool> release{false};
        QObject context;
        bool delivered = false;
        REQUIRE(session.run(
            &context,
            [&](Vault& v) {
                started = true;
                while (!release) {
                    QThread::msleep(2);
                }
                return v.isUnlocked();
            },
            [&](bool) { delivered = true; }));
        REQUIRE(waitUntil([&] { return started.load(); }));
        session.lock();
        // The worker still uses the vault, so its keys cannot be pulled yet.
        CHECK(probe.check(held.buffers).stillLive.size() == held.buffers.size());
        release = true;
        REQUIRE(waitUntil([&] { return !session.isBusy(); }));
        requireAllWiped(probe, held);
        // A result that arrives after a lock is dropped.
        CHECK_FALSE(delivered);
    }
}

TEST_CASE("keyWipe_guiUnlockThenCtrlL_leavesNoLiveKeyBuffer", "[leaks][keywipe]")
{
    WipeFixture f;
    ui::UiSettings::setVaultPath(f.path);
    ui::UiOptions options;
    options.vault = f.options();
    options.idlePollMs = 20;
    options.watchDesktopSession = false;
    ui::MainWindow window(options);
    abri::test::showAndActivate(window);
    REQUIRE(window.screen() == ui::MainWindow::Screen::Lock);

    SecureMemoryProbe probe;
    Held held;
    held.before = secureMemoryStats();
    const SecureMemoryProbe::Buffers baseline = probe.live();
    abri::test::unlockThroughUi(window, Coordinator, Passphrase);
    std::shared_ptr<Vault> vault = window.session()->sharedVault();
    // Let the unlock's worker and its captured passphrase go before measuring what the session holds.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    held.buffers = SecureMemoryProbe::added(baseline, probe.live());
    requireHoldsAKey(held);

    abri::test::pressKey(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.screen() == ui::MainWindow::Screen::Lock);
    // At once, while this test still holds the Vault object: the lock wiped, not the destructor.
    REQUIRE_FALSE(vault->isUnlocked());
    {
        const SecureMemoryProbe::Verdict verdict = probe.check(held.buffers);
        INFO(verdict.describe().toStdString());
        CHECK(verdict.ok());
    }
    vault.reset();
    REQUIRE(waitUntil([&] { return window.findChild<ui::Workspace*>() == nullptr && window.session() == nullptr; }));
    requireAllWiped(probe, held);
    // And everything the GUI allocated since the unlock, not only what the session held, is gone and was zeroed.
    const SecureMemoryProbe::Verdict all = probe.check(SecureMemoryProbe::added(baseline, probe.live()));
    INFO(all.describe().toStdString());
    CHECK(all.ok());
}

TEST_CASE("keyWipe_probe_reportsABufferStillLiveAndABufferFreedWithKeyBytes", "[leaks][keywipe]")
{
    // The checks above can fail: a buffer kept alive, and one whose bytes were not zeroed at wipe time.
    SecureMemoryProbe probe;
    const SecureMemoryStats before = secureMemoryStats();
    const SecureMemoryProbe::Buffers baseline = probe.live();
    SecureBuffer kept = crypto::randomKey();
    SecureBuffer dirty = crypto::randomKey();
    const SecureMemoryProbe::Buffers held = SecureMemoryProbe::added(baseline, probe.live());
    REQUIRE(held.size() == 2);
    CHECK(secureMemoryStats().buffers == before.buffers + 2);
    CHECK(secureMemoryStats().bytes == before.bytes + 2 * crypto::KeySize);

    // What the observer would see if core freed a key without zeroing it first.
    probe.recordWipe(dirty.data(), dirty.size());
    SecureMemoryProbe::Verdict verdict = probe.check(held);
    CHECK_FALSE(verdict.ok());
    CHECK(verdict.stillLive == std::vector<std::size_t>{crypto::KeySize});
    CHECK(verdict.wipedDirty == std::vector<std::size_t>{crypto::KeySize});

    kept.wipe();
    verdict = probe.check(held);
    CHECK(verdict.stillLive.empty());
    CHECK(verdict.wipedClean == 1);
    dirty.wipe();
    CHECK(text(secureMemoryStats()) == text(before));
}
