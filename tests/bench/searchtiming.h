// SPDX-License-Identifier: MIT
// A search timed as the app runs it, for bench_search (the file) and bench_team_search (the
// team server): what the queue's model reads (the count, then the first 128 rows, All
// filter or another) and 'rtcare search --limit N' (TicketSearch, best first), in milliseconds; and
// the searches they time.
#pragma once

#include "storage/queuequery.h"
#include "storage/ticketsearch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QSqlQuery>

namespace rtcare::bench {

inline double queueSearchMs(const Database& database, const QString& text, int* matches,
                            QueueFilter filter = QueueFilter::All)
{
    QElapsedTimer timer;
    timer.start();
    QueueQuery query(database);
    query.setFilter(filter);
    query.setSearch(text);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    *matches = query.count(now);
    const QList<QueueRow> rows = query.page(0, 128, now);
    Q_UNUSED(rows)
    return double(timer.nsecsElapsed()) / 1e6;
}

// *matches is -1 when the search failed (*error says why).
inline double bestFirstMs(const Database& database, const QString& text, int limit,
                          int* matches, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<SearchResults> results = TicketSearch(database).run(text, limit, error);
    *matches = results ? results->total : -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// What the search benches look for, with what it is: words of the demo vocabulary and the
// ticket number of the database's middle ticket.
inline QList<QPair<QString, QString>> demoSearches(const Database& database)
{
    QSqlQuery middle(database.connection());
    middle.exec(QStringLiteral(
        "SELECT number FROM tickets WHERE id = (SELECT max(id) / 2 + 1 FROM tickets)"));
    const QString number = middle.next() ? middle.value(0).toString() : QStringLiteral("RTC-");
    return {
        {QStringLiteral("two-character Chinese word"), QStringLiteral("卡顿")},
        {QStringLiteral("English word"), QStringLiteral("freezing")},
        {QStringLiteral("device model"), QStringLiteral("Galaxy S21")},
        {QStringLiteral("customer name"), QStringLiteral("郭晓燕")},
        {QStringLiteral("ticket number"), number},
    };
}

} // namespace rtcare::bench
