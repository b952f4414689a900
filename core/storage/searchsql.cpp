// SPDX-License-Identifier: MIT
#include "storage/searchsql.h"

#include <QVariant>

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
