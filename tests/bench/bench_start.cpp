// SPDX-License-Identifier: MIT
// How long a headless rtcare takes to start and answer: `rtcare --version` and
// `rtcare list --status new` on a small demo database, each started --runs times,
// alternated with the same start of a program that links what rtcare's headless part links
// (Qt Core, Qt Sql, SQLite, fastText: this benchmark itself, run with --noop) and
// does nothing. The difference is what rtcare adds to starting a process; before the window
// moved into the rtcare-window module it was the loading of Qt Widgets, Gui and Charts.
//
//   bench_start [--runs 40] [--tickets 2000] [--db PATH]
#include "benchsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <vector>

using namespace rtcare;
using namespace rtcare::bench;

namespace {

// Milliseconds from starting `program` to its exit; -1 when it failed.
double startAndWait(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return -1;
    return msSince(timer);
}

} // namespace

int main(int argc, char* argv[])
{
    // The reference run: the same libraries loaded, nothing done.
    if (argc == 2 && qstrcmp(argv[1], "--noop") == 0)
        return 0;

    QCoreApplication app(argc, argv);
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("40")).toInt());
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("2000")).toInt();
    const QString path = option(QStringLiteral("db"),
                                QDir::temp().filePath(QStringLiteral("rtcare-bench-start-%1-v%2.sqlite")
                                                          .arg(tickets)
                                                          .arg(Database::latestSchemaVersion())));
    if (!ensureDemoDatabase(path, tickets))
        return 1;

    const QString rtcare = QStringLiteral(RTCARE_BINARY);
    const QString self = QCoreApplication::applicationFilePath();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    struct Case
    {
        QString name;
        QString program;
        QStringList arguments;
        std::vector<double> timings;
    };
    std::vector<Case> cases{
        {QStringLiteral("rtcare --version"), rtcare, {QStringLiteral("--version")}, {}},
        {QStringLiteral("rtcare list --status new"),
         rtcare,
         {QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--status"),
          QStringLiteral("new")},
         {}},
        {QStringLiteral("same libraries, no work (reference)"), self, {QStringLiteral("--noop")}, {}},
    };
    if (!sqlite3.isEmpty())
        cases.push_back({QStringLiteral("sqlite3 --version"), sqlite3, {QStringLiteral("--version")}, {}});

    for (int run = 0; run < runs; ++run) {
        for (Case& c : cases) {
            const double ms = startAndWait(c.program, c.arguments);
            if (ms < 0) {
                report(QStringLiteral("%1 failed").arg(c.name));
                return 1;
            }
            c.timings.push_back(ms);
        }
    }
    const double reference = median(cases.at(2).timings);
    report(QStringLiteral("start to exit, median of %1 runs (%2 tickets)").arg(runs).arg(tickets));
    for (const Case& c : cases)
        report(QStringLiteral("  %1: %2 ms (%3x the reference)")
                   .arg(c.name, -40)
                   .arg(median(c.timings), 0, 'f', 1)
                   .arg(median(c.timings) / reference, 0, 'f', 2));
    return 0;
}
