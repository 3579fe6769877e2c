#pragma once

#include "CanaryFixture.h"

#include <QString>

#include <memory>

namespace abri::leaks {

// Canaries planted as everything a case file holds, and the workloads that plant them: core (CaseFiles on an
// unlocked vault) and the GUI offscreen on the same vault. One attachment is exported on purpose; requireOnlyTheExport
// then allows its canary in that one file and nowhere else.
class CaseCanaries
{
public:
    explicit CaseCanaries(Planted& planted) : m_p(planted) {}

    // Creates the vault at path and fills it through CaseFiles; returns it still unlocked (its WAL present).
    std::unique_ptr<Vault> coreWorkload(const QString& path);
    // The same vault in the GUI: unlock, search, open the person and every tab, view the attachments, lock.
    void guiWorkload();

    QString correctedNoteWord() const { return m_correctedNote; }
    // Every hit is the exported attachment's canary in the exported file, and that hit is there.
    void requireOnlyTheExport(const CanaryScanner::Report& report) const;

private:
    Planted& m_p;
    QString m_path;
    QString m_coordinator;
    QString m_passphrase;
    QString m_alias;
    QString m_correctedNote;
    QString m_exportFile;
    qint64 m_personId = 0;
};

} // namespace abri::leaks
