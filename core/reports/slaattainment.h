// SPDX-License-Identifier: MIT
// First-response SLA attainment of a period, per tier and per agent, and the breach list
// (internal to core/reports).
#pragma once

#include "reports/periodreport.h"

#include <QSqlDatabase>

namespace rtcare::reportsql {

class PeriodRows;
struct PeriodScan;

// Fills report->sla, slaByAgent, breaches and breachCount for the tickets created in
// [from, to) from the rollup and the period's scan; `now` (epoch seconds) decides which unanswered tickets are already missed.
[[nodiscard]] bool fillSla(const QSqlDatabase& db, const PeriodRows& rows,
                           const PeriodScan& scan, const SlaPolicy& policy, qint64 from, qint64 to, qint64 now,
                           PeriodReport* report, QString* error);

} // namespace rtcare::reportsql
