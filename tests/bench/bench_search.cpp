// SPDX-License-Identifier: MIT
// Search over a large ticket database, as the queue runs it (count + first page of the
// model, All filter) and, in the same run and alternated, the same SQL through SQLite's C
// API directly (prepared once, as a hand-written client would): median ms for a
// two-character Chinese word, an English word, a device model, a customer name and a
// ticket number; the index's share of the file; with --migrate, the schema-7 migration
// (backup + building the index) of a copy of the file set back to schema 6.
// Then the same searches best first, as 'rtcare search --limit 20' runs them (TicketSearch),
// against the same statements through the C API.
//   bench_search [--tickets 1000000] [--db FILE] [--runs 15] [--limit 20] [--migrate 1]
#include "benchsupport.h"
#include "searchtiming.h"

#include "storage/queuequery.h"
#include "storage/searchsql.h"
#include "storage/ticketsearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::median;
using rtcare::bench::report;

namespace {

// Raw SQLite: the same two statements, prepared once, the parameters bound by hand.
struct RawSearch
{
    sqlite3* db = nullptr;
    sqlite3_stmt* count = nullptr;
    sqlite3_stmt* page = nullptr;
    QList<QPair<QByteArray, QByteArray>> binds;

    RawSearch(const QString& path, const search::SearchQuery& query, bool walk)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        const QString set = searchsql::matchSet(query, sqldialect::Engine::SQLite);
        const QByteArray countSql = QStringLiteral("SELECT count(*) FROM (%1)").arg(set).toUtf8();
        const QByteArray pageSql =
            QStringLiteral("SELECT id, number, customer_name, customer_enterprise, "
                           "customer_key_business, category, priority, status, created_at, "
                           "first_response_due, first_response_at, substr(description, 1, 200) "
                           "FROM tickets WHERE 1 AND %1id IN (%2) ORDER BY %3, queue_key, id "
                           "LIMIT 128")
                .arg(walk ? QStringLiteral("+") : QString(), set,
                     walk ? QStringLiteral("queue_rank") : QStringLiteral("queue_rank + 0"))
                .toUtf8();
        sqlite3_prepare_v2(db, countSql.constData(), -1, &count, nullptr);
        sqlite3_prepare_v2(db, pageSql.constData(), -1, &page, nullptr);
        if (!query.numberPrefix.isEmpty()) {
            binds.append({":numlo", query.numberPrefix.toUtf8()});
            binds.append({":numhi", (query.numberPrefix + QLatin1Char('~')).toUtf8()});
        }
        if (!query.contactPrefix.isEmpty()) {
            binds.append({":clo", query.contactPrefix.toUtf8()});
            binds.append({":chi", (query.contactPrefix + QChar(0xFFFF)).toUtf8()});
        }
        if (const QString fts = query.ftsExpression(); !fts.isEmpty())
            binds.append({":fts", fts.toUtf8()});
    }
    ~RawSearch()
    {
        sqlite3_finalize(count);
        sqlite3_finalize(page);
        sqlite3_close(db);
    }
    RawSearch(const RawSearch&) = delete;
    RawSearch& operator=(const RawSearch&) = delete;

    void bind(sqlite3_stmt* statement)
    {
        for (const auto& [name, value] : std::as_const(binds)) {
            const int index = sqlite3_bind_parameter_index(statement, name.constData());
            if (index > 0)
                sqlite3_bind_text(statement, index, value.constData(), int(value.size()),
                                  SQLITE_STATIC);
        }
    }

    double run(int* matches)
    {
        QElapsedTimer timer;
        timer.start();
        bind(count);
        if (sqlite3_step(count) == SQLITE_ROW)
            *matches = sqlite3_column_int(count, 0);
        sqlite3_reset(count);
        bind(page);
        while (sqlite3_step(page) == SQLITE_ROW) {
            // Read what the app reads.
            for (int c = 0; c < 12; ++c)
                sqlite3_column_text(page, c);
        }
        sqlite3_reset(page);
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

// The app, best first ('rtcare search --limit N'): count, then the top N only.
// Raw SQLite, best first: the statements TicketSearch runs (searchsql.h), prepared once.
struct RawBestFirst
{
    sqlite3* db = nullptr;
    sqlite3_stmt* count = nullptr;
    sqlite3_stmt* exact = nullptr;
    sqlite3_stmt* size = nullptr;
    sqlite3_stmt* probe = nullptr;
    sqlite3_stmt* walk = nullptr;
    sqlite3_stmt* lookup = nullptr;
    sqlite3_stmt* ranked = nullptr; // before: bm25 over every match, sorted, then the top N
    QList<QPair<QByteArray, QByteArray>> binds;
    QList<QByteArray> tiers;
    int limit = 20;

    static sqlite3_stmt* prepare(sqlite3* db, const QString& sql)
    {
        sqlite3_stmt* statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr);
        return statement;
    }

    RawBestFirst(const QString& path, const search::SearchQuery& query, int rows) : limit(rows)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        const QString& columns = TicketSearch::hitColumns();
        count = prepare(db, QStringLiteral("SELECT count(*) FROM (%1)")
                                .arg(searchsql::matchSet(query, sqldialect::Engine::SQLite)));
        if (!query.numberPrefix.isEmpty() || !query.contactPrefix.isEmpty())
            exact = prepare(db, searchsql::exactPage(columns, query, false));
        size = prepare(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM tickets"));
        probe = prepare(db, searchsql::tierProbe(sqldialect::Engine::SQLite));
        walk = prepare(db, searchsql::tierPage(columns, true, false, sqldialect::Engine::SQLite));
        lookup = prepare(db, searchsql::tierPage(columns, false, false, sqldialect::Engine::SQLite));
        ranked = prepare(db, QStringLiteral("SELECT %1 FROM ticket_search s JOIN tickets t ON "
                                            "t.id = s.rowid WHERE ticket_search MATCH :fts "
                                            "ORDER BY s.rank, t.queue_rank, t.queue_key, t.id "
                                            "LIMIT :limit")
                                 .arg(columns));
        if (!query.numberPrefix.isEmpty()) {
            binds.append({":numlo", query.numberPrefix.toUtf8()});
            binds.append({":numhi", (query.numberPrefix + QLatin1Char('~')).toUtf8()});
        }
        if (!query.contactPrefix.isEmpty()) {
            binds.append({":clo", query.contactPrefix.toUtf8()});
            binds.append({":chi", (query.contactPrefix + QChar(0xFFFF)).toUtf8()});
        }
        const QString meant = query.ftsExpression();
        if (!meant.isEmpty()) {
            binds.append({":fts", meant.toUtf8()});
            if (const QString typed = query.typedExpression(); !typed.isEmpty() && typed != meant)
                tiers << typed.toUtf8();
            tiers << meant.toUtf8();
        }
    }
    ~RawBestFirst()
    {
        for (sqlite3_stmt* statement : {count, exact, size, probe, walk, lookup, ranked})
            sqlite3_finalize(statement);
        sqlite3_close(db);
    }
    RawBestFirst(const RawBestFirst&) = delete;
    RawBestFirst& operator=(const RawBestFirst&) = delete;

    void bind(sqlite3_stmt* statement)
    {
        for (const auto& [name, value] : std::as_const(binds)) {
            const int index = sqlite3_bind_parameter_index(statement, name.constData());
            if (index > 0)
                sqlite3_bind_text(statement, index, value.constData(), int(value.size()),
                                  SQLITE_STATIC);
        }
    }
    static void bindInt(sqlite3_stmt* statement, const char* name, int value)
    {
        sqlite3_bind_int(statement, sqlite3_bind_parameter_index(statement, name), value);
    }
    // Reads what the app reads of each hit; the rows read.
    static int readRows(sqlite3_stmt* statement)
    {
        int rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
            ++rows;
        }
        sqlite3_reset(statement);
        return rows;
    }

    double run(int* matches)
    {
        QElapsedTimer timer;
        timer.start();
        bind(count);
        if (sqlite3_step(count) == SQLITE_ROW)
            *matches = sqlite3_column_int(count, 0);
        sqlite3_reset(count);
        if (*matches == 0)
            return double(timer.nsecsElapsed()) / 1e6;
        int hits = 0;
        if (exact) {
            bind(exact);
            bindInt(exact, ":limit", limit);
            hits += readRows(exact);
        }
        if (hits < limit && !tiers.isEmpty()) {
            sqlite3_step(size);
            const int lookupAtMost = searchsql::lookupAtMost(sqlite3_column_int64(size, 0), limit);
            sqlite3_reset(size);
            for (const QByteArray& fts : std::as_const(tiers)) {
                if (hits >= limit)
                    break;
                sqlite3_bind_text(probe, 1, fts.constData(), int(fts.size()), SQLITE_STATIC);
                bindInt(probe, ":cap", lookupAtMost + 1);
                sqlite3_step(probe);
                sqlite3_stmt* page = sqlite3_column_int(probe, 0) > lookupAtMost ? walk : lookup;
                sqlite3_reset(probe);
                sqlite3_bind_text(page, sqlite3_bind_parameter_index(page, ":fts"),
                                  fts.constData(), int(fts.size()), SQLITE_STATIC);
                bindInt(page, ":limit", limit + hits);
                hits += readRows(page);
            }
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

    // How the words were ranked before (every match given its bm25 and sorted), the count
    // included; 0 for a number.
    double runRanked()
    {
        if (tiers.isEmpty())
            return 0;
        QElapsedTimer timer;
        timer.start();
        bind(count);
        sqlite3_step(count);
        sqlite3_reset(count);
        bind(ranked);
        bindInt(ranked, ":limit", limit);
        readRows(ranked);
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

qint64 scalar(const Database& database, const QString& sql)
{
    QSqlQuery q(database.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("1000000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("15")).toInt());
    const bool migrate =
        option(QStringLiteral("migrate"), QStringLiteral("0")) == QLatin1String("1");
    const QString path = option(QStringLiteral("db"),
                                QDir::temp().filePath(QStringLiteral("rtcare-bench-%1-v%2.sqlite")
                                                          .arg(tickets)
                                                          .arg(Database::latestSchemaVersion())));
    if (!rtcare::bench::ensureDemoDatabase(path, tickets))
        return 1;
    QString error;
    auto database = Database::open(path, &error);
    if (!database) {
        report(error);
        return 1;
    }

    const QList<QPair<QString, QString>> searches = bench::demoSearches(*database);
    for (const auto& [what, text] : searches) {
        QueueQuery probe(*database);
        probe.setFilter(QueueFilter::All);
        probe.setSearch(text);
        const bool walk = probe.count(QDateTime::currentDateTimeUtc()) > 3000;
        RawSearch raw(path, probe.searchQuery(), walk);
        std::vector<double> appTimes;
        std::vector<double> rawTimes;
        int appMatches = 0;
        int rawMatches = 0;
        bench::queueSearchMs(*database, text, &appMatches); // warm the cache for both
        for (int run = 0; run < runs; ++run) {
            appTimes.push_back(bench::queueSearchMs(*database, text, &appMatches));
            rawTimes.push_back(raw.run(&rawMatches));
        }
        const double a = median(appTimes);
        const double r = median(rawTimes);
        report(QStringLiteral("%1 \"%2\": app %3 ms, raw SQLite %4 ms (x%5), %6 matches%7")
                   .arg(what, text)
                   .arg(a, 0, 'f', a < 1 ? 2 : 1)
                   .arg(r, 0, 'f', r < 1 ? 2 : 1)
                   .arg(r > 0 ? a / r : 0, 0, 'f', 2)
                   .arg(appMatches)
                   .arg(appMatches == rawMatches ? QString()
                                                 : QStringLiteral(" (raw: %1!)").arg(rawMatches)));
    }

    // 'rtcare search --limit 20': the same searches best first.
    const int limit = option(QStringLiteral("limit"), QStringLiteral("20")).toInt();
    for (const auto& [what, text] : searches) {
        RawBestFirst raw(path, search::parseSearch(text), limit);
        std::vector<double> appTimes;
        std::vector<double> rawTimes;
        std::vector<double> rankedTimes;
        int appMatches = 0;
        int rawMatches = 0;
        bench::bestFirstMs(*database, text, limit, &appMatches, &error);
        for (int run = 0; run < runs; ++run) {
            appTimes.push_back(bench::bestFirstMs(*database, text, limit, &appMatches, &error));
            rawTimes.push_back(raw.run(&rawMatches));
            if (run < 3)
                rankedTimes.push_back(raw.runRanked());
        }
        const double before = median(rankedTimes);
        const double a = median(appTimes);
        const double r = median(rawTimes);
        report(QStringLiteral("best first, top %1, %2 \"%3\": app %4 ms, raw SQLite %5 ms (x%6), "
                              "%7 matches%8; before (bm25 of every match sorted): %9 ms")
                   .arg(limit)
                   .arg(what, text)
                   .arg(a, 0, 'f', a < 1 ? 2 : 1)
                   .arg(r, 0, 'f', r < 1 ? 2 : 1)
                   .arg(r > 0 ? a / r : 0, 0, 'f', 2)
                   .arg(appMatches)
                   .arg(appMatches == rawMatches ? QString()
                                                 : QStringLiteral(" (raw: %1!)").arg(rawMatches))
                   .arg(before, 0, 'f', 1));
    }

    const qint64 pageSize = scalar(*database, QStringLiteral("PRAGMA page_size"));
    const qint64 pages = scalar(*database, QStringLiteral("PRAGMA page_count"));
    const qint64 indexBytes =
        scalar(*database,
               QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'ticket_search%'"));
    const double fileMiB = double(pageSize * pages) / 1048576.0;
    report(QStringLiteral("search index: %1 MiB of a %2 MiB file: +%3 % over the file without it")
               .arg(double(indexBytes) / 1048576.0, 0, 'f', 1)
               .arg(fileMiB, 0, 'f', 1)
               .arg(100.0 * double(indexBytes) / double(pageSize * pages - indexBytes), 0, 'f', 1));
    database.reset();

    if (migrate) {
        // The same tickets as a schema-6 file (what schemas 7 and 8 added dropped and vacuumed away).
        const QString old = path + QStringLiteral(".v6-copy.sqlite");
        QFile::remove(old);
        QFile::remove(old + QStringLiteral(".v6.bak"));
        {
            sqlite3* db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            const QByteArray into = QStringLiteral("VACUUM INTO '%1'").arg(old).toUtf8();
            sqlite3_exec(db, into.constData(), nullptr, nullptr, nullptr);
            sqlite3_close(db);
            sqlite3_open(old.toUtf8().constData(), &db);
            sqlite3_exec(db,
                         "DROP TABLE ticket_search; DROP INDEX IF EXISTS tickets_status_queue; "
                         "DROP TABLE IF EXISTS ticket_status_counts; DROP TABLE IF EXISTS presence; "
                         "DROP TABLE IF EXISTS team_data; "
                         "DROP TRIGGER IF EXISTS ticket_status_counts_insert; "
                         "DROP TRIGGER IF EXISTS ticket_status_counts_delete; "
                         "DROP TRIGGER IF EXISTS ticket_status_counts_update; "
                         "PRAGMA user_version = 6; VACUUM; "
                         "PRAGMA journal_mode = WAL",
                         nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        QElapsedTimer timer;
        timer.start();
        auto upgraded = Database::open(old, &error);
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!upgraded) {
            report(error);
            return 1;
        }
        report(QStringLiteral("migration of %1 tickets to schema %2 (backup copy + index): %3 s")
                   .arg(tickets)
                   .arg(upgraded->schemaVersion())
                   .arg(seconds, 0, 'f', 1));
        upgraded.reset();
        QFile::remove(old);
        QFile::remove(old + QStringLiteral("-wal"));
        QFile::remove(old + QStringLiteral("-shm"));
        QFile::remove(old + QStringLiteral(".v6.bak"));
    }
    return 0;
}
