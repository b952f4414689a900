// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace rtcare {

// The schema's history, one step per version; the schema version is SQLite's user_version.
// Steps run in order inside one transaction: a failed step leaves the file as it was.
[[nodiscard]] int latestSchemaVersion();
// The file's user_version (any integer another program may have set, negative included);
// nullopt with *error when it cannot be read.
[[nodiscard]] std::optional<int> schemaVersionOf(QSqlDatabase& db, QSqlError* error);

// Brings the schema from its current version up to `targetVersion` (the latest by default).
// Takes the write lock first (beginWrite: waits for other writers) and reads the version
// again inside it, so that two processes upgrading one file upgrade it once: the second
// finds it done and changes nothing.
[[nodiscard]] bool migrateSchema(QSqlDatabase& db, QString* error, int targetVersion = -1);

// The steps from `from` to `to` and the new user_version, on a connection that already holds
// the write lock (the caller commits or rolls back).
[[nodiscard]] bool applySchemaSteps(QSqlDatabase& db, int from, int to, QString* error);

// Whether the steps from `from` to `to` change anything on this engine but the version
// number (some steps are the other engine's only): an upgrade that only moves the number
// needs no copy of the old file first.
[[nodiscard]] bool schemaStepsChangeData(sqldialect::Engine engine, int from, int to);

} // namespace rtcare
