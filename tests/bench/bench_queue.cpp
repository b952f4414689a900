// SPDX-License-Identifier: MIT
// Opens a large ticket database and shows the first page of the queue in the real main
// window (offscreen), reporting the time to the first painted page and resident memory.
// Then, alternated in the same run with the same SQL through SQLite's C API (prepared once,
// as a hand-written client would): the filter badges' counts with the first page's count
// (what each refresh asks), and with --status S every ticket in status S in queue order
// (what "rtcare list --status S" reads).
//   bench_queue [--tickets 1000000] [--db FILE] [--runs 5] [--filter open|all] [--status new]
// The database is generated once (demo data, timed) and reused when it already exists.
#include "benchsupport.h"

#include "window/mainwindow.h"
#include "storage/database.h"
#include "storage/queuequery.h"
#include "storage/ticketrepository.h"

#include <sqlite3.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::median;
using rtcare::bench::msSince;
using rtcare::bench::report;

namespace {

// Raw SQLite: one statement prepared once, stepped to its end reading every column.
struct RawStatement
{
    sqlite3_stmt* statement = nullptr;

    RawStatement(sqlite3* db, const QByteArray& sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            report(QStringLiteral("raw SQLite: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    ~RawStatement() { sqlite3_finalize(statement); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    void bindText(const char* name, const QByteArray& value)
    {
        sqlite3_bind_text(statement, sqlite3_bind_parameter_index(statement, name),
                          value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    void bindInt(const char* name, qint64 value)
    {
        sqlite3_bind_int64(statement, sqlite3_bind_parameter_index(statement, name), value);
    }
    // Rows read.
    int run()
    {
        int rows = 0;
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_column_text(statement, c);
            ++rows;
        }
        sqlite3_reset(statement);
        return rows;
    }
};

void reportPair(const QString& what, const std::vector<double>& app, const std::vector<double>& raw,
                const QString& extra)
{
    const double a = median(app);
    const double r = median(raw);
    report(QStringLiteral("%1: app %2 ms, raw SQLite %3 ms (x%4), median of %5%6")
               .arg(what)
               .arg(a, 0, 'f', 2)
               .arg(r, 0, 'f', 2)
               .arg(r > 0 ? a / r : 0, 0, 'f', 2)
               .arg(app.size())
               .arg(extra));
}

// The badges' counts and the page count of the Open filter, as each refresh asks them.
void benchCounts(const Database& database, sqlite3* db, int runs)
{
    RawStatement rawCounts(
        db, "SELECT (SELECT count(*) FROM tickets WHERE queue_rank < 2), "
            "(SELECT count(*) FROM (SELECT id FROM tickets WHERE queue_rank = 0 AND queue_key > "
            ":now AND first_response_risk_at <= :now UNION SELECT ticket_id FROM commitments "
            "WHERE state = 'open' AND due_at > :now AND (:now - promised_at) * 100 >= (due_at - "
            "promised_at) * 75 AND ticket_id NOT IN (SELECT ticket_id FROM commitments WHERE "
            "state = 'open' AND due_at <= :now))), "
            "(SELECT count(*) FROM (SELECT id FROM tickets WHERE queue_rank = 0 AND queue_key <= "
            ":now UNION SELECT ticket_id FROM commitments WHERE state = 'open' AND due_at <= "
            ":now)), (SELECT count(*) FROM tickets)");
    RawStatement rawPageCount(db, "SELECT count(*) FROM tickets WHERE queue_rank < 2");
    std::vector<double> app;
    std::vector<double> raw;
    QueueCounts counts;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        QueueQuery query(database);
        query.setFilter(QueueFilter::Open);
        counts = query.counts(now);
        shown = query.count(now);
        app.push_back(msSince(timer));
        timer.restart();
        rawCounts.bindInt(":now", now.toSecsSinceEpoch());
        rawCounts.run();
        rawPageCount.run();
        raw.push_back(msSince(timer));
    }
    reportPair(QStringLiteral("badge counts + page count"), app, raw,
               QStringLiteral(" (all %1, open %2, page count %3)")
                   .arg(counts.all)
                   .arg(counts.open)
                   .arg(shown));
}

// Every ticket in one status, in queue order: what "rtcare list --status S" reads.
void benchStatus(const Database& database, sqlite3* db, const QString& status, int runs)
{
    const std::optional<TicketStatus> wanted = statusFromId(status);
    if (!wanted) {
        report(QStringLiteral("--status: '%1' is not a ticket status").arg(status));
        return;
    }
    // Prepared in every run, as the command prepares it once each time it runs.
    const QByteArray rawSql =
        "SELECT id, number, customer_name, customer_enterprise, customer_key_business, "
        "category, priority, status, created_at, first_response_due, first_response_at, "
        "substr(description, 1, 200), assignee FROM tickets WHERE 1 AND status = :status "
        "ORDER BY queue_rank, queue_key, id";
    std::vector<double> app;
    std::vector<double> raw;
    int appRows = 0;
    int rawRows = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QueueQuery query(database);
        query.setFilter(QueueFilter::All);
        query.setStatus(wanted);
        appRows = 0;
        query.visit(QDateTime::currentDateTimeUtc(), [&](const QueueRow&) {
            ++appRows;
            return true;
        });
        app.push_back(msSince(timer));
        timer.restart();
        {
            RawStatement rawList(db, rawSql);
            rawList.bindText(":status", status.toUtf8());
            rawRows = rawList.run();
        }
        raw.push_back(msSince(timer));
    }
    reportPair(QStringLiteral("list --status %1").arg(status), app, raw,
               QStringLiteral(", %1 rows%2")
                   .arg(appRows)
                   .arg(appRows == rawRows ? QString() : QStringLiteral(" (raw: %1!)").arg(rawRows)));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("1000000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("5")).toInt());
    const bool all = option(QStringLiteral("filter"), QStringLiteral("open")) == QLatin1String("all");
    const QString path =
        option(QStringLiteral("db"), QDir::temp().filePath(
                                         QStringLiteral("rtcare-bench-%1-v%2.sqlite").arg(tickets).arg(Database::latestSchemaVersion())));
    const SlaPolicy& policy = SlaPolicy::builtIn();
    QString error;

    if (!rtcare::bench::ensureDemoDatabase(path, tickets))
        return 1;

    QList<double> times;
    double rss = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto database = Database::open(path, &error);
        if (!database) {
            report(error);
            return 1;
        }
        TicketRepository repository(*database, policy);
        MainWindow window(repository);
        if (all)
            window.filterAction(QueueFilter::All)->trigger();
        window.show();
        QApplication::processEvents(); // lay out, fetch and paint the visible rows
        auto* table = window.findChild<QTableView*>();
        if (!table || table->model()->rowCount() == 0) {
            report(QStringLiteral("the queue shows no rows"));
            return 1;
        }
        window.repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        rss = std::max(rss, rtcare::bench::residentMiB());
        if (run == 0)
            report(QStringLiteral("queue rows (%1 filter): %2")
                       .arg(all ? QStringLiteral("All") : QStringLiteral("Open"))
                       .arg(table->model()->rowCount()));
    }
    const double firstRun = times.first();
    std::sort(times.begin(), times.end());
    report(QStringLiteral("open + first page: first run %1 ms, median of %2 runs %3 ms, max %4 ms")
               .arg(firstRun, 0, 'f', 1)
               .arg(runs)
               .arg(times.at(times.size() / 2), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1));
    report(QStringLiteral("resident memory with the file open: %1 MiB").arg(rss, 0, 'f', 1));

    auto database = Database::open(path, &error);
    sqlite3* db = nullptr;
    if (!database
        || sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        report(database ? QStringLiteral("raw SQLite cannot open the file") : error);
        sqlite3_close(db);
        return 1;
    }
    const int sqlRuns = std::max(runs, 9);
    benchCounts(*database, db, sqlRuns);
    const QString status = option(QStringLiteral("status"), QString());
    if (!status.isEmpty())
        benchStatus(*database, db, status, sqlRuns);
    sqlite3_close(db);
    return 0;
}
