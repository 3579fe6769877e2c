#pragma once

#include "cases/CaseTypes.h"
#include "util/Result.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace abri {

// How much fictional data a demo vault holds. The same seed gives the same people, codes and notes.
struct DemoOptions
{
    int people = 1000; // 1 .. MaxPeople
    int notes = 10000; // 0 .. MaxNotes
    quint64 seed = 1;

    static constexpr int MaxPeople = 1000000;
    static constexpr int MaxNotes = 10000000;
};

// progress(done, total) is called every few hundred rows; returning false cancels.
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an unlocked vault that has no people yet with clearly fictional people, contacts (numbers from the ranges
// reserved for fiction only), consents, follow-ups and notes in French and English, deterministic from the seed;
// partners with agreements in every state (the same for every seed) and consents naming them.
// Coordinator only. Everything is written in one transaction: a failure or a cancel (ErrorCode::Cancelled) leaves
// the vault exactly as it was. Marks the vault as a demo (see isDemoVault) and writes one audit entry (demo.fill,
// with the counts).
Status fillDemo(Vault& vault, const DemoOptions& options, const DemoProgress& progress = {});

// True when fillDemo filled this vault (settings key "demo"); the GUI marks such vaults DEMO everywhere.
bool isDemoVault(Vault& vault);

// The passphrase of the four demo users. Fixed and published on purpose: demo vaults hold only fictional data, and
// the GUI shows it on their lock screen so anyone trying Abri can unlock as each role.
QString demoPassphrase();
// demo-coordinator, demo-caseworker, demo-legal, demo-clinic, in the order of AllRoles.
QStringList demoUserNames();

// A new vault for "Open a demo vault": organisation "Demo", one user per role (demoUserNames, all with
// demoPassphrase), filled with fillDemo. On failure or cancel the new folder is removed again. The returned session
// is the coordinator's.
Result<Vault::Created> createDemoVault(const QString& path, const DemoOptions& options,
                                       const Vault::Options& vaultOptions = {}, const DemoProgress& progress = {});

// Words the note templates use in both languages, for benchmarks that search the notes the way people would.
QStringList demoNoteWords();

// Translated messages of the demo generator.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

} // namespace abri
