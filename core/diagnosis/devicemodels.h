// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace rtcare {
class Database;
}

namespace rtcare::diagnosis {

// Suggestions while the agent types a device model or system version: the shipped list
// (resources/diagnosis/device-models.json, or the user's override) and, for models, the
// models of the most recent tickets (earlier tickets first, as agents spell them).
[[nodiscard]] QStringList knownDeviceModels();
[[nodiscard]] QStringList knownOsVersions();
[[nodiscard]] QStringList deviceModelSuggestions(const Database& database,
                                                 int recentTickets = 5000);
[[nodiscard]] QStringList osSuggestions(const Database& database, int recentTickets = 5000);
// The regions of the most recent tickets.
[[nodiscard]] QStringList regionSuggestions(const Database& database, int recentTickets = 5000);

} // namespace rtcare::diagnosis
