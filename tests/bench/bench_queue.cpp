// SPDX-License-Identifier: MIT
// Opens a large ticket database and shows the first page of the queue in the real main
// window (offscreen), reporting the time to the first painted page and resident memory.
//   bench_queue [--tickets 1000000] [--db FILE] [--runs 5] [--filter open|all]
// The database is generated once (demo data, timed) and reused when it already exists.
#include "benchsupport.h"

#include "window/mainwindow.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::report;

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
    return 0;
}
