// Crash safety: SIGKILL at random moments never loses an acknowledged change, never breaks the vault, its audit
// chain or its key slots, and never leaves a vault that no known key opens.

#include "CrashDriver.h"

#include <catch2/catch.hpp>

using abri::crash::CrashDriver;
using abri::crash::Mode;

// Vault::create builds the vault in a staging folder and renames it into place: a kill leaves either no vault at the
// path (creating again works) or a complete one.
TEST_CASE("crash_writerKilledWhileCreating_vaultOpensOrCreatingAgainWorks", "[crash]")
{
    CrashDriver driver(Mode::Create);
    driver.run();
    CHECK(driver.outcomes().kills == CrashDriver::killsFromEnvironment());
}

TEST_CASE("crash_writerKilledWhileWriting_everyAcknowledgedChangeSurvives", "[crash]")
{
    CrashDriver driver(Mode::Write);
    driver.run();
    CHECK(driver.outcomes().kills == CrashDriver::killsFromEnvironment());
}

TEST_CASE("crash_writerKilledWhileBackingUp_backupIsAbsentPreviousOrNewAndRestores", "[crash]")
{
    CrashDriver driver(Mode::Backup);
    driver.run();
    CHECK(driver.outcomes().kills == CrashDriver::killsFromEnvironment());
}

TEST_CASE("crash_writerKilledWhileRekeying_aKnownKeyAlwaysOpensTheVault", "[crash]")
{
    CrashDriver driver(Mode::Rekey);
    driver.run();
    CHECK(driver.outcomes().kills == CrashDriver::killsFromEnvironment());
}

// People with their search terms, notes and their corrections with the full-text index, consents and attachments
// with their bytes: every acknowledged change is there as written, and the change a kill interrupted is there whole
// or not at all.
TEST_CASE("crash_writerKilledWhileWritingCaseFiles_everyAcknowledgedChangeIsThereWholeAndNoneHalfDone", "[crash]")
{
    CrashDriver driver(Mode::Cases);
    driver.run();
    CHECK(driver.outcomes().kills == CrashDriver::killsFromEnvironment());
}
