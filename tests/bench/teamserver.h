// SPDX-License-Identifier: MIT
// The team server for the benchmarks that need one (bench_team, bench_team_search): a
// throwaway cluster (tests/pg/pgcluster.sh, as the PostgreSQL tests start it) or --db, an
// administrator's connection, and a server filled with many tickets.
#pragma once

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rtcare::bench {

// The throwaway cluster of the PostgreSQL tests, stopped when this goes away.
class Cluster
{
public:
    Cluster() = default;
    ~Cluster();
    Cluster(const Cluster&) = delete;
    Cluster& operator=(const Cluster&) = delete;
    bool start();
    [[nodiscard]] QString url() const { return m_url; }

private:
    QString m_script = QStringLiteral(RTCARE_SOURCE_DIR "/tests/pg/pgcluster.sh");
    QTemporaryDir m_state;
    QString m_url;
};

// `url` with another database name, or another user.
QString withDatabase(QString url, const QString& database);
QString withUser(QString url, const QString& user);

// One administrator's connection for the setup and the checks.
class Admin
{
public:
    explicit Admin(const QString& url);
    ~Admin();
    Admin(const Admin&) = delete;
    Admin& operator=(const Admin&) = delete;
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    bool exec(const QString& sql, QString* error = nullptr);
    [[nodiscard]] qint64 scalar(const QString& sql);
    [[nodiscard]] QSqlQuery query(const QString& sql);

private:
    QSqlDatabase m_db;
};

// The server to use: --db, or a database on a new throwaway cluster (empty on failure,
// said on stderr).
QString serverUrl(Cluster& cluster, const QString& database);

// Fills the server `url` (opened as `database`) up to `wanted` tickets unless it holds them:
// --demo (default 50,000) tickets through the `rtcare demo-data` path, the rest as
// server-side copies of those (INSERT … SELECT, triggers off), whose search rows are then
// made as the schema step makes them for a server with tickets (searchindex::fill, then the
// GIN index), timed on stderr.
bool fillServer(const Database& database, const QString& url, qint64 wanted, QString* error);

// serverUrl(), opened and filled to `wanted` tickets (fillServer()); nullptr, said on stderr,
// with *exitCode 77 (no server), 2 (cannot open it) or 1 (cannot fill it).
std::unique_ptr<Database> openFilledServer(Cluster& cluster, const QString& name, qint64 wanted,
                                           int* exitCode);

} // namespace rtcare::bench
