// SPDX-License-Identifier: MIT
// Bad input never crashes or hangs the importers: a clear error naming the file (and
// line where known), or a warning in the summary; memory stays bounded on big files.
#include "catch.h"

#include "evidence/evidenceimport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace rtcare::evidence;

namespace {

struct Result
{
    std::optional<CallMetrics> metrics;
    QString error;
};

Result importBytes(const QByteArray& bytes, const QHash<QString, QString>& mapping = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.csvMapping = mapping;
    Result r;
    r.metrics = importStats(buffer, QStringLiteral("call.dat"), options, &r.error);
    return r;
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// One rtcstats getstats line: an inbound audio stream and the selected pair.
QByteArray rtcstatsLine(qint64 t, double received, double lost,
                        const QByteArray& rttSeconds = "0.05")
{
    return "[\"getstats\",\"PC_0\",{\"T\":{\"type\":\"transport\",\"selectedCandidatePairId\":"
           "\"CP\"},"
           "\"CP\":{\"type\":\"candidate-pair\",\"currentRoundTripTime\":" +
           rttSeconds +
           "},"
           "\"IA\":{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"packetsReceived\":" +
           QByteArray::number(received) + ",\"packetsLost\":" + QByteArray::number(lost) +
           ",\"jitter\":0.004}}," + QByteArray::number(t) + "]\n";
}

} // namespace

TEST_CASE("evidence bad input: empty, blank, binary")
{
    Result r = importBytes({});
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("call.dat: the file is empty")));
    r = importBytes("   \n\n  ");
    CHECK(r.error.contains(QStringLiteral("empty")));
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(char((i * 7919) % 256));
    r = importBytes(garbage);
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("binary")));
}

TEST_CASE("evidence bad input: truncated and malformed JSON")
{
    QFile file(
        QStringLiteral(RTCARE_FIXTURES_DIR "/02_internals_chrome86_andreiden_inbound_only.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    Result r = importBytes(whole.left(whole.size() / 2));
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("call.dat:")));
    CHECK(r.error.contains(QStringLiteral("not valid JSON")));

    r = importBytes("{\"something\": 1}");
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("neither")));

    // rtcstats cut off in the middle of its last line: a warning, the rest is kept.
    const QByteArray lines = rtcstatsLine(1000, 100, 0) + rtcstatsLine(2000, 200, 0);
    r = importBytes(lines + rtcstatsLine(3000, 300, 0).left(40));
    REQUIRE(r.metrics);
    CHECK(r.metrics->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("incomplete")));

    // A bad first line is an error naming the line.
    r = importBytes("[\"getstats\", \"PC_0\", {]\n" + lines);
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("call.dat:1:")));

    // Not the expected array shape.
    r = importBytes("[1, 2, 3]\n");
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("expected [method")));
}

TEST_CASE("evidence bad input: wrong types are skipped, not trusted")
{
    // Internals dump whose series are numbers, objects and junk strings.
    const QByteArray internals =
        R"({"PeerConnections":{"1-1":{"stats":{
            "CP1-currentRoundTripTime":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:10Z","statsType":"candidate-pair","values":"[0.1,\"x\",null,true,0.1]"},
            "IT01A1-packetsLost":5,
            "IT01A1-packetsReceived":{"values":{"a":1}},
            "IT01A1-jitter":{"startTime":"bad","endTime":[],"values":"not json"}}}}})";
    const Result r = importBytes(internals);
    REQUIRE(r.metrics);
    CHECK(r.metrics->rttMs.median == Approx(100));
    CHECK(r.metrics->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("not a series")));

    // rtcstats payload of the wrong type, and values as strings.
    const QByteArray rtcstats =
        "[\"getstats\",\"PC_0\",42,1000]\n"
        "[\"getstats\",\"PC_0\",{\"CP\":{\"type\":\"candidate-pair\",\"currentRoundTripTime\":\"0."
        "2\"},"
        "\"T\":{\"type\":\"transport\",\"selectedCandidatePairId\":\"CP\"}},2000]\n";
    const Result s = importBytes(rtcstats);
    REQUIRE(s.metrics);
    CHECK(s.metrics->rttMs.median == Approx(200));
    CHECK(s.metrics->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("without an object")));
}

TEST_CASE("evidence bad input: NaN, negative counters and counter resets")
{
    QByteArray lines;
    lines += rtcstatsLine(1000, 100, 0);
    lines += rtcstatsLine(2000, 200, -3); // negative loss (duplicates): counted as none
    lines += "[\"getstats\",\"PC_0\",{\"T\":{},\"CP\":{\"currentRoundTripTime\":\"NaN\"},"
             "\"IA\":{\"packetsReceived\":\"NaN\"}},3000]\n";
    lines += rtcstatsLine(4000, 300, 10);
    lines += rtcstatsLine(5000, 50, 0); // the stream restarted: counters reset
    lines += rtcstatsLine(6000, 150, 10);
    const Result r = importBytes(lines);
    REQUIRE(r.metrics);
    const QString warnings = r.metrics->warnings.join(QLatin1Char(' '));
    CHECK(warnings.contains(QStringLiteral("reset")));
    CHECK(warnings.contains(QStringLiteral("negative")));
    // Received samples 100, 200, (NaN skipped), 300, 50, 150: +100, +100, reset -> +50,
    // +100 = 350; lost 0, -3 -> 0, 0, 10, 0, 10: +10, reset -> +0, +10 = 20: 20 / 370.
    CHECK(r.metrics->lossInboundAudio == Approx(100.0 * 20 / 370).epsilon(1e-3));
    CHECK(r.metrics->rttMs.median == Approx(50));
}

TEST_CASE("evidence bad input: absurd time spans stay quick and bounded")
{
    // Found by fuzz_csv: a time column jumping by thousands of years once hung the
    // interval slicing.
    const Result r = importBytes("time,rtt\n1,50\n2,60\n99999999999999,70\n");
    REQUIRE(r.metrics);
    CHECK(r.metrics->intervals.size() <= 720);
    CHECK(r.metrics->rttMs.median == Approx(60));
}

TEST_CASE("evidence bad input: CSV layouts")
{
    Result r = importBytes("alpha,beta,gamma\n1,2,3\n");
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("Headers found: alpha, beta, gamma")));
    CHECK(r.error.contains(QStringLiteral("--map")));

    r = importBytes("alpha,beta\n1,2\n", {{QStringLiteral("gamma"), QStringLiteral("rtt_ms")}});
    CHECK(r.error.contains(QStringLiteral("no column named 'gamma'")));

    r = importBytes("alpha,beta\n1,2\n", {{QStringLiteral("alpha"), QStringLiteral("speed")}});
    CHECK(r.error.contains(QStringLiteral("unknown metric")));

    // --map names the columns; ISO times; a semicolon file; missing values.
    r = importBytes("when;delay;lossy\n2026-01-01T10:00:00Z;80;1\n2026-01-01T10:00:01Z;-1;\n"
                    "2026-01-01T10:00:02Z;120;3\n",
                    {{QStringLiteral("when"), QStringLiteral("time")},
                     {QStringLiteral("delay"), QStringLiteral("rtt_ms")},
                     {QStringLiteral("lossy"), QStringLiteral("loss_pct")}});
    REQUIRE(r.metrics);
    CHECK(r.metrics->rttMs.median == Approx(80));
    CHECK(r.metrics->rttMs.max == Approx(120));
    CHECK(r.metrics->durationSeconds() == Approx(2));

    // An unclosed quote swallowing the file is stopped.
    QByteArray open = "rtt,jitter\n\"";
    open.append(QByteArray(2 * 1024 * 1024, 'x'));
    r = importBytes(open);
    CHECK_FALSE(r.metrics);
    CHECK(r.error.contains(QStringLiteral("longer than 1 MiB")));
}

TEST_CASE("evidence bad input: big files stream with bounded memory or are refused")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A ~200 MB rtcstats dump: read line by line.
    const QString big = dir.filePath(QStringLiteral("big.ndjson"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray padding = ",\"pad\":\"" + QByteArray(3000, 'p') + "\"";
        qint64 written = 0;
        for (qint64 i = 0; written < 200LL * 1024 * 1024; ++i) {
            QByteArray line = rtcstatsLine(1000 + i * 1000, double(i * 50), double(i / 10));
            line.insert(line.indexOf("\"jitter\""), "\"x\":0,");
            line.insert(line.lastIndexOf('}'), padding);
            written += file.write(line);
        }
    }
    const double before = residentMiB();
    QString error;
    const std::optional<ImportedCall> call = importStatsFile(big, {}, &error);
    const double after = residentMiB();
    INFO(error.toStdString());
    REQUIRE(call);
    CHECK(call->metrics.lossInboundAudio > 0);
    if (before > 0)
        CHECK(after - before < 150); // the file is 200 MB; samples are kept, lines are not

    // A single JSON document over the limit: refused with the size in the message.
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"PeerConnections\":{},\"pad\":\"");
        const QByteArray chunk(1024 * 1024, 'p');
        for (int i = 0; i < 65; ++i)
            file.write(chunk);
        file.write("\"}");
    }
    const std::optional<ImportedCall> refused = importStatsFile(huge, {}, &error);
    CHECK_FALSE(refused);
    CHECK(error.contains(QStringLiteral("larger than the 64 MiB")));

    // A 20 MB line without a newline is not an rtcstats line.
    const QString longLine = dir.filePath(QStringLiteral("long.ndjson"));
    {
        QFile file(longLine);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[\"getstats\",\"PC_0\",\"");
        file.write(QByteArray(20 * 1024 * 1024, 'a'));
    }
    CHECK_FALSE(importStatsFile(longLine, {}, &error));
    CHECK(error.contains(QStringLiteral("longer than 16 MiB")));
}

TEST_CASE("evidence: an import can be cancelled through its progress callback")
{
    QByteArray lines;
    for (int i = 0; i < 500; ++i)
        lines += rtcstatsLine(1000 + i * 1000, i * 100, 0);
    QBuffer buffer(&lines);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 3;
    };
    QString error;
    CHECK_FALSE(importStats(buffer, QStringLiteral("call.ndjson"), options, &error));
    CHECK(error == QStringLiteral("call.ndjson: import cancelled"));
    CHECK(calls == 3);
}
