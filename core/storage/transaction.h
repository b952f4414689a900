// SPDX-License-Identifier: MIT
#pragma once

#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QString>

namespace rtcare {

// The window, the command line and scheduled jobs share one database file, so a writer may
// find another one's transaction in progress; it waits its turn instead of failing.
//
// How long a writer waits for the write lock before giving up with a message that names the
// file and the time waited: 120 s by default, over twice the longest transaction RTCare runs
// (demo-data of 1,000,000 tickets, ~50 s on the CI machine; an import of 20,000 tickets
// ~25 s; the schema 5 upgrade of a 1,000,000-ticket file ~12 s). The environment variable
// RTCARE_LOCK_TIMEOUT (seconds, 1 to 3600) changes it. Every connection's SQLite busy
// timeout is this wait.
[[nodiscard]] int lockWaitMilliseconds();

// BEGIN IMMEDIATE on `db`, waiting for the write lock: SQLite's busy handler waits up to
// lockWaitMilliseconds(); when SQLite reports "busy" at once (it does not always call the
// busy handler, e.g. a read transaction that cannot be upgraded, or a WAL recovery in
// progress) the BEGIN is retried with a growing pause (5 ms doubling to 250 ms) until the
// same limit. On failure *error says why (StorageCause::Locked after the wait).
[[nodiscard]] bool beginWrite(QSqlDatabase& db, StorageError* error);

// A write transaction (BEGIN IMMEDIATE through beginWrite(), so two writers never deadlock
// on a lock upgrade and a busy file is waited for) that rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    // A sentence naming the file and saying what to do (StorageError::message).
    [[nodiscard]] QString error() const { return m_error.message; }
    [[nodiscard]] const StorageError& failure() const { return m_error; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    StorageError m_error;
};

} // namespace rtcare
