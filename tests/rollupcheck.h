// SPDX-License-Identifier: MIT
// The report rollup (report_daily) and the recurring flags recounted from the tickets,
// written out here independently of the production expressions (reportrollup.cpp).
#pragma once

#include "catch.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace rtcare::test {

namespace rollupcheck {
inline qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
    return q.value(0).toLongLong();
}
} // namespace rollupcheck

// Rollup rows that differ from a recount of the tickets (written out here, independently of
// the production expressions). Empty values are not kept, except for the columns every
// ticket has and the scenario (recurring complaints without one are counted).
inline qint64 rollupMismatches(const QSqlDatabase& db)
{
    const QList<std::pair<const char*, const char*>> dimensions{
        {"category", "category"},
        {"priority", "priority"},
        {"status", "status"},
        {"channel", "channel"},
        {"scenario", "scenario"},
        {"network", "network"},
        {"device_model", "device_model"},
        {"os", "os"},
        {"region", "region"},
        {"root_cause", "root_cause"},
        {"hypothesis", "root_cause_hypothesis"},
        {"confirmed", "IIF(root_cause <> '' AND root_cause = root_cause_hypothesis, root_cause, '')"}};
    QStringList recount;
    for (const auto& [dim, value] : dimensions)
        recount << QStringLiteral(
                       "SELECT '%1', created_at / 86400, %2, category, -1, "
                       "-(first_response_at IS NOT NULL), -IFNULL(first_response_at <= "
                       "first_response_due, 0), -recurring FROM tickets")
                       .arg(QLatin1String(dim), QLatin1String(value));
    return rollupcheck::scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT SUM(a) t, SUM(b) r, SUM(c) m, "
                                     "SUM(d) x FROM (SELECT dim k, day y, value v, category g, "
                                     "tickets a, responded b, met c, recurring d FROM report_daily "
                                     "UNION ALL %1) WHERE v <> '' OR k IN ('category', 'priority', "
                                     "'status', 'channel', 'scenario') GROUP BY k, y, v, g HAVING "
                                     "t <> 0 OR r <> 0 OR m <> 0 OR x <> 0)")
                          .arg(recount.join(QStringLiteral(" UNION ALL "))));
}

// Tickets whose recurring flag disagrees with "the contact's previous ticket is at most
// 7 days older".
inline qint64 recurringMismatches(const QSqlDatabase& db)
{
    return rollupcheck::scalar(db, QStringLiteral(
                          "SELECT COUNT(*) FROM (SELECT recurring, customer_contact <> '' AND "
                          "IFNULL(created_at - LAG(created_at) OVER (PARTITION BY "
                          "customer_contact ORDER BY created_at, id) <= 604800, 0) AS expected "
                          "FROM tickets) WHERE recurring <> expected"));
}

} // namespace rtcare::test
