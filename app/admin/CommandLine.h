#pragma once

#include <QStringList>

namespace abri::admin {

// Parses "abri-admin COMMAND VAULT [options]", runs the command and returns the exit code.
int run(const QStringList& arguments);

} // namespace abri::admin
