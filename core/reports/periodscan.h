// SPDX-License-Identifier: MIT
// The one read of a period's single tickets (internal to core/reports): what the daily
// rollup cannot answer, the incidents (tickets of one category and region in one window)
// and the first-response times per tier and agent, gathered in a single pass over the
// tickets in creation order through the covering index tickets_report_scan.
#pragma once

#include "reports/periodreport.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace rtcare::reportsql {

struct PeriodScan
{
    QList<Incident> incidents; // oldest first, then by category and region
    // First-response times in seconds of the responded tickets, unordered.
    QHash<QString, QList<qint64>> responseByTier, responseByAgent;
    QHash<QString, AgentSlaRow> agents;   // counts only, per tickets.assignee
    QHash<QString, qint64> overdueByTier; // unanswered and past due at `now`
};

// Reads the tickets created in [from, to) once. False with *error on a database failure.
[[nodiscard]] bool scanPeriod(const QSqlDatabase& db, const ReportThresholds& thresholds,
                              qint64 from, qint64 to, qint64 now, const QTimeZone& zone,
                              PeriodScan* scan, QString* error);

} // namespace rtcare::reportsql
