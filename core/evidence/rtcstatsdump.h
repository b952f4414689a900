// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/formatdetect.h"
#include "evidence/rawstats.h"

#include <QIODevice>

namespace rtcare::evidence {

// Longest line accepted in an rtcstats dump (a full getstats snapshot is well below).
inline constexpr qint64 kMaxRtcStatsLine = 16 * 1024 * 1024;

// rtcstats dumps (jitsi/rtcstats-server): one JSON array per line,
// [method, peerConnectionId, payload, epochMs]. "getstats" payloads are deltas: the
// first snapshot is full, later ones carry only changed members, and a stat id missing
// from a snapshot is gone. Read line by line: memory does not grow with the file.
// Errors name the file and line.
[[nodiscard]] bool readRtcStatsDump(QIODevice& device, const QString& fileName, RawStats& out,
                                    const ProgressFn& progress, QString* error);

} // namespace rtcare::evidence
