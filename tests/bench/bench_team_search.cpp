// SPDX-License-Identifier: MIT
// Search on the team server (issue 17): the searches of bench_search over many tickets on
// PostgreSQL, through the server's own index (ticket_search, a tsvector with a GIN index):
// as the queue runs them (count + first page of 128, All filter and Open, the window's
// first) and best first as
// 'rtcare search --limit 20' runs them (TicketSearch); in the same run, alternated, the way
// the server searched before the index (every word with ILIKE over the five searched
// columns, count + first page), for the comparison. Median of --runs, after one warming run.
// Also the size of the index against the tickets table.
//   bench_team_search [--tickets 1000000] [--demo 50000] [--runs 9] [--limit 20] [--db URL]
// Without --db a throwaway cluster is started and stopped at the end; with --db, an
// administrator's URL of an empty database (or one this bench filled before). The server
// is filled as bench_team --first-page fills it (teamserver.h); the search rows of the
// copies are made as the schema step makes them for a server with tickets, timed.
#include "benchsupport.h"
#include "searchtiming.h"
#include "teamserver.h"

#include "storage/queuequery.h"
#include "storage/ticketsearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace rtcare;
using rtcare::bench::median;
using rtcare::bench::option;
using rtcare::bench::report;

namespace {

// Before the index: each word of the query in any searched column (ILIKE), count and page.
double likeSearch(const Database& database, const QString& text, int* matches)
{
    QStringList all;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('\''), QStringLiteral("''"));
        QStringList any;
        for (const char* column : {"customer_name", "device_model", "os", "region", "description"})
            any << QStringLiteral("%1 ILIKE '%%2%'").arg(QLatin1String(column), word);
        if (text.startsWith(QLatin1String("RTC-")))
            any << QStringLiteral("number LIKE '%1%'").arg(word);
        all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const QString where = all.join(QStringLiteral(" AND "));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    *matches = q.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE %1").arg(where)) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    q.exec(QStringLiteral("SELECT id, number, description FROM tickets WHERE %1 ORDER BY "
                          "queue_rank, queue_key, id LIMIT 128")
               .arg(where));
    while (q.next()) {
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QString text(const Database& database, const QString& sql)
{
    QSqlQuery q(database.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 wanted = option(QStringLiteral("tickets"), QStringLiteral("1000000")).toLongLong();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("9")).toInt());
    const int limit = std::max(1, option(QStringLiteral("limit"), QStringLiteral("20")).toInt());
    bench::Cluster cluster;
    int exitCode = 0;
    const std::unique_ptr<Database> database =
        bench::openFilledServer(cluster, QStringLiteral("rtcare_bench_search"), wanted, &exitCode);
    if (!database)
        return exitCode;
    QString error;
    QList<QPair<QString, QString>> searches = bench::demoSearches(*database);
    searches << QPair{QStringLiteral("device and customer together"),
                      QStringLiteral("Galaxy S21 郭晓燕")}
             << QPair{QStringLiteral("a word no ticket has"), QStringLiteral("火星")};
    report(QStringLiteral("search on PostgreSQL over %1 tickets, median of %2 (ms):")
               .arg(text(*database, QStringLiteral("SELECT count(*) FROM tickets")))
               .arg(runs));
    for (const auto& [what, words] : searches) {
        std::vector<double> queueMs, openMs, bestMs, likeMs;
        int queueMatches = 0, openMatches = 0, bestMatches = 0, likeMatches = 0;
        bench::queueSearchMs(*database, words, &queueMatches); // warms the server's cache
        bench::bestFirstMs(*database, words, limit, &bestMatches, &error);
        for (int run = 0; run < runs; ++run) {
            queueMs.push_back(bench::queueSearchMs(*database, words, &queueMatches));
            openMs.push_back(
                bench::queueSearchMs(*database, words, &openMatches, QueueFilter::Open));
            bestMs.push_back(bench::bestFirstMs(*database, words, limit, &bestMatches, &error));
            if (run < 3) // a whole scan each time: three are enough
                likeMs.push_back(likeSearch(*database, words, &likeMatches));
        }
        report(QStringLiteral("  %1 \"%2\": queue (count + 128 rows) %3 ms (Open filter %9 ms, "
                              "%10 matches), best first (top %4) %5 ms, %6 matches; before, "
                              "ILIKE over the columns: %7 ms, %8 matches")
                   .arg(what, words)
                   .arg(median(queueMs), 0, 'f', 1)
                   .arg(limit)
                   .arg(median(bestMs), 0, 'f', 1)
                   .arg(queueMatches)
                   .arg(median(likeMs), 0, 'f', 1)
                   .arg(likeMatches)
                   .arg(median(openMs), 0, 'f', 1)
                   .arg(openMatches));
        if (queueMatches != bestMatches) {
            report(QStringLiteral("  FAIL: the queue counts %1, the best-first search %2 %3")
                       .arg(queueMatches)
                       .arg(bestMatches)
                       .arg(error));
            return 1;
        }
    }
    report(QStringLiteral("index: %1 (ticket_search with its GIN index) against %2 for the "
                          "tickets table with its indexes")
               .arg(text(*database, QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size("
                                                   "'ticket_search'))")),
                    text(*database, QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size("
                                                   "'tickets'))"))));
    return 0;
}
