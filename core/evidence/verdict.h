// SPDX-License-Identifier: MIT
// Findings against a threshold profile, and which side of the call most likely failed.
#pragma once

#include "evidence/callsummary.h"
#include "evidence/thresholdprofiles.h"

namespace rtcare::evidence {

enum class Level
{
    Unknown,
    Ok,
    Warn,
    Bad
};
// Where on the path a finding (and the verdict) places the problem.
enum class Side
{
    None,       // not the network (or, for a finding, no place of its own: MOS)
    Uplink,     // this customer's access network, what they send
    Downlink,   // this customer's access network, what they receive
    Both,       // this customer's access network, both directions (or the whole path)
    FarEnd,     // the other participant's side
    Device,     // this customer's device (CPU)
    Relay,      // the route through a relay server or over TCP
    Connection, // the connection failed (or could not be set up)
};

[[nodiscard]] QString levelId(Level level); // "unknown", "ok", "warn", "bad"
// "none", "uplink", "downlink", "both", "far_end", "device", "relay_path",
// "connection_failed"
[[nodiscard]] QString sideId(Side side);
// What the verdict means for the diagnosis ranking: "user_network" (uplink, downlink,
// both), "remote_party" (far end), "device" (CPU), "relay_path", "connection_failed",
// "not_network" (clean: look at servers, app, device), "unknown" (not enough data).
[[nodiscard]] QString causeHintId(Side side, bool hasData);

struct Finding
{
    QString
        metric; // "rtt", "jitter", "loss_down", "loss_up", "freezes", "mos", "bandwidth_limited"
    Side side = Side::None;
    Level level = Level::Ok;
    double value = kNone;     // over the finding's time window (a median or mean, never one sample)
    double rest = kNone;      // the same figure over the rest of the call
    double threshold = kNone; // the limit that fired
    QString profileId;
    qint64 from = 0; // epoch ms
    qint64 to = 0;
    // False for what is reported but decides no verdict (bandwidth limitation: every call
    // starts limited while the sender probes; a side connection that failed while the
    // call's media flowed over another).
    bool decides = true;
    // "loss_up 7.1 % (limit 3 %, agora-like) 14:02-14:07, uplink"
    [[nodiscard]] QString describe() const;
    [[nodiscard]] QJsonObject toJson() const;
};

struct Assessment
{
    QString profileId;
    std::vector<Finding> findings; // most important first
    Side verdict = Side::None;
    // The findings the verdict rests on (indices into findings), most important first.
    std::vector<std::size_t> reasons;
    qint64 from = 0; // the window that shows the verdict (the whole call when none)
    qint64 to = 0;
    // Traffic lights of the summary cards, for the call as a whole.
    Level rtt = Level::Unknown;
    Level jitter = Level::Unknown;
    Level lossDown = Level::Unknown;
    Level lossUp = Level::Unknown;
    Level mos = Level::Unknown;
    // Per CallMetrics interval, the worst level of the metrics of each direction (RTT
    // counts for both; jitter, freezes per minute and MOS for the downlink), and of both.
    std::vector<Level> uplinkLevels;
    std::vector<Level> downlinkLevels;
    std::vector<Level> intervalLevels;
    std::vector<bool> badIntervals; // intervalLevels at "bad"
    // Time in intervals at "bad" in that direction (the same definition as above).
    double badSecondsUp = 0;
    double badSecondsDown = 0;
    double warnSecondsUp = 0; // at "noticeable"
    double warnSecondsDown = 0;
};

[[nodiscard]] Assessment assess(const CallMetrics& metrics, const ThresholdProfile& profile);
[[nodiscard]] Level levelOf(double value, const Limit& limit, bool lowerIsWorse = false);

} // namespace rtcare::evidence
