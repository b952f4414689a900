// SPDX-License-Identifier: MIT
// CPU used by the queue's live countdown: the real main window (offscreen) with many
// tickets whose first response is pending, left running; reports CPU time / wall time.
//   bench_countdown [--tickets 10000] [--seconds 60]
#include "benchsupport.h"

#include "exchange/ticketimport.h"
#include "window/mainwindow.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::report;

namespace {

// `count` complaints filed over the last 20 minutes, all awaiting their first response,
// as JSON lines (so they enter through the same importer a team lead uses).
QByteArray pendingTickets(int count, const QDateTime& now)
{
    static const char* categories[] = {"network", "av_quality", "feature", "compatibility",
                                       "other"};
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        const QJsonObject customer{{QStringLiteral("name"), QStringLiteral("客户 %1").arg(i)}};
        const QJsonObject ticket{
            {QStringLiteral("created_at"),
             now.addSecs(-(i * 1200LL) / count).toString(Qt::ISODate)},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("category"), QLatin1String(categories[i % 5])},
            {QStringLiteral("description"), QStringLiteral("视频很卡 / video freezes")}};
        lines += QJsonDocument(ticket).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("10000")).toInt();
    const int seconds = option(QStringLiteral("seconds"), QStringLiteral("60")).toInt();

    QTemporaryDir dir;
    QString error;
    auto database = Database::open(dir.filePath(QStringLiteral("countdown.sqlite")), &error);
    if (!database) {
        report(error);
        return 1;
    }
    TicketRepository repository(*database, SlaPolicy::builtIn());
    QBuffer input;
    input.setData(pendingTickets(tickets, repository.now()));
    input.open(QIODevice::ReadOnly);
    if (!importTickets(input, QStringLiteral("bench"), repository, &error)) {
        report(error);
        return 1;
    }

    MainWindow window(repository);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    // Measure after a one-second warm-up, so start-up work is not counted.
    double cpuStart = 0;
    QElapsedTimer wall;
    QTimer::singleShot(1000, &app, [&] {
        cpuStart = rtcare::bench::cpuSeconds();
        wall.start();
        QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    });
    QApplication::exec();
    const double cpu = rtcare::bench::cpuSeconds() - cpuStart;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    report(QStringLiteral("countdown with %1 pending tickets over %2 s: %3 s CPU = %4 % of one "
                          "core")
               .arg(tickets)
               .arg(elapsed, 0, 'f', 1)
               .arg(cpu, 0, 'f', 3)
               .arg(100.0 * cpu / elapsed, 0, 'f', 2));
    return 0;
}
