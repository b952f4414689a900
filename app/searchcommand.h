// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare search [--json] [--status S] [--limit N] [--stats] QUERY
// The queue's search, best first: number, status, summary and what matched. --stats adds
// "query: N ms, M matches" on stderr (the query alone). No match: a message on stderr,
// exit status 0.
[[nodiscard]] int searchCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
