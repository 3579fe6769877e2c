#include "TestSupport.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {
// Plays an insider who has the data key and edits the database behind Abri's back.
void tamper(Fixture& f, const char* sql)
{
    auto db = Database::open(QDir(f.vaultPath).filePath(QStringLiteral("abri.db")),
                             RecoveryKey::parse(f.recoveryKey).deriveDataKey(), Database::Mode::ReadWrite);
    REQUIRE(db.ok());
    REQUIRE(db->exec("DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;").ok());
    REQUIRE(db->exec(sql).ok());
}

void workload(Vault& v)
{
    for (int i = 0; i < 10; ++i) {
        REQUIRE(v.recordAudit(QStringLiteral("test.event"), QStringLiteral("thing"), QString::number(i)).ok());
    }
}
} // namespace

TEST_CASE("audit_untouchedLog_verifies", "[audit]")
{
    Fixture f;
    workload(*f.vault);
    auto report = f.vault->verifyAudit();
    REQUIRE(report.ok());
    CHECK(report->ok);
    CHECK(report->entries == 11);
}

TEST_CASE("audit_isAppendOnly_insideTheDatabase", "[audit]")
{
    Fixture f;
    CHECK_FALSE(f.vault->database().exec("UPDATE audit SET detail = 'x';").ok());
    CHECK_FALSE(f.vault->database().exec("DELETE FROM audit;").ok());
}

TEST_CASE("audit_editedEntry_isDetected", "[audit]")
{
    Fixture f;
    workload(*f.vault);
    f.vault->lock();
    tamper(f, "UPDATE audit SET object_id = 'other' WHERE seq = 5;");
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
    CHECK(report->firstBadSeq == 5);
}

TEST_CASE("audit_deletedMiddleEntry_isDetected", "[audit]")
{
    Fixture f;
    workload(*f.vault);
    f.vault->lock();
    tamper(f, "DELETE FROM audit WHERE seq = 4;");
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass);
    REQUIRE(v.ok());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
    CHECK(report->firstBadSeq == 4);
}

TEST_CASE("audit_truncatedNewestEntries_isDetectedByTheAnchor", "[audit]")
{
    Fixture f;
    workload(*f.vault);
    f.vault->lock(); // the lock entry is the newest, and anchored
    tamper(f, "DELETE FROM audit WHERE seq > 8;");
    // Open read-only, so no new entry is written before the check.
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass, Vault::Access::ReadOnly);
    REQUIRE(v.ok());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
    CHECK(report->firstBadSeq == 9);
    CHECK(report->message.contains(QStringLiteral("removed")));
}

TEST_CASE("audit_truncationWithVaultAnchorRolledBack_isStillCaughtByThisComputersAnchor", "[audit]")
{
    Fixture f;
    const QString anchor = QDir(f.vaultPath).filePath(QStringLiteral("abri.anchor"));
    QFile::copy(anchor, anchor + QStringLiteral(".old"));
    workload(*f.vault);
    f.vault->lock();
    tamper(f, "DELETE FROM audit WHERE seq > 2;");
    QFile::remove(anchor);
    QFile::rename(anchor + QStringLiteral(".old"), anchor);
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass, Vault::Access::ReadOnly);
    REQUIRE(v.ok());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
}

TEST_CASE("audit_missingAnchorFile_failsVerification", "[audit]")
{
    Fixture f;
    workload(*f.vault);
    f.vault->lock();
    QFile::remove(QDir(f.vaultPath).filePath(QStringLiteral("abri.anchor")));
    QDir(f.stateDir()).removeRecursively();
    auto v = f.unlock(QStringLiteral("Alice"), GoodPass, Vault::Access::ReadOnly);
    REQUIRE(v.ok());
    auto report = v.value()->verifyAudit();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
}

TEST_CASE("auditEntries_filterByUserActionAndDate", "[audit]")
{
    Fixture f;
    REQUIRE(f.vault->addUser(QStringLiteral("Bob"), Role::Caseworker, pass(OtherPass)).ok());
    f.clock.advanceSeconds(3 * 24 * 3600);
    workload(*f.vault);
    AuditFilter byAction;
    byAction.action = QStringLiteral("test.event");
    CHECK(f.vault->auditEntries(byAction)->size() == 10);
    AuditFilter byPrefix;
    byPrefix.action = QStringLiteral("user.");
    CHECK(f.vault->auditEntries(byPrefix)->size() == 1);
    AuditFilter byUser;
    byUser.userId = f.vault->currentUser().id;
    CHECK(f.vault->auditEntries(byUser)->size() == 12);
    AuditFilter early;
    early.to = f.clock.nowUtc().toLocalTime().date().addDays(-2);
    CHECK(f.vault->auditEntries(early)->size() == 2); // vault.create, user.add
    AuditFilter late;
    late.from = f.clock.nowUtc().toLocalTime().date();
    CHECK(f.vault->auditEntries(late)->size() == 10);
    AuditFilter page;
    page.limit = 4;
    auto first = f.vault->auditEntries(page);
    REQUIRE(first->size() == 4);
    page.beforeSeq = first->back().seq;
    auto second = f.vault->auditEntries(page);
    REQUIRE(second->size() == 4);
    CHECK(second->front().seq == first->back().seq - 1);
}
