// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare team-data get NAME [--db URL]: prints the team's shared document NAME (templates,
// tone_rules, sla_policy) as stored on the server.
// rtcare team-data set NAME FILE [--db URL]: checks FILE with the parser of the override
// files and stores it (team leads only on a team server; the server refuses an agent).
[[nodiscard]] int teamDataCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
