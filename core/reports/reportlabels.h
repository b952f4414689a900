// SPDX-License-Identifier: MIT
// What a team lead reads instead of the ids the report keeps (JSON and CSV keep the ids):
// category, tier, status, channel, scenario, network and root-cause names in the UI
// language. Device models, OS versions and regions are names already.
#pragma once

#include <QString>

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
// compatibility and A/V quality (75 %), against an even share of 20 % across 5 device models."
[[nodiscard]] QString recommendationEvidence(const PeriodReport& report,
                                             const Recommendation& recommendation);

} // namespace rtcare
