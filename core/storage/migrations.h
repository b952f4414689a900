// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rtcare {

// The schema's history, one step per version; the schema version is SQLite's user_version.
// Steps run in order inside one transaction: a failed step leaves the file as it was.
[[nodiscard]] int latestSchemaVersion();
[[nodiscard]] int schemaVersionOf(QSqlDatabase& db, QString* error); // -1 on error

// Brings the schema from its current version up to `targetVersion` (the latest by default).
[[nodiscard]] bool migrateSchema(QSqlDatabase& db, QString* error, int targetVersion = -1);

} // namespace rtcare
