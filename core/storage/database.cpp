// SPDX-License-Identifier: MIT
#include "storage/database.h"

#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace rtcare {

namespace {

constexpr auto kDriver = "QSQLITE";

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Creates an empty file readable only by its owner, so that SQLite (which gives its
// -wal and -shm files the database file's permissions) never exposes customer data.
bool createPrivateFile(const QString& path, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QStringLiteral("cannot create the database file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QSqlDatabase openConnection(const QString& name, const QString& path, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriver), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
    // Statement journals (every ticket write runs the reports' rollup triggers) and sorts
    // stay in memory instead of temporary files.
    exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"), nullptr);
    return db;
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
    const QString shown = QDir::toNativeSeparators(path);
    const bool existed = QFileInfo::exists(path);
    if (!existed && !createPrivateFile(path, error))
        return nullptr;

    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath()));
    QString reason;
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open the database %1: %2").arg(shown, db.lastError().text());
        return nullptr;
    }
    // Read the version before anything writes to the file (a newer file stays untouched).
    const int version = schemaVersionOf(db, &reason);
    if (version < 0) {
        *error = QStringLiteral("%1 is not an RTCare database (%2)").arg(shown, reason);
        return nullptr;
    }
    const int latest = rtcare::latestSchemaVersion();
    if (version > latest) {
        *error = QStringLiteral("%1 was written by a newer RTCare (schema version %2; this "
                                "version reads up to %3). It was not changed; please update "
                                "RTCare to open it.")
                     .arg(shown)
                     .arg(version)
                     .arg(latest);
        return nullptr;
    }
    if (version > 0) {
        // A non-empty file must be ours: a version but no tickets table means something else.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tickets'"))
            || !probe.next()) {
            *error = QStringLiteral("%1 is not an RTCare database (no tickets table)").arg(shown);
            return nullptr;
        }
    } else {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next()
            && probe.value(0).toInt() > 0) {
            *error = QStringLiteral("%1 is an SQLite file of another program; RTCare will not "
                                    "change it")
                         .arg(shown);
            return nullptr;
        }
    }

    if (version > 0 && version < latest) {
        if (beforeUpgrade)
            beforeUpgrade(version, latest);
        // Keep a consistent copy of the old file before changing its schema.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(database->path()).arg(version);
        QFile::remove(backup);
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec()) {
            *error = QStringLiteral("cannot back up %1 before upgrading it: %2")
                         .arg(shown, vacuum.lastError().text());
            return nullptr;
        }
        QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &reason)) {
        *error = QStringLiteral("cannot open the database %1: %2").arg(shown, reason);
        return nullptr;
    }
    if (!migrateSchema(db, &reason)) {
        *error = QStringLiteral("cannot upgrade the database %1: %2").arg(shown, reason);
        return nullptr;
    }
    database->m_schemaVersion = latest;
    return database;
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
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    return openConnection(name, m_path, nullptr);
}

} // namespace rtcare
