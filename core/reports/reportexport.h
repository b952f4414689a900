// SPDX-License-Identifier: MIT
// The period report written out: JSON (machine-readable), CSV (one table per section),
// HTML (self-contained). Redaction is applied by the caller (redacted()).
#pragma once

#include "reports/periodreport.h"

#include <QJsonObject>
#include <QString>

namespace rtcare {

[[nodiscard]] QJsonObject reportJson(const PeriodReport& report);
[[nodiscard]] QString reportCsv(const PeriodReport& report);
// A cell safe for spreadsheets: quoted when needed, a leading = + - @ (ASCII or full-width
// ＝＋－＠), tab or CR neutralised with '; line breaks inside it are CRLF like the rows'.
[[nodiscard]] QString csvCell(const QString& text);
// `charts` is inserted after the summary (the PDF export puts its chart images there).
[[nodiscard]] QString reportHtml(const PeriodReport& report, const QString& charts = {});

} // namespace rtcare
