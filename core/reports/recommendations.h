// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

namespace rtcare {

// Adds the recommendations and the incident list to `report` (its other sections already
// filled): device_adaptation, add_server_nodes, rework_scenario, each with its numbers.
[[nodiscard]] bool addRecommendations(const Database& database, qint64 from, qint64 to,
                                      const ReportThresholds& thresholds, PeriodReport* report,
                                      QString* error);

} // namespace rtcare
