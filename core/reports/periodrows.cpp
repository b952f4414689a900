// SPDX-License-Identifier: MIT
#include "reports/periodrows.h"

#include "reports/reportsql.h"
#include "storage/reportrollup.h"
#include "storage/sqldialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

#ifdef RTCARE_SQLITE_API
#include <sqlite3.h>
#endif

namespace rtcare::reportsql {

namespace {

constexpr qint64 kDay = 86400;
// The columns the rollup's dimensions and counters read (rollup::valueOf, countersOf).
constexpr char kEdgeColumns[] =
    "created_at, category, priority, status, channel, scenario, network, device_model, os, "
    "region, root_cause, root_cause_hypothesis, first_response_at, first_response_due, recurring";

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

bool PeriodRows::load(const QSqlDatabase& db, qint64 from, qint64 to, QString* error)
{
    m_cells.clear();
    m_days.clear();
    if (to <= from)
        return true;
    // Whole days [firstDay, endDay) from the rollup; the rest of [from, to) from tickets.
    qint64 firstDay = floorDiv(from + kDay - 1, kDay);
    qint64 endDay = floorDiv(to, kDay);
    QList<std::pair<qint64, qint64>> edges;
    if (firstDay >= endDay) {
        firstDay = endDay = 0;
        edges.append({from, to});
    } else {
        if (from < firstDay * kDay)
            edges.append({from, firstDay * kDay});
        if (endDay * kDay < to)
            edges.append({endDay * kDay, to});
    }
    QStringList dimensionIds, parts, edgeRanges;
    QVariantList values;
    for (const auto& [edgeFrom, edgeTo] : std::as_const(edges)) {
        edgeRanges << QStringLiteral("SELECT %1 FROM tickets WHERE created_at >= ? AND "
                                     "created_at < ?")
                          .arg(QLatin1String(kEdgeColumns));
        values << edgeFrom << edgeTo;
    }
    for (const rollup::Dimension& dimension : rollup::dimensions())
        dimensionIds << QStringLiteral("'%1'").arg(QLatin1String(dimension.id));
    parts << QStringLiteral("SELECT dim, day, value, category, tickets, responded, met, recurring "
                            "FROM report_daily WHERE dim IN (%1) AND day >= ? AND day < ?")
                 .arg(dimensionIds.join(QLatin1Char(',')));
    values << firstDay << endDay;
    // The ragged edges' tickets are read once (the "edge" table, used by every dimension).
    const QString t = QStringLiteral("t");
    const sqldialect::Engine engine = sqldialect::engineOf(db);
    const QString responded =
        sqldialect::asInteger(engine, QStringLiteral("(t.first_response_at IS NOT NULL)"));
    const QString met = sqldialect::asInteger(
        engine, QStringLiteral("(t.first_response_at <= t.first_response_due)"));
    if (!edges.isEmpty())
        for (const rollup::Dimension& dimension : rollup::dimensions())
            parts << QStringLiteral("SELECT '%1', t.created_at / 86400, %2, t.category, "
                                    "COUNT(*), SUM(%3), SUM(COALESCE(%4, 0)), SUM(t.recurring) "
                                    "FROM edge AS t GROUP BY 2, 3, 4")
                         .arg(QLatin1String(dimension.id), rollup::valueOf(dimension, t),
                              responded, met);
    const QString sql =
        (edges.isEmpty() ? QString()
                         : QStringLiteral("WITH edge AS (%1) ")
                               .arg(edgeRanges.join(QStringLiteral(" UNION ALL "))))
        // Summed here, not by a GROUP BY (a temporary B-tree that costs more than the read).
        + QStringLiteral("SELECT dim, value, category, CASE WHEN dim IN ('category', 'priority', "
                       "'status', 'channel') THEN day ELSE 0 END, tickets, responded, met, "
                       "recurring FROM (%1)%2 WHERE tickets <> 0")
            .arg(parts.join(QStringLiteral(" UNION ALL ")),
                 sqldialect::subqueryName(engine, QStringLiteral("cells")));
    const QStringList overTime{QStringLiteral("category"), QStringLiteral("priority"),
                               QStringLiteral("status"), QStringLiteral("channel")};
#ifdef RTCARE_SQLITE_API
    // SQLite's own interface on Qt's connection: no QVariant per value.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
        sqlite3_stmt* statement = nullptr;
        if (!connection
            || sqlite3_prepare_v2(connection, sql.toUtf8().constData(), -1, &statement, nullptr)
                   != SQLITE_OK) {
            *error = QString::fromUtf8(connection ? sqlite3_errmsg(connection) : "no connection");
            return false;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            sqlite3_bind_int64(statement, int(i + 1), values.at(i).toLongLong());
        const auto text = [&](int column) {
            return QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                sqlite3_column_bytes(statement, column));
        };
        QString dimension;
        QByteArray dimensionBytes;
        bool overTimeDimension = false;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            const QByteArray dim(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)),
                                 sqlite3_column_bytes(statement, 0));
            if (dim != dimensionBytes) {
                dimensionBytes = dim;
                dimension = QString::fromUtf8(dim);
                overTimeDimension = overTime.contains(dimension);
            }
            const Counters counters{sqlite3_column_int64(statement, 4),
                                    sqlite3_column_int64(statement, 5),
                                    sqlite3_column_int64(statement, 6),
                                    sqlite3_column_int64(statement, 7)};
            const QString value = text(1);
            m_cells[dimension][value][text(2)].add(counters);
            if (overTimeDimension)
                m_days[dimension][sqlite3_column_int64(statement, 3)][value].add(counters);
        }
        const bool ok = step == SQLITE_DONE;
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return ok;
    }
#endif
    return run(db, sql, values,
               [&](const QSqlQuery& q) {
                   const Counters counters{q.value(4).toLongLong(), q.value(5).toLongLong(),
                                           q.value(6).toLongLong(), q.value(7).toLongLong()};
                   const QString dimension = q.value(0).toString();
                   const QString value = q.value(1).toString();
                   m_cells[dimension][value][q.value(2).toString()].add(counters);
                   if (overTime.contains(dimension))
                       m_days[dimension][q.value(3).toLongLong()][value].add(counters);
               },
               error);
}

Counters PeriodRows::total() const
{
    Counters sum;
    for (const Counters& counters : values(QStringLiteral("category")))
        sum.add(counters);
    return sum;
}

QHash<QString, Counters> PeriodRows::values(const QString& dimension,
                                            const QStringList& categories) const
{
    QHash<QString, Counters> out;
    const auto& byValue = m_cells.value(dimension);
    for (auto value = byValue.cbegin(); value != byValue.cend(); ++value)
        for (auto category = value->cbegin(); category != value->cend(); ++category)
            if (categories.isEmpty() || categories.contains(category.key()))
                out[value.key()].add(category.value());
    return out;
}

} // namespace rtcare::reportsql
