// SPDX-License-Identifier: MIT
#pragma once

#include "storage/storageerror.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {

class TicketRepository;

struct ImportResult
{
    int imported = 0;
    int updated = 0; // same uuid, later updated_at: the stored ticket was replaced
    int skipped = 0; // same uuid, not newer than the stored ticket
    // New tickets whose number already belonged to another ticket and got the next free
    // number of their day instead (ImportOptions::renumberTaken): "old -> new".
    QStringList renumbered;
};

struct ImportOptions
{
    // A new ticket whose number another ticket has gets a new number (its day's next free
    // one) instead of refusing the import; an update keeps the stored number. For
    // `rtcare push`, where two agents' files numbered their tickets independently.
    bool renumberTaken = false;
};

// Imports tickets from JSON lines (one "rtcare.ticket/1" object per line), all or nothing:
// each line at most limits::kImportLineBytes, at most limits::kImportTickets tickets, and
// from a sequential device (standard input, a pipe) at most limits::kImportPipeBytes, held
// in memory (model/inputlimits.h).
// Every line is read and checked once and written as it comes, all in one transaction that
// rolls back on any problem (the rest of the file is still checked). On failure nothing
// is imported and *error lists the problems as "<source>:<line>: <reason>", one per line
// (at most 20). `source` is the name shown in messages (the file name as the user gave it).
// Due times are computed by the repository's policy; a missing uuid or number is assigned.
// A ticket whose uuid is already stored replaces it when its updated_at is later (merging
// agents' exports: the latest update wins, audited as "import_update"); else it is skipped.
// Such an update without a number keeps the stored number; one carrying another ticket's
// number is refused ("<source>:<line>: number: ...").
//
// error->cause says whose fault a failure is: StorageCause::BadInput for the file (a bad
// line, a number that belongs to another ticket: fix the file), anything else for the
// database (locked for longer than the lock wait, a full disk, a read-only or damaged file:
// the file is fine, the import can be run again once the cause is gone).
[[nodiscard]] std::optional<ImportResult> importTickets(QIODevice& input, const QString& source,
                                                        TicketRepository& repository,
                                                        StorageError* error,
                                                        const ImportOptions& options = {});
// The same, with only the message.
[[nodiscard]] std::optional<ImportResult> importTickets(QIODevice& input, const QString& source,
                                                        TicketRepository& repository,
                                                        QString* error);

} // namespace rtcare
