// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// True when `command` is `report --format pdf`: main() then starts a (offscreen) QApplication
// instead of a QCoreApplication, since the PDF's charts and text layout need Qt GUI.
[[nodiscard]] bool commandNeedsGui(const QStringList& command);

// rtcare report [--from DATE] [--to DATE] [--format json|csv|html|pdf] [--out FILE] [--redact]
[[nodiscard]] int reportCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
