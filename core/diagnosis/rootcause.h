// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rtcare {

// Where a complaint's cause lies (issue 3): user_network, server_side, device_performance,
// client_settings (mic, permissions, echo cancellation off), codec_or_algorithm,
// compatibility, unknown. Stable ids, stored as the ticket's root_cause_hypothesis.
[[nodiscard]] QStringList rootCauseIds();
[[nodiscard]] bool isRootCause(QStringView id);
[[nodiscard]] QString rootCauseDisplayName(QStringView id); // the id itself when unknown

} // namespace rtcare
