// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/formatdetect.h"
#include "evidence/rawstats.h"

#include <QJsonObject>

namespace rtcare::evidence {

// chrome://webrtc-internals dumps, old (Chrome 86: long ids, no statsType, no timestamp
// series) and new (Chrome 117+: short ids, "<id>-timestamp" series, derived "-[...]"
// series, which are skipped: RTCare derives its own figures from the counters).
[[nodiscard]] bool isWebrtcInternals(const QJsonObject& root);
[[nodiscard]] bool readWebrtcInternals(const QJsonObject& root, RawStats& out, QString* error);

// The standard type of a stat id when the dump does not say (Chrome 86 and short ids).
[[nodiscard]] QString typeFromStatId(const QString& id);

} // namespace rtcare::evidence
