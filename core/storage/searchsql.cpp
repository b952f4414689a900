// SPDX-License-Identifier: MIT
#include "storage/searchsql.h"

#include <QVariant>

#include <algorithm>
#include <cmath>

namespace rtcare::searchsql {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QString likePattern(QString word)
{
    if (word.endsWith(u'*'))
        word.chop(1);
    return QStringLiteral("%%1%").arg(escapeLike(word));
}

QString quoted(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString rangeConditions(const search::SearchQuery& query)
{
    QStringList parts;
    if (!query.numberPrefix.isEmpty())
        parts << QStringLiteral("(number >= :numlo AND number < :numhi)");
    if (!query.contactPrefix.isEmpty())
        parts << QStringLiteral("(customer_contact >= :clo AND customer_contact < :chi "
                                "AND customer_contact <> '')");
    return parts.join(QStringLiteral(" OR "));
}

// PostgreSQL: each term's words in any searched column (ILIKE), or its category/scenario.
QString serverTerms(const search::SearchQuery& query)
{
    static const QStringList columns{QStringLiteral("customer_name"),
                                     QStringLiteral("device_model"), QStringLiteral("os"),
                                     QStringLiteral("region"), QStringLiteral("description")};
    QStringList all;
    for (qsizetype t = 0; t < query.terms.size(); ++t) {
        const search::SearchTerm& term = query.terms.at(t);
        QStringList any;
        for (const QString& column : columns)
            any << QStringLiteral("%1 ILIKE :t%2w ESCAPE '\\'").arg(column).arg(t);
        for (qsizetype k = 0; k < term.synonyms.size(); ++k)
            any << QStringLiteral("description ILIKE :t%1s%2 ESCAPE '\\'").arg(t).arg(k);
        for (const QString& id : term.categories)
            any << QStringLiteral("category = %1").arg(quoted(id));
        for (const QString& id : term.scenarios)
            any << QStringLiteral("scenario = %1").arg(quoted(id));
        all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return all.join(QStringLiteral(" AND "));
}

} // namespace

QString matchSet(const search::SearchQuery& query)
{
    QStringList parts;
    if (!query.numberPrefix.isEmpty())
        parts << QStringLiteral(
            "SELECT id FROM tickets WHERE number >= :numlo AND number < :numhi");
    if (!query.contactPrefix.isEmpty())
        parts << QStringLiteral("SELECT id FROM tickets WHERE customer_contact >= :clo AND "
                                "customer_contact < :chi AND customer_contact <> ''");
    if (!query.ftsExpression().isEmpty())
        parts << QStringLiteral("SELECT rowid FROM ticket_search WHERE ticket_search MATCH :fts");
    if (parts.isEmpty())
        return QStringLiteral("SELECT 0 WHERE 0");
    return parts.join(QStringLiteral(" UNION "));
}

QString condition(const search::SearchQuery& query, sqldialect::Engine engine, bool walk)
{
    if (query.isEmpty())
        return {};
    if (engine == sqldialect::Engine::SQLite)
        return QStringLiteral(" AND %1id IN (%2)")
            .arg(walk ? QStringLiteral("+") : QString(), matchSet(query));
    QStringList any;
    if (const QString ranges = rangeConditions(query); !ranges.isEmpty())
        any << ranges;
    if (!query.terms.isEmpty())
        any << serverTerms(query);
    if (any.isEmpty())
        return QStringLiteral(" AND FALSE");
    return QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
}

QString exactPage(const QString& columns, const search::SearchQuery& query, bool byStatus)
{
    QStringList ranges;
    if (!query.numberPrefix.isEmpty())
        ranges << QStringLiteral("(t.number >= :numlo AND t.number < :numhi)");
    if (!query.contactPrefix.isEmpty())
        ranges << QStringLiteral("(t.customer_contact >= :clo AND t.customer_contact < :chi "
                                 "AND t.customer_contact <> '')");
    const QString exact = query.numberPrefix.isEmpty()
                              ? QStringLiteral("t.customer_contact = :clo")
                              : QStringLiteral("t.number = :numlo");
    return QStringLiteral("SELECT %1 FROM tickets t WHERE (%2)%3 ORDER BY "
                          "CASE WHEN %4 THEN 0 ELSE 1 END, t.queue_rank, t.queue_key, t.id "
                          "LIMIT :limit")
        .arg(columns, ranges.join(QStringLiteral(" OR ")),
             byStatus ? QStringLiteral(" AND t.status = :status") : QString(), exact);
}

QString tierPage(const QString& columns, bool walk, bool byStatus)
{
    // "+t.id": the id test is not an index lookup, so the planner reads the queue's index in
    // order; "queue_rank + 0": the few looked-up rows are sorted, not the index read.
    return QStringLiteral("SELECT %1 FROM tickets t WHERE %2t.id IN (SELECT rowid FROM "
                          "ticket_search WHERE ticket_search MATCH :fts)%3 ORDER BY %4, "
                          "t.queue_key, t.id LIMIT :limit")
        .arg(columns, walk ? QStringLiteral("+") : QString(),
             // Looked up by id, the status is checked on each row, not read from its index.
             byStatus ? (walk ? QStringLiteral(" AND t.status = :status")
                              : QStringLiteral(" AND +t.status = :status"))
                      : QString(),
             walk ? QStringLiteral("t.queue_rank") : QStringLiteral("t.queue_rank + 0"));
}

QString tierProbe()
{
    return QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM ticket_search WHERE "
                          "ticket_search MATCH :fts LIMIT :cap)");
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
    if (engine == sqldialect::Engine::SQLite) {
        if (const QString fts = query.ftsExpression(); !fts.isEmpty())
            sql.bindValue(QStringLiteral(":fts"), fts);
        return;
    }
    for (qsizetype t = 0; t < query.terms.size(); ++t) {
        const search::SearchTerm& term = query.terms.at(t);
        sql.bindValue(QStringLiteral(":t%1w").arg(t), likePattern(term.text));
        for (qsizetype k = 0; k < term.synonyms.size(); ++k)
            sql.bindValue(QStringLiteral(":t%1s%2").arg(t).arg(k),
                          likePattern(term.synonyms.at(k)));
    }
}

} // namespace rtcare::searchsql
