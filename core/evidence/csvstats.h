// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/formatdetect.h"
#include "evidence/rawstats.h"

#include <QHash>
#include <QIODevice>

namespace rtcare::evidence {

// The metrics a CSV column can carry (the names --map COLUMN=METRIC accepts).
[[nodiscard]] QStringList csvMetricNames();

// CSV exports (parsed by libcsv, streamed in blocks): one row per sample, a header row
// whose names are matched against common aliases (rtt, roundTripTime,
// currentRoundTripTime, jitter, packetsLost, fractionLost, packet_loss, bitrate, fps,
// freeze...; a name may carry prefixes and suffixes such as "RIV_roundTripTime_ellen").
// `mapping` (column -> metric) overrides the aliases. Time: epoch seconds or ms, or ISO
// 8601, from the first time-like column that has a value in the row. Missing values:
// empty, -1, words (null, n/a, none); a negative packets-lost count (duplicates) counts as
// none. NaN, infinity, other negative values and values above the metric's plausible
// maximum (60,000 ms of round-trip time or jitter, 100 % loss, 1,000 fps…) are an error
// naming the file, row and column. An unknown layout is an error listing the headers.
[[nodiscard]] bool readCsvStats(QIODevice& device, const QString& fileName,
                                const QHash<QString, QString>& mapping, RawStats& out,
                                const ProgressFn& progress, QString* error);

} // namespace rtcare::evidence
