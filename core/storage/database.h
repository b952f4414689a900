// SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaselocation.h"
#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace rtcare {

// The ticket database file: opening, pragmas, migrations, and one QtSql connection per
// thread (a QSqlDatabase never crosses threads).
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing) and migrates the database at `path`.
    //
    // A missing file is created whole: its schema is written to "<file>.new-XXXXXX" (0600)
    // and that is renamed to `path` only if no other process created it meanwhile, so a
    // database file RTCare created is never seen half-made. An existing file is checked
    // before anything writes to it: a folder, an empty (0-byte) file, a file that is not
    // SQLite, a truncated file, another program's SQLite file, a user_version no RTCare
    // writes and a file written by a newer RTCare are all refused and left untouched, each
    // with a message that says what is wrong and what to do.
    //
    // An older schema is upgraded under the write lock: the version is read again once the
    // lock is held (another process may have upgraded it meanwhile: then nothing is done),
    // a copy of the old file is kept beside it (`<file>.v<N>.bak`, 0600, written under a
    // temporary name and renamed when complete), then all steps run in that one transaction.
    // `beforeUpgrade` is told (old version, new version) just before, which can take a while
    // on a large file (a window says so).
    //
    // `path` may also be a postgresql:// URL (DatabaseLocation): the team server's database
    // is created or upgraded in one transaction on first use, and one at a newer schema is
    // refused untouched (serverdatabase.cpp). A URL of another scheme is refused (BadInput).
    //
    // On failure returns null and sets *error (a sentence naming the file).
    [[nodiscard]] static std::unique_ptr<Database>
    open(const QString& path, StorageError* error,
         const std::function<void(int from, int to)>& beforeUpgrade = {});
    [[nodiscard]] static std::unique_ptr<Database>
    open(const QString& path, QString* error,
         const std::function<void(int from, int to)>& beforeUpgrade = {});

    // Where the database lives when neither --db nor RTCARE_DB says otherwise.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static int latestSchemaVersion();

    // The file's absolute path, or the server's URL.
    [[nodiscard]] QString path() const { return m_path; }
    // True on a PostgreSQL team server.
    [[nodiscard]] bool isServer() const { return m_server.has_value(); }
    // The team server's address (empty for a file).
    [[nodiscard]] const std::optional<ServerAddress>& server() const { return m_server; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // The calling thread's connection to this file, opened on first use.
    [[nodiscard]] QSqlDatabase connection() const;
    // A worker thread calls this before it ends, once no query of its own is alive.
    void closeThreadConnection() const;

private:
    explicit Database(QString path);
    [[nodiscard]] static std::unique_ptr<Database>
    openServer(const ServerAddress& server, StorageError* error,
               const std::function<void(int from, int to)>& beforeUpgrade);
    [[nodiscard]] bool upgrade(int seenVersion, StorageError* error,
                               const std::function<void(int from, int to)>& beforeUpgrade);
    [[nodiscard]] QString threadConnectionName() const;
    QString m_path;
    QString m_connectionPrefix;
    std::optional<ServerAddress> m_server;
    int m_schemaVersion = 0;
};

} // namespace rtcare
