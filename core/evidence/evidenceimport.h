// SPDX-License-Identifier: MIT
// One call-statistics file in, the call's figures out: detects the format, streams the
// file through the matching importer, builds the stream model and the summary.
#pragma once

#include "evidence/callsummary.h"

#include <QHash>
#include <QIODevice>

#include <optional>

namespace rtcare::evidence {

// Single-document JSON (webrtc-internals, legacy getStats) must be parsed whole; larger
// files are refused with a clear message. Line formats (rtcstats, CSV) stream, any size.
inline constexpr qint64 kMaxJsonDocumentBytes = 64LL * 1024 * 1024;

struct ImportOptions
{
    QHash<QString, QString> csvMapping; // --map COLUMN=METRIC
    ProgressFn progress;                // may be empty
};

struct ImportedCall
{
    CallMetrics metrics;
    QByteArray sha256; // hex
    QString fileName;  // without folders
};

// Reads from a device (the name is used in messages). Null with *error on bad input.
[[nodiscard]] std::optional<CallMetrics> importStats(QIODevice& device, const QString& name,
                                                     const ImportOptions& options, QString* error);
// Opens and reads a file; also computes its SHA-256 (streamed).
[[nodiscard]] std::optional<ImportedCall>
importStatsFile(const QString& path, const ImportOptions& options, QString* error);

} // namespace rtcare::evidence
