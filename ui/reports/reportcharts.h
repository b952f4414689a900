// SPDX-License-Identifier: MIT
// Qt Charts of a period report, shared by the Reports window and the PDF export.
#pragma once

#include "reports/periodreport.h"
#include "reports/reportlabels.h"

#include <QFont>
#include <QList>
#include <QString>

class QChart;

namespace rtcare {

// The font of report text and charts, `points` large: a Latin font with TrueType outlines
// first (digits and Latin text), then a Simplified Chinese one, without ligatures, so
// that text copied or extracted from an exported PDF reads as it was written.
[[nodiscard]] QFont reportFont(int points);

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

// Every chart of the report, in the order the window and the exports show them: volume,
// SLA, devices, regions, scenarios, root causes, recurring by scenario, recurring trend,
// reply quality. The caller owns them.
[[nodiscard]] QList<QChart*> reportCharts(const PeriodReport& report);

} // namespace rtcare
