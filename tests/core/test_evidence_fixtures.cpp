// SPDX-License-Identifier: MIT
// Real call-statistics files (../shared/fixtures/rtc-stats, see SOURCES.md there) import
// with the right format and the figures below. Each pinned figure was derived by hand
// from the raw file, independently of RTCare's code, as the comment beside it says.
#include "catch.h"

#include "evidence/evidenceimport.h"
#include "evidence/evidencesentence.h"

#include <QDir>

using namespace rtcare::evidence;

namespace {

QString fixture(const char* name)
{
    return QDir(QStringLiteral(RTCARE_FIXTURES_DIR)).filePath(QString::fromLatin1(name));
}

CallMetrics load(const char* name, const QHash<QString, QString>& mapping = {})
{
    ImportOptions options;
    options.csvMapping = mapping;
    QString error;
    const std::optional<ImportedCall> call = importStatsFile(fixture(name), options, &error);
    INFO(error.toStdString());
    REQUIRE(call);
    return call->metrics;
}

} // namespace

TEST_CASE("evidence fixtures: every file imports with its format and plausible figures")
{
    const struct
    {
        const char* file;
        const char* format;
    } files[] = {
        {"01_internals_chrome144_guilospanck.json", "webrtc-internals"},
        {"02_internals_chrome86_andreiden_inbound_only.json", "webrtc-internals"},
        {"03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json", "webrtc-internals"},
        {"04_csv_parsed_ellencostaras_treatment1.csv", "csv"},
        {"05_getstats_legacy_chrome48_fippo_clienttest.json", "getstats-legacy"},
        {"06_rtcstats_chrome_standard_p2p_jitsi.ndjson", "rtcstats"},
        {"07_internals_chrome147_xuyu130.json", "webrtc-internals"},
        {"jitsi-chrome-standard-pc-failed.ndjson", "rtcstats"},
        {"jitsi-firefox97-standard-stats-sfu.ndjson", "rtcstats"},
        {"jitsi-google-legacy-stats-p2p.ndjson", "rtcstats"},
        {"jitsi-safari-standard-stats.ndjson", "rtcstats"},
    };
    for (const auto& f : files) {
        INFO(f.file);
        const CallMetrics m = load(f.file);
        CHECK(m.format == QLatin1String(f.format));
        CHECK(m.hasData());
        CHECK(m.durationSeconds() > 5);
        CHECK(m.durationSeconds() < 600);
        CHECK(known(m.rttMs.median));
        CHECK(m.rttMs.median >= 0);
        CHECK(m.rttMs.max < 5000);
        CHECK(m.inboundStreams + m.outboundStreams > 0);
        for (double loss :
             {m.lossInboundAudio, m.lossInboundVideo, m.lossOutboundAudio, m.lossOutboundVideo}) {
            if (known(loss)) {
                CHECK(loss >= 0);
                CHECK(loss <= 100);
            }
        }
        CHECK(known(m.mosMedian));
        CHECK(m.mosMedian >= 1);
        CHECK(m.mosMedian <= 4.5);
        const Assessment a = assess(m, *findProfile(QStringLiteral("agora-like")));
        const EvidenceSentences s = writeSentences(m, a);
        CHECK_FALSE(s.en.isEmpty());
        CHECK_FALSE(s.zhCN.isEmpty());
        CHECK_FALSE(s.en.contains(QLatin1Char('{')));
        CHECK_FALSE(s.zhCN.contains(QLatin1Char('{')));
    }
}

TEST_CASE("evidence fixtures: Chrome 86 internals dump, pinned figures")
{
    // 02: RTCTransport_0_1-selectedCandidatePairId is always RTCIceCandidatePair_n8OeCUrx_ciFoVszg;
    // its currentRoundTripTime series holds 16 values (s): 0.046 x3, 0.039 x6, 0.040 x4,
    // 0.041 x3 -> sorted, the 8th (nearest-rank median) is 0.040; the 16th (p95, max) 0.046.
    const CallMetrics m = load("02_internals_chrome86_andreiden_inbound_only.json");
    CHECK(m.rttMs.median == Approx(40));
    CHECK(m.rttMs.p95 == Approx(46));
    CHECK(m.rttMs.max == Approx(46));
    // Inbound audio packetsReceived 220 -> 968, packetsLost 0 -> 0; video 229 -> 1077, 0 -> 0.
    CHECK(m.lossInboundAudio == Approx(0));
    CHECK(m.lossInboundVideo == Approx(0));
    // Inbound only: nothing about what this user sent.
    CHECK_FALSE(known(m.lossOutboundVideo));
    // startTime 07:58:36.118, endTime 07:58:51.067 of the series: 14.9 s.
    CHECK(m.durationSeconds() == Approx(14.9).margin(0.1));
}

TEST_CASE("evidence fixtures: impaired Chrome 128 call, pinned figures")
{
    const CallMetrics m =
        load("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json");
    // T01-selectedCandidatePairId = CPhijOWwp2_ElUtQfV2; its 53 currentRoundTripTime
    // values sorted: 27th = 0.271 s, 51st (ceil(0.95*53)) = 0.275 s, max 0.282 s.
    CHECK(m.rttMs.median == Approx(271));
    CHECK(m.rttMs.p95 == Approx(275));
    CHECK(m.rttMs.max == Approx(282));
    // IT01V1146972793: packetsLost 0 -> 131, packetsReceived 0 -> 19310:
    // 131 / (19310 + 131) = 0.6738 %.
    CHECK(m.lossInboundVideo == Approx(100.0 * 131 / (19310 + 131)).epsilon(1e-3));
    // IT01A6666: 35 lost, 5232 received (IT01A6667/6668 never received a packet: ignored).
    CHECK(m.lossInboundAudio == Approx(100.0 * 35 / (5232 + 35)).epsilon(1e-3));
    // freezeCount 0 -> 9, totalFreezesDuration 0 -> 3.786 s.
    CHECK(m.freezeCount == 9);
    CHECK(m.freezeSeconds == Approx(3.786));
    // RIA/RIV packetsLost stay 0: nothing this user sent was lost.
    CHECK(m.lossOutboundVideo == Approx(0));
    const Assessment twilio = assess(m, *findProfile(QStringLiteral("twilio-like")));
    // 271 ms over twilio-like's 250 ms warning: an RTT finding that names the profile.
    const auto rtt =
        std::find_if(twilio.findings.begin(), twilio.findings.end(),
                     [](const Finding& f) { return f.metric == QLatin1String("rtt"); });
    REQUIRE(rtt != twilio.findings.end());
    CHECK(rtt->profileId == QLatin1String("twilio-like"));
    CHECK(rtt->threshold == Approx(250));
    CHECK(twilio.verdict != Side::None);
}

TEST_CASE("evidence fixtures: legacy getStats capture, pinned figures")
{
    // 05: the candidatepair reports with googActiveConnection "true" (Conn-audio-1-0 of
    // PC_0 and PC_1, 13 snapshots each) carry googRtt 2250, 1688/1689, 1266, 949, 711/712,
    // 533/534, 400, 300, 225, 168, 126, 95/94, 71/70: the 13th of the 26 sorted is 400.
    const CallMetrics m = load("05_getstats_legacy_chrome48_fippo_clienttest.json");
    CHECK(m.format == QLatin1String("getstats-legacy"));
    CHECK(m.rttMs.median == Approx(400));
    CHECK(m.rttMs.max == Approx(2250));
    // ssrc_*_recv packetsLost stay 0.
    CHECK(m.lossInboundAudio == Approx(0));
    CHECK(m.lossInboundVideo == Approx(0));
    // googJitterReceived is 0 or 1 ms in every recv report.
    CHECK(m.jitterMs.max <= 1);
}

TEST_CASE("evidence fixtures: rtcstats delta dump, pinned figures")
{
    // 06: replaying the getstats lines (merging each delta into the previous snapshot),
    // the transport's selected pair has currentRoundTripTime in 81 snapshots: nearest-rank
    // median 49 ms, p95 57 ms, max 75 ms.
    const CallMetrics m = load("06_rtcstats_chrome_standard_p2p_jitsi.ndjson");
    CHECK(m.rttMs.median == Approx(49));
    CHECK(m.rttMs.p95 == Approx(57));
    CHECK(m.rttMs.max == Approx(75));
    // inbound-rtp video: 36 packets lost against 11700 received over the call (sum of the
    // counters' change per stream): 0.3067 %; audio: 0 of 5343.
    CHECK(m.lossInboundVideo == Approx(100.0 * 36 / (36 + 11700)).epsilon(1e-3));
    CHECK(m.lossInboundAudio == Approx(0));
}

TEST_CASE("evidence fixtures: the researchers' CSV, pinned figures and --map")
{
    // 04: RIV_roundTripTime_ellen is the first RTT-like column; its 30 values >= 0 (s):
    // nearest-rank median 0.071335, p95 0.077393, max 0.08345.
    const CallMetrics m = load("04_csv_parsed_ellencostaras_treatment1.csv");
    CHECK(m.rttMs.median == Approx(71.335));
    CHECK(m.rttMs.p95 == Approx(77.393));
    CHECK(m.rttMs.max == Approx(83.45));
    // IT01V_totalFreezesDuration_ellen goes 0 -> 1.929 s.
    CHECK(m.freezeSeconds == Approx(1.929));
    CHECK(m.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("--map")));

    // --map picks the other participant's column: RIV_roundTripTime_aadya is ~270 ms.
    const CallMetrics aadya =
        load("04_csv_parsed_ellencostaras_treatment1.csv",
             {{QStringLiteral("RIV_roundTripTime_aadya"), QStringLiteral("rtt_s")},
              {QStringLiteral("RIV_roundTripTime_ellen"), QStringLiteral("ignore")}});
    CHECK(aadya.rttMs.median > 250);
    CHECK(aadya.rttMs.median < 380);
}
