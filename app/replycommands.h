// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare lint [--json] [--lang zh|en|auto] [FILE|-]
// Checks a reply's tone: blame, empty apology, over-promise, vague advice, placeholders.
[[nodiscard]] int lintCommand(const GlobalOptions& globals, const QStringList& command);

// rtcare templates [--json] [--stage STAGE]
[[nodiscard]] int templatesCommand(const GlobalOptions& globals, const QStringList& command);

// rtcare render [--json] [--lang zh_CN|en] [--set NAME=VALUE]... TEMPLATE_ID --ticket NUMBER
[[nodiscard]] int renderCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
