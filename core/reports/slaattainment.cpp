// SPDX-License-Identifier: MIT
#include "reports/slaattainment.h"

#include "reports/periodrows.h"
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

// First-response times counted per second: (seconds, tickets), in any order.
using Histogram = QList<std::pair<qint64, qint64>>;

// Nearest-rank median and p90 of a histogram.
std::pair<qint64, qint64> medianAndP90(Histogram histogram)
{
    std::sort(histogram.begin(), histogram.end());
    qint64 n = 0;
    for (const auto& bin : histogram)
        n += bin.second;
    if (n == 0)
        return {0, 0};
    const auto at = [&](qint64 rank) {
        qint64 seen = 0;
        for (const auto& [seconds, tickets] : histogram)
            if ((seen += tickets) >= rank)
                return seconds;
        return qint64(0);
    };
    return {at((n + 1) / 2), at((9 * n + 9) / 10)};
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) * 1000.0 / double(whole)) / 10.0 : 100.0;
}

} // namespace

bool fillSla(const QSqlDatabase& db, const PeriodRows& rows, const SlaPolicy& policy, qint64 from,
             qint64 to, qint64 now, PeriodReport* report, QString* error)
{
    // One pass over the period's tickets: per tier and agent, the first-response times (for
    // the medians) and the agents' counts. The tiers' counts come from the rollup.
    QHash<QString, Histogram> byTier;
    QHash<QString, Histogram> byAgent;
    QHash<QString, AgentSlaRow> agents;
    QHash<QString, qint64> overdue; // per tier: unanswered and past due
    const bool read = run(
        db,
        QStringLiteral("SELECT priority, assignee, CASE WHEN first_response_at IS NULL THEN -1 "
                       "ELSE first_response_at - created_at END, first_response_at IS NOT NULL "
                       "AND first_response_at <= first_response_due, first_response_at IS NULL "
                       "AND first_response_due < ?, COUNT(*) FROM tickets WHERE created_at >= ? "
                       "AND created_at < ? GROUP BY 1, 2, 3, 4, 5"),
        {now, from, to},
        [&](const QSqlQuery& q) {
            const QString tier = q.value(0).toString();
            const QString agent = q.value(1).toString();
            const qint64 seconds = q.value(2).toLongLong();
            const bool met = q.value(3).toBool();
            const bool late = !met && seconds >= 0;
            const bool pastDue = q.value(4).toBool();
            const qint64 tickets = q.value(5).toLongLong();
            AgentSlaRow& row = agents[agent];
            row.agent = agent;
            row.tickets += tickets;
            if (seconds >= 0) {
                row.responded += tickets;
                byTier[tier].append({seconds, tickets});
                byAgent[agent].append({seconds, tickets});
            }
            row.met += met ? tickets : 0;
            row.missed += late || pastDue ? tickets : 0;
            if (pastDue)
                overdue[tier] += tickets;
        },
        error);
    if (!read)
        return false;

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
        row.missed = counters.responded - counters.met + overdue.value(tier);
        row.attainmentPct = share(row.met, row.met + row.missed);
        std::tie(row.medianFirstResponseS, row.p90FirstResponseS) = medianAndP90(byTier[tier]);
        report->breachCount += row.missed;
        report->sla.append(row);
    }
    for (AgentSlaRow& row : agents) {
        row.attainmentPct = share(row.met, row.met + row.missed);
        row.medianFirstResponseS = medianAndP90(byAgent[row.agent]).first;
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
