// SPDX-License-Identifier: MIT
#include "storage/serverdatabase.h"

#include "storage/database.h"
#include "storage/libpqcalls.h"
#include "storage/migrations.h"
#include "storage/serverpassword.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <QVariant>


namespace rtcare {

namespace {

// pg_advisory_xact_lock key of the schema upgrade: two desktops opening a fresh server at
// once create the schema once (the second finds it done).
constexpr qint64 kSchemaLockKey = 0x5254436172650001; // "RTCare" + 1

bool run(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

void setUp(QSqlDatabase& db)
{
    QSqlQuery setup(db);
    // Times are integers (seconds, UTC); messages in English for our own wording.
    setup.exec(QStringLiteral("SET client_min_messages = warning"));
    // The app's statements each read a page or a few thousand index entries; compiling
    // one with JIT (which PostgreSQL does past a cost estimate, not a measured time) took
    // 190 ms for a queue walk that runs in 12 ms.
    setup.exec(QStringLiteral("SET jit = off"));
}

} // namespace

QSqlDatabase serverConnection(const QString& name, const ServerAddress& server,
                              const QString& password, int connectTimeoutSeconds)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!server.host.isEmpty())
        db.setHostName(server.host);
    if (server.port > 0)
        db.setPort(server.port);
    if (!server.user.isEmpty())
        db.setUserName(server.user);
    if (!server.database.isEmpty())
        db.setDatabaseName(server.database);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options = server.options;
    if (connectTimeoutSeconds > 0 && options.filter(QStringLiteral("connect_timeout=")).isEmpty())
        options << QStringLiteral("connect_timeout='%1'").arg(connectTimeoutSeconds);
    options << QStringLiteral("application_name='rtcare'");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

QSqlDatabase openServerConnection(const QString& name, const ServerAddress& server)
{
    // A password from the system keychain, for this run only; else libpq's .pgpass.
    QSqlDatabase db = serverConnection(name, server, serverPassword(server));
    if (db.open())
        setUp(db);
    return db;
}

bool reopenServerConnection(QSqlDatabase& db)
{
    db.close();
    if (!db.open())
        return false;
    setUp(db);
    return true;
}

bool serverConnectionLost(const QSqlDatabase& db)
{
    return libpq::connectionBad(db);
}

int serverSocket(const QSqlDatabase& db)
{
    return libpq::socketOf(db);
}

std::unique_ptr<Database> Database::openServer(const ServerAddress& server, StorageError* error,
                                               const std::function<void(int, int)>& beforeUpgrade)
{
    const QString shown = server.url;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = {StorageCause::CannotOpen,
                  QStringLiteral("cannot open the team server %1: Qt's PostgreSQL driver (QPSQL) "
                                 "is not installed; on Debian and Ubuntu install the package "
                                 "libqt6sql6-psql")
                      .arg(shown)};
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(shown));
    database->m_server = server;
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        *error = {StorageCause::CannotOpen,
                  QStringLiteral("cannot connect to the team server %1: %2. Check the URL, that "
                                 "the server is running, and your password in ~/.pgpass (or "
                                 "PGPASSFILE)")
                      .arg(shown, db.lastError().text().trimmed())};
        return nullptr;
    }
    QSqlError failed;
    std::optional<int> version = schemaVersionOf(db, &failed);
    if (!version) {
        *error = describeSqlError(failed, shown);
        return nullptr;
    }
    const int latest = rtcare::latestSchemaVersion();
    auto newer = [&](int found) {
        *error = {StorageCause::Newer,
                  QStringLiteral("the team server %1 was set up by a newer RTCare (schema version "
                                 "%2; this version reads up to %3). It was not changed; please "
                                 "update RTCare to use it.")
                      .arg(shown)
                      .arg(found)
                      .arg(latest)};
    };
    if (*version > latest) {
        newer(*version);
        return nullptr;
    }
    if (*version == 0) {
        // A database with tables but no RTCare schema belongs to another program.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                       "current_schema()"))
            || !probe.next()) {
            *error = describeSqlError(probe.lastError(), shown);
            return nullptr;
        }
        if (probe.value(0).toInt() > 0) {
            *error = {StorageCause::NotRtcare,
                      QStringLiteral("the team server database %1 holds another program's "
                                     "tables and no RTCare schema; RTCare did not change it. "
                                     "Create an empty database for RTCare (createdb) and give "
                                     "its URL")
                          .arg(shown)};
            return nullptr;
        }
    }
    if (*version < latest) {
        // Create or upgrade in one transaction, under a lock that serialises desktops.
        if (!run(db, QStringLiteral("BEGIN"), &failed)
            || !run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLockKey),
                    &failed)) {
            run(db, QStringLiteral("ROLLBACK"), &failed);
            *error = describeSqlError(failed, shown);
            return nullptr;
        }
        version = schemaVersionOf(db, &failed);
        QString reason;
        if (!version) {
            reason = failed.text();
        } else if (*version > latest) {
            run(db, QStringLiteral("ROLLBACK"), &failed);
            newer(*version);
            return nullptr;
        } else {
            // An upgrade (not a new schema) can take a while: the caller may say why.
            if (*version > 0 && *version < latest && beforeUpgrade)
                beforeUpgrade(*version, latest);
            if (*version < latest && !applySchemaSteps(db, *version, latest, &reason)) {
                // reason says which step failed
            } else if (QSqlQuery commit(db); !commit.exec(QStringLiteral("COMMIT"))) {
                reason = commit.lastError().text();
            }
        }
        if (!reason.isEmpty()) {
            QSqlError ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            *error = {StorageCause::Other,
                      QStringLiteral("cannot %1 the schema on the team server %2: %3. Nothing was "
                                     "changed; the role in the URL needs the right to create "
                                     "tables there (an administrator runs 'rtcare server init "
                                     "URL' once)")
                          .arg(version && *version > 0 ? QStringLiteral("upgrade")
                                                       : QStringLiteral("create"),
                               shown, reason.trimmed())};
            return nullptr;
        }
    }
    database->m_schemaVersion = latest;
    return database;
}

} // namespace rtcare
