// SPDX-License-Identifier: MIT
#pragma once

namespace rtcare::evidence {

// Simplified ITU-T G.107 E-model as WebRTC stacks use it:
//   effective latency Le = RTT + 2 * jitter + 10 ms
//   R = 93.2 - Le / 40            (Le < 160 ms)
//   R = 93.2 - (Le - 120) / 10    (otherwise)
//   R -= 2.5 * packet loss %      clamped to 0..100
//   MOS = 1 + 0.035 R + 0.000007 R (R - 60) (100 - R)
[[nodiscard]] double rFactor(double rttMs, double jitterMs, double lossPercent);
[[nodiscard]] double mosFromR(double r);
[[nodiscard]] double estimateMos(double rttMs, double jitterMs, double lossPercent);

} // namespace rtcare::evidence
