// SPDX-License-Identifier: MIT
#include "storage/database.h"

#include "storage/databasefile.h"
#include "storage/migrations.h"
#include "storage/serverdatabase.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QVariant>

namespace rtcare {

namespace {

constexpr auto kDriver = "QSQLITE";

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

QSqlDatabase openConnection(const QString& name, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriver), name);
    db.setDatabaseName(path);
    // Writers wait for each other (transaction.h): the busy handler waits up to the lock wait.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockWaitMilliseconds()));
    if (!db.open())
        return db;
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
    // Statement journals (every ticket write runs the reports' rollup triggers) and sorts
    // stay in memory instead of temporary files.
    exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"), nullptr);
    return db;
}

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Creates the database file whole: the schema is written to a private temporary file in the
// same folder, which is renamed to `path` unless another process created `path` meanwhile
// (then that file is used). The file is 0600 from its first byte (QTemporaryFile), and so
// are the -wal and -shm files SQLite creates beside it (they take the database's mode).
bool createDatabaseFile(const QString& path, StorageError* error)
{
    const QString shown = shownPath(path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = {StorageCause::CannotOpen,
                  QStringLiteral("cannot create the folder %1 for the database %2; check that "
                                 "you may write there, or give another file with --db")
                      .arg(shownPath(info.absolutePath()), shown)};
        return false;
    }
    QTemporaryFile fresh(info.absoluteDir().filePath(info.fileName()
                                                     + QStringLiteral(".new-XXXXXX")));
    if (!fresh.open()) {
        *error = {StorageCause::CannotOpen,
                  QStringLiteral("cannot create the database %1: %2. Check that you may write "
                                 "to the folder %3, or give another file with --db")
                      .arg(shown, fresh.errorString(), shownPath(info.absolutePath()))};
        return false;
    }
    fresh.close();
    {
        dbfile::ScopedConnection connection(fresh.fileName());
        QSqlDatabase& db = connection.db();
        QString reason;
        QSqlError failed;
        if (!connection.isOpen()) {
            failed = connection.openError();
        } else if (exec(db, QStringLiteral("BEGIN IMMEDIATE"), &failed)) {
            if (!applySchemaSteps(db, 0, latestSchemaVersion(), &reason)) {
                exec(db, QStringLiteral("ROLLBACK"), nullptr);
                *error = {StorageCause::Other,
                          QStringLiteral("cannot create the database %1: %2").arg(shown, reason)};
                return false;
            }
            if (exec(db, QStringLiteral("COMMIT"), &failed))
                failed = QSqlError();
        }
        if (failed.isValid()) {
            *error = describeSqlError(failed, path);
            return false;
        }
    }
    dbfile::syncFile(fresh.fileName());
    // Not QFile::rename: when a file appears at `path` between its check and the rename, it
    // copies over that file, truncating a database another process has just created.
    QString reason;
    switch (dbfile::placeNewFile(fresh.fileName(), path, &reason)) {
    case dbfile::Placement::Placed:
    case dbfile::Placement::Taken: // another process created it meanwhile; ours goes unused
        return true; // the temporary name (a second link, or nothing) is removed with `fresh`
    case dbfile::Placement::Failed:
        break;
    }
    *error = {StorageCause::CannotOpen,
              QStringLiteral("cannot create the database %1: the new file could not be moved "
                             "into place (%2)")
                  .arg(shown, reason)};
    return false;
}

// What to say when the first read of an existing file fails.
StorageError openFailure(const QSqlError& failed, const QString& path)
{
    StorageError error = describeSqlError(failed, path);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const StorageCause cause = error.cause;
    if ((cause == StorageCause::CannotOpen || cause == StorageCause::ReadOnly
         || cause == StorageCause::IoError)
        && !folder.isWritable()) {
        error = {StorageCause::ReadOnly,
                 QStringLiteral("cannot open the database %1: its folder %2 is read-only, and "
                                "RTCare needs to create %3-wal and %3-shm there to use the "
                                "file (%4). Make the folder writable for you, or copy the file "
                                "to a writable folder and give that with --db")
                     .arg(shownPath(path), shownPath(folder.absoluteFilePath()),
                          info.fileName(), failed.databaseText())};
    }
    return error;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{
    const QByteArray hash = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1);
    m_connectionPrefix = QStringLiteral("rtcare-%1-%2")
                             .arg(QString::fromLatin1(hash.toHex().left(12)))
                             .arg(reinterpret_cast<quintptr>(this), 0, 16);
}

Database::~Database()
{
    // Worker threads close their own connection (closeThreadConnection) before they end;
    // what is left belongs to the thread that destroys the Database.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rtcare.sqlite"));
}

int Database::latestSchemaVersion()
{
    return rtcare::latestSchemaVersion();
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error,
                                         const std::function<void(int, int)>& beforeUpgrade)
{
    StorageError failure;
    std::unique_ptr<Database> database = open(path, &failure, beforeUpgrade);
    if (!database)
        *error = failure.message;
    return database;
}

std::unique_ptr<Database> Database::open(const QString& path, StorageError* error,
                                         const std::function<void(int, int)>& beforeUpgrade)
{
    if (DatabaseLocation::looksLikeUrl(path)) {
        QString problem;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(path, &problem);
        if (!location) {
            *error = {StorageCause::BadInput, problem};
            return nullptr;
        }
        if (location->isServer())
            return openServer(*location->server, error, beforeUpgrade);
        return open(location->file, error, beforeUpgrade);
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = shownPath(path);
    const QString notChanged = QStringLiteral("RTCare did not change it");
    const QString checkDb = QStringLiteral("check --db (or RTCARE_DB, or the database chosen in "
                                           "Settings)");

    const dbfile::FileFacts facts = dbfile::inspect(absolute);
    if (facts.exists && !facts.isFile) {
        *error = {StorageCause::NotRtcare,
                  QStringLiteral("%1 is a folder, not a database file; give a file name, for "
                                 "example %2")
                      .arg(shown, shownPath(QDir(path).filePath(QStringLiteral("rtcare.sqlite"))))};
        return nullptr;
    }
    if (!facts.exists) {
        if (!createDatabaseFile(absolute, error))
            return nullptr;
    } else if (facts.size == 0) {
        *error = {StorageCause::NotRtcare,
                  QStringLiteral("%1 is an empty file (0 bytes), not an RTCare database; %2. "
                                 "To start a new database there, remove the empty file first; "
                                 "else %3")
                      .arg(shown, notChanged, checkDb)};
        return nullptr;
    } else if (!facts.sqliteHeader) {
        *error = {StorageCause::NotRtcare,
                  QStringLiteral("%1 is not an RTCare database: it is not an SQLite file at all "
                                 "(%2 bytes of something else); %3. Please %4")
                      .arg(shown)
                      .arg(facts.size)
                      .arg(notChanged, checkDb)};
        return nullptr;
    } else if (facts.truncated()) {
        *error = {StorageCause::Damaged,
                  QStringLiteral("%1 is damaged: it is cut short (%2 bytes; its header says %3). "
                                 "%4. Restore a backup with 'rtcare restore BACKUP' (backups are "
                                 "kept beside it as *-backup-*.sqlite and *.v<N>.bak)")
                      .arg(shown)
                      .arg(facts.size)
                      .arg(facts.headerSize)
                      .arg(notChanged)};
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(absolute));
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        *error = openFailure(db.lastError(), absolute);
        return nullptr;
    }
    // Read the version before anything writes to the file (a newer file stays untouched).
    QSqlError failed;
    const std::optional<int> version = schemaVersionOf(db, &failed);
    if (!version) {
        *error = openFailure(failed, absolute);
        if (error->cause == StorageCause::Damaged || error->cause == StorageCause::Other)
            error->message += QStringLiteral(". %1").arg(notChanged);
        return nullptr;
    }
    const int latest = rtcare::latestSchemaVersion();
    if (*version < 0) {
        *error = {StorageCause::NotRtcare,
                  QStringLiteral("%1 is not an RTCare database: its schema version (SQLite's "
                                 "user_version) is %2, which no RTCare writes; %3. Please %4, "
                                 "or restore a backup if this was your ticket database")
                      .arg(shown)
                      .arg(*version)
                      .arg(notChanged, checkDb)};
        return nullptr;
    }
    if (*version > latest) {
        *error = {StorageCause::Newer,
                  QStringLiteral("%1 was written by a newer RTCare (schema version %2; this "
                                 "version reads up to %3). It was not changed; please update "
                                 "RTCare to open it.")
                      .arg(shown)
                      .arg(*version)
                      .arg(latest)};
        return nullptr;
    }
    QSqlQuery probe(db);
    if (*version > 0) {
        // A non-empty file must be ours: a version but no tickets table means something else.
        if (!probe.exec(QStringLiteral(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tickets'"))
            || !probe.next()) {
            *error = {StorageCause::NotRtcare,
                      QStringLiteral("%1 is not an RTCare database (schema version %2 but no "
                                     "tickets table); %3. Please %4")
                          .arg(shown)
                          .arg(*version)
                          .arg(notChanged, checkDb)};
            return nullptr;
        }
    } else {
        const bool tables = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                            && probe.next() && probe.value(0).toInt() > 0;
        *error = {StorageCause::NotRtcare,
                  tables ? QStringLiteral("%1 is an SQLite file of another program; RTCare will "
                                          "not change it. Please %2")
                               .arg(shown, checkDb)
                         : QStringLiteral("%1 is an empty SQLite database (no tables), not an "
                                          "RTCare database; %2. To start a new database there, "
                                          "remove the file first; else %3")
                               .arg(shown, notChanged, checkDb)};
        return nullptr;
    }
    probe.finish();

    // WAL: readers never wait for a writer. Set once; a file already in WAL is not written.
    if (probe.exec(QStringLiteral("PRAGMA journal_mode")) && probe.next()
        && probe.value(0).toString() != QLatin1String("wal")) {
        probe.finish();
        if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &failed)) {
            *error = describeSqlError(failed, absolute);
            return nullptr;
        }
    }
    probe.finish();

    if (*version < latest && !database->upgrade(*version, error, beforeUpgrade))
        return nullptr;
    database->m_schemaVersion = latest;
    return database;
}

bool Database::upgrade(int seenVersion, StorageError* error,
                       const std::function<void(int, int)>& beforeUpgrade)
{
    const QString shown = shownPath(m_path);
    QSqlDatabase db = connection();
    if (!beginWrite(db, error))
        return false;
    auto rollback = [&db] { exec(db, QStringLiteral("ROLLBACK"), nullptr); };

    // Another process may have upgraded the file while this one waited for the lock.
    QSqlError failed;
    const std::optional<int> version = schemaVersionOf(db, &failed);
    if (!version) {
        rollback();
        *error = describeSqlError(failed, m_path);
        return false;
    }
    const int latest = rtcare::latestSchemaVersion();
    if (*version == latest) {
        rollback();
        return true;
    }
    if (*version < 1 || *version > latest) {
        rollback();
        *error = {StorageCause::NotRtcare,
                  QStringLiteral("%1 changed while it was being opened (schema version %2, then "
                                 "%3); it was not upgraded. Open it again")
                      .arg(shown)
                      .arg(seenVersion)
                      .arg(*version)};
        return false;
    }

    // A consistent copy of the old file, by a second connection (VACUUM INTO cannot run
    // inside a transaction) that reads what this one holds locked. Not when the steps only
    // move the version number (steps for the team server only): that is instant, and the
    // caller is not told of it.
    const bool changes = schemaStepsChangeData(sqldialect::Engine::SQLite, *version, latest);
    if (changes && beforeUpgrade)
        beforeUpgrade(*version, latest);
    const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(*version);
    if (changes) {
        dbfile::removeStalePartials(backup);
        dbfile::ScopedConnection reader(m_path);
        StorageError copyError;
        if (!reader.isOpen())
            copyError = describeSqlError(reader.openError(), m_path);
        else if (dbfile::writeSnapshot(reader.db(), backup, &copyError))
            copyError = {};
        if (!copyError.message.isEmpty()) {
            rollback();
            *error = {copyError.cause,
                      QStringLiteral("cannot back up %1 before upgrading it, so it was not "
                                     "upgraded: %2")
                          .arg(shown, copyError.message)};
            return false;
        }
    }
    QString reason;
    if (!applySchemaSteps(db, *version, latest, &reason)) {
        rollback();
        *error = {StorageCause::Other,
                  changes ? QStringLiteral("cannot upgrade the database %1: %2. It was not "
                                           "changed; a copy is at %3")
                                .arg(shown, reason, shownPath(backup))
                          : QStringLiteral("cannot upgrade the database %1: %2. It was not "
                                           "changed")
                                .arg(shown, reason)};
        return false;
    }
    if (!exec(db, QStringLiteral("COMMIT"), &failed)) {
        rollback();
        *error = describeSqlError(failed, m_path);
        if (changes)
            error->message += QStringLiteral(" (while upgrading it; a copy of the old file is "
                                             "at %1)")
                                  .arg(shownPath(backup));
        return false;
    }
    return true;
}

QString Database::threadConnectionName() const
{
    return QStringLiteral("%1-%2").arg(m_connectionPrefix).arg(
        reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

void Database::closeThreadConnection() const
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        // The team server went away (restarted, or the network): the next use connects
        // again, so a write the agent retries after the server is back goes through.
        if (m_server && serverConnectionLost(db))
            reopenServerConnection(db);
        return db;
    }
    if (m_server)
        return openServerConnection(name, *m_server);
    return openConnection(name, m_path);
}

} // namespace rtcare
