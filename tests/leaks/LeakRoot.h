#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace abri::leaks {

// One temporary folder per process that holds everything the product may write: HOME, every XDG folder, TMPDIR
// and SQLite's temporary folder point inside it before the application object exists, so QStandardPaths,
// QSettings, abri-admin children and SQLite all resolve there and a scan of this folder sees every file.
class LeakRoot
{
public:
    // Creates the folder and points the environment at it. Returns false when the folder cannot be made.
    static bool setUp();
    // Removes the folder (kept when ABRI_LEAKS_KEEP is set, to look at after a failure).
    static void tearDown();

    static QString path();
    static QString home();
    static QString configHome();
    static QString dataHome();
    static QString cacheHome();
    static QString stateHome();
    static QString tempDir();
    // Where this process was asked to keep its files before setUp() moved them (for a scan of files that
    // escaped the root), and when setUp() ran.
    static QString originalTempDir();
    static QString originalHome();
    static QDateTime startedAt();
};

} // namespace abri::leaks
