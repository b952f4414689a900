// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// Exit codes of the headless commands.
enum ExitCode : int { Success = 0, Failure = 1, BadInput = 2 };

// Runs one headless subcommand (command.first() is its name); output on stdout, errors
// on stderr. Needs a QCoreApplication.
[[nodiscard]] int runCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
