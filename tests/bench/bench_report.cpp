// SPDX-License-Identifier: MIT
// The team lead's report for the last 30 days over a large ticket database: every
// aggregate (volumes, SLA with median and p90, hot spots, root causes, recurring
// complaints, recommendations, incidents), timed.
//   bench_report [--tickets 1000000] [--db FILE] [--runs 5] [--days 30] [--tz ZONE]
// --tz (default UTC) is the team's time zone: outside UTC its local days split the daily
// rollup's UTC days, and part of each split day is read again from the tickets.
// The database is generated once (demo data, timed) and reused when it already exists.
// Each run is followed by the same work done by raw SQL through SQLite's own interface (the
// statements the report runs, every row and column read, on one connection), and the
// medians of both and their ratio are printed.
#include "benchsupport.h"

#include "reports/periodreport.h"
#include "sla/policy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

#include <sqlite3.h>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::report;

namespace {

// The report's reads as raw SQL on one SQLite connection: the rollup of the period and of
// the one before, the scan of the period's tickets, the recurring customers, the replies'
// findings, the promises and the oldest breaches. Returns false on an SQL error.
bool rawReport(sqlite3* db, qint64 from, qint64 to, qint64 now)
{
    const qint64 before = from - (to - from);
    const QByteArray dims = "dim IN ('category', 'priority', 'status', 'channel', 'scenario', "
                            "'network', 'device_model', 'os', 'region', 'root_cause', "
                            "'hypothesis', 'confirmed')";
    const QByteArray rollup =
        "SELECT dim, value, category, CASE WHEN dim IN ('category', 'priority', 'status', "
        "'channel') THEN day ELSE 0 END, tickets, responded, met, recurring FROM report_daily "
        "WHERE " + dims + " AND day >= ?1 / 86400 AND day < ?2 / 86400 AND tickets <> 0";
    const QByteArray findings = "(CASE WHEN json_valid(findings) AND json_type(findings) = "
                                "'array' THEN findings ELSE '[]' END)";
    const QList<std::pair<QByteArray, std::array<qint64, 3>>> statements{
        {rollup, {from, to, 0}},
        {rollup, {before, from, 0}},
        {"SELECT created_at, category, region, priority, assignee, first_response_at, "
         "first_response_due FROM tickets WHERE created_at >= ?1 AND created_at < ?2 ORDER BY "
         "created_at",
         {from, to, 0}},
        {"SELECT customer_contact, MAX(customer_name), COUNT(*) FROM tickets INDEXED BY "
         "tickets_recurring WHERE recurring = 1 AND created_at >= ?1 AND created_at < ?2 GROUP "
         "BY 1",
         {from, to, 0}},
        {"SELECT actor, COUNT(*), SUM(json_array_length(" + findings + ") > 0), "
         "SUM(json_array_length(" + findings + ")) FROM replies WHERE sent_at >= ?1 AND "
         "sent_at < ?2 GROUP BY actor",
         {from, to, 0}},
        {"SELECT actor, COALESCE(json_extract(finding.value, '$.category'), ''), COUNT(*) FROM "
         "replies, json_each(" + findings + ") AS finding WHERE sent_at >= ?1 AND sent_at < ?2 "
         "GROUP BY 1, 2",
         {from, to, 0}},
        {"SELECT COUNT(*), SUM(state = 'kept'), SUM(state = 'broken'), SUM(state = 'open'), "
         "SUM(state = 'open' AND due_at < ?3) FROM commitments WHERE due_at >= ?1 AND due_at "
         "< ?2",
         {from, to, now}},
        {"SELECT number, priority, first_response_due, first_response_at FROM tickets WHERE "
         "created_at >= ?1 AND created_at < ?2 AND ((first_response_at IS NOT NULL AND "
         "first_response_at > first_response_due) OR (first_response_at IS NULL AND "
         "first_response_due < ?3)) ORDER BY created_at, id LIMIT 100",
         {from, to, now}},
    };
    for (const auto& [sql, values] : statements) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
            report(QStringLiteral("raw SQL: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
            return false;
        }
        for (int i = 0; i < sqlite3_bind_parameter_count(statement); ++i)
            sqlite3_bind_int64(statement, i + 1, values.at(std::size_t(i)));
        qint64 bytes = 0;
        while (sqlite3_step(statement) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                bytes += sqlite3_column_type(statement, c) == SQLITE_TEXT
                             ? sqlite3_column_bytes(statement, c)
                             : sqlite3_column_int64(statement, c) != 0;
        sqlite3_finalize(statement);
        if (bytes < 0)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("1000000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("5")).toInt());
    const int days = std::max(1, option(QStringLiteral("days"), QStringLiteral("30")).toInt());
    const QString path =
        option(QStringLiteral("db"), QDir::temp().filePath(
                                         QStringLiteral("rtcare-bench-report-%1-v%2.sqlite").arg(tickets).arg(Database::latestSchemaVersion())));
    const QTimeZone zone(option(QStringLiteral("tz"), QStringLiteral("UTC")).toUtf8());
    if (!zone.isValid()) {
        report(QStringLiteral("--tz: unknown time zone"));
        return 2;
    }
    const SlaPolicy& policy = SlaPolicy::builtIn();
    QString error;
    if (!rtcare::bench::ensureDemoDatabase(path, tickets))
        return 1;
    auto database = Database::open(path, &error);
    if (!database) {
        report(error);
        return 1;
    }
    // The period ends with the newest ticket's day, so the window is full of tickets.
    QSqlQuery newest(database->connection());
    if (!newest.exec(QStringLiteral("SELECT MAX(created_at) FROM tickets")) || !newest.next()) {
        report(QStringLiteral("cannot read the database"));
        return 1;
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(newest.value(0).toLongLong(), Qt::UTC);
    newest.finish();
    const QDate last = now.toTimeZone(zone).date();
    const QDateTime to = last.addDays(1).startOfDay(zone);
    const QDateTime from = last.addDays(1 - days).startOfDay(zone);
    const ReportThresholds thresholds = ReportThresholds::builtIn();
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        report(QStringLiteral("cannot open %1 for the raw SQL").arg(path));
        return 1;
    }
    QList<double> times, rawTimes;
    qint64 inPeriod = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<PeriodReport> result =
            computeReport(*database, policy, from, to, now, thresholds, &error,
                          BucketSize::Automatic, zone);
        times << double(timer.nsecsElapsed()) / 1e6;
        if (!result) {
            report(error);
            return 1;
        }
        inPeriod = result->total;
        timer.restart();
        if (!rawReport(raw, from.toSecsSinceEpoch(), to.toSecsSinceEpoch(),
                       now.toSecsSinceEpoch()))
            return 1;
        rawTimes << double(timer.nsecsElapsed()) / 1e6;
    }
    sqlite3_close(raw);
    std::sort(times.begin(), times.end());
    std::sort(rawTimes.begin(), rawTimes.end());
    report(QStringLiteral("report: %1 days in %7 (%2 of %3 tickets), %4 runs: median %5 ms, "
                          "worst %6 ms")
               .arg(days)
               .arg(inPeriod)
               .arg(tickets)
               .arg(runs)
               .arg(times.at(times.size() / 2), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1)
               .arg(QString::fromUtf8(zone.id())));
    const double median = times.at(times.size() / 2);
    const double sql = rawTimes.at(rawTimes.size() / 2);
    report(QStringLiteral("raw SQLite, the same statements: median %1 ms; app / raw = %2")
               .arg(sql, 0, 'f', 1)
               .arg(sql > 0 ? median / sql : 0.0, 0, 'f', 2));
    return 0;
}
