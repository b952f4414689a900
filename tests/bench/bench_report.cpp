// SPDX-License-Identifier: MIT
// The team lead's report for the last 30 days over a large ticket database: every
// aggregate (volumes, SLA with median and p90, hot spots, root causes, recurring
// complaints, recommendations, incidents), timed.
//   bench_report [--tickets 1000000] [--db FILE] [--runs 5] [--days 30] [--tz ZONE]
// --tz (default UTC) is the team's time zone: outside UTC its local days split the daily
// rollup's UTC days, and part of each split day is read again from the tickets.
// The database is generated once (demo data, timed) and reused when it already exists.
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

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::report;

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
    QList<double> times;
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
    }
    std::sort(times.begin(), times.end());
    report(QStringLiteral("report: %1 days in %7 (%2 of %3 tickets), %4 runs: median %5 ms, "
                          "worst %6 ms")
               .arg(days)
               .arg(inPeriod)
               .arg(tickets)
               .arg(runs)
               .arg(times.at(times.size() / 2), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1)
               .arg(QString::fromUtf8(zone.id())));
    return 0;
}
