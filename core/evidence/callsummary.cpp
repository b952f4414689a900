// SPDX-License-Identifier: MIT
#include "evidence/callsummary.h"

#include "evidence/emodel.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace rtcare::evidence {

namespace {

constexpr qint64 kIntervalMs = 10'000;
// 2: bitrate spread over the time between samples; connections, senders, truncated.
constexpr int kSummaryVersion = 2;
constexpr std::size_t kMaxIntervals = 720;

// Increments of a cumulative counter, spread over the intervals the time between two
// samples overlaps, in proportion to the overlap: a 60 s gap between samples (a tab in the
// background samples once a minute) puts one sixth of its increment in each of six 10 s
// intervals, not all of it in the last one. A drop means the counter restarted (a new
// stream or a reconnect): the new value counts from zero. `observed`, when given, gets the
// seconds of each interval the series covers (for rates). Returns the number of resets.
int counterIncrements(const Series& s, qint64 start, qint64 step, std::vector<double>& perInterval,
                      double* total, std::vector<double>* observed = nullptr)
{
    int resets = 0;
    const auto count = qint64(perInterval.size());
    const auto indexOf = [&](qint64 t) {
        return std::clamp<qint64>((t - start) / step, 0, count - 1);
    };
    for (std::size_t i = 1; i < s.size(); ++i) {
        double delta = s[i].v - s[i - 1].v;
        if (delta < 0) {
            ++resets;
            delta = s[i].v;
        }
        *total += delta;
        if (count == 0)
            continue;
        const qint64 from = s[i - 1].t;
        const qint64 to = s[i].t;
        if (to <= from) {
            perInterval[std::size_t(indexOf(to))] += delta;
            continue;
        }
        for (qint64 k = indexOf(from); k <= indexOf(to - 1); ++k) {
            const qint64 lo = std::max(from, start + k * step);
            const qint64 hi = k == count - 1 ? to : std::min(to, start + (k + 1) * step);
            if (hi <= lo)
                continue;
            perInterval[std::size_t(k)] += delta * double(hi - lo) / double(to - from);
            if (observed)
                (*observed)[std::size_t(k)] += double(hi - lo) / 1000.0;
        }
    }
    return resets;
}

std::vector<double> valuesOf(const Series& s)
{
    std::vector<double> out;
    out.reserve(s.size());
    for (const Sample& x : s)
        out.push_back(x.v);
    return out;
}

double lossPct(double lost, double delivered)
{
    return lost + delivered > 0 ? 100.0 * lost / (lost + delivered) : kNone;
}

struct DirectionTotals
{
    double lost = 0;
    double delivered = 0;
    bool any = false;
};

double jsonNumber(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : kNone;
}

QJsonValue number(double v)
{
    return known(v) ? QJsonValue(std::round(v * 1000) / 1000) : QJsonValue();
}

// A stream that never carried packets (an unused transceiver) says nothing about the call.
bool carriedMedia(const MediaStream& s)
{
    if (s.packets.size() >= 2)
        return s.packets.back().v > s.packets.front().v;
    if (s.bytes.size() >= 2)
        return s.bytes.back().v > s.bytes.front().v;
    return true; // CSV and partial captures: no counters to judge by
}

// Samples far apart (a browser tab in the background is sampled once a minute): the
// figures there are averages over the gap. Says where, from the stream sampled most.
void noteSamplingGaps(const CallStreams& call, CallMetrics& m)
{
    const Series* densest = nullptr;
    for (const MediaStream& s : call.streams) {
        if (!densest || s.bytes.size() > densest->size())
            densest = &s.bytes;
    }
    if (!densest || densest->size() < 4)
        return;
    std::vector<double> gaps;
    for (std::size_t i = 1; i < densest->size(); ++i)
        gaps.push_back(double((*densest)[i].t - (*densest)[i - 1].t));
    const double usual = percentile(gaps, 50);
    const double limit = std::max(3 * usual, 5000.0);
    qint64 from = 0, to = 0;
    double widest = 0, total = 0;
    for (std::size_t i = 1; i < densest->size(); ++i) {
        const double gap = gaps[i - 1];
        if (gap <= limit)
            continue;
        total += gap;
        widest = std::max(widest, gap);
        if (from == 0)
            from = (*densest)[i - 1].t;
        to = (*densest)[i].t;
    }
    if (total <= 0)
        return;
    const auto clock = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
    };
    m.warnings << QStringLiteral("samples are far apart between %1 and %2 UTC (up to %3 s "
                                 "between samples, usually %4 s; a browser tab in the background "
                                 "is sampled about once a minute): figures there are averages")
                      .arg(clock(from), clock(to))
                      .arg(widest / 1000, 0, 'f', 0)
                      .arg(usual / 1000, 0, 'f', 0);
}

} // namespace

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return kNone;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double CallMetrics::lossDown() const
{
    return known(lossInboundAudio)
               ? (known(lossInboundVideo) ? std::max(lossInboundAudio, lossInboundVideo)
                                          : lossInboundAudio)
               : lossInboundVideo;
}

double CallMetrics::lossUp() const
{
    return known(lossOutboundAudio)
               ? (known(lossOutboundVideo) ? std::max(lossOutboundAudio, lossOutboundVideo)
                                           : lossOutboundAudio)
               : lossOutboundVideo;
}

CallMetrics summarise(const CallStreams& call)
{
    CallMetrics m;
    m.format = call.format;
    m.start = call.start;
    m.end = call.end;
    m.warnings = call.warnings;
    for (const ConnectionPath& path : call.paths) {
        const bool media =
            std::any_of(call.streams.begin(), call.streams.end(), [&](const MediaStream& s) {
                return s.connection == path.id && carriedMedia(s) &&
                       (s.packets.size() >= 2 || s.bytes.size() >= 2);
            });
        m.connections.push_back(summariseConnection(path, media));
    }
    if (call.end <= call.start && call.rttMs.empty() && call.streams.empty()) {
        m.warnings << QStringLiteral("the file holds no call statistics (no media streams)");
        return m;
    }
    const qint64 span = std::max<qint64>(call.end - call.start, 1);
    // 10 s slices; longer ones (whole multiples of 10 s) so a long call has at most 720.
    const qint64 slices = span / qint64(kMaxIntervals - 1) / kIntervalMs + 1;
    const qint64 step = kIntervalMs * std::max<qint64>(1, slices);
    const std::size_t count = std::size_t((span + step - 1) / step); // the last may be shorter
    m.intervals.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        m.intervals[i].start = call.start + qint64(i) * step;
        m.intervals[i].end = std::min(call.end, m.intervals[i].start + step);
    }
    const auto indexOf = [&](qint64 t) {
        return std::min(count - 1, std::size_t(std::max<qint64>(0, (t - call.start) / step)));
    };

    // RTT: the selected candidate pair's samples.
    m.rttMs = {percentile(valuesOf(call.rttMs), 50), percentile(valuesOf(call.rttMs), 95),
               percentile(valuesOf(call.rttMs), 100)};
    std::vector<std::vector<double>> bucket(count);
    for (const Sample& s : call.rttMs)
        bucket[indexOf(s.t)].push_back(s.v);
    for (std::size_t i = 0; i < count; ++i)
        m.intervals[i].rttMs = percentile(bucket[i], 50);

    // Jitter: inbound audio when there is audio, else inbound video.
    const bool audioIn =
        std::any_of(call.streams.begin(), call.streams.end(), [](const MediaStream& s) {
            return s.direction == Direction::Inbound && s.media == Media::Audio &&
                   !s.jitterMs.empty() && carriedMedia(s);
        });
    std::vector<double> jitter;
    for (auto& b : bucket)
        b.clear();
    for (const MediaStream& s : call.streams) {
        if (s.direction != Direction::Inbound || (audioIn && s.media != Media::Audio) ||
            !carriedMedia(s))
            continue;
        for (const Sample& x : s.jitterMs) {
            jitter.push_back(x.v);
            bucket[indexOf(x.t)].push_back(x.v);
        }
    }
    m.jitterMs = {percentile(jitter, 50), percentile(jitter, 95), percentile(jitter, 100)};
    for (std::size_t i = 0; i < count; ++i)
        m.intervals[i].jitterMs = percentile(bucket[i], 50);

    // Counters per direction and interval.
    DirectionTotals totals[2][2]; // [direction][media]
    std::vector<double> lostDir[2], deliveredDir[2];
    // Bitrate per direction and interval: the sum over streams of each stream's bytes in
    // the interval divided by the time its counter covered there (Chrome's own per-sample
    // "bits/s" averaged over the interval, summed over streams).
    std::vector<double> rateDir[2];
    std::vector<bool> rateKnown[2];
    std::vector<std::vector<double>> lossPctDir[2] = {std::vector<std::vector<double>>(count),
                                                      std::vector<std::vector<double>>(count)};
    std::vector<std::vector<double>> kbpsDir[2] = {std::vector<std::vector<double>>(count),
                                                   std::vector<std::vector<double>>(count)};
    for (int d = 0; d < 2; ++d) {
        lostDir[d].assign(count, 0);
        deliveredDir[d].assign(count, 0);
        rateDir[d].assign(count, 0);
        rateKnown[d].assign(count, false);
    }
    std::vector<double> freezes(count, 0), freezeSeconds(count, 0);
    std::vector<double> fpsIn, fpsOut;
    double concealed = 0, samples = 0, freezeCount = 0, freezeTotal = 0;
    int resets = 0;
    int negatives = 0;
    for (const MediaStream& s : call.streams) {
        if (!carriedMedia(s))
            continue;
        const int d = s.direction == Direction::Inbound ? 0 : 1;
        const int media = s.media == Media::Audio ? 0 : 1;
        (d == 0 ? m.inboundStreams : m.outboundStreams)++;
        DirectionTotals& t = totals[d][media];
        double lost = 0, delivered = 0, bytes = 0;
        Series lostSeries = s.lost;
        for (Sample& x : lostSeries) {
            if (x.v < 0) { // RTP allows negative loss (duplicates); count as none
                ++negatives;
                x.v = 0;
            }
        }
        RtpStreamCounts counts{s.ssrc, s.direction, s.media, {}, {}};
        if (!s.lost.empty() && !s.packets.empty()) {
            std::vector<double> lostHere(count, 0);
            resets += counterIncrements(lostSeries, call.start, step, lostHere, &lost);
            for (std::size_t i = 0; i < count; ++i)
                lostDir[d][i] += lostHere[i];
            std::vector<double> sentOrReceived(count, 0);
            resets += counterIncrements(s.packets, call.start, step, sentOrReceived, &delivered);
            counts.packets = sentOrReceived;
            counts.lost = lostHere;
            if (d == 1) { // sent = delivered + lost
                for (std::size_t i = 0; i < count; ++i)
                    deliveredDir[d][i] += std::max(0.0, sentOrReceived[i] - lostHere[i]);
                delivered = std::max(0.0, delivered - lost);
            } else {
                for (std::size_t i = 0; i < count; ++i)
                    deliveredDir[d][i] += sentOrReceived[i];
            }
            t.lost += lost;
            t.delivered += delivered;
            t.any = true;
        } else if (!s.lossPercent.empty()) {
            std::vector<double> all;
            for (const Sample& x : s.lossPercent) {
                lossPctDir[d][indexOf(x.t)].push_back(x.v);
                all.push_back(x.v);
            }
            // Without counters, weigh each sample equally as if 100 packets.
            t.lost += percentile(all, 50) * double(all.size());
            t.delivered += (100 - percentile(all, 50)) * double(all.size());
            t.any = true;
        }
        if (s.ssrc >= 0 && s.packets.size() >= 2) {
            if (counts.packets.empty()) {
                double sent = 0;
                counts.packets.assign(count, 0);
                counterIncrements(s.packets, call.start, step, counts.packets, &sent);
            }
            m.rtpStreams.push_back(std::move(counts));
        }
        std::vector<double> bytesHere(count, 0), observed(count, 0);
        resets += counterIncrements(s.bytes, call.start, step, bytesHere, &bytes, &observed);
        for (std::size_t i = 0; i < count; ++i) {
            if (observed[i] > 0) {
                rateDir[d][i] += bytesHere[i] * 8 / 1000 / observed[i];
                rateKnown[d][i] = true;
            }
        }
        for (const Sample& x : s.kbps)
            kbpsDir[d][indexOf(x.t)].push_back(x.v);
        for (const Sample& x : s.fps)
            (d == 0 ? fpsIn : fpsOut).push_back(x.v);
        if (d == 0 && s.media == Media::Video) {
            resets += counterIncrements(s.freezeCount, call.start, step, freezes, &freezeCount);
            resets +=
                counterIncrements(s.freezeSeconds, call.start, step, freezeSeconds, &freezeTotal);
        }
        if (d == 0 && s.media == Media::Audio && s.concealed.size() > 1 &&
            s.samplesReceived.size() > 1) {
            // Concealed silence (Opus DTX sends nothing while nobody speaks) is not lost
            // speech: (concealed - silent concealed) / received, as the standard intends.
            double silent = 0;
            if (s.silentConcealed.size() > 1)
                silent = std::max(0.0, s.silentConcealed.back().v - s.silentConcealed.front().v);
            concealed += std::max(0.0, s.concealed.back().v - s.concealed.front().v - silent);
            samples += std::max(0.0, s.samplesReceived.back().v - s.samplesReceived.front().v);
        }
        if (d == 1 && s.media == Media::Video)
            m.senders.push_back(summariseSender(s));
        if (d == 0 && s.media == Media::Video) {
            for (auto it = s.implementation.rbegin(); it != s.implementation.rend(); ++it) {
                if (!it->v.isEmpty() && it->v != QLatin1String("unknown")) {
                    if (!m.decoders.contains(it->v))
                        m.decoders << it->v;
                    break;
                }
            }
        }
    }
    if (resets > 0)
        m.warnings << QStringLiteral("%1 counter reset(s) (a stream restarted); counted from zero")
                          .arg(resets);
    if (negatives > 0)
        m.warnings
            << QStringLiteral("%1 negative packet-loss value(s) treated as zero").arg(negatives);
    if (call.rttMs.empty())
        m.warnings << QStringLiteral("no round-trip time in the file");

    m.lossInboundAudio =
        totals[0][0].any ? lossPct(totals[0][0].lost, totals[0][0].delivered) : kNone;
    m.lossInboundVideo =
        totals[0][1].any ? lossPct(totals[0][1].lost, totals[0][1].delivered) : kNone;
    m.lossOutboundAudio =
        totals[1][0].any ? lossPct(totals[1][0].lost, totals[1][0].delivered) : kNone;
    m.lossOutboundVideo =
        totals[1][1].any ? lossPct(totals[1][1].lost, totals[1][1].delivered) : kNone;
    m.freezeCount = std::round(freezeCount);
    m.freezeSeconds = freezeTotal;
    m.fpsDown = percentile(fpsIn, 50);
    m.fpsUp = percentile(fpsOut, 50);
    m.concealedPct = samples > 0 ? 100.0 * concealed / samples : kNone;
    double limitedSeconds = 0, bandwidthSeconds = 0, cpuSeconds = 0;
    for (const SenderSummary& sender : m.senders) {
        if (sender.seconds <= 0)
            continue;
        limitedSeconds += sender.seconds;
        bandwidthSeconds += sender.seconds * sender.bandwidthPct / 100;
        cpuSeconds += sender.seconds * sender.cpuPct / 100;
    }
    if (limitedSeconds > 0) {
        m.limitedByBandwidthPct = 100.0 * bandwidthSeconds / limitedSeconds;
        m.limitedByCpuPct = 100.0 * cpuSeconds / limitedSeconds;
    }
    m.truncated = call.truncated;
    if (m.truncated)
        m.warnings << QStringLiteral("the dump reached the browser's limit of %1 samples per "
                                     "series: the call's start is "
                                     "missing, and the figures cover only the time in the file")
                          .arg(kInternalsSeriesLimit);
    noteSamplingGaps(call, m);

    std::vector<double> kbps[2], mos;
    for (std::size_t i = 0; i < count; ++i) {
        Interval& in = m.intervals[i];
        double loss[2];
        for (int d = 0; d < 2; ++d) {
            loss[d] = lossPct(lostDir[d][i], deliveredDir[d][i]);
            if (!known(loss[d]) && !lossPctDir[d][i].empty())
                loss[d] = percentile(lossPctDir[d][i], 50);
            double rate = rateKnown[d][i] ? rateDir[d][i] : kNone;
            if (!known(rate) && !kbpsDir[d][i].empty())
                rate = percentile(kbpsDir[d][i], 50);
            // The cards' figure: the median of these intervals while media flowed.
            if (known(rate) && rate > 0)
                kbps[d].push_back(rate);
            (d == 0 ? in.kbpsDown : in.kbpsUp) = rate;
        }
        in.lossDown = loss[0];
        in.lossUp = loss[1];
        in.freezes = freezes[i];
        in.freezeSeconds = freezeSeconds[i];
        const double rtt = known(in.rttMs) ? in.rttMs : m.rttMs.median;
        if (known(rtt) || known(in.lossDown)) {
            in.mos = estimateMos(known(rtt) ? rtt : 0, known(in.jitterMs) ? in.jitterMs : 0,
                                 known(in.lossDown) ? in.lossDown : 0);
            mos.push_back(in.mos);
        }
    }
    m.availableOutgoingKbps = percentile(valuesOf(call.availableKbps), 50);
    m.kbpsDown = percentile(kbps[0], 50);
    m.kbpsUp = percentile(kbps[1], 50);
    m.mosMedian = percentile(mos, 50);
    m.mosMin = percentile(mos, 0);
    return m;
}

QJsonObject CallMetrics::toJson() const
{
    QJsonArray rows;
    for (const Interval& i : intervals) {
        rows.append(QJsonArray{double(i.start), double(i.end), number(i.rttMs), number(i.jitterMs),
                               number(i.lossDown), number(i.lossUp), number(i.kbpsDown),
                               number(i.kbpsUp), i.freezes, number(i.freezeSeconds),
                               number(i.mos)});
    }
    QJsonArray connectionRows;
    for (const ConnectionSummary& c : connections)
        connectionRows.append(c.toJson());
    QJsonArray senderRows;
    for (const SenderSummary& sender : senders)
        senderRows.append(sender.toJson());
    QJsonArray streamRows;
    for (const RtpStreamCounts& r : rtpStreams) {
        const auto counts = [](const std::vector<double>& v) {
            QJsonArray out;
            for (double x : v)
                out.append(std::round(x));
            return out;
        };
        QJsonObject row{{QStringLiteral("ssrc"), double(r.ssrc)},
                        {QStringLiteral("direction"), r.direction == Direction::Inbound
                                                          ? QStringLiteral("inbound")
                                                          : QStringLiteral("outbound")},
                        {QStringLiteral("media"), r.media == Media::Video
                                                      ? QStringLiteral("video")
                                                      : QStringLiteral("audio")},
                        {QStringLiteral("packets"), counts(r.packets)}};
        if (!r.lost.empty())
            row.insert(QStringLiteral("lost"), counts(r.lost));
        streamRows.append(row);
    }
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("summary_version"), kSummaryVersion},
        {QStringLiteral("start_ms"), double(start)},
        {QStringLiteral("end_ms"), double(end)},
        {QStringLiteral("rtt_ms"), QJsonObject{{QStringLiteral("median"), number(rttMs.median)},
                                               {QStringLiteral("p95"), number(rttMs.p95)},
                                               {QStringLiteral("max"), number(rttMs.max)}}},
        {QStringLiteral("jitter_ms"),
         QJsonObject{{QStringLiteral("median"), number(jitterMs.median)},
                     {QStringLiteral("p95"), number(jitterMs.p95)},
                     {QStringLiteral("max"), number(jitterMs.max)}}},
        {QStringLiteral("packet_loss_pct"),
         QJsonObject{{QStringLiteral("inbound_audio"), number(lossInboundAudio)},
                     {QStringLiteral("inbound_video"), number(lossInboundVideo)},
                     {QStringLiteral("outbound_audio"), number(lossOutboundAudio)},
                     {QStringLiteral("outbound_video"), number(lossOutboundVideo)}}},
        {QStringLiteral("bitrate_kbps"), QJsonObject{{QStringLiteral("downlink"), number(kbpsDown)},
                                                     {QStringLiteral("uplink"), number(kbpsUp)}}},
        {QStringLiteral("fps"), QJsonObject{{QStringLiteral("downlink"), number(fpsDown)},
                                            {QStringLiteral("uplink"), number(fpsUp)}}},
        {QStringLiteral("freeze_count"), freezeCount},
        {QStringLiteral("freeze_duration_s"), number(freezeSeconds)},
        {QStringLiteral("concealed_audio_pct"), number(concealedPct)},
        {QStringLiteral("limited_by_bandwidth_pct"), number(limitedByBandwidthPct)},
        {QStringLiteral("limited_by_cpu_pct"), number(limitedByCpuPct)},
        {QStringLiteral("available_outgoing_kbps"), number(availableOutgoingKbps)},
        {QStringLiteral("mos"), QJsonObject{{QStringLiteral("median"), number(mosMedian)},
                                            {QStringLiteral("min"), number(mosMin)}}},
        {QStringLiteral("streams"), QJsonObject{{QStringLiteral("inbound"), inboundStreams},
                                                {QStringLiteral("outbound"), outboundStreams}}},
        {QStringLiteral("intervals"), rows},
        {QStringLiteral("connections"), connectionRows},
        {QStringLiteral("senders"), senderRows},
        {QStringLiteral("rtp_streams"), streamRows},
        {QStringLiteral("decoders"), QJsonArray::fromStringList(decoders)},
        {QStringLiteral("truncated"), truncated},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

std::optional<CallMetrics> CallMetrics::fromJson(const QJsonObject& o)
{
    if (!o.value(QLatin1String("format")).isString())
        return std::nullopt;
    CallMetrics m;
    m.format = o.value(QLatin1String("format")).toString();
    m.start = qint64(o.value(QLatin1String("start_ms")).toDouble());
    m.end = qint64(o.value(QLatin1String("end_ms")).toDouble());
    const QJsonObject rtt = o.value(QLatin1String("rtt_ms")).toObject();
    m.rttMs = {jsonNumber(rtt, "median"), jsonNumber(rtt, "p95"), jsonNumber(rtt, "max")};
    const QJsonObject jitter = o.value(QLatin1String("jitter_ms")).toObject();
    m.jitterMs = {jsonNumber(jitter, "median"), jsonNumber(jitter, "p95"),
                  jsonNumber(jitter, "max")};
    const QJsonObject loss = o.value(QLatin1String("packet_loss_pct")).toObject();
    m.lossInboundAudio = jsonNumber(loss, "inbound_audio");
    m.lossInboundVideo = jsonNumber(loss, "inbound_video");
    m.lossOutboundAudio = jsonNumber(loss, "outbound_audio");
    m.lossOutboundVideo = jsonNumber(loss, "outbound_video");
    const QJsonObject kbps = o.value(QLatin1String("bitrate_kbps")).toObject();
    m.kbpsDown = jsonNumber(kbps, "downlink");
    m.kbpsUp = jsonNumber(kbps, "uplink");
    const QJsonObject fps = o.value(QLatin1String("fps")).toObject();
    m.fpsDown = jsonNumber(fps, "downlink");
    m.fpsUp = jsonNumber(fps, "uplink");
    m.freezeCount = o.value(QLatin1String("freeze_count")).toDouble();
    m.freezeSeconds = o.value(QLatin1String("freeze_duration_s")).toDouble();
    m.concealedPct = jsonNumber(o, "concealed_audio_pct");
    m.limitedByBandwidthPct = jsonNumber(o, "limited_by_bandwidth_pct");
    m.limitedByCpuPct = jsonNumber(o, "limited_by_cpu_pct");
    m.availableOutgoingKbps = jsonNumber(o, "available_outgoing_kbps");
    const QJsonObject mos = o.value(QLatin1String("mos")).toObject();
    m.mosMedian = jsonNumber(mos, "median");
    m.mosMin = jsonNumber(mos, "min");
    const QJsonObject streams = o.value(QLatin1String("streams")).toObject();
    m.inboundStreams = streams.value(QLatin1String("inbound")).toInt();
    m.outboundStreams = streams.value(QLatin1String("outbound")).toInt();
    const QJsonArray rows = o.value(QLatin1String("intervals")).toArray();
    for (const QJsonValue& v : rows) {
        const QJsonArray r = v.toArray();
        const auto at = [&](int k) { return r.at(k).isDouble() ? r.at(k).toDouble() : kNone; };
        Interval i;
        i.start = qint64(r.at(0).toDouble());
        i.end = qint64(r.at(1).toDouble());
        i.rttMs = at(2);
        i.jitterMs = at(3);
        i.lossDown = at(4);
        i.lossUp = at(5);
        i.kbpsDown = at(6);
        i.kbpsUp = at(7);
        i.freezes = r.at(8).toDouble();
        i.freezeSeconds = r.at(9).toDouble();
        i.mos = at(10);
        m.intervals.push_back(i);
    }
    // Summaries stored before connections and senders were read have none: still valid.
    for (const QJsonValue& v : o.value(QLatin1String("connections")).toArray())
        m.connections.push_back(ConnectionSummary::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("senders")).toArray())
        m.senders.push_back(SenderSummary::fromJson(v.toObject()));
    // Summaries stored before the streams' ssrcs were read cannot be paired (no rtp_streams).
    for (const QJsonValue& v : o.value(QLatin1String("rtp_streams")).toArray()) {
        const QJsonObject row = v.toObject();
        RtpStreamCounts r;
        const double ssrc = row.value(QLatin1String("ssrc")).toDouble(-1);
        if (ssrc < 0 || ssrc > 4294967295.0)
            continue;
        r.ssrc = qint64(ssrc);
        r.direction = row.value(QLatin1String("direction")).toString() == QLatin1String("outbound")
                          ? Direction::Outbound
                          : Direction::Inbound;
        r.media = row.value(QLatin1String("media")).toString() == QLatin1String("video")
                      ? Media::Video
                      : Media::Audio;
        for (const QJsonValue& x : row.value(QLatin1String("packets")).toArray())
            r.packets.push_back(x.toDouble());
        for (const QJsonValue& x : row.value(QLatin1String("lost")).toArray())
            r.lost.push_back(x.toDouble());
        // Counts that do not line up with the intervals are not used.
        if (r.packets.size() != m.intervals.size() ||
            (!r.lost.empty() && r.lost.size() != r.packets.size()))
            continue;
        m.rtpStreams.push_back(std::move(r));
    }
    for (const QJsonValue& v : o.value(QLatin1String("decoders")).toArray())
        m.decoders << v.toString();
    m.truncated = o.value(QLatin1String("truncated")).toBool();
    if (o.value(QLatin1String("summary_version")).toInt(1) < 2) {
        // Version 1 put a gap's bytes into one interval (up to ten times the real bitrate):
        // its timeline bitrate, and the cards' median of it, are not shown.
        for (Interval& i : m.intervals)
            i.kbpsDown = i.kbpsUp = kNone;
        m.kbpsDown = m.kbpsUp = kNone;
        m.warnings << QStringLiteral("attached with an earlier RTCare: the bitrate is not shown "
                                     "(it was computed differently); attach the file again to "
                                     "see it, and the connections");
    }
    for (const QJsonValue& w : o.value(QLatin1String("warnings")).toArray())
        m.warnings << w.toString();
    return m;
}

} // namespace rtcare::evidence
