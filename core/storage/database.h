// SPDX-License-Identifier: MIT
#pragma once

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

    // Opens (creating when missing) and migrates the database at `path`. Before a
    // migration of an existing file a copy is kept beside it (`<file>.v<N>.bak`). A file
    // written by a newer RTCare is refused and left untouched. On failure returns null
    // and sets *error to a sentence naming the file.
    // `beforeUpgrade` is told (old version, new version) just before an existing file is
    // backed up and upgraded, which can take a while on a large file (a window says so).
    [[nodiscard]] static std::unique_ptr<Database>
    open(const QString& path, QString* error,
         const std::function<void(int from, int to)>& beforeUpgrade = {});

    // Where the database lives when neither --db nor RTCARE_DB says otherwise.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static int latestSchemaVersion();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // The calling thread's connection to this file, opened on first use.
    [[nodiscard]] QSqlDatabase connection() const;
    // A worker thread calls this before it ends, once no query of its own is alive.
    void closeThreadConnection() const;

private:
    explicit Database(QString path);
    [[nodiscard]] QString threadConnectionName() const;
    QString m_path;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
};

} // namespace rtcare
