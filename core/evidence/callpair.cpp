// SPDX-License-Identifier: MIT
#include "evidence/callpair.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <set>

namespace rtcare::evidence {

namespace {

std::set<qint64> ssrcs(const CallMetrics& m, Direction direction)
{
    std::set<qint64> out;
    for (const RtpStreamCounts& r : m.rtpStreams) {
        if (r.direction == direction && r.ssrc >= 0)
            out.insert(r.ssrc);
    }
    return out;
}

std::vector<qint64> common(const std::set<qint64>& x, const std::set<qint64>& y)
{
    std::vector<qint64> out;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
    return out;
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString pct(double v)
{
    return known(v) ? QStringLiteral("%1 %").arg(v, 0, 'f', 1) : QStringLiteral("no figure");
}

struct Counted
{
    double lost = 0;
    double packets = 0; // received (inbound) or sent (outbound)
    bool any = false;
    // % lost: inbound lost / (received + lost); outbound lost / sent.
    [[nodiscard]] double loss(Direction d) const
    {
        const double whole = d == Direction::Inbound ? packets + lost : packets;
        return any && whole > 0 ? std::clamp(100.0 * lost / whole, 0.0, 100.0) : kNone;
    }
};

// One side's streams of a direction, those in `wanted` (or, with `invert`, all others),
// counted over [from, to] (each interval by its share of the window).
Counted countStreams(const CallMetrics& m, Direction direction, const std::vector<qint64>& wanted,
                     bool invert, std::optional<Media> media, qint64 from, qint64 to, int* streams)
{
    Counted c;
    for (const RtpStreamCounts& r : m.rtpStreams) {
        const bool listed = std::binary_search(wanted.begin(), wanted.end(), r.ssrc);
        if (r.direction != direction || listed == invert || r.lost.empty() ||
            (media && r.media != *media))
            continue;
        if (streams)
            ++*streams;
        for (std::size_t i = 0; i < m.intervals.size() && i < r.packets.size(); ++i) {
            const Interval& in = m.intervals[i];
            const qint64 lo = std::max(from, in.start);
            const qint64 hi = std::min(to, in.end);
            if (hi <= lo || in.end <= in.start)
                continue;
            const double share = double(hi - lo) / double(in.end - in.start);
            c.lost += std::max(0.0, r.lost[i]) * share;
            c.packets += r.packets[i] * share;
            c.any = true;
        }
    }
    return c;
}

// The worse of the two media (as CallMetrics::lossDown does).
double worstLoss(const CallMetrics& m, Direction direction, const std::vector<qint64>& wanted,
                 bool invert, qint64 from, qint64 to, int* streams, Media* worst = nullptr)
{
    double out = kNone;
    for (const Media media : {Media::Audio, Media::Video}) {
        const double v =
            countStreams(m, direction, wanted, invert, media, from, to, nullptr).loss(direction);
        if (known(v) && (!known(out) || v > out)) {
            out = v;
            if (worst)
                *worst = media;
        }
    }
    if (streams)
        countStreams(m, direction, wanted, invert, std::nullopt, from, to, streams);
    return out;
}

PairDirection direction(const CallMetrics& sender, const CallMetrics& receiver,
                        const std::vector<qint64>& sent, const CallPairing& p,
                        const ThresholdProfile& profile)
{
    PairDirection d;
    d.lossAtReceiver = worstLoss(receiver, Direction::Inbound, sent, false, p.overlapFrom,
                                 p.overlapTo, &d.streams, &d.media);
    d.lossSenderSaw =
        worstLoss(sender, Direction::Outbound, sent, false, p.overlapFrom, p.overlapTo, nullptr);
    d.lossOtherStreams = worstLoss(receiver, Direction::Inbound, sent, true, p.overlapFrom,
                                   p.overlapTo, &d.otherStreams);
    d.level = levelOf(d.lossAtReceiver, profile.lossPct);
    d.otherLevel = levelOf(d.lossOtherStreams, profile.lossPct);
    return d;
}

bool troubled(Level level)
{
    return level == Level::Warn || level == Level::Bad;
}

QString name(int participant)
{
    return participant == 0 ? QStringLiteral("A") : QStringLiteral("B");
}

// "B received A's 2 stream(s) with 7.2 % loss over the 37.8 s both files cover (...)".
QString describe(const PairDirection& d, int sender, const CallPairing& p,
                 const ThresholdProfile& profile)
{
    const int receiver = 1 - sender;
    QString text = QStringLiteral("%1 received %2's %3 stream(s) with %4 loss over the %5 s both "
                                  "files cover: %6 (limit %7 % noticeable, %8 % bad, %9)")
                       .arg(name(receiver), name(sender))
                       .arg(d.streams)
                       .arg(pct(d.lossAtReceiver))
                       .arg(double(p.overlapMs()) / 1000, 0, 'f', 1)
                       .arg(levelId(d.level))
                       .arg(profile.lossPct.warn)
                       .arg(profile.lossPct.bad)
                       .arg(profile.id);
    text += QStringLiteral("; %1's own file reports %2 for them")
                .arg(name(sender), pct(d.lossSenderSaw));
    if (d.otherStreams > 0)
        text += QStringLiteral("; %1 lost %2 of the %3 stream(s) it received from others")
                    .arg(name(receiver), pct(d.lossOtherStreams))
                    .arg(d.otherStreams);
    return text;
}

int rank(Side side)
{
    switch (side) {
    case Side::Device:
        return 1;
    case Side::Relay:
        return 2;
    case Side::Uplink:
    case Side::Downlink:
    case Side::Both:
        return 3;
    case Side::FarEnd:
        return 4;
    default:
        return 99;
    }
}

} // namespace

std::vector<qint64> CallPairing::sharedSsrcs() const
{
    std::vector<qint64> all = sentByA;
    all.insert(all.end(), sentByB.begin(), sentByB.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

CallPairing pairCalls(const CallMetrics& a, const CallMetrics& b)
{
    CallPairing p;
    p.overlapFrom = std::max(a.start, b.start);
    p.overlapTo = std::min(a.end, b.end);
    if (p.overlapTo < p.overlapFrom)
        p.overlapTo = p.overlapFrom;
    p.sentByA = common(ssrcs(a, Direction::Outbound), ssrcs(b, Direction::Inbound));
    p.sentByB = common(ssrcs(b, Direction::Outbound), ssrcs(a, Direction::Inbound));
    QStringList why;
    if (!a.hasData() || !b.hasData()) {
        why << QStringLiteral("%1 holds no call statistics")
                   .arg(!a.hasData() ? (!b.hasData() ? QStringLiteral("neither file")
                                                     : QStringLiteral("file A"))
                                     : QStringLiteral("file B"));
    } else if (p.overlapMs() < kMinPairOverlapMs) {
        why << (p.overlapMs() == 0
                    ? QStringLiteral("their times do not overlap (A %1-%2, B %3-%4)")
                          .arg(clock(a.start), clock(a.end), clock(b.start), clock(b.end))
                    : QStringLiteral("their times overlap only %1 s (at least %2 s needed)")
                          .arg(double(p.overlapMs()) / 1000, 0, 'f', 1)
                          .arg(kMinPairOverlapMs / 1000));
    }
    if (a.rtpStreams.empty() || b.rtpStreams.empty())
        why << QStringLiteral("%1 gives no stream ids (ssrc) to match; a file attached with an "
                              "earlier RTCare needs attaching again")
                   .arg(a.rtpStreams.empty() ? QStringLiteral("file A") : QStringLiteral("file B"));
    else if (p.sentByA.empty() && p.sentByB.empty())
        why << QStringLiteral("no stream one side sends is received by the other (no shared "
                              "ssrc)");
    p.sameCall = why.isEmpty();
    p.why = why.join(QStringLiteral("; "));
    return p;
}

QString PairAssessment::verdictId() const
{
    QString id;
    switch (cause) {
    case PairCause::Unknown:
        return QStringLiteral("unknown");
    case PairCause::NotSameCall:
        return QStringLiteral("not_same_call");
    case PairCause::NotNetwork:
        return QStringLiteral("not_network");
    case PairCause::PathBetween:
        return QStringLiteral("path_between");
    case PairCause::ConnectionFailed:
        id = QStringLiteral("connection_failed");
        break;
    case PairCause::Uplink:
        id = QStringLiteral("uplink");
        break;
    case PairCause::Downlink:
        id = QStringLiteral("downlink");
        break;
    case PairCause::Device:
        id = QStringLiteral("device");
        break;
    case PairCause::RelayPath:
        id = QStringLiteral("relay_path");
        break;
    case PairCause::Network:
        id = QStringLiteral("network");
        break;
    case PairCause::SendingSide:
        id = QStringLiteral("sending_side");
        break;
    }
    return participant < 0 ? id
                           : id + (participant == 0 ? QStringLiteral("_a") : QStringLiteral("_b"));
}

QJsonObject PairAssessment::toJson() const
{
    const auto number = [](double v) {
        return known(v) ? QJsonValue(std::round(v * 100) / 100) : QJsonValue();
    };
    const auto ids = [](const std::vector<qint64>& v) {
        QJsonArray out;
        for (qint64 x : v)
            out.append(double(x));
        return out;
    };
    const auto dir = [&](const PairDirection& d) {
        return QJsonObject{{QStringLiteral("streams"), d.streams},
                           {QStringLiteral("loss_at_receiver_pct"), number(d.lossAtReceiver)},
                           {QStringLiteral("loss_sender_reports_pct"), number(d.lossSenderSaw)},
                           {QStringLiteral("loss_other_streams_pct"), number(d.lossOtherStreams)},
                           {QStringLiteral("other_streams"), d.otherStreams},
                           {QStringLiteral("level"), levelId(d.level)}};
    };
    QJsonObject o{{QStringLiteral("same_call"), pairing.sameCall},
                  {QStringLiteral("overlap_ms"), double(pairing.overlapMs())},
                  {QStringLiteral("shared_ssrcs"), ids(pairing.sharedSsrcs())},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
    if (pairing.sameCall) {
        o.insert(QStringLiteral("verdict"), verdictId());
        o.insert(QStringLiteral("participant"),
                 participant < 0 ? QJsonValue() : QJsonValue(name(participant).toLower()));
        o.insert(QStringLiteral("profile"), profileId);
        o.insert(QStringLiteral("overlap_from_ms"), double(pairing.overlapFrom));
        o.insert(QStringLiteral("overlap_to_ms"), double(pairing.overlapTo));
        o.insert(QStringLiteral("sent_by_a"), ids(pairing.sentByA));
        o.insert(QStringLiteral("sent_by_b"), ids(pairing.sentByB));
        o.insert(QStringLiteral("a_to_b"), dir(aToB));
        o.insert(QStringLiteral("b_to_a"), dir(bToA));
    } else {
        o.insert(QStringLiteral("verdict"), QJsonValue()); // no combined verdict is claimed
    }
    return o;
}

PairAssessment assessPair(const CallMetrics& a, const CallMetrics& b,
                          const ThresholdProfile& profile)
{
    PairAssessment r;
    r.profileId = profile.id;
    r.pairing = pairCalls(a, b);
    r.a = assess(a, profile);
    r.b = assess(b, profile);
    if (!r.pairing.sameCall) {
        r.cause = PairCause::NotSameCall;
        r.reasons << QStringLiteral("not the same call: %1").arg(r.pairing.why);
        return r;
    }
    r.aToB = direction(a, b, r.pairing.sentByA, r.pairing, profile);
    r.bToA = direction(b, a, r.pairing.sentByB, r.pairing, profile);
    r.reasons << QStringLiteral("the files overlap %1 s (%2-%3 by the devices' clocks) and %4 "
                                "stream(s) sent by one side are received by the other")
                     .arg(double(r.pairing.overlapMs()) / 1000, 0, 'f', 1)
                     .arg(clock(r.pairing.overlapFrom), clock(r.pairing.overlapTo))
                     .arg(r.pairing.sharedSsrcs().size());
    const Assessment* side[2] = {&r.a, &r.b};
    const auto sideReasons = [&](int p) {
        for (const std::size_t i : side[p]->reasons)
            r.reasons
                << QStringLiteral("%1's file: %2").arg(name(p), side[p]->findings[i].describe());
    };
    const bool failedA = r.a.verdict == Side::Connection;
    const bool failedB = r.b.verdict == Side::Connection;
    const bool ab = troubled(r.aToB.level);
    const bool ba = troubled(r.bToA.level);
    if (failedA || failedB) {
        r.cause = PairCause::ConnectionFailed;
        r.participant = failedA && failedB ? -1 : failedA ? 0 : 1;
        if (failedA)
            sideReasons(0);
        if (failedB)
            sideReasons(1);
        return r;
    }
    if (r.aToB.streams > 0)
        r.reasons << describe(r.aToB, 0, r.pairing, profile);
    if (r.bToA.streams > 0)
        r.reasons << describe(r.bToA, 1, r.pairing, profile);
    if (ab && ba) {
        r.cause = PairCause::PathBetween;
        return r;
    }
    if (ab || ba) {
        const int sender = ab ? 0 : 1;
        const PairDirection& d = ab ? r.aToB : r.bToA;
        // The receiver loses everyone's packets alike: its own way in, not the sender's way out.
        if (troubled(d.otherLevel)) {
            r.cause = PairCause::Downlink;
            r.participant = 1 - sender;
        } else {
            r.cause = PairCause::Uplink;
            r.participant = sender;
        }
        return r;
    }
    // No loss between the two: what each file says on its own (device, route, delay).
    int best = 99;
    for (int p = 0; p < 2; ++p) {
        if (rank(side[p]->verdict) < best) {
            best = rank(side[p]->verdict);
            r.participant = p;
        }
    }
    if (best < 99) {
        switch (side[r.participant]->verdict) {
        case Side::Device:
            r.cause = PairCause::Device;
            break;
        case Side::Relay:
            r.cause = PairCause::RelayPath;
            break;
        case Side::Uplink:
            r.cause = PairCause::Uplink;
            break;
        case Side::Downlink:
            r.cause = PairCause::Downlink;
            break;
        case Side::Both:
            r.cause = PairCause::Network;
            break;
        default: // far end: what this participant receives suffers, its network is clean
            r.cause = PairCause::SendingSide;
            break;
        }
        sideReasons(r.participant);
        if (r.cause == PairCause::SendingSide)
            r.participant = 1 - r.participant;
        return r;
    }
    r.participant = -1;
    r.cause = r.aToB.level == Level::Unknown && r.bToA.level == Level::Unknown &&
                      (!known(a.rttMs.median) || !known(b.rttMs.median))
                  ? PairCause::Unknown
                  : PairCause::NotNetwork;
    if (r.cause == PairCause::Unknown)
        r.reasons << QStringLiteral("neither file gives loss figures for the other side's streams");
    return r;
}

EvidenceSentences writePairSentences(const CallMetrics& a, const CallMetrics& b,
                                     const PairAssessment& pair)
{
    EvidenceSentences s;
    s.verdict = pair.verdictId();
    const CallPairing& p = pair.pairing;
    const bool withSeconds = p.overlapMs() < 120'000;
    const auto at = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
            withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    };
    s.from = at(p.overlapFrom);
    s.to = at(p.overlapTo);
    QHash<QString, QString> values{{QStringLiteral("from"), s.from}, {QStringLiteral("to"), s.to}};
    int sender = 0;
    switch (pair.cause) {
    case PairCause::NotSameCall:
        s.key = QStringLiteral("pair_not_same_call");
        break;
    case PairCause::Unknown:
        s.key = QStringLiteral("pair_no_data");
        break;
    case PairCause::NotNetwork:
        s.key = QStringLiteral("pair_clean");
        s.value = sentenceFigure(known(pair.aToB.lossAtReceiver) ? pair.aToB.lossAtReceiver : 0);
        values.insert(QStringLiteral("value"), s.value);
        values.insert(
            QStringLiteral("back"),
            sentenceFigure(known(pair.bToA.lossAtReceiver) ? pair.bToA.lossAtReceiver : 0));
        break;
    case PairCause::PathBetween:
        s.key = QStringLiteral("pair_path");
        s.value = sentenceFigure(pair.aToB.lossAtReceiver);
        values.insert(QStringLiteral("value"), s.value);
        values.insert(QStringLiteral("back"), sentenceFigure(pair.bToA.lossAtReceiver));
        break;
    case PairCause::Uplink:
    case PairCause::Downlink:
        if (troubled(pair.aToB.level) || troubled(pair.bToA.level)) {
            sender = troubled(pair.aToB.level) ? 0 : 1;
            const PairDirection& d = sender == 0 ? pair.aToB : pair.bToA;
            const PairDirection& back = sender == 0 ? pair.bToA : pair.aToB;
            const Media media = d.media;
            s.key = pair.cause == PairCause::Uplink ? QStringLiteral("pair_uplink")
                                                    : QStringLiteral("pair_downlink");
            s.value = sentenceFigure(d.lossAtReceiver);
            values.insert(QStringLiteral("value"), s.value);
            values.insert(QStringLiteral("other"),
                          sentenceFigure(known(d.lossOtherStreams) ? d.lossOtherStreams : 0));
            values.insert(QStringLiteral("back"),
                          sentenceFigure(known(back.lossAtReceiver) ? back.lossAtReceiver : 0));
            values.insert(QStringLiteral("media_key"), media == Media::Video
                                                           ? QStringLiteral("video")
                                                           : QStringLiteral("audio"));
            if (pair.cause == PairCause::Uplink && d.otherStreams == 0)
                s.key = QStringLiteral("pair_uplink_two");
            break;
        }
        [[fallthrough]];
    default: {
        // One participant's own figures say it (connection, device, route, delay): that
        // side's own sentence, introduced as such.
        const int who = pair.cause == PairCause::SendingSide ? 1 - pair.participant
                        : pair.participant < 0               ? 0
                                                             : pair.participant;
        const EvidenceSentences own = writeSentences(who == 0 ? a : b, who == 0 ? pair.a : pair.b);
        s.key = QStringLiteral("pair_one_side");
        s.value = own.value;
        s.from = own.from;
        s.to = own.to;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QHash<QString, QString> v = values;
            v.insert(QStringLiteral("participant"),
                     fillSentence(language,
                                  who == 0 ? QStringLiteral("participant_a")
                                           : QStringLiteral("participant_b"),
                                  {}));
            v.insert(QStringLiteral("sentence"), own.text(language));
            (language == QLatin1String("en") ? s.en : s.zhCN) = fillSentence(language, s.key, v);
        }
        return s;
    }
    }
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QHash<QString, QString> v = values;
        const QString na = fillSentence(language, QStringLiteral("participant_a"), {});
        const QString nb = fillSentence(language, QStringLiteral("participant_b"), {});
        v.insert(QStringLiteral("a"), na);
        v.insert(QStringLiteral("b"), nb);
        v.insert(QStringLiteral("sender"), sender == 0 ? na : nb);
        v.insert(QStringLiteral("receiver"), sender == 0 ? nb : na);
        (language == QLatin1String("en") ? s.en : s.zhCN) = fillSentence(language, s.key, v);
    }
    return s;
}

} // namespace rtcare::evidence
