// SPDX-License-Identifier: MIT
// Shared by the fuzz targets: whatever an importer accepted (statistics, and the event log
// with connection states and ICE restarts) must also survive the stream model, the path
// (connections, candidates, senders), the summary and the verdict.
#pragma once

#include "evidence/callpair.h"
#include "evidence/callsummary.h"
#include "evidence/verdict.h"

#include <QByteArray>
#include <QJsonDocument>

namespace rtcare::evidence::fuzz {

inline ThresholdProfile profile()
{
    ThresholdProfile profile;
    profile.id = QStringLiteral("fuzz");
    profile.rttMs = {300, 500};
    profile.jitterMs = {30, 60};
    profile.lossPct = {3, 8};
    profile.mos = {3.6, 3.1};
    return profile;
}

// Two summaries as both participants of a call (matched by time and ssrc, combined verdict).
inline void pair(const CallMetrics& a, const CallMetrics& b)
{
    const PairAssessment pair = assessPair(a, b, profile());
    (void)pair.toJson();
}

inline void digest(const RawStats& raw)
{
    const CallMetrics metrics = summarise(buildStreams(raw));
    const Assessment assessment = assess(metrics, profile());
    (void)assessment;
    // The stored form must read back, and pair with the file it came from.
    const std::optional<CallMetrics> stored = CallMetrics::fromJson(metrics.toJson());
    if (stored)
        pair(metrics, *stored);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace rtcare::evidence::fuzz
