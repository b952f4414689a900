// SPDX-License-Identifier: MIT
// An exported report in any format, as the window and `rtcare report` write it.
#pragma once

#include "reports/periodreport.h"
#include "reports/reportfile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rtcare {

// The HTML export, self-contained: the report's text with the window's charts as inline
// SVG (their text stays text). Needs a QApplication (offscreen is fine).
[[nodiscard]] QString reportHtmlWithCharts(const PeriodReport& report);

// The report in `format`: JSON, CSV, the HTML with its charts, or the PDF. Needs a
// QApplication for HTML and PDF. Nullopt with *error when the PDF cannot be laid out.
[[nodiscard]] std::optional<QByteArray> reportBytes(const PeriodReport& report,
                                                    ReportFormat format, QString* error);

// Renders the report in `format` and writes it to `path` (0600, writePrivateFile()).
[[nodiscard]] bool saveReport(const PeriodReport& report, ReportFormat format,
                              const QString& path, QString* error);

} // namespace rtcare
