// SPDX-License-Identifier: MIT
// File-level helpers of the storage layer: what a file's first bytes say before SQLite
// opens it, private connections that clean up after themselves, and copies of a database
// that appear under their final name only when complete, readable by their owner only.
#pragma once

#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace rtcare::dbfile {

struct FileFacts
{
    bool exists = false;
    bool isFile = false;
    qint64 size = 0;
    bool sqliteHeader = false; // starts with "SQLite format 3\0"
    qint64 headerSize = -1;    // page size x page count when the header states it, else -1
    [[nodiscard]] bool truncated() const { return headerSize > size; }
};
[[nodiscard]] FileFacts inspect(const QString& path);

// A QtSql connection of its own to one file, removed when this goes out of scope (every
// QSqlQuery on it must be gone by then). The busy timeout is lockWaitMilliseconds().
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString& path, const QString& extraOptions = {});
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    [[nodiscard]] QSqlDatabase& db() { return m_db; }
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] QSqlError openError() const { return m_openError; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QSqlError m_openError;
};

// Writes a consistent copy of the database open on `db` (VACUUM INTO: a reader, so writers
// of other processes go on) to `target`. The copy is written to "<target>.partial-XXXXXX" in
// the same folder, created 0600 (owner only) before its first byte, flushed to disk, then
// renamed over `target`: a kill leaves at most a private partial file, never a partial copy
// under the final name. `db` must not be inside a transaction.
[[nodiscard]] bool writeSnapshot(QSqlDatabase& db, const QString& target, StorageError* error);

// Flushes a file's content to the disk (fsync); false when it cannot.
bool syncFile(const QString& path);

// Renames `from` to `to`, replacing `to` (atomically on POSIX).
[[nodiscard]] bool replaceFile(const QString& from, const QString& to, QString* error);

// Puts the finished file `from` at `to` only if nothing is there yet, in one step (a hard
// link, then `from` is left for its owner to remove): a database another process created
// meanwhile is never replaced nor written over. Where the file system has no hard links,
// `to` is checked, then `from` renamed. Taken: a file was already at `to`.
enum class Placement { Placed, Taken, Failed };
[[nodiscard]] Placement placeNewFile(const QString& from, const QString& to, QString* error);

// Removes leftovers "<target>.partial-*" of snapshots whose writer was killed. Only the
// holder of the database's write lock may call it (no one else is writing such a file).
void removeStalePartials(const QString& target);

} // namespace rtcare::dbfile
