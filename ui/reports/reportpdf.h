// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

#include <QString>

namespace rtcare {

// Writes the report as an A4 PDF with its charts; needs a QApplication (offscreen is fine).
[[nodiscard]] bool writeReportPdf(const PeriodReport& report, const QString& path,
                                  QString* error);

} // namespace rtcare
