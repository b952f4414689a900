// SPDX-License-Identifier: MIT
// Qt Charts of a period report, shared by the Reports window and the PDF export.
#pragma once

#include "reports/periodreport.h"
#include "reports/reportlabels.h"

#include <QString>

class QChart;

namespace rtcare {

// The font family used for report text and charts: one that has Chinese glyphs.
[[nodiscard]] QString reportFontFamily();

// Each returns a new chart the caller owns (or hands to a QChartView).
[[nodiscard]] QChart* volumeChart(const PeriodReport& report);
[[nodiscard]] QChart* slaChart(const PeriodReport& report);
// Bars show display names; the axis keeps the ids in the property kBarIdsProperty (a
// QStringList in the same order) for clicks that open the matching tickets.
inline constexpr char kBarIdsProperty[] = "rtcare_bar_ids";
[[nodiscard]] QChart* topChart(const QString& title, const QList<CountRow>& rows,
                               const PeriodReport& report,
                               ReportDimension dimension = ReportDimension::Name);
[[nodiscard]] QChart* rootCauseChart(const PeriodReport& report);
[[nodiscard]] QChart* recurringChart(const PeriodReport& report);
// Recurring-complaint tickets per volume bucket (day, week or month).
[[nodiscard]] QChart* recurringTrendChart(const PeriodReport& report);
// Replies and replies with a wording suggestion, per agent.
[[nodiscard]] QChart* replyQualityChart(const PeriodReport& report);

} // namespace rtcare
