// SPDX-License-Identifier: MIT
// `rtcare stats` and `rtcare attach`, run as an agent's script would run them.
#include "catch.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using rtcare::test::runRtcare;

QString fixture(const char* name)
{
    return QStringLiteral(RTCARE_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("cli stats: JSON report of a real dump")
{
    const rtcare::test::CliRun r =
        runRtcare({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--profile"),
             QStringLiteral("twilio-like"),
             fixture("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QLatin1String("format")).toString() == QLatin1String("webrtc-internals"));
    CHECK(o.value(QLatin1String("duration_s")).toDouble() == Approx(136).margin(1));
    CHECK(o.value(QLatin1String("rtt_ms")).toObject().value(QLatin1String("median")).toDouble() ==
          Approx(271));
    CHECK(o.value(QLatin1String("rtt_ms")).toObject().contains(QLatin1String("p95")));
    CHECK(o.value(QLatin1String("jitter_ms")).toObject().contains(QLatin1String("p95")));
    const QJsonObject loss = o.value(QLatin1String("packet_loss_pct")).toObject();
    for (const char* key : {"inbound_audio", "inbound_video", "outbound_audio", "outbound_video"})
        CHECK(loss.contains(QLatin1String(key)));
    CHECK(o.value(QLatin1String("freeze_count")).toDouble() == 9);
    CHECK(o.value(QLatin1String("freeze_duration_s")).toDouble() == Approx(3.786));
    CHECK(o.value(QLatin1String("mos")).toObject().contains(QLatin1String("min")));
    CHECK(o.value(QLatin1String("profile")).toString() == QLatin1String("twilio-like"));
    CHECK_FALSE(o.value(QLatin1String("verdict")).toString().isEmpty());
    CHECK(o.value(QLatin1String("findings")).toArray().size() >= 1);
    CHECK(o.value(QLatin1String("verdict_window")).toObject().contains(QLatin1String("from")));
    CHECK(o.value(QLatin1String("bad_time_s")).toObject().contains(QLatin1String("uplink")));
    CHECK(o.value(QLatin1String("available_outgoing_kbps")).toDouble() > 0);
    const QJsonObject sentence = o.value(QLatin1String("sentence")).toObject();
    CHECK_FALSE(sentence.value(QLatin1String("zh_CN")).toString().isEmpty());
    CHECK(sentence.value(QLatin1String("en")).toString().contains(QStringLiteral("09:1")));
}

TEST_CASE("cli stats: text output, --map and errors")
{
    rtcare::test::CliRun r =
        runRtcare({QStringLiteral("stats"), fixture("06_rtcstats_chrome_standard_p2p_jitsi.ndjson")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("rtcstats"));
    CHECK(r.out.contains("Verdict:"));

    r = runRtcare({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--map"),
             QStringLiteral("RIV_roundTripTime_aadya=rtt_s"), QStringLiteral("--map"),
             QStringLiteral("RIV_roundTripTime_ellen=ignore"),
             fixture("04_csv_parsed_ellencostaras_treatment1.csv")});
    REQUIRE(r.exitCode == 0);
    const double rtt = QJsonDocument::fromJson(r.out)
                           .object()
                           .value(QLatin1String("rtt_ms"))
                           .toObject()
                           .value(QLatin1String("median"))
                           .toDouble();
    CHECK(rtt > 250);

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("alpha,beta\n1,2\n");
    }
    r = runRtcare({QStringLiteral("stats"), bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("bad.csv")));
    CHECK(r.err.contains(QStringLiteral("Headers found: alpha, beta")));

    r = runRtcare({QStringLiteral("stats"), dir.filePath(QStringLiteral("missing.json"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("missing.json")));

    r = runRtcare({QStringLiteral("stats"), QStringLiteral("--profile"), QStringLiteral("nope"), bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("agora-like")));

    r = runRtcare({QStringLiteral("stats"), QStringLiteral("--map"), QStringLiteral("oops"), bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("COLUMN=METRIC")));

    r = runRtcare({QStringLiteral("stats")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("cli attach: a file becomes evidence on a ticket")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    rtcare::test::CliRun r = runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                      QStringLiteral("--tickets"), QStringLiteral("3")});
    REQUIRE(r.exitCode == 0);
    r = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QString number = QJsonDocument::fromJson(r.out)
                               .array()
                               .first()
                               .toObject()
                               .value(QLatin1String("number"))
                               .toString();
    REQUIRE_FALSE(number.isEmpty());
    const QString file = fixture("02_internals_chrome86_andreiden_inbound_only.json");
    r = runRtcare({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("attach"), number, file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Attached 02_internals_chrome86_andreiden_inbound_only.json"));
    r = runRtcare({QStringLiteral("--db"), db, QStringLiteral("attach"), number, file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("already attached")));
    r = runRtcare(
        {QStringLiteral("--db"), db, QStringLiteral("attach"), QStringLiteral("NO-SUCH"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no ticket numbered NO-SUCH")));
}
