// SPDX-License-Identifier: MIT
// What a team lead reads instead of the ids the report keeps (JSON and CSV keep the ids):
// category, tier, status, channel, scenario, network and root-cause names in the UI
// language. Device models, OS versions and regions are names already.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace rtcare {

struct PeriodReport;

enum class ReportDimension {
    Category,
    Priority,
    Status,
    Channel,
    Scenario,
    Network,
    RootCause,
    Name // shown as it is
};

// The display name of `id`; "(not set)" for an empty id, the id itself when unknown.
[[nodiscard]] QString reportLabel(const PeriodReport& report, ReportDimension dimension,
                                  const QString& id);

struct Recommendation;

// "Adapt for this device model", "Consider server nodes in this region", "Rework the solution
// for this scenario" (the kind itself when unknown).
[[nodiscard]] QString recommendationTitle(const QString& kind);

// The numbers behind a recommendation as a sentence: "12 of 16 complaints about
// “Compatibility” (75 %), 3.8 times the expected share: …"
[[nodiscard]] QString recommendationEvidence(const PeriodReport& report,
                                             const Recommendation& recommendation);

// A first-response time as a team lead reads it: "0:07", "14:10" (hours:minutes) under a
// day, "2 d 3 h" from a day on.
[[nodiscard]] QString reportDuration(qint64 seconds);

// An instant on the team's clock for reading: "2026-12-05 14:30" in `zone`.
[[nodiscard]] QString reportTime(const QDateTime& time, const QTimeZone& zone);
// The same for files: ISO 8601 with the zone's offset, "2026-12-05T14:30:00+08:00"
// ("+00:00" in UTC); empty for an invalid time.
[[nodiscard]] QString reportIsoTime(const QDateTime& time, const QTimeZone& zone);
// The zone as a team lead knows it: "Asia/Shanghai (UTC+08:00)".
[[nodiscard]] QString reportZoneName(const QTimeZone& zone, const QDateTime& at);
// The period's days on the team's calendar: "2026-11-01 – 2026-11-30" (its last day
// included).
[[nodiscard]] QString reportPeriodDays(const PeriodReport& report);

} // namespace rtcare
