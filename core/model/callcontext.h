// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rtcare {

// The first two of the three diagnostic facts (domain §1): where the call happened and on
// what network. Stored as ids ("live_cohost", "cellular"); free text from older tickets or
// imports is kept as written.
[[nodiscard]] QStringList scenarioIds();
[[nodiscard]] QString scenarioDisplayName(QStringView id); // the id itself when unknown
[[nodiscard]] QStringList networkIds();
[[nodiscard]] QString networkDisplayName(QStringView id);

} // namespace rtcare
