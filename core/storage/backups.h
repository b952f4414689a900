// SPDX-License-Identifier: MIT
// Copies of the ticket database people can restore: `rtcare backup`, `rtcare restore` and
// the daily automatic backup (a Settings option calls backupIfDue()).
//
// Every copy is consistent and online: it is what the database held at one instant, taken
// with VACUUM INTO by a reader while the window, commands and scheduled jobs go on writing
// (SQLite's WAL: readers never block writers). Every copy is created readable and writable
// by its owner only (0600) before its first byte is written, is written under a temporary
// name in the same folder ("<name>.partial-XXXXXX") and renamed to its name once complete
// and flushed: a kill or a full disk never leaves a partial copy under the final name.
#pragma once

#include "storage/storageerror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::backups {

// "<base>-backup-<yyyyMMdd-HHmmss>.sqlite" (the time in UTC) in `folder`, where <base> is
// the database file's name without its last suffix: rtcare.sqlite -> rtcare-backup-….sqlite.
[[nodiscard]] QString backupPath(const QString& databasePath, const QString& folder,
                                 const QDateTime& when);

// The backups of `databasePath` in `folder` (names as backupPath() makes them), newest first.
[[nodiscard]] QStringList listBackups(const QString& databasePath, const QString& folder);

struct BackupResult
{
    QString file;
    qint64 bytes = 0;
    qint64 tickets = 0;
};

// Writes a consistent copy of the RTCare database at `databasePath` to `target` (replacing
// it when complete), then checks the copy (PRAGMA quick_check) and counts its tickets. The
// database is not upgraded or otherwise changed. Refuses a target that is the database
// itself (or its -wal/-shm). Failures: no database, not an RTCare file, no space, ...
[[nodiscard]] std::optional<BackupResult> backupDatabase(const QString& databasePath,
                                                         const QString& target,
                                                         StorageError* error);

struct AutoBackupResult
{
    bool made = false;    // false: the newest backup is less than 24 hours old
    QString file;         // the backup made (when made)
    QStringList removed;  // older backups deleted to keep `keep`
};

// The daily automatic backup, for the window to call at start and then now and then (e.g.
// hourly) with the folder and count chosen in Settings:
//   - due when `folder` holds no backup of this database (listBackups) made in the 24 hours
//     before `now` (by the time in the names; a name more than a minute after `now`, from a
//     clock set back, does not count);
//   - when due, writes backupPath(databasePath, folder, now) as backupDatabase() does,
//     creating `folder` if needed;
//   - then keeps the `keep` newest backups in `folder` (at least 1) and deletes the older
//     ones (only files named as backupPath() makes them for this database).
// Cheap when not due (one folder listing). Runs on any thread; the copy of a large file
// takes a few seconds (call it off the GUI thread). On failure nothing is deleted.
[[nodiscard]] std::optional<AutoBackupResult> backupIfDue(const QString& databasePath,
                                                          const QString& folder, int keep,
                                                          const QDateTime& now,
                                                          StorageError* error);

struct RestoreResult
{
    QString keptAside;        // where the database as it was is kept; empty if there was none
    int backupVersion = 0;    // the backup's schema version (upgraded to the latest if older)
    qint64 tickets = 0;       // tickets in the restored database
    bool replacedDamaged = false; // the current file was damaged: moved aside as it was
};

// Replaces the content of the database at `databasePath` with the backup `backupFile`.
// First the backup is checked, and nothing changes unless it passes: it is an SQLite file,
// PRAGMA integrity_check says "ok", it has a tickets table, and its schema version is one
// this RTCare reads (a backup from a newer RTCare is refused). Problems of the backup file
// are StorageCause::BadInput.
//
// The current database is kept aside first as "<database>.before-restore-<yyyyMMdd-HHmmss>"
// (a consistent copy, 0600). The replacement is one write transaction on the live file (the
// tables are dropped, the backup's schema and rows copied in, and an older backup's schema
// upgraded to the latest): a window or job that has the file open waits for it and then
// sees the restored tickets; a kill leaves the database as it was. A current file that is
// damaged (cannot be read) is moved aside as it is (with its -wal) and the backup copied in
// its place. A current file that is not an RTCare database or is from a newer RTCare is not
// replaced.
[[nodiscard]] std::optional<RestoreResult> restoreDatabase(const QString& databasePath,
                                                           const QString& backupFile,
                                                           const QDateTime& now,
                                                           StorageError* error);

} // namespace rtcare::backups
