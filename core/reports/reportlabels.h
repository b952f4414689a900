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

} // namespace rtcare
