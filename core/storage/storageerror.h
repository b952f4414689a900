// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlError;

namespace rtcare {

// Why a storage operation failed: the callers turn it into an exit code (app/) or a dialog.
// Only BadInput is the user's input (a line of an import file, a conflicting number): fix
// the input and try again, exit code 2. Everything else is a failure of the storage or of
// the file (exit code 1): retrying the same input may work once the cause is gone.
enum class StorageCause {
    BadInput,   // the input is wrong; the database was not changed
    Locked,     // another process held the write lock longer than the lock wait
    DiskFull,   // no space left for the database, its journal or a backup
    ReadOnly,   // the file or its folder cannot be written
    CannotOpen, // the file or its folder cannot be opened at all
    Damaged,    // truncated or corrupt: restore a backup
    NotRtcare,  // another program's file, an empty file, a folder
    Newer,      // written by a newer RTCare; left untouched
    IoError,    // the disk failed to read or write
    Other,
};

struct StorageError
{
    StorageCause cause = StorageCause::Other;
    QString message; // names the file, says what is wrong with it and what to do

    [[nodiscard]] bool isBadInput() const { return cause == StorageCause::BadInput; }
};

// SQLite's primary result code of a failed QtSql call (5 busy, 13 full, ...); 0 if unknown.
[[nodiscard]] int sqliteCode(const QSqlError& error);

// The cause of a failed statement on a database file.
[[nodiscard]] StorageCause causeOf(const QSqlError& error);

// A sentence for a failed statement on the database file at `path`: what is wrong with the
// file and what to do, with SQLite's own text in parentheses. `waitedMs` is how long a
// writer waited for the lock (said when the database was locked).
[[nodiscard]] StorageError describeSqlError(const QSqlError& error, const QString& path,
                                            qint64 waitedMs = -1);

} // namespace rtcare
