// SPDX-License-Identifier: MIT
// Both sides of one call: the real pair in the fixtures (a Chrome legacy-stats dump and a
// Safari standard dump of the same Jitsi call), checked against the times and ssrcs read
// here from the raw files; files that are not one call; the combined verdict on cases
// made from the real pair by editing its counts in memory.
#include "catch.h"
#include "evidencefixtures.h"

#include "evidence/callpair.h"
#include "evidence/evidenceimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace rtcare::evidence;
using rtcare::test::rtcFixture;

namespace {

constexpr const char* kChrome = "jitsi-google-legacy-stats-p2p.ndjson";
constexpr const char* kSafari = "jitsi-safari-standard-stats.ndjson";

// What a reader of the raw rtcstats file sees: the first and last getstats time, and the
// ssrcs of the streams sent and received (snapshots after the first carry only changes,
// so each stat object is merged over the file).
struct RawDump
{
    qint64 first = 0;
    qint64 last = 0;
    std::set<qint64> inbound;
    std::set<qint64> outbound;
};

RawDump readRaw(const char* name)
{
    RawDump raw;
    QFile file(rtcFixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> objects; // "pc/statId"
    while (!file.atEnd()) {
        const QJsonArray line = QJsonDocument::fromJson(file.readLine()).array();
        if (line.at(0).toString() != QLatin1String("getstats"))
            continue;
        const auto t = qint64(line.at(3).toDouble());
        raw.first = raw.first == 0 ? t : std::min(raw.first, t);
        raw.last = std::max(raw.last, t);
        const QJsonObject stats = line.at(2).toObject();
        for (auto it = stats.begin(); it != stats.end(); ++it) {
            QJsonObject& merged = objects[line.at(1).toString() + QLatin1Char('/') + it.key()];
            const QJsonObject changes = it.value().toObject();
            for (auto m = changes.begin(); m != changes.end(); ++m)
                merged.insert(m.key(), m.value());
        }
    }
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const QString type = it->value(QLatin1String("type")).toString();
        const QJsonValue v = it->value(QLatin1String("ssrc"));
        const qint64 ssrc = v.isString() ? v.toString().toLongLong() : qint64(v.toDouble(-1));
        if (ssrc < 0 || !it->contains(QLatin1String("ssrc")))
            continue;
        if (type == QLatin1String("inbound-rtp") ||
            (type == QLatin1String("ssrc") && it.key().endsWith(QLatin1String("_recv"))))
            raw.inbound.insert(ssrc);
        if (type == QLatin1String("outbound-rtp") ||
            (type == QLatin1String("ssrc") && it.key().endsWith(QLatin1String("_send"))))
            raw.outbound.insert(ssrc);
    }
    return raw;
}

CallMetrics load(const char* name)
{
    QString error;
    const std::optional<ImportedCall> call = importStatsFile(rtcFixture(name), {}, &error);
    INFO(error.toStdString());
    REQUIRE(call.has_value());
    return call->metrics;
}

ThresholdProfile profile()
{
    return *findProfile(defaultProfileId());
}

std::vector<qint64> intersect(const std::set<qint64>& x, const std::set<qint64>& y)
{
    std::vector<qint64> out;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
    return out;
}

// Sets `pct` % loss on the receiver's inbound streams whose ssrc is (or, with `others`,
// is not) in `ssrcs`: lost = pct/(100-pct) x received in every interval.
void setLoss(CallMetrics& m, const std::vector<qint64>& ssrcs, double pct, bool others = false)
{
    for (RtpStreamCounts& r : m.rtpStreams) {
        const bool listed = std::find(ssrcs.begin(), ssrcs.end(), r.ssrc) != ssrcs.end();
        if (r.direction != Direction::Inbound || listed == others)
            continue;
        r.lost.assign(r.packets.size(), 0);
        for (std::size_t i = 0; i < r.packets.size(); ++i)
            r.lost[i] = r.packets[i] * pct / (100 - pct);
    }
}

} // namespace

TEST_CASE("pair: the Chrome and Safari dumps are the two sides of one call", "[evidence][pair]")
{
    const RawDump chrome = readRaw(kChrome);
    const RawDump safari = readRaw(kSafari);
    const qint64 rawOverlap =
        std::min(chrome.last, safari.last) - std::max(chrome.first, safari.first);
    const std::vector<qint64> chromeToSafari = intersect(chrome.outbound, safari.inbound);
    const std::vector<qint64> safariToChrome = intersect(safari.outbound, chrome.inbound);
    // The raw files themselves: about 38 s together, streams going both ways.
    REQUIRE(rawOverlap > 30'000);
    REQUIRE_FALSE(chromeToSafari.empty());
    REQUIRE_FALSE(safariToChrome.empty());

    const CallMetrics a = load(kChrome);
    const CallMetrics b = load(kSafari);
    const CallPairing p = pairCalls(a, b);
    INFO(p.why.toStdString());
    CHECK(p.sameCall);
    CHECK(p.overlapMs() == rawOverlap);
    CHECK(p.overlapFrom == std::max(chrome.first, safari.first));
    CHECK(p.sentByA == chromeToSafari);
    CHECK(p.sentByB == safariToChrome);
    // The order of the files does not matter.
    const CallPairing back = pairCalls(b, a);
    CHECK(back.sameCall);
    CHECK(back.sentByA == safariToChrome);
    CHECK(back.overlapMs() == rawOverlap);

    // The real call: loss between the two sides is low both ways (computed here from the
    // stored counts over the overlap), so together they do not blame the network.
    const PairAssessment pair = assessPair(a, b, profile());
    CHECK(pair.aToB.streams == int(chromeToSafari.size()));
    CHECK(pair.bToA.streams >= 1);
    CHECK(known(pair.aToB.lossAtReceiver));
    CHECK(known(pair.bToA.lossAtReceiver));
    CHECK(pair.aToB.lossAtReceiver < profile().lossPct.warn);
    CHECK(pair.bToA.lossAtReceiver < profile().lossPct.warn);
    CHECK(pair.reasons.size() >= 3);
    CHECK(pair.reasons.first().contains(QStringLiteral("overlap")));

    // Stored and read back (a ticket's evidence), the pair still matches.
    const std::optional<CallMetrics> storedA = CallMetrics::fromJson(a.toJson());
    const std::optional<CallMetrics> storedB = CallMetrics::fromJson(b.toJson());
    REQUIRE(storedA);
    REQUIRE(storedB);
    const PairAssessment again = assessPair(*storedA, *storedB, profile());
    CHECK(again.pairing.sameCall);
    CHECK(again.pairing.sharedSsrcs() == p.sharedSsrcs());
    CHECK(again.verdictId() == pair.verdictId());
    CHECK(again.aToB.lossAtReceiver == Approx(pair.aToB.lossAtReceiver).margin(0.05));
}

TEST_CASE("pair: files of different calls are not paired", "[evidence][pair]")
{
    const CallMetrics chrome = load("06_rtcstats_chrome_standard_p2p_jitsi.ndjson");
    const CallMetrics firefox = load("jitsi-firefox97-standard-stats-sfu.ndjson");
    const PairAssessment pair = assessPair(chrome, firefox, profile());
    CHECK_FALSE(pair.pairing.sameCall);
    CHECK(pair.pairing.overlapMs() == 0);
    CHECK(pair.pairing.why.contains(QStringLiteral("do not overlap")));
    CHECK(pair.cause == PairCause::NotSameCall);
    CHECK(pair.toJson().value(QLatin1String("verdict")).isNull());
    CHECK(pair.toJson().value(QLatin1String("same_call")) == false);

    // One file twice: the times overlap fully, but no stream goes from one to the other.
    const CallMetrics safari = load(kSafari);
    const CallPairing self = pairCalls(safari, safari);
    CHECK_FALSE(self.sameCall);
    CHECK(self.overlapMs() == safari.end - safari.start);
    CHECK(self.why.contains(QStringLiteral("no shared ssrc")));

    // A summary stored before the ssrcs were read cannot be paired, and says why.
    CallMetrics old = load(kChrome);
    old.rtpStreams.clear();
    const CallPairing noIds = pairCalls(old, safari);
    CHECK_FALSE(noIds.sameCall);
    CHECK(noIds.why.contains(QStringLiteral("no stream ids")));
}

TEST_CASE("pair: loss on one side's uplink shows as the other side's downlink", "[evidence][pair]")
{
    const CallMetrics a = load(kChrome);
    const CallMetrics clean = load(kSafari);
    const CallPairing p = pairCalls(a, clean);
    REQUIRE(p.sameCall);
    const double bad = profile().lossPct.bad + 2;

    // Safari (B) loses A's streams only; A's own file is unchanged and B gets the others'
    // streams cleanly: A's uplink or the path from A.
    CallMetrics b = clean;
    setLoss(b, p.sentByA, bad);
    PairAssessment pair = assessPair(a, b, profile());
    CHECK(pair.aToB.lossAtReceiver == Approx(bad).margin(0.01));
    CHECK(pair.aToB.level == Level::Bad);
    CHECK(pair.cause == PairCause::Uplink);
    CHECK(pair.participant == 0);
    CHECK(pair.verdictId() == QLatin1String("uplink_a"));
    // A's single-file verdict does not say uplink: only B's figures show it.
    CHECK(pair.a.verdict != Side::Uplink);
    const QString reasons = pair.reasons.join(QLatin1Char('\n'));
    CHECK(reasons.contains(QStringLiteral("B received A's")));
    CHECK(reasons.contains(QString::number(bad, 'f', 1)));
    EvidenceSentences s = writePairSentences(a, b, pair);
    CHECK(s.en.contains(QString::number(qint64(std::round(bad))) + QStringLiteral("%")));
    CHECK(s.en.contains(QStringLiteral("sent by participant A")));
    CHECK(s.zhCN.contains(QStringLiteral("参与方 A")));
    CHECK_FALSE(s.en.contains(QStringLiteral("{")));
    CHECK_FALSE(s.zhCN.contains(QStringLiteral("{")));
    for (const char* blame : {"your fault", "you caused", "blame"})
        CHECK_FALSE(s.en.contains(QLatin1String(blame), Qt::CaseInsensitive));

    // The same files swapped: the verdict follows participant A's stream, now B.
    pair = assessPair(b, a, profile());
    CHECK(pair.verdictId() == QLatin1String("uplink_b"));

    // B loses everyone's streams alike: B's downlink.
    setLoss(b, p.sentByA, bad, true);
    pair = assessPair(a, b, profile());
    CHECK(pair.verdictId() == QLatin1String("downlink_b"));
    s = writePairSentences(a, b, pair);
    CHECK(s.key == QLatin1String("pair_downlink"));

    // Both directions lose packets: the path between them.
    CallMetrics a2 = a;
    b = clean;
    setLoss(b, p.sentByA, bad);
    setLoss(a2, p.sentByB, bad);
    pair = assessPair(a2, b, profile());
    CHECK(pair.verdictId() == QLatin1String("path_between"));
    CHECK(writePairSentences(a2, b, pair).key == QLatin1String("pair_path"));
}

TEST_CASE("pair: a side's own device or failed connection decides", "[evidence][pair]")
{
    const CallMetrics a = load(kChrome);
    CallMetrics b = load(kSafari);
    // B's video sender limited by its processor most of the time (the single-file rule).
    REQUIRE_FALSE(b.senders.empty());
    b.senders.front().cpuPct = 80;
    b.senders.front().seconds = 100;
    b.limitedByCpuPct = 80;
    PairAssessment pair = assessPair(a, b, profile());
    CHECK(pair.b.verdict == Side::Device);
    CHECK(pair.verdictId() == QLatin1String("device_b"));
    CHECK(pair.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("B's file")));
    EvidenceSentences s = writePairSentences(a, b, pair);
    CHECK(s.key == QLatin1String("pair_one_side"));
    CHECK(s.en.contains(QStringLiteral("participant B")));

    // A's connection failed: whatever the media figures say.
    CallMetrics failed = a;
    REQUIRE_FALSE(failed.connections.empty());
    for (ConnectionSummary& c : failed.connections) {
        c.failed = true;
        c.failedAt = failed.end;
        c.finalState = QStringLiteral("failed");
    }
    pair = assessPair(failed, b, profile());
    CHECK(pair.verdictId().startsWith(QStringLiteral("connection_failed")));
}
