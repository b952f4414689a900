// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare train-model [--settings FILE] --out FILE CORPUS.jsonl...
// Trains the category model from labelled complaints, deterministically.
[[nodiscard]] int trainModelCommand(const GlobalOptions& globals, const QStringList& command);

// rtcare evaluate [--json] [--misses] [--model FILE] [--rules-only] [--fit] CORPUS.jsonl...
// How often the category and the three facts come out as labelled, per language and field.
[[nodiscard]] int evaluateCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
