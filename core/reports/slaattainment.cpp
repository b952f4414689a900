// SPDX-License-Identifier: MIT
#include "reports/slaattainment.h"

#include "reports/periodrows.h"
#include "reports/periodscan.h"
#include "reports/reportsql.h"
#include "sla/policy.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rtcare::reportsql {

namespace {

// A ticket misses its first response when answered late, or unanswered and already due.
const QString kMissed =
    QStringLiteral("((first_response_at IS NOT NULL AND first_response_at > first_response_due) OR "
                   "(first_response_at IS NULL AND first_response_due < ?))");

// Nearest-rank median and p90 of first-response times.
std::pair<qint64, qint64> medianAndP90(QList<qint64> seconds)
{
    if (seconds.isEmpty())
        return {0, 0};
    const qsizetype n = seconds.size();
    const auto at = [&](qsizetype rank) {
        auto nth = seconds.begin() + (rank - 1);
        std::nth_element(seconds.begin(), nth, seconds.end());
        return *nth;
    };
    return {at((n + 1) / 2), at((9 * n + 9) / 10)};
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) * 1000.0 / double(whole)) / 10.0 : 100.0;
}

} // namespace

bool fillSla(const QSqlDatabase& db, const PeriodRows& rows, const PeriodScan& scan,
             const SlaPolicy& policy, qint64 from, qint64 to, qint64 now, PeriodReport* report,
             QString* error)
{
    // The tiers' counts come from the rollup, the times and the agents' counts from the scan.
    const QHash<QString, Counters> counts = rows.values(QStringLiteral("priority"));
    QStringList order;
    for (const Tier& tier : policy.tiers())
        order << tier.id;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString& tier : std::as_const(order)) {
        const Counters counters = counts.value(tier);
        if (counters.tickets <= 0)
            continue;
        SlaRow row;
        row.tier = tier;
        const Tier* known = policy.tier(tier);
        row.name = known ? known->name.text() : tier;
        row.tickets = counters.tickets;
        row.responded = counters.responded;
        row.met = counters.met;
        row.missed = counters.responded - counters.met + scan.overdueByTier.value(tier);
        row.attainmentPct = share(row.met, row.met + row.missed);
        std::tie(row.medianFirstResponseS, row.p90FirstResponseS) = medianAndP90(scan.responseByTier.value(tier));
        report->breachCount += row.missed;
        report->sla.append(row);
    }
    for (AgentSlaRow row : scan.agents) {
        row.attainmentPct = share(row.met, row.met + row.missed);
        row.medianFirstResponseS = medianAndP90(scan.responseByAgent.value(row.agent)).first;
        report->slaByAgent.append(row);
    }
    std::sort(report->slaByAgent.begin(), report->slaByAgent.end(),
              [](const AgentSlaRow& a, const AgentSlaRow& b) {
                  return a.tickets != b.tickets ? a.tickets > b.tickets : a.agent < b.agent;
              });

    // The oldest hundred breaches; the count came from the rollup.
    return run(
        db,
        QStringLiteral("SELECT number, priority, first_response_due, first_response_at "
                       "FROM tickets WHERE created_at >= ? AND created_at < ? AND %1 "
                       "ORDER BY created_at, id LIMIT 100")
            .arg(kMissed),
        {from, to, now},
        [&](const QSqlQuery& q) {
            Breach breach;
            breach.number = q.value(0).toString();
            breach.tier = q.value(1).toString();
            breach.due = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
            if (!q.value(3).isNull())
                breach.respondedAt =
                    QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            report->breaches.append(breach);
        },
        error);
}

} // namespace rtcare::reportsql
