// SPDX-License-Identifier: MIT
// Qt Charts of a period report, shared by the Reports window and the PDF export.
#pragma once

#include "reports/periodreport.h"

#include <QString>

class QChart;

namespace rtcare {

// The font family used for report text and charts: one that has Chinese glyphs.
[[nodiscard]] QString reportFontFamily();

// Each returns a new chart the caller owns (or hands to a QChartView).
[[nodiscard]] QChart* volumeChart(const PeriodReport& report);
[[nodiscard]] QChart* slaChart(const PeriodReport& report);
[[nodiscard]] QChart* topChart(const QString& title, const QList<CountRow>& rows);
[[nodiscard]] QChart* rootCauseChart(const PeriodReport& report);
[[nodiscard]] QChart* recurringChart(const PeriodReport& report);

} // namespace rtcare
