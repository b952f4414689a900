// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare {
class Database;
}

namespace rtcare::cli {

// The current agent for the command line: the login role on a team server, else the agent
// name of the settings (else the login name).
[[nodiscard]] QString commandLineAgent(const Database& database);

// rtcare take NUMBER [--json]: gives the ticket to the current agent (audited).
[[nodiscard]] int takeCommand(const GlobalOptions& globals, const QStringList& command);
// rtcare assign NUMBER AGENT [--json]: gives the ticket to a colleague (audited).
[[nodiscard]] int assignCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
