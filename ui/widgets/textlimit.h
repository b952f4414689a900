// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QPlainTextEdit;

namespace rtcare {

// Keeps `edit` to at most `limit` characters (a limit of model/inputlimits.h): text typed,
// pasted or loaded beyond it is cut off before the edit's later textChanged handlers run
// (connect this first), and `told` gets a message saying what happened, in the agent's
// language. (QLineEdit has setMaxLength for the same.)
void limitPlainText(QPlainTextEdit* edit, qsizetype limit,
                    const std::function<void(const QString&)>& told);

} // namespace rtcare
