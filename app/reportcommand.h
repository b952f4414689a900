// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"
#include "reports/periodreport.h"
#include "reports/reportfile.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace rtcare::cli {

// True when `command` is `report --format pdf|html`: main() then hands the command to the
// window module (windowmodule.h), which runs it in an (offscreen) QApplication, since the
// charts (drawn into the PDF, inline SVG in the HTML) and the PDF's text layout need Qt GUI.
[[nodiscard]] bool commandNeedsGui(const QStringList& command);

// Writes a report in a drawn format, HTML or PDF; nullopt with *error when it cannot.
using DrawnReportWriter = std::optional<QByteArray> (*)(const PeriodReport& report,
                                                        ReportFormat format, QString* error);
// Set by the window module before it runs a command; the headless executable has none.
void setDrawnReportWriter(DrawnReportWriter writer);

// rtcare report [--from DATE] [--to DATE] [--tz ZONE] [--format json|csv|html|pdf]
//               [--bucket auto|day|week|month] [--out FILE] [--redact]
[[nodiscard]] int reportCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
