// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

#include <QByteArray>
#include <QString>

namespace rtcare {

// The report as an A4 PDF: its text and charts in the UI language, figures and dates on the
// team's clock, tables that fit the page, headings kept with what follows, page numbers,
// and text that copies and extracts as written (reportFont(), repairPdfToUnicode()).
// Needs a QApplication (offscreen is fine).
[[nodiscard]] bool writeReportPdf(const PeriodReport& report, QByteArray* pdf, QString* error);
// The same written to `path` (0600, through a temporary file: writePrivateFile()).
[[nodiscard]] bool writeReportPdf(const PeriodReport& report, const QString& path,
                                  QString* error);

} // namespace rtcare
