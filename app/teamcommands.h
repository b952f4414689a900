// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare new --customer NAME --category C --description TEXT [--contact C] [--channel CH]
// [--json]: files a ticket (either engine) and prints its number.
[[nodiscard]] int newCommand(const GlobalOptions& globals, const QStringList& command);
// rtcare server init URL: creates or upgrades the schema on a PostgreSQL team server and
// sets up the group roles rtcare_agent and rtcare_lead (serverroles.h).
[[nodiscard]] int serverCommand(const GlobalOptions& globals, const QStringList& command);

// rtcare push URL [--json]: copies the local database's tickets into a team server, merged
// by uuid (pushing twice changes nothing).
[[nodiscard]] int pushCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
