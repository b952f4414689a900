// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>

#include <optional>

namespace rtcare {

class Database;

// Writes every ticket as one "rtcare.ticket/1" JSON line, in filing order, streaming
// (memory stays flat on a 1,000,000-ticket file). Returns how many were written.
// On SQLite the lines are made by SQLite itself (exportLineStatement()) and read through
// its own interface on Qt's connection: byte for byte what ticketjson::toJson() and
// QJsonDocument's compact form write, without a Ticket, a QJsonObject or a QVariant per
// value. On PostgreSQL (or a SQLite without JSON functions) each ticket goes through
// ticketjson::toJson().
[[nodiscard]] std::optional<qint64> exportTickets(const Database& database, QIODevice& output,
                                                  QString* error);

// The SELECT (SQLite) whose one column is each ticket's JSON line without its '\n', in
// filing order: keys sorted as QJsonObject sorts them, times as ISO 8601 UTC, a missing
// time null.
[[nodiscard]] QString exportLineStatement();

} // namespace rtcare
