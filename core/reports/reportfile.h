// SPDX-License-Identifier: MIT
// Where an exported report goes: its format and the private file it is written to.
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

// Writes `bytes` to `path` the safe way: a temporary file in the same folder, readable and
// writable by its owner only (0600: a report can name customers) before its first byte,
// checked, then renamed into place. Nothing is left under `path` on failure; *error says
// what went wrong and where.
[[nodiscard]] bool saveReportFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace rtcare
