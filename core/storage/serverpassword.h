// SPDX-License-Identifier: MIT
// A team server's password for this run only, in memory: read from the system keychain (or
// typed on the Settings page) and given to every connection RTCare makes to that server.
// Never written to the settings, a file or a log.
#pragma once

#include "storage/databaselocation.h"

#include <QString>

namespace rtcare {

// Keeps `password` for connections to `server` from now on (empty forgets it).
void setServerPassword(const ServerAddress& server, const QString& password);
// The password kept for `server`, or empty: libpq then reads ~/.pgpass and the like.
[[nodiscard]] QString serverPassword(const ServerAddress& server);

} // namespace rtcare
