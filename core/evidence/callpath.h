// SPDX-License-Identifier: MIT
// Where the call ran: each peer connection's state over time (set-up, failure, ICE
// restarts), the candidate pair it sent media over (host, srflx, prflx or relay; UDP or
// TCP; the relay's protocol), and what each video sender's device did (the share of time
// its quality was limited by CPU or bandwidth, its encoder, its frame rate).
#pragma once

#include "evidence/rawstats.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace rtcare::evidence {

struct CandidateInfo
{
    QString type;          // "host", "srflx", "prflx", "relay"; empty when not in the file
    QString protocol;      // "udp" or "tcp"
    QString relayProtocol; // a local relay candidate's way to the relay: "udp", "tcp", "tls"
    QString networkType;   // "wifi", "ethernet", "cellular", ... when the browser says

    [[nodiscard]] bool operator==(const CandidateInfo&) const = default;
};

// The selected candidate pair from `since` on.
struct SelectedPath
{
    qint64 since = 0;
    CandidateInfo local;
    CandidateInfo remote;
};

// One peer connection's path, as the stream model reads it from the file.
struct ConnectionPath
{
    QString id;
    std::vector<ConnectionEvent> events; // sorted by time
    std::vector<SelectedPath> selected;  // changes of the selected pair, by time
};

// Reads the selected pair (transport, else Firefox's "selected", else the legacy active
// connection) and its candidates, and the state events.
[[nodiscard]] ConnectionPath buildPath(const PeerConnectionStats& pc);

// What the figures say about one peer connection.
struct ConnectionSummary
{
    QString id;          // the file's peer connection id (for agents and scripts)
    QString finalState;  // the last connection state, else the last ICE state
    bool failed = false; // reached "failed"
    bool everConnected = false;
    qint64 connectedAt = 0; // first "connected" (or ICE "completed"), epoch ms
    qint64 failedAt = 0;
    double connectMs = std::numeric_limits<double>::quiet_NaN(); // checking -> connected
    int iceRestarts = 0;
    int disconnects = 0; // "disconnected" episodes
    bool carriedMedia = false;
    int pathChanges = 0; // the selected pair changed after the first one
    CandidateInfo local;
    CandidateInfo remote;
    std::vector<ConnectionEvent> events; // the state changes, for the timeline

    // A relay or TCP between this user and the far side: added delay.
    [[nodiscard]] bool relayed() const;
    [[nodiscard]] bool overTcp() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ConnectionSummary fromJson(const QJsonObject& object);
};

// What one outbound video stream's device did.
struct SenderSummary
{
    QString id;      // the stat id (for agents and scripts)
    QString encoder; // e.g. "libvpx", "ExternalEncoder"; empty when not in the file
    // Share of the stream's time its quality was limited by each reason (sums to 100).
    double cpuPct = std::numeric_limits<double>::quiet_NaN();
    double bandwidthPct = std::numeric_limits<double>::quiet_NaN();
    double otherPct = std::numeric_limits<double>::quiet_NaN();
    double nonePct = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0; // the time the shares are of
    double fpsMedian = std::numeric_limits<double>::quiet_NaN();
    double fpsCpuLimited = std::numeric_limits<double>::quiet_NaN(); // median while CPU-limited
    double fpsOtherwise = std::numeric_limits<double>::quiet_NaN();
    double heightMedian = std::numeric_limits<double>::quiet_NaN();
    double heightCpuLimited = std::numeric_limits<double>::quiet_NaN();
    double heightOtherwise = std::numeric_limits<double>::quiet_NaN();
    qint64 cpuFrom = 0; // first and last sample limited by CPU
    qint64 cpuTo = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SenderSummary fromJson(const QJsonObject& object);
};

struct MediaStream;

[[nodiscard]] ConnectionSummary summariseConnection(const ConnectionPath& path, bool carriedMedia);
// For an outbound video stream (its limitation and frame series).
[[nodiscard]] SenderSummary summariseSender(const MediaStream& stream);

// The candidate type in the standard's words ("serverreflexive" -> "srflx", legacy
// "local" -> "host", "stun" -> "srflx", "relayed" -> "relay").
[[nodiscard]] QString normalisedCandidateType(const QString& type);

} // namespace rtcare::evidence
