// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace rtcare::evidence {

// How a file is laid out, judged from its first bytes.
enum class FileLayout
{
    Empty,        // nothing but white space
    Binary,       // NUL bytes or mostly control characters: not a statistics file
    JsonDocument, // one JSON object: a webrtc-internals dump or a legacy getStats capture
    JsonLines,    // one JSON array per line: an rtcstats dump
    Csv,          // text with a header row
};

// Looks at up to the first 64 KiB of a file.
[[nodiscard]] FileLayout detectLayout(const QByteArray& head);

// "webrtc-internals", "rtcstats", "getstats-legacy", "csv": the ids used in JSON output.
inline constexpr const char* kFormatInternals = "webrtc-internals";
inline constexpr const char* kFormatRtcStats = "rtcstats";
inline constexpr const char* kFormatLegacy = "getstats-legacy";
inline constexpr const char* kFormatCsv = "csv";

} // namespace rtcare::evidence
