// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace rtcare {

namespace reportsql {
class PeriodRows;
}

// Adds the recommendations to `report` (its other sections already filled), each with its
// numbers, judged per complaint category so that a signal in one category is not diluted
// by the others (each subject once, with its strongest category; the subjects with the
// most complaints beyond what is expected first):
// - device_adaptation / add_server_nodes: a device model (region) whose share of one
//   category's complaints (compatibility or A/V quality; network or A/V quality) is at
//   least share_factor (2) times what is expected of it, the larger of its share of all
//   other complaints and an even share across the models (regions) with complaints of the
//   category, with at least min_tickets (10) such complaints;
// - rework_scenario: a scenario whose complaints of one category came back within 7 days at
//   least min_recurring_tickets (5) times, at a rate of at least min_recurring_pct (20 %)
//   and rate_factor (2) times the rate of the other scenarios in that category.
// `rows` holds the period's counts from the daily rollup.
void addRecommendations(const reportsql::PeriodRows& rows, const ReportThresholds& thresholds,
                        PeriodReport* report);

} // namespace rtcare
