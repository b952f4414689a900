// SPDX-License-Identifier: MIT
// The period report written out: JSON (machine-readable: ids, seconds, ISO times with the
// team zone's offset), CSV (one table per section, for spreadsheets: ids and display names
// in their own columns, local times with their offset), HTML (self-contained). Redaction
// is applied by the caller (redacted()).
#pragma once

#include "reports/periodreport.h"
#include "reports/reportfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {

[[nodiscard]] QJsonObject reportJson(const PeriodReport& report);
[[nodiscard]] QString reportCsv(const PeriodReport& report);
// A cell safe for spreadsheets: quoted when needed, a leading = + - @ (ASCII or full-width
// ＝＋－＠), tab or CR neutralised with '; line breaks inside it are CRLF like the rows'.
[[nodiscard]] QString csvCell(const QString& text);
// `charts` (HTML blocks: <figure> with inline SVG, or the PDF's chart objects) go in a
// section of their own after the recommendations and the first-response tables.
[[nodiscard]] QString reportHtml(const PeriodReport& report, const QStringList& charts = {});
// The report as JSON (indented) or CSV (UTF-8); nullopt for the drawn formats, HTML and PDF,
// which ui/reports/reportoutput.h writes.
[[nodiscard]] std::optional<QByteArray> reportTextBytes(const PeriodReport& report,
                                                        ReportFormat format);

} // namespace rtcare
