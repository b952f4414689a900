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
        {"confirmed", "CASE WHEN root_cause <> '' AND root_cause = root_cause_hypothesis THEN "
                      "root_cause ELSE '' END"}};
    QStringList recount;
    for (const auto& [dim, value] : dimensions)
        recount << QStringLiteral(
                       "SELECT '%1', created_at / 86400, %2, category, -1, "
                       "-(CASE WHEN first_response_at IS NOT NULL THEN 1 ELSE 0 END), "
                       "-(CASE WHEN first_response_at <= first_response_due THEN 1 ELSE 0 END), "
                       "-recurring FROM tickets")
                       .arg(QLatin1String(dim), QLatin1String(value));
    // Written for both engines (the storage tests also run on PostgreSQL).
    return rollupcheck::scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT k FROM (SELECT dim k, day y, "
                                     "value v, category g, tickets a, responded b, met c, "
                                     "recurring d FROM report_daily UNION ALL %1) AS u WHERE v <> "
                                     "'' OR k IN ('category', 'priority', 'status', 'channel', "
                                     "'scenario') GROUP BY k, y, v, g HAVING SUM(a) <> 0 OR "
                                     "SUM(b) <> 0 OR SUM(c) <> 0 OR SUM(d) <> 0) AS m")
                          .arg(recount.join(QStringLiteral(" UNION ALL "))));
}

// Tickets whose recurring flag disagrees with "the contact's previous ticket is at most
// 7 days older".
inline qint64 recurringMismatches(const QSqlDatabase& db)
{
    return rollupcheck::scalar(db, QStringLiteral(
                          "SELECT COUNT(*) FROM (SELECT recurring, CASE WHEN customer_contact <> "
                          "'' AND created_at - LAG(created_at) OVER (PARTITION BY "
                          "customer_contact ORDER BY created_at, id) <= 604800 THEN 1 ELSE 0 "
                          "END AS expected FROM tickets) AS e WHERE recurring <> expected"));
}

} // namespace rtcare::test
