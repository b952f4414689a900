// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare classify [--json] [--enterprise] [--key-business] [--lang zh|en|auto] TEXT
[[nodiscard]] int classifyCommand(const GlobalOptions& globals, const QStringList& command);
// rtcare diagnose [--json] --answers FILE
[[nodiscard]] int diagnoseCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
