// SPDX-License-Identifier: MIT
#include "storage/serversearch.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace rtcare::serversearch {

namespace {
constexpr qint64 kSampleRows = 5'000;
} // namespace

std::optional<QList<qint64>>
estimateMatches(QSqlDatabase& db, const QStringList& expressions, qint64 tickets)
{
    // SYSTEM sampling reads whole pages picked at random; REPEATABLE picks the same pages
    // every time, so one search is always answered the same way.
    const double percent =
        std::clamp(100.0 * double(kSampleRows) / double(std::max<qint64>(tickets, 1)), 0.01, 100.0);
    QStringList counts;
    for (qsizetype i = 0; i < expressions.size(); ++i)
        counts << QStringLiteral("count(*) FILTER (WHERE words @@ CAST(:fts%1 AS tsquery))").arg(i);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*), %1 FROM ticket_search TABLESAMPLE SYSTEM (%2) "
                             "REPEATABLE (17)")
                  .arg(counts.join(QStringLiteral(", ")))
                  .arg(percent, 0, 'f', 4));
    for (qsizetype i = 0; i < expressions.size(); ++i)
        q.bindValue(QStringLiteral(":fts%1").arg(i), expressions.at(i));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 read = q.value(0).toLongLong();
    QList<qint64> estimates;
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        const qint64 found = q.value(int(i) + 1).toLongLong();
        estimates << (read == 0 ? found
                                : qint64(std::llround(double(found) * double(std::max(tickets, read))
                                                      / double(read))));
    }
    return estimates;
}

QStringList estimatedExpressions(const search::SearchQuery& query)
{
    QStringList expressions{query.ftsExpression(search::QuerySyntax::TsQuery)};
    if (query.terms.size() > 1) {
        for (const search::SearchTerm& term : query.terms) {
            search::SearchQuery one;
            one.text = term.text;
            one.terms = {term};
            expressions << one.ftsExpression(search::QuerySyntax::TsQuery);
        }
    }
    return expressions;
}

std::optional<qint64> countRows(qint64 wanted, qint64 estimated, qint64 tickets)
{
    if (estimated <= 0)
        return std::nullopt;
    // Twice the rows that hold `wanted` at the estimated density.
    const double rows = 2.0 * double(wanted) * double(tickets) / double(estimated);
    if (rows > double(kMaxCountRows))
        return std::nullopt;
    return std::max<qint64>(qint64(rows), wanted);
}

std::optional<int> countUpTo(QSqlDatabase& db, const QString& fts, int atMost, qint64 rows)
{
    // The inner LIMIT makes a plain read of the table in storage order; the outer one stops
    // it at `atMost` matches.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM (SELECT words FROM ticket_search LIMIT :rows) "
        "AS stored WHERE words @@ CAST(:fts AS tsquery) LIMIT :atmost) AS found"));
    q.bindValue(QStringLiteral(":rows"), rows);
    q.bindValue(QStringLiteral(":fts"), fts);
    q.bindValue(QStringLiteral(":atmost"), atMost);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool walks(qint64 estimated, qint64 tickets, int limit)
{
    // Walk: limit × tickets / estimated entries at 4 µs; lookup: estimated × 11 µs.
    if (estimated <= 0)
        return false;
    return 4.0 * double(limit) * double(tickets) / double(estimated) < 11.0 * double(estimated);
}

qint64 walkBudget(qint64 wanted, qint64 estimated, qint64 tickets)
{
    const double entries =
        4.0 * double(wanted) * double(tickets) / double(std::max<qint64>(estimated, 1));
    return std::clamp<qint64>(qint64(entries), std::min(wanted, tickets),
                              std::max<qint64>(tickets, 1));
}

bool walksWholeFilter(qint64 estimated, qint64 termEntries, qint64 filtered)
{
    return filtered <= kWholeFilterAtMost
           && 0.6 * double(termEntries) + 3.0 * double(estimated) > 4.0 * double(filtered);
}

QString wordsMatch(const QString& id)
{
    return QStringLiteral(
               "(SELECT s.words FROM ticket_search s WHERE s.id = %1) @@ CAST(:fts AS tsquery)")
        .arg(id);
}

QString walkedPage(const QString& columns, const QString& alias, const QString& where,
                   const QString& alsoKept)
{
    // The innermost read takes the queue index's entries in order (an index-only scan) and
    // stops at :budget; each is tested against its row of ticket_search by id; the page's
    // own rows are then read by id, in the walk's order.
    const QString kept = wordsMatch(QStringLiteral("walked_id"))
                         + (alsoKept.isEmpty() ? QString() : QStringLiteral(" OR walked_also"));
    return QStringLiteral(
               "SELECT %1 FROM (SELECT walked_id, walked_rank, walked_key FROM (SELECT id AS "
               "walked_id, queue_rank AS walked_rank, queue_key AS walked_key%2 FROM tickets "
               "WHERE %3 ORDER BY queue_rank, queue_key, id LIMIT :budget) AS budget WHERE %4 "
               "ORDER BY walked_rank, walked_key, walked_id LIMIT :limit OFFSET :offset) AS walked "
               "JOIN tickets %5 ON %5.id = walked.walked_id "
               "ORDER BY walked_rank, walked_key, walked_id")
        .arg(columns,
             alsoKept.isEmpty() ? QString() : QStringLiteral(", (%1) AS walked_also").arg(alsoKept),
             where, kept, alias);
}

} // namespace rtcare::serversearch
