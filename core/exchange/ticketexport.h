// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>

#include <optional>

namespace rtcare {

class Database;

// Writes every ticket as one "rtcare.ticket/1" JSON line, in filing order, streaming
// (memory stays flat on a 1,000,000-ticket file). Returns how many were written.
[[nodiscard]] std::optional<qint64> exportTickets(const Database& database, QIODevice& output,
                                                  QString* error);

} // namespace rtcare
