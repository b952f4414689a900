// SPDX-License-Identifier: MIT
// Small helpers shared by the benchmarks: options, timings, memory and CPU readings.
#pragma once

#include "demo/demodata.h"
#include "sla/policy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace rtcare::bench {

// "--name value" from the command line, or the fallback.
inline QString option(const QString& name, const QString& fallback)
{
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype index = arguments.indexOf(QStringLiteral("--") + name);
    return index >= 0 && index + 1 < arguments.size() ? arguments.at(index + 1) : fallback;
}

// Resident memory of this process in MiB (Linux), -1 elsewhere.
inline double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so read until the read itself ends.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU time (user + system) this process has used, in seconds.
inline double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

// The value at `fraction` (0.5 = median, 0.99 = p99) of timings sorted ascending.
inline double percentile(const std::vector<double>& sorted, double fraction)
{
    return sorted.at(std::min(sorted.size() - 1, std::size_t(fraction * double(sorted.size()))));
}

// The median of some timings (the upper middle one of an even count); 0 for none.
template <typename Timings>
double median(Timings timings)
{
    if (timings.empty())
        return 0;
    std::sort(timings.begin(), timings.end());
    return timings.at(timings.size() / 2);
}

// Milliseconds since `timer` started, to the nanosecond.
inline double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline void report(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Removes a database file and its WAL and shared-memory files.
inline void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A new database file at `path` with RTCare's schema and no tickets (made before a clock
// starts). False, with the reason printed, when it cannot be made.
inline bool newDatabase(const QString& path)
{
    removeDatabase(path);
    QString error;
    const auto database = Database::open(path, &error);
    if (!database)
        report(error);
    return database != nullptr;
}

// The benchmark's database at `path`: made once with `tickets` demo tickets (seed 42, timed)
// and reused while it exists. False, with the reason printed, when it cannot be made.
inline bool ensureDemoDatabase(const QString& path, int tickets)
{
    if (QFileInfo::exists(path))
        return true;
    QString error;
    const auto database = Database::open(path, &error);
    if (!database) {
        report(error);
        return false;
    }
    DemoOptions options;
    options.count = tickets;
    options.seed = 42;
    QElapsedTimer timer;
    timer.start();
    if (!generateDemoTickets(*database, SlaPolicy::builtIn(), options, &error)) {
        report(error);
        return false;
    }
    report(QStringLiteral("demo-data: %1 tickets written in %2 s")
               .arg(tickets)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return true;
}

} // namespace rtcare::bench
