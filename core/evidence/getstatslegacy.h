// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/formatdetect.h"
#include "evidence/rawstats.h"

#include <QJsonObject>

namespace rtcare::evidence {

// Legacy getStats() captures (rtcstats client test format, Chromium <= 5x):
// {"peerConnections": {"PC_0": [{"time": ISO, "type": "getStats", "value": {id: report}}]}}
// with goog* members, numbers often as strings, ssrc_<n>_send/_recv, Conn-audio-1-N pairs.
[[nodiscard]] bool isGetStatsLegacy(const QJsonObject& root);
[[nodiscard]] bool readGetStatsLegacy(const QJsonObject& root, RawStats& out, QString* error);

} // namespace rtcare::evidence
