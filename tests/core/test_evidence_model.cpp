// SPDX-License-Identifier: MIT
// E-model, threshold profiles, verdict, fair sentences and storage of call evidence.
#include "catch.h"
#include "testsupport.h"

#include "evidence/emodel.h"
#include "evidence/evidenceimport.h"
#include "evidence/evidencesentence.h"
#include "evidence/evidencestore.h"

#include <QBuffer>
#include <QJsonDocument>

using namespace rtcare;
using namespace rtcare::evidence;

namespace {

// A synthetic rtcstats call of `seconds` seconds at 1 s sampling: outbound video whose
// far side reports loss `upLoss(t)` %, inbound audio with `downLoss(t)` %, RTT `rtt(t)`.
template <typename Up, typename Down, typename Rtt>
CallMetrics synthetic(int seconds, Up upLoss, Down downLoss, Rtt rtt)
{
    QByteArray lines;
    double sent = 0, upLost = 0, received = 0, downLost = 0;
    const qint64 start = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int t = 0; t <= seconds; ++t) {
        sent += 100;
        upLost += upLoss(t);
        received += 100 - downLoss(t);
        downLost += downLoss(t);
        lines += "[\"getstats\",\"PC_0\",{\"T\":{\"type\":\"transport\","
                 "\"selectedCandidatePairId\":\"CP\"},"
                 "\"CP\":{\"type\":\"candidate-pair\",\"currentRoundTripTime\":" +
                 QByteArray::number(rtt(t) / 1000.0) +
                 "},"
                 "\"OT01V1\":{\"type\":\"outbound-rtp\",\"kind\":\"video\",\"packetsSent\":" +
                 QByteArray::number(sent) + ",\"bytesSent\":" + QByteArray::number(sent * 1000) +
                 "},"
                 "\"RIV1\":{\"type\":\"remote-inbound-rtp\",\"kind\":\"video\",\"localId\":"
                 "\"OT01V1\",\"packetsLost\":" +
                 QByteArray::number(upLost) +
                 ",\"roundTripTime\":0.05},"
                 "\"IT01A1\":{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"packetsReceived\":" +
                 QByteArray::number(received) + ",\"packetsLost\":" + QByteArray::number(downLost) +
                 ",\"jitter\":0.005}}," + QByteArray::number(start + t * 1000) + "]\n";
    }
    QBuffer buffer(&lines);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<CallMetrics> m =
        importStats(buffer, QStringLiteral("synthetic"), {}, &error);
    INFO(error.toStdString());
    REQUIRE(m);
    return *m;
}

const ThresholdProfile& agora()
{
    static const ThresholdProfile p = *findProfile(QStringLiteral("agora-like"));
    return p;
}

} // namespace

TEST_CASE("evidence: simplified E-model")
{
    // Le = 20 + 2*5 + 10 = 40 ms: R = 93.2 - 1 = 92.2; MOS = 1 + 3.227 + 0.000007*92.2*32.2*7.8
    CHECK(rFactor(20, 5, 0) == Approx(92.2));
    CHECK(estimateMos(20, 5, 0) == Approx(1 + 0.035 * 92.2 + 0.000007 * 92.2 * 32.2 * 7.8));
    // Le = 300 + 20 + 10 = 330: R = 93.2 - 21 = 72.2; 2 % loss: -5 -> 67.2
    CHECK(rFactor(300, 10, 2) == Approx(67.2));
    CHECK(estimateMos(0, 0, 100) == Approx(1));
    CHECK(mosFromR(100) == Approx(4.5));
    CHECK(estimateMos(50, 5, 1) > estimateMos(400, 30, 5));
}

TEST_CASE("evidence: threshold profiles come from the resource file")
{
    REQUIRE(thresholdProfiles().size() == 3);
    CHECK(thresholdProfiles().first().id == defaultProfileId());
    for (const char* id : {"agora-like", "twilio-like", "plivo-like"}) {
        const std::optional<ThresholdProfile> p = findProfile(QString::fromLatin1(id));
        REQUIRE(p);
        CHECK(p->rttMs.warn < p->rttMs.bad);
        CHECK(p->lossPct.warn < p->lossPct.bad);
        CHECK(p->mos.warn > p->mos.bad);
        CHECK_FALSE(p->name(QStringLiteral("zh_CN")).isEmpty());
    }
    CHECK_FALSE(findProfile(QStringLiteral("nope")));
}

TEST_CASE("evidence: uplink loss in one window gives an uplink verdict and a fair sentence")
{
    // 120 s; from 14:00:40 to 14:01:20 the far side loses 10 % of what this user sends,
    // with one 60 % spike at 14:01:00; elsewhere 0.5 %.
    const CallMetrics m = synthetic(
        120, [](int t) { return t == 60             ? 60.0
                                : t >= 40 && t < 80 ? 10.0
                                                    : 0.5; },
        [](int) { return 0.0; }, [](int) { return 40.0; });
    const Assessment a = assess(m, agora());
    CHECK(a.verdict == Side::Uplink);
    REQUIRE_FALSE(a.findings.empty());
    const Finding& f = a.findings.front();
    CHECK(f.metric == QLatin1String("loss_up"));
    CHECK(f.profileId == QLatin1String("agora-like"));
    CHECK(f.threshold == Approx(8));
    // The window's mean, not the 60 % spike.
    CHECK(f.value > 9);
    CHECK(f.value < 20);
    CHECK(f.rest < 2);
    const EvidenceSentences s = writeSentences(m, a);
    CHECK(s.key == QLatin1String("loss_up"));
    CHECK(s.en.contains(QStringLiteral("14:00")));
    CHECK(s.en.contains(QStringLiteral("video packets sent from your device")));
    CHECK_FALSE(s.en.contains(QStringLiteral("60")));
    CHECK(s.zhCN.contains(QStringLiteral("视频数据包")));
    for (const char* blame : {"your fault", "your network is bad", "too old", "wrong"})
        CHECK_FALSE(s.en.contains(QLatin1String(blame), Qt::CaseInsensitive));
    CHECK(s.placeholders(QStringLiteral("en")).value(QStringLiteral("evidence_sentence")) == s.en);
    CHECK(causeHintId(a.verdict, true) == QLatin1String("user_network"));
}

TEST_CASE("evidence: downlink loss, both, clean and the profile changes the verdict")
{
    const CallMetrics down = synthetic(
        90, [](int) { return 0.0; }, [](int t) { return t > 20 ? 12.0 : 0.0; },
        [](int) { return 40.0; });
    CHECK(assess(down, agora()).verdict == Side::Downlink);
    CHECK(writeSentences(down, assess(down, agora())).key == QLatin1String("loss_down"));

    const CallMetrics both = synthetic(
        90, [](int) { return 12.0; }, [](int) { return 12.0; }, [](int) { return 40.0; });
    CHECK(assess(both, agora()).verdict == Side::Both);

    const CallMetrics clean = synthetic(
        90, [](int) { return 0.0; }, [](int) { return 0.0; }, [](int) { return 40.0; });
    const Assessment a = assess(clean, agora());
    CHECK(a.verdict == Side::None);
    CHECK(a.findings.empty());
    CHECK(causeHintId(a.verdict, clean.hasData()) == QLatin1String("not_network"));
    CHECK(writeSentences(clean, a).key == QLatin1String("clean"));

    // 2 % loss: fine for agora-like (warn 3 %), a finding for twilio-like (bad 3, warn 1).
    const CallMetrics mild = synthetic(
        90, [](int) { return 2.0; }, [](int) { return 0.0; }, [](int) { return 40.0; });
    CHECK(assess(mild, agora()).verdict == Side::None);
    const Assessment twilio = assess(mild, *findProfile(QStringLiteral("twilio-like")));
    CHECK(twilio.verdict == Side::Uplink);
    CHECK(twilio.findings.front().level == Level::Warn);
}

TEST_CASE("evidence: metrics survive the JSON round trip")
{
    const CallMetrics m = synthetic(
        60, [](int) { return 1.0; }, [](int) { return 2.0; }, [](int t) { return 40.0 + t; });
    const std::optional<CallMetrics> back =
        CallMetrics::fromJson(QJsonDocument::fromJson(QJsonDocument(m.toJson()).toJson()).object());
    REQUIRE(back);
    CHECK(back->format == m.format);
    CHECK(back->rttMs.median == Approx(m.rttMs.median));
    CHECK(back->lossOutboundVideo == Approx(m.lossOutboundVideo).epsilon(1e-3));
    CHECK(back->intervals.size() == m.intervals.size());
    CHECK(back->intervals.back().lossUp == Approx(m.intervals.back().lossUp).epsilon(1e-3));
    CHECK(assess(*back, agora()).verdict == assess(m, agora()).verdict);
    CHECK_FALSE(CallMetrics::fromJson(QJsonObject()));
}

TEST_CASE("evidence store: attach, list, refuse duplicates, audit, remove")
{
    test::TempDatabase db;
    const Ticket ticket = db.create(Category::AvQuality);
    EvidenceStore store(*db.database);
    const CallMetrics m = synthetic(
        30, [](int) { return 0.0; }, [](int) { return 0.0; }, [](int) { return 40.0; });
    QString error;
    const std::optional<EvidenceRecord> record =
        store.attach(ticket.id, QStringLiteral("a.ndjson"), QStringLiteral("abc"), m, db.now,
                     QStringLiteral("tester"), &error);
    INFO(error.toStdString());
    REQUIRE(record);
    CHECK_FALSE(store.attach(ticket.id, QStringLiteral("copy.ndjson"), QStringLiteral("abc"), m,
                             db.now, QStringLiteral("tester"), &error));
    CHECK(error.contains(QStringLiteral("already attached")));
    REQUIRE(store.attach(ticket.id, QStringLiteral("b.ndjson"), QStringLiteral("def"), m, db.now,
                         QStringLiteral("tester"), &error));
    const QList<EvidenceRecord> records = store.forTicket(ticket.id);
    REQUIRE(records.size() == 2);
    CHECK(records.first().fileName == QLatin1String("a.ndjson"));
    CHECK(records.first().metrics.rttMs.median == Approx(40));
    const QList<AuditEntry> history = db.repository->history(ticket.id);
    CHECK(std::count_if(history.begin(), history.end(), [](const AuditEntry& e) {
              return e.action == QLatin1String("evidence");
          }) == 2);
    CHECK(store.causeHint(ticket.id, agora()) == QLatin1String("not_network"));
    const CallMetrics lossy = synthetic(
        60, [](int) { return 15.0; }, [](int) { return 0.0; }, [](int) { return 40.0; });
    REQUIRE(store.attach(ticket.id, QStringLiteral("c.ndjson"), QStringLiteral("ghi"), lossy,
                         db.now, QStringLiteral("tester"), &error));
    CHECK(store.causeHint(ticket.id, agora()) == QLatin1String("user_network"));
    CHECK(store.causeHint(ticket.id + 1000, agora()) == QLatin1String("unknown"));
    REQUIRE(store.remove(record->id, db.now, QStringLiteral("tester"), &error));
    CHECK(store.forTicket(ticket.id).size() == 2);
}

TEST_CASE("evidence: Chrome 86 freezes on the receiving track, spread sample times")
{
    // No statsType, long ids, no timestamp series: times are spread over start..end.
    QByteArray dump = R"({"PeerConnections":{"7-1":{"stats":{
        "RTCInboundRTPVideoStream_5-packetsReceived":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[0,1000,2000,3000]"},
        "RTCInboundRTPVideoStream_5-packetsLost":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[0,0,0,0]"},
        "RTCMediaStreamTrack_receiver_2-kind":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[\"video\",\"video\",\"video\",\"video\"]"},
        "RTCMediaStreamTrack_receiver_2-remoteSource":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[true,true,true,true]"},
        "RTCMediaStreamTrack_receiver_2-freezeCount":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[0,1,3,3]"},
        "RTCMediaStreamTrack_receiver_2-totalFreezesDuration":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[0,0.5,2.5,2.5]"},
        "RTCIceCandidatePair_a_b-currentRoundTripTime":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[0.03,0.03,0.03,0.03]"},
        "RTCTransport_0_1-selectedCandidatePairId":{"startTime":"2026-01-01T10:00:00Z","endTime":"2026-01-01T10:00:30Z","values":"[\"RTCIceCandidatePair_a_b\",\"RTCIceCandidatePair_a_b\",\"RTCIceCandidatePair_a_b\",\"RTCIceCandidatePair_a_b\"]"}
    }}}})";
    QBuffer buffer(&dump);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<CallMetrics> m = importStats(buffer, QStringLiteral("chrome86"), {}, &error);
    INFO(error.toStdString());
    REQUIRE(m);
    CHECK(m->format == QLatin1String("webrtc-internals"));
    CHECK(m->durationSeconds() == Approx(30));
    CHECK(m->freezeCount == 3);
    CHECK(m->freezeSeconds == Approx(2.5));
    CHECK(m->rttMs.median == Approx(30));
    CHECK(m->lossInboundVideo == Approx(0));
    // Packets arrived intact while the picture froze: the far end.
    const Assessment a = assess(*m, agora());
    CHECK(a.verdict == Side::FarEnd);
    CHECK(causeHintId(a.verdict, true) == QLatin1String("remote_party"));
    CHECK(writeSentences(*m, a).key == QLatin1String("freezes"));
}
