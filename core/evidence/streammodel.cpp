// SPDX-License-Identifier: MIT
#include "evidence/streammodel.h"

#include "evidence/webrtcinternals.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rtcare::evidence {

namespace {

Series numbers(const StatObject& object, const char* member, double factor = 1)
{
    Series out = object.numbers.value(QLatin1String(member));
    if (factor != 1) {
        for (Sample& s : out)
            s.v *= factor;
    }
    return out;
}

Media mediaOf(const QString& id, const StatObject& object)
{
    QString kind = object.lastText(QStringLiteral("kind"));
    if (kind.isEmpty())
        kind = object.lastText(QStringLiteral("mediaType"));
    if (kind == QLatin1String("video"))
        return Media::Video;
    if (kind == QLatin1String("audio"))
        return Media::Audio;
    static const QRegularExpression shortVideo(QStringLiteral("^(IT|OT)\\d+V|^R[IO]V"));
    if (id.contains(QLatin1String("Video")) || id.contains(shortVideo))
        return Media::Video;
    return Media::Audio;
}

QString trailingDigits(const QString& id)
{
    qsizetype i = id.size();
    while (i > 0 && id.at(i - 1).isDigit())
        --i;
    return id.mid(i);
}

// The last ssrc the object reported (an RTP synchronisation source is 32 bits).
qint64 ssrcOf(const StatObject& object)
{
    const auto it = object.numbers.constFind(QStringLiteral("ssrc"));
    if (it == object.numbers.cend() || it->empty())
        return -1;
    const double v = it->back().v;
    return v >= 0 && v <= 4294967295.0 && v == std::floor(v) ? qint64(v) : -1;
}

void append(Series& to, const Series& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

void sortByTime(Series& s)
{
    std::stable_sort(s.begin(), s.end(),
                     [](const Sample& a, const Sample& b) { return a.t < b.t; });
}

// Legacy send reports say whether the resolution is limited by CPU or bandwidth at each
// sample: the same as a standard qualityLimitationReason series.
TextSeries legacyLimitation(const StatObject& o)
{
    const Series cpu = o.numbers.value(QStringLiteral("googCpuLimitedResolution"));
    const Series bandwidth = o.numbers.value(QStringLiteral("googBandwidthLimitedResolution"));
    TextSeries out;
    for (const Sample& c : cpu) {
        const auto b = std::find_if(bandwidth.begin(), bandwidth.end(),
                                    [&](const Sample& x) { return x.t == c.t; });
        out.push_back({c.t, c.v == 1                            ? QStringLiteral("cpu")
                            : b != bandwidth.end() && b->v == 1 ? QStringLiteral("bandwidth")
                                                                : QStringLiteral("none")});
    }
    return out;
}

QString resolvedType(const QString& id, const StatObject& object)
{
    QString type = object.type;
    if (type.isEmpty())
        type = object.lastText(QStringLiteral("type"));
    if (type.isEmpty())
        type = typeFromStatId(id);
    if (type == QLatin1String("inboundrtp"))
        return QStringLiteral("inbound-rtp");
    if (type == QLatin1String("outboundrtp"))
        return QStringLiteral("outbound-rtp");
    return type;
}

void addConnection(const PeerConnectionStats& pc, CallStreams& call)
{
    std::vector<MediaStream> outbound;
    std::vector<MediaStream> inbound;
    std::vector<std::pair<QString, const StatObject*>> remoteInbound;
    std::vector<const StatObject*> tracks;
    QSet<QString> selectedPairs;
    std::vector<std::pair<QString, const StatObject*>> pairs;
    Series legacyRtt;
    Series legacyBwe;

    for (auto it = pc.objects.cbegin(); it != pc.objects.cend(); ++it) {
        const QString& id = it.key();
        const StatObject& o = it.value();
        const QString type = resolvedType(id, o);
        MediaStream s;
        s.connection = pc.id;
        s.id = id;
        s.media = mediaOf(id, o);
        s.ssrc = ssrcOf(o);
        if (type == QLatin1String("inbound-rtp")) {
            s.direction = Direction::Inbound;
            s.packets = numbers(o, "packetsReceived");
            s.lost = numbers(o, "packetsLost");
            s.lossPercent = numbers(o, "lossPercent");
            s.bytes = numbers(o, "bytesReceived");
            s.kbps = numbers(o, "bitrate");
            s.jitterMs = numbers(o, "jitter", 1000);
            s.fps = numbers(o, "framesPerSecond");
            s.frameHeight = numbers(o, "frameHeight");
            s.implementation = o.texts.value(QStringLiteral("decoderImplementation"));
            s.freezeCount = numbers(o, "freezeCount");
            s.freezeSeconds = numbers(o, "totalFreezesDuration");
            s.concealed = numbers(o, "concealedSamples");
            s.silentConcealed = numbers(o, "silentConcealedSamples");
            s.samplesReceived = numbers(o, "totalSamplesReceived");
            inbound.push_back(std::move(s));
        } else if (type == QLatin1String("outbound-rtp")) {
            s.direction = Direction::Outbound;
            s.packets = numbers(o, "packetsSent");
            s.bytes = numbers(o, "bytesSent");
            s.fps = numbers(o, "framesPerSecond");
            s.frameHeight = numbers(o, "frameHeight");
            s.limitation = o.texts.value(QStringLiteral("qualityLimitationReason"));
            s.limitCpu = numbers(o, "qualityLimitationDurations.cpu");
            s.limitBandwidth = numbers(o, "qualityLimitationDurations.bandwidth");
            s.limitOther = numbers(o, "qualityLimitationDurations.other");
            s.limitNone = numbers(o, "qualityLimitationDurations.none");
            s.implementation = o.texts.value(QStringLiteral("encoderImplementation"));
            outbound.push_back(std::move(s));
        } else if (type == QLatin1String("remote-inbound-rtp")) {
            remoteInbound.emplace_back(id, &o);
        } else if (type == QLatin1String("track")) {
            tracks.push_back(&o);
        } else if (type == QLatin1String("transport")) {
            for (const TextSample& t : o.texts.value(QStringLiteral("selectedCandidatePairId")))
                selectedPairs.insert(t.v);
        } else if (type == QLatin1String("candidate-pair")) {
            pairs.emplace_back(id, &o);
        } else if (type == QLatin1String("ssrc")) { // legacy goog report
            const bool send = id.endsWith(QLatin1String("_send"));
            s.direction = send ? Direction::Outbound : Direction::Inbound;
            s.packets = numbers(o, send ? "packetsSent" : "packetsReceived");
            s.lost = numbers(o, "packetsLost");
            s.bytes = numbers(o, send ? "bytesSent" : "bytesReceived");
            s.jitterMs = send ? Series() : numbers(o, "googJitterReceived");
            s.remoteRttMs = send ? numbers(o, "googRtt") : Series();
            s.fps = numbers(o, send ? "googFrameRateSent" : "googFrameRateReceived");
            s.frameHeight = numbers(o, send ? "googFrameHeightSent" : "googFrameHeightReceived");
            s.implementation = o.texts.value(QStringLiteral("codecImplementationName"));
            if (send)
                s.limitation = legacyLimitation(o);
            (send ? outbound : inbound).push_back(std::move(s));
        } else if (type == QLatin1String("googCandidatePair") ||
                   type == QLatin1String("candidatepair")) {
            // Only the active connection's RTT counts (inactive pairs report 3000 ms).
            const Series active = numbers(o, "googActiveConnection");
            for (const Sample& rtt : o.numbers.value(QStringLiteral("googRtt"))) {
                const auto a = std::find_if(active.begin(), active.end(),
                                            [&](const Sample& x) { return x.t == rtt.t; });
                if (a != active.end() && a->v == 1)
                    legacyRtt.push_back(rtt);
            }
        } else if (type == QLatin1String("VideoBwe")) {
            append(legacyBwe, numbers(o, "googAvailableSendBandwidth", 0.001));
        }
    }

    // remote-inbound-rtp: what the far side reports about our outbound stream.
    for (const auto& [id, o] : remoteInbound) {
        const QString localId = o->lastText(QStringLiteral("localId"));
        const QString ssrc = trailingDigits(id);
        auto match = std::find_if(outbound.begin(), outbound.end(), [&](const MediaStream& s) {
            return (!localId.isEmpty() && s.id == localId) ||
                   (localId.isEmpty() && !ssrc.isEmpty() && trailingDigits(s.id) == ssrc);
        });
        if (match == outbound.end()) {
            MediaStream s;
            s.connection = pc.id;
            s.id = id;
            s.direction = Direction::Outbound;
            s.media = mediaOf(id, *o);
            s.ssrc = ssrcOf(*o);
            outbound.push_back(std::move(s));
            match = outbound.end() - 1;
        }
        if (match->ssrc < 0)
            match->ssrc = ssrcOf(*o);
        match->lost = numbers(*o, "packetsLost");
        match->remoteRttMs = numbers(*o, "roundTripTime", 1000);
        if (match->lost.empty())
            match->lossPercent = numbers(*o, "fractionLost", 100);
    }

    // Chrome before ~110 reported freezes on the receiving "track" only.
    for (const StatObject* track : tracks) {
        if (track->lastText(QStringLiteral("kind")) != QLatin1String("video"))
            continue;
        const Series remote = numbers(*track, "remoteSource");
        if (!remote.empty() && remote.back().v != 1)
            continue;
        for (MediaStream& s : inbound) {
            if (s.media == Media::Video && s.freezeCount.empty()) {
                s.freezeCount = numbers(*track, "freezeCount");
                s.freezeSeconds = numbers(*track, "totalFreezesDuration");
                break;
            }
        }
    }

    // The selected candidate pair: the transport says; else Firefox's "selected";
    // else nominated pairs; else the only pair with an RTT.
    std::vector<const StatObject*> chosen;
    for (const auto& [id, o] : pairs) {
        if (selectedPairs.contains(id))
            chosen.push_back(o);
    }
    for (int pass = 0; pass < 2 && chosen.empty(); ++pass) {
        const char* flag = pass == 0 ? "selected" : "nominated";
        for (const auto& [id, o] : pairs) {
            const Series f = numbers(*o, flag);
            if (std::any_of(f.begin(), f.end(), [](const Sample& x) { return x.v == 1; }) &&
                o->numbers.contains(QStringLiteral("currentRoundTripTime")))
                chosen.push_back(o);
        }
    }
    if (chosen.empty()) {
        for (const auto& [id, o] : pairs) {
            if (o->numbers.contains(QStringLiteral("currentRoundTripTime")))
                chosen.push_back(o);
        }
        if (chosen.size() > 1)
            chosen.clear();
    }
    for (const StatObject* o : chosen) {
        append(call.rttMs, numbers(*o, "currentRoundTripTime", 1000));
        append(call.availableKbps, numbers(*o, "availableOutgoingBitrate", 0.001));
    }
    std::sort(legacyRtt.begin(), legacyRtt.end(),
              [](const Sample& a, const Sample& b) { return a.t < b.t; });
    if (!legacyRtt.empty() && legacyRtt.front().v >= 1000)
        call.warnings << QStringLiteral(
                             "%1: legacy googRtt is a smoothed estimate that starts high "
                             "(%2 ms) and settles over the first seconds; early values "
                             "overstate the delay")
                             .arg(pc.id)
                             .arg(legacyRtt.front().v);
    append(call.rttMs, legacyRtt);
    append(call.availableKbps, legacyBwe);
    call.paths.push_back(buildPath(pc));
    for (MediaStream& s : inbound)
        call.streams.push_back(std::move(s));
    for (MediaStream& s : outbound)
        call.streams.push_back(std::move(s));
}

} // namespace

CallStreams buildStreams(const RawStats& raw)
{
    CallStreams call;
    call.format = raw.format;
    call.warnings = raw.warnings;
    call.truncated = raw.truncated;
    for (const PeerConnectionStats& pc : raw.connections)
        addConnection(pc, call);
    if (call.rttMs.empty()) {
        for (const MediaStream& s : call.streams)
            append(call.rttMs, s.remoteRttMs);
        if (!call.rttMs.empty())
            call.warnings << QStringLiteral(
                "no selected candidate pair RTT; using the RTT the far side reports");
    }
    sortByTime(call.rttMs);
    sortByTime(call.availableKbps);
    qint64 start = std::numeric_limits<qint64>::max();
    qint64 end = std::numeric_limits<qint64>::min();
    const auto extend = [&](const Series& s) {
        for (const Sample& x : s) {
            if (x.t <= 0)
                continue;
            start = std::min(start, x.t);
            end = std::max(end, x.t);
        }
    };
    extend(call.rttMs);
    for (MediaStream& s : call.streams) {
        for (Series* series : {&s.packets, &s.lost, &s.lossPercent, &s.bytes, &s.kbps, &s.jitterMs,
                               &s.remoteRttMs, &s.fps, &s.freezeCount, &s.freezeSeconds,
                               &s.concealed, &s.silentConcealed, &s.samplesReceived, &s.limitCpu,
                               &s.limitBandwidth, &s.limitOther, &s.limitNone, &s.frameHeight}) {
            sortByTime(*series);
            extend(*series);
        }
    }
    if (start <= end) {
        call.start = start;
        call.end = end;
    }
    return call;
}

} // namespace rtcare::evidence
