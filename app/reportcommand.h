// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QStringList>

namespace rtcare::cli {

// True when `command` is `report --format pdf|html`: main() then starts an (offscreen)
// QApplication instead of a QCoreApplication, since the charts (drawn into the PDF, inline
// SVG in the HTML) and the PDF's text layout need Qt GUI.
[[nodiscard]] bool commandNeedsGui(const QStringList& command);

// rtcare report [--from DATE] [--to DATE] [--tz ZONE] [--format json|csv|html|pdf]
//               [--bucket auto|day|week|month] [--out FILE] [--redact]
[[nodiscard]] int reportCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
