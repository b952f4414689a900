// SPDX-License-Identifier: MIT
#include "evidence/emodel.h"

#include <algorithm>

namespace rtcare::evidence {

double rFactor(double rttMs, double jitterMs, double lossPercent)
{
    const double latency = std::max(0.0, rttMs) + 2 * std::max(0.0, jitterMs) + 10;
    double r = latency < 160 ? 93.2 - latency / 40 : 93.2 - (latency - 120) / 10;
    r -= 2.5 * std::clamp(lossPercent, 0.0, 100.0);
    return std::clamp(r, 0.0, 100.0);
}

double mosFromR(double r)
{
    if (r <= 0)
        return 1;
    if (r >= 100)
        return 4.5;
    return 1 + 0.035 * r + 0.000007 * r * (r - 60) * (100 - r);
}

double estimateMos(double rttMs, double jitterMs, double lossPercent)
{
    return mosFromR(rFactor(rttMs, jitterMs, lossPercent));
}

} // namespace rtcare::evidence
