// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>

#include <optional>

namespace rtcare {

class TicketRepository;

struct ImportResult
{
    int imported = 0;
    int skipped = 0; // already in the database (same uuid)
};

// Imports tickets from JSON lines (one "rtcare.ticket/1" object per line), all or nothing:
// every line is checked first, then all are written in one transaction. On failure nothing
// is imported and *error lists the problems as "<source>:<line>: <reason>", one per line
// (at most 20). `source` is the name shown in messages (the file name as the user gave it).
// Due times are computed by the repository's policy; a missing uuid or number is assigned.
[[nodiscard]] std::optional<ImportResult> importTickets(QIODevice& input, const QString& source,
                                                        TicketRepository& repository,
                                                        QString* error);

} // namespace rtcare
