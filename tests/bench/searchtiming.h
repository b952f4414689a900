// SPDX-License-Identifier: MIT
// A search timed as the app runs it, for bench_search (the file) and bench_team_search (the
// team server): what the queue's model reads (the count, then the first 128 rows, All
// filter) and 'rtcare search --limit N' (TicketSearch, best first). Milliseconds.
#pragma once

#include "storage/queuequery.h"
#include "storage/ticketsearch.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace rtcare::bench {

inline double queueSearchMs(const Database& database, const QString& text, int* matches)
{
    QElapsedTimer timer;
    timer.start();
    QueueQuery query(database);
    query.setFilter(QueueFilter::All);
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

} // namespace rtcare::bench
