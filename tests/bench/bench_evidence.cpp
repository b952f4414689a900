// SPDX-License-Identifier: MIT
// Call-statistics import: a ~1 MB webrtc-internals dump (a fixture, or any file given)
// imported and summarised, both sides of one call (the Chrome and Safari rtcstats dumps)
// imported and read together, and a generated CSV of N rows.
//   bench_evidence [--file DUMP] [--rows 100000] [--runs 5]
#include "benchsupport.h"

#include "evidence/callpair.h"
#include "evidence/evidenceimport.h"
#include "evidence/evidencesentence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace rtcare::evidence;
using rtcare::bench::option;
using rtcare::bench::median;
using rtcare::bench::report;

namespace {

// Imports, summarises, assesses and writes the sentence; returns milliseconds (-1 on error).
double timeImport(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<ImportedCall> call = importStatsFile(path, {}, &error);
    if (!call) {
        report(error);
        return -1;
    }
    const Assessment a = assess(call->metrics, thresholdProfiles().constFirst());
    const EvidenceSentences s = writeSentences(call->metrics, a);
    if (s.en.isEmpty())
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// Both participants: two imports, the pairing, the combined verdict and sentence.
double timePair(const QString& a, const QString& b, double* pairingMs)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<ImportedCall> first = importStatsFile(a, {}, &error);
    const std::optional<ImportedCall> second =
        first ? importStatsFile(b, {}, &error) : std::nullopt;
    if (!second) {
        report(error);
        return -1;
    }
    QElapsedTimer pairing;
    pairing.start();
    const PairAssessment pair =
        assessPair(first->metrics, second->metrics, thresholdProfiles().constFirst());
    const EvidenceSentences s = writePairSentences(first->metrics, second->metrics, pair);
    *pairingMs = double(pairing.nsecsElapsed()) / 1e6;
    if (!pair.pairing.sameCall || s.en.isEmpty()) {
        report(QStringLiteral("the pair was not recognised: %1").arg(pair.pairing.why));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("5")).toInt());
    const int rows = std::max(1, option(QStringLiteral("rows"), QStringLiteral("100000")).toInt());
    const QString dump =
        option(QStringLiteral("file"),
               QStringLiteral(RTCARE_FIXTURES_DIR "/01_internals_chrome144_guilospanck.json"));

    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = timeImport(dump);
        if (ms < 0)
            return 1;
        times << ms;
    }
    report(
        QStringLiteral(
            "dump %1 (%2 KiB): import + summary + sentence: first %3 ms, median of %4 runs %5 ms")
            .arg(QFileInfo(dump).fileName())
            .arg(QFileInfo(dump).size() / 1024)
            .arg(times.first(), 0, 'f', 1)
            .arg(runs)
            .arg(median(times), 0, 'f', 1));

    const QString sideA =
        QStringLiteral(RTCARE_FIXTURES_DIR "/jitsi-google-legacy-stats-p2p.ndjson");
    const QString sideB = QStringLiteral(RTCARE_FIXTURES_DIR "/jitsi-safari-standard-stats.ndjson");
    times.clear();
    QList<double> pairingTimes;
    for (int i = 0; i < runs; ++i) {
        double pairingMs = 0;
        const double ms = timePair(sideA, sideB, &pairingMs);
        if (ms < 0)
            return 1;
        times << ms;
        pairingTimes << pairingMs;
    }
    report(QStringLiteral("both sides of one call (%1 + %2 KiB rtcstats): two imports + pairing + "
                          "combined verdict + sentence: first %3 ms, median of %4 runs %5 ms")
               .arg(QFileInfo(sideA).size() / 1024)
               .arg(QFileInfo(sideB).size() / 1024)
               .arg(times.first(), 0, 'f', 1)
               .arg(runs)
               .arg(median(times), 0, 'f', 1));
    report(QStringLiteral("  of which pairing + combined verdict + sentence: median %1 ms")
               .arg(median(pairingTimes), 0, 'f', 2));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("call.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("timestamp,rtt_ms,jitter_ms,packetsLost,packetsReceived,fps,bitrate_kbps\n");
        const qint64 start = 1'764'000'000'000;
        for (int i = 0; i < rows; ++i) {
            file.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                           .arg(start + qint64(i) * 1000)
                           .arg(40 + (i * 37) % 50)
                           .arg(3 + (i * 11) % 9)
                           .arg(i / 50)
                           .arg(qint64(i) * 50)
                           .arg(25 + i % 6)
                           .arg(800 + (i * 13) % 400)
                           .toLatin1());
        }
    }
    times.clear();
    for (int i = 0; i < runs; ++i) {
        const double ms = timeImport(csv);
        if (ms < 0)
            return 1;
        times << ms;
    }
    report(QStringLiteral("CSV of %1 rows (%2 KiB): import + summary + sentence: first %3 ms, "
                          "median of %4 runs %5 ms")
               .arg(rows)
               .arg(QFileInfo(csv).size() / 1024)
               .arg(times.first(), 0, 'f', 1)
               .arg(runs)
               .arg(median(times), 0, 'f', 1));
    report(QStringLiteral("resident memory: %1 MiB").arg(rtcare::bench::residentMiB(), 0, 'f', 1));
    return 0;
}
