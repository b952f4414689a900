// SPDX-License-Identifier: MIT
// The formats a report is exported in (written with writePrivateFile()).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rtcare {

enum class ReportFormat { Json, Csv, Html, Pdf };

[[nodiscard]] QString reportFormatId(ReportFormat format); // "json", "csv", "html", "pdf"
[[nodiscard]] std::optional<ReportFormat> reportFormatFromId(const QString& id);
// The format a file name asks for by its suffix (.json, .csv, .html/.htm, .pdf).
[[nodiscard]] std::optional<ReportFormat> reportFormatForPath(const QString& path);
// HTML and PDF are drawn (charts, laid-out text) and need Qt GUI; JSON and CSV do not.
[[nodiscard]] bool isDrawnReportFormat(ReportFormat format);

} // namespace rtcare
