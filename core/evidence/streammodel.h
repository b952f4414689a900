// SPDX-License-Identifier: MIT
// The call as media streams: per peer connection, per stream (inbound/outbound,
// audio/video), time series in plain units (ms, packets, bytes, seconds), whatever the
// file's format was.
#pragma once

#include "evidence/callpath.h"
#include "evidence/rawstats.h"

namespace rtcare::evidence {

enum class Direction
{
    Inbound,
    Outbound
};
enum class Media
{
    Audio,
    Video
};

struct MediaStream
{
    QString connection;
    QString id;
    Direction direction = Direction::Inbound;
    Media media = Media::Audio;
    qint64 ssrc = -1; // the RTP stream's synchronisation source (-1: not in the file)
    Series packets;   // cumulative: received (inbound) or sent (outbound)
    Series lost; // cumulative: lost on the way to this user (inbound) or to the far side (outbound,
                 // from remote-inbound-rtp)
    Series lossPercent; // per-sample loss when the file has no counters (fractionLost, CSV)
    Series bytes;       // cumulative
    Series kbps;        // bitrate given directly (CSV)
    Series jitterMs;
    Series remoteRttMs; // remote-inbound-rtp roundTripTime / legacy googRtt
    Series fps;
    Series freezeCount;     // cumulative (inbound video)
    Series freezeSeconds;   // cumulative (inbound video)
    Series concealed;       // cumulative concealed audio samples
    Series silentConcealed; // of which concealed silence (DTX, comfort noise): not a problem
    Series samplesReceived; // cumulative audio samples received
    TextSeries limitation;  // qualityLimitationReason (outbound video)
    // qualityLimitationDurations (outbound video): cumulative seconds per reason
    Series limitCpu;
    Series limitBandwidth;
    Series limitOther;
    Series limitNone;
    TextSeries implementation; // encoder (outbound) or decoder (inbound) implementation
    Series frameHeight;
};

struct CallStreams
{
    QString format;
    std::vector<MediaStream> streams;
    std::vector<ConnectionPath> paths; // one per peer connection, in file order
    bool truncated = false;            // the file lost the call's start (browser limit)
    Series rttMs;                      // the selected candidate pair's current RTT
    Series availableKbps;              // the selected pair's available outgoing bitrate
    qint64 start = 0;
    qint64 end = 0;
    QStringList warnings;
};

[[nodiscard]] CallStreams buildStreams(const RawStats& raw);

} // namespace rtcare::evidence
