// SPDX-License-Identifier: MIT
// Small helpers shared by the report's SQL (internal to core/reports).
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace rtcare::reportsql {

// Runs `sql` with positional values; calls `row` for each result row. False on error.
[[nodiscard]] bool run(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                       const std::function<void(const QSqlQuery&)>& row, QString* error);

} // namespace rtcare::reportsql
