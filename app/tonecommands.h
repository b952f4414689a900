// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// rtcare train-tone-model [--settings FILE] --out FILE CORPUS.jsonl...
// Trains the tone model from labelled replies, deterministically.
[[nodiscard]] int trainToneModelCommand(const GlobalOptions& globals, const QStringList& command);

// rtcare evaluate-tone [--json] [--misses] [--model FILE] [--rules-only] [--fit] CORPUS.jsonl...
// How often the tone checker finds exactly the labelled faults, per language and fault.
[[nodiscard]] int evaluateToneCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
