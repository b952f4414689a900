// SPDX-License-Identifier: MIT
// `rtcare demo-data` as it runs (generateDemoTickets() into a new database file) and, in the
// same run and alternated, the same schema filled with the same rows by raw SQL through
// SQLite's C API: a new file made by RTCare (tables, indexes, triggers, no rows), the app's
// file attached, then in one transaction INSERT … SELECT of every ticket and audit line
// (the triggers keep the report rollup and the status counts as they do for the app) and
// the search index's rows, whose words were read out beforehand (the index is contentless:
// its words exist only as the app's tokenizer makes them). The raw side makes no ticket; the
// app's figure includes making them. Median of the runs; exits 1 when the files differ in
// their tickets.
//   bench_demodata [--tickets 100000] [--runs 3] [--dir DIR]
#include "benchsupport.h"

#include "storage/searchindex.h"
#include "storage/ticketrows.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <cstdio>
#include <utility>
#include <vector>

using namespace rtcare;
using rtcare::bench::median;
using rtcare::bench::msSince;
using rtcare::bench::option;
using rtcare::bench::newDatabase;
using rtcare::bench::removeDatabase;
using rtcare::bench::report;

namespace {

constexpr quint32 kSeed = 42;



double appDemoData(const QString& path, int tickets, const QDateTime& now)
{
    if (!newDatabase(path))
        return -1;
    QString error;
    const auto database = Database::open(path, &error);
    DemoOptions options;
    options.count = tickets;
    options.seed = kSeed;
    options.now = now;
    QElapsedTimer timer;
    timer.start();
    const std::optional<int> written =
        generateDemoTickets(*database, SlaPolicy::builtIn(), options, &error);
    const double ms = msSince(timer);
    if (written != tickets) {
        report(QStringLiteral("demo-data: %1").arg(error));
        return -1;
    }
    return ms;
}

// Each ticket's id and index words, as the app's tokenizer makes them.
std::vector<std::pair<qint64, QByteArray>> indexWords(const QString& path)
{
    std::vector<std::pair<qint64, QByteArray>> rows;
    QString error;
    const auto database = Database::open(path, &error);
    QSqlQuery q(database->connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM tickets ORDER BY id").arg(ticketrows::selectColumns()));
    while (q.next()) {
        const Ticket ticket = ticketrows::ticketFromQuery(q);
        rows.emplace_back(ticket.id, searchindex::ticketTokens(ticket).toUtf8());
    }
    return rows;
}

bool exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    report(QStringLiteral("raw SQLite: %1: %2").arg(QLatin1String(sql), QString::fromUtf8(message)));
    sqlite3_free(message);
    return false;
}

double rawFill(const QString& source, const QString& path,
               const std::vector<std::pair<qint64, QByteArray>>& words)
{
    if (!newDatabase(path))
        return -1;
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const QByteArray attach = "ATTACH DATABASE '" + source.toUtf8() + "' AS source";
    bool ok = exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                       "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536")
              && exec(db, attach.constData());
    QElapsedTimer timer;
    timer.start();
    ok = ok && exec(db, "BEGIN IMMEDIATE")
         && exec(db, "INSERT INTO tickets SELECT * FROM source.tickets ORDER BY id")
         && exec(db, "INSERT INTO audit SELECT * FROM source.audit ORDER BY id");
    if (ok) {
        sqlite3_stmt* index = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO ticket_search(rowid, tokens) VALUES (?, ?)", -1,
                           &index, nullptr);
        for (const auto& [id, tokens] : words) {
            sqlite3_bind_int64(index, 1, id);
            sqlite3_bind_text(index, 2, tokens.constData(), int(tokens.size()), SQLITE_STATIC);
            ok = ok && sqlite3_step(index) == SQLITE_DONE;
            sqlite3_reset(index);
        }
        sqlite3_finalize(index);
        ok = ok && exec(db, "COMMIT");
    }
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ok ? ms : -1;
}

// What a team lead would compare: the tickets, the rollup and the counts the triggers kept.
QStringList contents(const QString& path)
{
    QString error;
    const auto database = Database::open(path, &error);
    QStringList lines;
    QSqlQuery q(database->connection());
    for (const char* sql : {"SELECT count(*), sum(id), max(number) FROM tickets",
                            "SELECT count(*), sum(length(new_value)) FROM audit",
                            "SELECT count(*), sum(count) FROM report_daily",
                            "SELECT group_concat(status || '=' || count) FROM "
                            "(SELECT * FROM ticket_status_counts ORDER BY status)",
                            "SELECT count(*) FROM ticket_search_docsize"}) {
        if (q.exec(QString::fromLatin1(sql)) && q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            lines << values.join(QLatin1Char(','));
        }
    }
    return lines;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("100000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("3")).toInt());
    const QDir dir(option(QStringLiteral("dir"), QDir::tempPath()));
    const QString appPath = dir.filePath(QStringLiteral("rtcare-bench-demo-app.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("rtcare-bench-demo-raw.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    std::vector<double> appTimes;
    std::vector<double> rawTimes;
    std::vector<double> ratios; // each run's pair: the machine's load moves both alike
    for (int run = 0; run < runs; ++run) {
        const double appMs = appDemoData(appPath, tickets, now);
        if (appMs < 0)
            return 1;
        appTimes.push_back(appMs);
        const auto words = indexWords(appPath); // untimed
        const double rawMs = rawFill(appPath, rawPath, words);
        if (rawMs < 0)
            return 1;
        rawTimes.push_back(rawMs);
        ratios.push_back(appMs / rawMs);
        report(QStringLiteral("run %1: app %2 ms, raw %3 ms (x%4)")
                   .arg(run + 1)
                   .arg(appMs, 0, 'f', 0)
                   .arg(rawMs, 0, 'f', 0)
                   .arg(appMs / rawMs, 0, 'f', 2));
    }
    const QStringList appContents = contents(appPath);
    const QStringList rawContents = contents(rawPath);
    const double a = median(appTimes);
    const double r = median(rawTimes);
    report(QStringLiteral("demo-data, %1 tickets: app %2 ms, raw SQLite (INSERT … SELECT) %3 ms "
                          "(x%4; median of the runs' own ratios x%7), median of %5; file %6 MiB")
               .arg(tickets)
               .arg(a, 0, 'f', 0)
               .arg(r, 0, 'f', 0)
               .arg(a / r, 0, 'f', 2)
               .arg(runs)
               .arg(double(QFileInfo(appPath).size()) / 1048576.0, 0, 'f', 1)
               .arg(median(ratios), 0, 'f', 2));
    if (appContents != rawContents) {
        report(QStringLiteral("the two files differ:\n  app %1\n  raw %2")
                   .arg(appContents.join(QStringLiteral("; ")),
                        rawContents.join(QStringLiteral("; "))));
        return 1;
    }
    removeDatabase(appPath);
    removeDatabase(rawPath);
    return 0;
}
