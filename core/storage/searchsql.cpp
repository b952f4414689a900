// SPDX-License-Identifier: MIT
#include "storage/searchsql.h"

#include <QVariant>

#include <algorithm>
#include <cmath>

namespace rtcare::searchsql {

namespace {

search::QuerySyntax syntaxOf(sqldialect::Engine engine)
{
    return engine == sqldialect::Engine::SQLite ? search::QuerySyntax::Fts5
                                                : search::QuerySyntax::TsQuery;
}

// The ids of the tickets the expression bound to :fts finds, from the engine's index.
QString indexMatches(sqldialect::Engine engine)
{
    return engine == sqldialect::Engine::SQLite
               ? QStringLiteral("SELECT rowid FROM ticket_search WHERE ticket_search MATCH :fts")
               : QStringLiteral(
                     "SELECT id FROM ticket_search WHERE words @@ CAST(:fts AS tsquery)");
}

} // namespace

QString fullTextExpression(const search::SearchQuery& query, sqldialect::Engine engine)
{
    return query.ftsExpression(syntaxOf(engine));
}

QString typedTextExpression(const search::SearchQuery& query, sqldialect::Engine engine)
{
    return query.typedExpression(syntaxOf(engine));
}

QString matchSet(const search::SearchQuery& query, sqldialect::Engine engine)
{
    QStringList parts;
    if (!query.numberPrefix.isEmpty())
        parts << QStringLiteral(
            "SELECT id FROM tickets WHERE number >= :numlo AND number < :numhi");
    if (!query.contactPrefix.isEmpty())
        parts << QStringLiteral("SELECT id FROM tickets WHERE customer_contact >= :clo AND "
                                "customer_contact < :chi AND customer_contact <> ''");
    if (!fullTextExpression(query, engine).isEmpty())
        parts << indexMatches(engine);
    if (parts.isEmpty())
        return QStringLiteral("SELECT 0 WHERE 1 = 0");
    return parts.join(QStringLiteral(" UNION "));
}

QString condition(const search::SearchQuery& query, sqldialect::Engine engine, bool walk)
{
    if (query.isEmpty())
        return {};
    const bool hint = walk && engine == sqldialect::Engine::SQLite;
    return QStringLiteral(" AND %1id IN (%2)")
        .arg(hint ? QStringLiteral("+") : QString(), matchSet(query, engine));
}

QString exactRanges(const search::SearchQuery& query, const QString& table)
{
    QStringList ranges;
    if (!query.numberPrefix.isEmpty())
        ranges << QStringLiteral("(%1number >= :numlo AND %1number < :numhi)").arg(table);
    if (!query.contactPrefix.isEmpty())
        ranges << QStringLiteral("(%1customer_contact >= :clo AND %1customer_contact < :chi "
                                 "AND %1customer_contact <> '')")
                      .arg(table);
    return ranges.join(QStringLiteral(" OR "));
}

QString exactPage(const QString& columns, const search::SearchQuery& query, bool byStatus)
{
    const QString exact = query.numberPrefix.isEmpty()
                              ? QStringLiteral("t.customer_contact = :clo")
                              : QStringLiteral("t.number = :numlo");
    return QStringLiteral("SELECT %1 FROM tickets t WHERE (%2)%3 ORDER BY "
                          "CASE WHEN %4 THEN 0 ELSE 1 END, t.queue_rank, t.queue_key, t.id "
                          "LIMIT :limit")
        .arg(columns, exactRanges(query, QStringLiteral("t.")),
             byStatus ? QStringLiteral(" AND t.status = :status") : QString(), exact);
}

QString tierPage(const QString& columns, bool walk, bool byStatus, sqldialect::Engine engine,
                 int matches)
{
    const QString status = QStringLiteral(" AND t.status = :status");
    if (engine != sqldialect::Engine::SQLite)
        // The server's planner walks the queue index when the order allows it; "+ 0" keeps
        // it from walking for a few matches.
        return QStringLiteral("SELECT %1 FROM tickets t WHERE t.id IN (%2%3)%4 ORDER BY %5, "
                              "t.queue_key, t.id LIMIT :limit")
            .arg(columns, indexMatches(engine),
                 matches > 0 ? QStringLiteral(" LIMIT %1").arg(matches) : QString(),
                 byStatus ? status : QString(),
                 walk ? QStringLiteral("t.queue_rank") : QStringLiteral("t.queue_rank + 0"));
    // "+t.id": the id test is not an index lookup, so the planner reads the queue's index in
    // order; "queue_rank + 0": the few looked-up rows are sorted, not the index read.
    return QStringLiteral("SELECT %1 FROM tickets t WHERE %2t.id IN (%3)%4 ORDER BY %5, "
                          "t.queue_key, t.id LIMIT :limit")
        .arg(columns, walk ? QStringLiteral("+") : QString(), indexMatches(engine),
             // Looked up by id, the status is checked on each row, not read from its index.
             byStatus ? (walk ? status : QStringLiteral(" AND +t.status = :status")) : QString(),
             walk ? QStringLiteral("t.queue_rank") : QStringLiteral("t.queue_rank + 0"));
}

QString tierProbe(sqldialect::Engine engine)
{
    return QStringLiteral("SELECT count(*) FROM (%1 LIMIT :cap) AS probe").arg(indexMatches(engine));
}

int lookupAtMost(qint64 tickets, int limit)
{
    // A lookup costs about ten entries of the walk: walk when tickets × limit / m < 10 m.
    const double balance = std::sqrt(double(std::max<qint64>(tickets, 1)) * limit / 10.0);
    return int(std::clamp(balance, 1000.0, 200000.0));
}

void bind(QSqlQuery& sql, const search::SearchQuery& query, sqldialect::Engine engine)
{
    if (query.isEmpty())
        return;
    if (!query.numberPrefix.isEmpty()) {
        sql.bindValue(QStringLiteral(":numlo"), query.numberPrefix);
        sql.bindValue(QStringLiteral(":numhi"), query.numberPrefix + QLatin1Char('~'));
    }
    if (!query.contactPrefix.isEmpty()) {
        sql.bindValue(QStringLiteral(":clo"), query.contactPrefix);
        sql.bindValue(QStringLiteral(":chi"), query.contactPrefix + QChar(0xFFFF));
    }
    if (const QString fts = fullTextExpression(query, engine); !fts.isEmpty())
        sql.bindValue(QStringLiteral(":fts"), fts);
}

} // namespace rtcare::searchsql
