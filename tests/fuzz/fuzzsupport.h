// SPDX-License-Identifier: MIT
// Shared by the fuzz targets: whatever an importer accepted (statistics, and the event log
// with connection states and ICE restarts) must also survive the stream model, the path
// (connections, candidates, senders), the summary and the verdict.
#pragma once

#include "evidence/callsummary.h"
#include "evidence/verdict.h"

#include <QByteArray>
#include <QJsonDocument>

namespace rtcare::evidence::fuzz {

inline void digest(const RawStats& raw)
{
    const CallMetrics metrics = summarise(buildStreams(raw));
    ThresholdProfile profile;
    profile.id = QStringLiteral("fuzz");
    profile.rttMs = {300, 500};
    profile.jitterMs = {30, 60};
    profile.lossPct = {3, 8};
    profile.mos = {3.6, 3.1};
    const Assessment assessment = assess(metrics, profile);
    (void)assessment;
    // The stored form must read back.
    (void)CallMetrics::fromJson(metrics.toJson());
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace rtcare::evidence::fuzz
