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
    rtcare::test::CliRun r = runRtcare(
        {QStringLiteral("stats"), fixture("06_rtcstats_chrome_standard_p2p_jitsi.ndjson")});
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

    r = runRtcare(
        {QStringLiteral("stats"), QStringLiteral("--profile"), QStringLiteral("nope"), bad});
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

TEST_CASE("cli stats: the location of the problem, the connections and the senders")
{
    // The failed-connection dump: the call's own connection failed, whatever its clean
    // media figures; two side connections never came up.
    rtcare::test::CliRun r = runRtcare({QStringLiteral("stats"), QStringLiteral("--json"),
                                        fixture("jitsi-chrome-standard-pc-failed.ndjson")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QLatin1String("verdict")).toString() == QLatin1String("connection_failed"));
    CHECK(o.value(QLatin1String("cause_hint")).toString() == QLatin1String("connection_failed"));
    const QJsonObject location = o.value(QLatin1String("location")).toObject();
    CHECK(location.value(QLatin1String("segment")).toString() ==
          QLatin1String("connection_failed"));
    const QJsonArray reasons = location.value(QLatin1String("reasons")).toArray();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.first().toObject().value(QLatin1String("metric")).toString() ==
          QLatin1String("connection_lost"));
    CHECK(reasons.first().toObject().value(QLatin1String("profile")).toString() ==
          QLatin1String("connection-state"));
    const QJsonArray connections = o.value(QLatin1String("connections")).toArray();
    REQUIRE(connections.size() == 3);
    const QJsonObject pc0 = connections.at(0).toObject();
    CHECK(pc0.value(QLatin1String("id")).toString() == QLatin1String("PC_0"));
    CHECK(pc0.value(QLatin1String("state_final")).toString() == QLatin1String("failed"));
    CHECK(pc0.value(QLatin1String("failed")).toBool());
    CHECK(pc0.value(QLatin1String("connect_ms")).toDouble() == Approx(1097));
    CHECK(pc0.value(QLatin1String("ice_restarts")).toInt() == 0);
    const QJsonObject pair = pc0.value(QLatin1String("selected_pair")).toObject();
    CHECK(pair.value(QLatin1String("local_type")).toString() == QLatin1String("prflx"));
    CHECK(pair.value(QLatin1String("remote_type")).toString() == QLatin1String("srflx"));
    CHECK(pair.value(QLatin1String("protocol")).toString() == QLatin1String("udp"));
    CHECK(pair.value(QLatin1String("relay_protocol")).isNull());
    int neverConnected = 0;
    for (const QJsonValue& c : connections) {
        const QJsonObject connection = c.toObject();
        if (connection.value(QLatin1String("failed")).toBool() &&
            !connection.value(QLatin1String("ever_connected")).toBool()) {
            ++neverConnected;
            CHECK(connection.value(QLatin1String("connect_ms")).isNull());
            CHECK(connection.value(QLatin1String("selected_pair")).isNull());
        }
    }
    CHECK(neverConnected == 2);
    CHECK_FALSE(o.value(QLatin1String("truncated")).toBool());
    const QJsonObject sentence = o.value(QLatin1String("sentence")).toObject();
    CHECK(sentence.value(QLatin1String("en"))
              .toString()
              .contains(QStringLiteral("the connection was lost")));
    CHECK_FALSE(sentence.value(QLatin1String("en")).toString().contains(QStringLiteral("PC_")));
    CHECK(sentence.value(QLatin1String("zh_CN")).toString().contains(QStringLiteral("连接中断")));

    // Fixture 07: one video sender, limited by bandwidth nearly all of its 16 s.
    r = runRtcare({QStringLiteral("stats"), QStringLiteral("--json"),
                   fixture("07_internals_chrome147_xuyu130.json")});
    REQUIRE(r.exitCode == 0);
    o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray limitation = o.value(QLatin1String("quality_limitation_pct")).toArray();
    REQUIRE(limitation.size() == 1);
    const QJsonObject shares =
        limitation.first().toObject().value(QLatin1String("quality_limitation_pct")).toObject();
    CHECK(shares.value(QLatin1String("bandwidth")).toDouble() == Approx(99.9).margin(0.1));
    CHECK(shares.value(QLatin1String("cpu")).toDouble() == 0);
    CHECK(shares.value(QLatin1String("none")).toDouble() == Approx(0.1).margin(0.1));
    CHECK(
        o.value(QLatin1String("location")).toObject().value(QLatin1String("segment")).toString() ==
        QLatin1String("none"));

    // Fixture 03: the far end, over a direct Wi-Fi route.
    r = runRtcare({QStringLiteral("stats"), QStringLiteral("--json"),
                   fixture("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json")});
    REQUIRE(r.exitCode == 0);
    o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject where = o.value(QLatin1String("location")).toObject();
    CHECK(where.value(QLatin1String("segment")).toString() == QLatin1String("far_end"));
    CHECK(where.value(QLatin1String("reasons"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("metric")) == QLatin1String("freezes"));
    const QJsonObject path = where.value(QLatin1String("path")).toObject();
    CHECK_FALSE(path.value(QLatin1String("relayed")).toBool());
    CHECK(path.value(QLatin1String("network_type")).toString() == QLatin1String("wifi"));

    // The text report lists the connections and the verdict's reasons.
    r = runRtcare({QStringLiteral("stats"), fixture("jitsi-chrome-standard-pc-failed.ndjson")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Connection: PC_0: failed, prflx -> srflx over udp"));
    CHECK(r.out.contains("Verdict:    connection_failed"));
    CHECK(r.out.contains("because connection_lost"));
}
