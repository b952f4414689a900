// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

#include <QSqlDatabase>

namespace rtcare {

namespace reportsql {
class PeriodRows;
}

// Adds the recommendations and the incident list to `report` (its other sections already
// filled): device_adaptation, add_server_nodes, rework_scenario, each with its numbers.
// `rows` holds the period's counts from the daily rollup.
[[nodiscard]] bool addRecommendations(const QSqlDatabase& db, const reportsql::PeriodRows& rows,
                                      qint64 from, qint64 to, const ReportThresholds& thresholds,
                                      PeriodReport* report, QString* error);

} // namespace rtcare
