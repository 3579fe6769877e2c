#pragma once

// What the crash writer and its driver agree on: the test accounts and the lines the writer prints.
//
// The writer prints one line per change, and only after the core call that made the change returned success:
//   creating                     about to create the vault (printed before, not an acknowledgement)
//   created <recovery key>       the vault was created
//   unlocked                     an existing vault was unlocked
//   rekey-finished-at-unlock     that unlock finished a re-key interrupted by the previous kill
//   user <id> <name>             addUser returned this user
//   audit <token>                recordAudit returned for an entry whose object id is token
//   backup-begin <n>             about to replace the backup file (printed before, not an acknowledgement)
//   backup-done <n> <sha256>     backup() returned; the file's SHA-256 in hex
//   rekey-begin                  about to re-key (printed before, not an acknowledgement)
//   rekey <recovery key>         rekey() returned this new recovery key
// A line without its final newline was cut by the kill and does not count.

#include "crypto/SecureBuffer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace abri::crash {

inline const QString Organisation = QStringLiteral("Crash Test Refuge");
inline const QString CoordinatorName = QStringLiteral("coordinator");
inline const QString CoordinatorPassphrase = QStringLiteral("violet anchor mosaic 4817 drifting");
inline const QString AuditAction = QStringLiteral("crash.tick");

// Each added user's passphrase follows from the name, so the driver can try it without being told.
inline QString userPassphrase(const QString& userName)
{
    return QStringLiteral("copper tundra whistle %1 orchard").arg(userName);
}

inline SecureBuffer secret(const QString& text)
{
    return SecureBuffer::fromUtf8(text);
}

// The backup file's SHA-256 in hex, as "backup-done" reports it and the driver compares it (empty when unreadable).
inline QString sha256Hex(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace abri::crash
