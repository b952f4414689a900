// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

#include <QSqlDatabase>

namespace rtcare {

namespace reportsql {
class PeriodRows;
}

// Adds the recommendations to `report` (its other sections already filled), each with its
// numbers: device_adaptation, add_server_nodes, rework_scenario. `rows` holds the period's
// counts from the daily rollup.
void addRecommendations(const reportsql::PeriodRows& rows, const ReportThresholds& thresholds,
                        PeriodReport* report);

// Clusters of similar tickets (same category and region in one window) created in
// [from, to), read from the tickets on `db`.
[[nodiscard]] bool findIncidents(const QSqlDatabase& db, const ReportThresholds& thresholds,
                                 qint64 from, qint64 to, QList<Incident>* incidents,
                                 QString* error);

} // namespace rtcare
