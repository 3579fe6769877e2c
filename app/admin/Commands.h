#pragma once

#include <QString>

namespace abri::admin {

// Options of the demo command (the shared ones are in Invocation.h).
namespace Opt {
inline const QString People = QStringLiteral("people");
inline const QString Notes = QStringLiteral("notes");
inline const QString Seed = QStringLiteral("seed");
} // namespace Opt

class Invocation;

// Each command returns the process exit code (see ExitCode.h).
int runInit(Invocation& inv);
int runInfo(Invocation& inv);
int runPasswd(Invocation& inv);
int runRecover(Invocation& inv);
int runRekey(Invocation& inv);

int runUsersList(Invocation& inv);
int runUsersAdd(Invocation& inv);
int runUsersDisable(Invocation& inv);
int runUsersEnable(Invocation& inv);
int runUsersResetPassphrase(Invocation& inv);
int runUsersSetRole(Invocation& inv);

int runVerify(Invocation& inv);
int runBackup(Invocation& inv);
int runRestore(Invocation& inv);

int runDemo(Invocation& inv);

} // namespace abri::admin
