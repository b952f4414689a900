// SPDX-License-Identifier: MIT
// The call's figures, independent of any threshold profile: what is stored with the
// ticket (as JSON) and what findings, verdict and sentences are computed from.
#pragma once

#include "evidence/callpath.h"
#include "evidence/streammodel.h"

#include <QJsonObject>

#include <cmath>
#include <limits>
#include <optional>

namespace rtcare::evidence {

inline constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
[[nodiscard]] inline bool known(double v)
{
    return !std::isnan(v);
}

// One slice of the call (10 s, longer for calls over two hours).
struct Interval
{
    qint64 start = 0; // epoch ms
    qint64 end = 0;
    double rttMs = kNone;    // median of the selected pair's RTT
    double jitterMs = kNone; // median inbound jitter (audio when there is audio)
    double lossDown = kNone; // % of packets lost on the way to this user
    double lossUp = kNone;   // % of this user's packets lost on the way out
    double kbpsDown = kNone;
    double kbpsUp = kNone;
    double freezes = 0; // inbound video freezes that started here
    double freezeSeconds = 0;
    double mos = kNone;
};

// One RTP stream's packets per interval (the call's intervals), to match the two sides
// of a call by their streams and to read one stream's loss over a window.
struct RtpStreamCounts
{
    qint64 ssrc = -1;
    Direction direction = Direction::Inbound;
    Media media = Media::Audio;
    // Per interval: packets received (inbound) or sent (outbound), and lost on the way
    // (inbound: to this user; outbound: as the far side reported). `lost` is empty when
    // the file gives no loss for the stream.
    std::vector<double> packets;
    std::vector<double> lost;
};

struct Percentiles
{
    double median = kNone;
    double p95 = kNone;
    double max = kNone;
};

struct CallMetrics
{
    QString format;
    qint64 start = 0;
    qint64 end = 0;
    Percentiles rttMs;
    Percentiles jitterMs;
    // Loss over the whole call from the counters' change: lost / (received + lost).
    double lossInboundAudio = kNone;
    double lossInboundVideo = kNone;
    double lossOutboundAudio = kNone;
    double lossOutboundVideo = kNone;
    double kbpsDown = kNone; // medians over the intervals
    double kbpsUp = kNone;
    double fpsDown = kNone;
    double fpsUp = kNone;
    double freezeCount = 0;
    double freezeSeconds = 0;
    double concealedPct = kNone;
    // Share of the outbound video's time its quality was limited by bandwidth or CPU (over
    // all video senders; the browser's durations where it gives them, else its samples).
    double limitedByBandwidthPct = kNone;
    double limitedByCpuPct = kNone;
    double availableOutgoingKbps = kNone; // median of the selected pair's estimate
    double mosMedian = kNone;
    double mosMin = kNone;
    int inboundStreams = 0;
    int outboundStreams = 0;
    std::vector<Interval> intervals;
    std::vector<ConnectionSummary> connections; // every peer connection in the file
    std::vector<SenderSummary> senders;         // outbound video streams that sent
    std::vector<RtpStreamCounts> rtpStreams;    // streams with an ssrc that carried media
    QStringList decoders;   // implementations of the inbound video that was received
    bool truncated = false; // the file lost the call's start: figures cover start..end only
    QStringList warnings;

    [[nodiscard]] double durationSeconds() const { return double(end - start) / 1000.0; }
    [[nodiscard]] bool hasData() const { return !intervals.empty(); }
    // Loss over both media of one direction (for verdicts and sentences).
    [[nodiscard]] double lossDown() const;
    [[nodiscard]] double lossUp() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<CallMetrics> fromJson(const QJsonObject& object);
};

[[nodiscard]] CallMetrics summarise(const CallStreams& call);

// Nearest-rank percentile (0..100) of values; NaN when empty.
[[nodiscard]] double percentile(std::vector<double> values, double p);

} // namespace rtcare::evidence
