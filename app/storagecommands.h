// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include "storage/storageerror.h"

#include <QStringList>

namespace rtcare::cli {

// The exit code of a storage failure: 2 when the input was wrong (StorageCause::BadInput),
// else 1 (locked, full disk, read-only, damaged, not an RTCare file, ...).
[[nodiscard]] int exitCodeFor(const StorageError& error);

// rtcare backup [--out FILE] [--json]: a consistent copy of the database, taken while other
// RTCare processes may be writing to it (backups.h).
[[nodiscard]] int backupCommand(const GlobalOptions& globals, const QStringList& command);
// rtcare restore FILE [--json]: replaces the database's content with a checked backup,
// keeping the database as it was aside (backups.h).
[[nodiscard]] int restoreCommand(const GlobalOptions& globals, const QStringList& command);

} // namespace rtcare::cli
