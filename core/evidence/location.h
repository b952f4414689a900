// SPDX-License-Identifier: MIT
// Where on the path the problem sits: the findings beyond the network figures (a failed
// connection, a device limited by its processor, a relay or TCP route that adds delay)
// and the verdict that weighs every finding: this customer's device, their access
// network (uplink, downlink, both), the relay/TCP route, the far end, a failed
// connection, or not the network.
#pragma once

#include "evidence/verdict.h"

namespace rtcare::evidence {

// Freezes (W3C: a frame that arrives more than max(3 x the average frame duration,
// average + 150 ms) after the previous one), seconds of freeze per minute of video.
inline constexpr double kFreezeWarnSecondsPerMinute = 1;
inline constexpr double kFreezeBadSecondsPerMinute = 5;
// Share of an outbound video's time its quality was limited by the CPU.
inline constexpr double kCpuLimitedWarnPct = 20;
inline constexpr double kCpuLimitedBadPct = 50;

// Adds the connection, device and relay findings to a.findings (the network findings are
// already there: a delay or jitter finding on a relayed or TCP route moves to that route).
void addPathFindings(const CallMetrics& metrics, Assessment& a);

// Sorts the findings (most important first) and sets the verdict, its window and the
// reasons. A failed connection decides whatever the media figures say; then this
// customer's access network; then the relay/TCP route; then the device; then the far end.
void decideVerdict(Assessment& a);

// The connection the call's media flowed over that failed, or else any connection that
// failed before it carried media (null when none failed).
[[nodiscard]] const ConnectionSummary* failedConnection(const CallMetrics& metrics);
// The connection carrying media over a relay or TCP (null when none).
[[nodiscard]] const ConnectionSummary* relayedConnection(const CallMetrics& metrics);
// The video sender most limited by its CPU (null when none was).
[[nodiscard]] const SenderSummary* cpuLimitedSender(const CallMetrics& metrics);

} // namespace rtcare::evidence
