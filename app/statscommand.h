// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare stats [--json] [--profile NAME] [--map COL=METRIC]... FILE
// Reads a call-statistics file and prints its figures, findings, verdict and sentences.
[[nodiscard]] int statsCommand(const GlobalOptions& globals, const QStringList& command);

// rtcare attach [--profile NAME] [--map COL=METRIC]... NUMBER FILE
// Attaches a call-statistics file to a ticket and prints the evidence sentence.
[[nodiscard]] int attachCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
