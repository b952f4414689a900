// SPDX-License-Identifier: MIT
#include "storage/backups.h"

#include "storage/databaselocation.h"

#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/migrations.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rtcare::backups {

namespace {

constexpr auto kStampFormat = "yyyyMMdd-HHmmss";

// A team server's database is backed up by its administrator (pg_dump), not by RTCare.
StorageError serverHasOwnBackups(const QString& url)
{
    // The URL is a libpq connection URI: pg_dump and pg_restore take it as it is.
    return {StorageCause::BadInput,
            QStringLiteral("%1 is a team server: RTCare backs up and restores database files "
                           "only; nothing was done. The server's administrator backs it up with "
                           "PostgreSQL's own tools, e.g. pg_dump --format=custom "
                           "--file=rtcare-$(date +%Y%m%d).dump '%1' (restore into an empty "
                           "database with pg_restore --dbname='URL' FILE)")
                .arg(url)};
}

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp(const QDateTime& when)
{
    return when.toUTC().toString(QString::fromLatin1(kStampFormat));
}

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QRegularExpression backupPattern(const QString& databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-backup-(\\d{8}-\\d{6})\\.sqlite$")
                                  .arg(QRegularExpression::escape(baseName(databasePath))));
}

QDateTime stampTime(const QString& text)
{
    // Date and time apart, so that no local-time gap or overlap shifts them.
    return QDateTime(QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")),
                     QTime::fromString(text.mid(9), QStringLiteral("HHmmss")), Qt::UTC);
}

std::optional<qint64> scalar(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool samePath(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    const QString cb = QFileInfo(b).canonicalFilePath();
    if (!ca.isEmpty() && !cb.isEmpty())
        return ca == cb;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// Checks that `path` holds an RTCare database a backup can be taken from; its version.
std::optional<int> checkSource(dbfile::ScopedConnection& source, const QString& path,
                               StorageError* error)
{
    const QString shown = shownPath(path);
    if (!source.isOpen()) {
        *error = describeSqlError(source.openError(), path);
        return std::nullopt;
    }
    QSqlError failed;
    const std::optional<qint64> version =
        scalar(source.db(), QStringLiteral("PRAGMA user_version"), &failed);
    if (!version) {
        *error = describeSqlError(failed, path);
        return std::nullopt;
    }
    const std::optional<qint64> tickets = scalar(
        source.db(),
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                       "'tickets'"),
        &failed);
    if (!tickets) {
        *error = describeSqlError(failed, path);
        return std::nullopt;
    }
    if (*version < 1 || *tickets == 0) {
        *error = {StorageCause::NotRtcare,
                  QStringLiteral("%1 is not an RTCare database (schema version %2%3)")
                      .arg(shown)
                      .arg(*version)
                      .arg(*tickets == 0 ? QStringLiteral(", no tickets table") : QString())};
        return std::nullopt;
    }
    return int(*version);
}

// A file that does not exist, is empty, is not SQLite or is cut short: why, else empty.
QString fileProblem(const QString& path)
{
    const QString shown = shownPath(path);
    const dbfile::FileFacts facts = dbfile::inspect(path);
    if (!facts.exists)
        return QStringLiteral("%1 does not exist").arg(shown);
    if (!facts.isFile)
        return QStringLiteral("%1 is not a file").arg(shown);
    if (facts.size == 0)
        return QStringLiteral("%1 is an empty file (0 bytes)").arg(shown);
    if (!facts.sqliteHeader)
        return QStringLiteral("%1 is not an SQLite file, so not an RTCare database or backup")
            .arg(shown);
    if (facts.truncated())
        return QStringLiteral("%1 is cut short (%2 bytes; its header says %3)")
            .arg(shown)
            .arg(facts.size)
            .arg(facts.headerSize);
    return {};
}

} // namespace

QString backupPath(const QString& databasePath, const QString& folder, const QDateTime& when)
{
    return QDir(folder).filePath(
        QStringLiteral("%1-backup-%2.sqlite").arg(baseName(databasePath), stamp(when)));
}

QStringList listBackups(const QString& databasePath, const QString& folder)
{
    const QDir dir(folder);
    const QRegularExpression pattern = backupPattern(databasePath);
    QStringList names;
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : entries) {
        if (pattern.match(name).hasMatch())
            names.append(name);
    }
    // The stamps sort as text; newest first.
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString& name : std::as_const(names))
        paths.append(dir.filePath(name));
    return paths;
}

std::optional<BackupResult> backupDatabase(const QString& databasePath, const QString& target,
                                           StorageError* error)
{
    if (DatabaseLocation::looksLikeUrl(databasePath)) {
        *error = serverHasOwnBackups(databasePath);
        return std::nullopt;
    }
    const QString shown = shownPath(databasePath);
    if (const QString problem = fileProblem(databasePath); !problem.isEmpty()) {
        *error = {dbfile::inspect(databasePath).exists ? StorageCause::NotRtcare
                                                       : StorageCause::CannotOpen,
                  problem + QStringLiteral("; nothing was backed up")};
        return std::nullopt;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (samePath(target, databasePath + suffix)) {
            *error = {StorageCause::BadInput,
                      QStringLiteral("the backup cannot be written over the database %1 itself; "
                                     "give another file")
                          .arg(shownPath(databasePath + suffix))};
            return std::nullopt;
        }
    }
    {
        dbfile::ScopedConnection source(databasePath);
        if (!checkSource(source, databasePath, error))
            return std::nullopt;
        if (!dbfile::writeSnapshot(source.db(), target, error))
            return std::nullopt;
    }
    // Check the copy as restore will: a backup that cannot be restored is no backup.
    BackupResult result;
    result.file = QFileInfo(target).absoluteFilePath();
    result.bytes = QFileInfo(target).size();
    dbfile::ScopedConnection copy(target, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlQuery check(copy.db());
    if (!copy.isOpen() || !check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        *error = {StorageCause::IoError,
                  QStringLiteral("the backup %1 was written but does not read back as a sound "
                                 "database; check the disk and try again")
                      .arg(shownPath(target))};
        return std::nullopt;
    }
    check.finish();
    QSqlError failed;
    result.tickets =
        scalar(copy.db(), QStringLiteral("SELECT count(*) FROM tickets"), &failed).value_or(0);
    return result;
}

std::optional<AutoBackupResult> backupIfDue(const QString& databasePath, const QString& folder,
                                            int keep, const QDateTime& now, StorageError* error)
{
    if (DatabaseLocation::looksLikeUrl(databasePath)) {
        *error = serverHasOwnBackups(databasePath);
        return std::nullopt;
    }
    AutoBackupResult result;
    QStringList existing = listBackups(databasePath, folder);
    const QRegularExpression pattern = backupPattern(databasePath);
    bool due = true;
    for (const QString& path : std::as_const(existing)) {
        const QDateTime made =
            stampTime(pattern.match(QFileInfo(path).fileName()).captured(1));
        if (!made.isValid() || made > now.addSecs(60))
            continue; // from a clock set back: does not count
        due = made <= now.addSecs(-24 * 3600);
        break; // the newest that counts decides
    }
    if (due) {
        if (!QDir().mkpath(folder)) {
            *error = {StorageCause::CannotOpen,
                      QStringLiteral("cannot create the backup folder %1; check that you may "
                                     "write there")
                          .arg(shownPath(folder))};
            return std::nullopt;
        }
        const QString target = backupPath(databasePath, folder, now);
        if (!backupDatabase(databasePath, target, error))
            return std::nullopt;
        result.made = true;
        result.file = QFileInfo(target).absoluteFilePath();
        existing = listBackups(databasePath, folder);
    }
    const int kept = std::max(keep, 1);
    for (qsizetype i = kept; i < existing.size(); ++i) {
        if (QFile::remove(existing.at(i)))
            result.removed.append(existing.at(i));
    }
    return result;
}

std::optional<RestoreResult> restoreDatabase(const QString& databasePath,
                                             const QString& backupFile, const QDateTime& now,
                                             StorageError* error)
{
    if (DatabaseLocation::looksLikeUrl(databasePath)) {
        *error = serverHasOwnBackups(databasePath);
        return std::nullopt;
    }
    const QString shownBackup = shownPath(backupFile);
    const QString shownDb = shownPath(databasePath);
    const QString notRestored = QStringLiteral("; nothing was restored");
    auto badBackup = [&](const QString& why) {
        *error = {StorageCause::BadInput, why + notRestored};
        return std::nullopt;
    };
    if (const QString problem = fileProblem(backupFile); !problem.isEmpty())
        return badBackup(problem);
    if (samePath(backupFile, databasePath))
        return badBackup(QStringLiteral("%1 is the database itself").arg(shownBackup));

    RestoreResult result;
    const int latest = latestSchemaVersion();
    // 1. The backup: sound, RTCare's, not from a newer RTCare. Read-only: it stays as it is.
    {
        dbfile::ScopedConnection source(backupFile, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.isOpen())
            return badBackup(describeSqlError(source.openError(), backupFile).message);
        QSqlQuery check(source.db());
        if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next())
            return badBackup(QStringLiteral("%1 cannot be checked: %2")
                                 .arg(shownBackup, check.lastError().databaseText()));
        if (const QString verdict = check.value(0).toString(); verdict != QLatin1String("ok"))
            return badBackup(QStringLiteral("%1 fails SQLite's integrity check (first problem: "
                                            "%2); try an older backup")
                                 .arg(shownBackup, verdict));
        check.finish();
        StorageError sourceError;
        const std::optional<int> version = checkSource(source, backupFile, &sourceError);
        if (!version)
            return badBackup(sourceError.message);
        if (*version > latest)
            return badBackup(QStringLiteral("%1 was written by a newer RTCare (schema version "
                                            "%2; this version reads up to %3); update RTCare "
                                            "to restore it")
                                 .arg(shownBackup)
                                 .arg(*version)
                                 .arg(latest));
        result.backupVersion = *version;
    }

    // Never over an earlier copy kept aside (two restores within one second).
    QString aside = QStringLiteral("%1.before-restore-%2")
                        .arg(QFileInfo(databasePath).absoluteFilePath(), stamp(now));
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal"));
         ++n)
        aside = QStringLiteral("%1.before-restore-%2-%3")
                    .arg(QFileInfo(databasePath).absoluteFilePath(), stamp(now))
                    .arg(n);
    const dbfile::FileFacts current = dbfile::inspect(databasePath);

    // 2a. No database yet (or a damaged one, moved aside as it is): copy the backup in place.
    auto copyInPlace = [&]() -> bool {
        QDir().mkpath(QFileInfo(databasePath).absolutePath());
        dbfile::ScopedConnection source(backupFile, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!dbfile::writeSnapshot(source.db(), databasePath, error))
            return false;
        return true;
    };
    auto finish = [&]() -> std::optional<RestoreResult> {
        // Upgrades an older backup (keeping a copy as <db>.v<N>.bak) and checks the result.
        const std::unique_ptr<Database> restored = Database::open(databasePath, error);
        if (!restored)
            return std::nullopt;
        QSqlDatabase db = restored->connection();
        QSqlError failed;
        result.tickets =
            scalar(db, QStringLiteral("SELECT count(*) FROM tickets"), &failed).value_or(0);
        return result;
    };
    if (!current.exists) {
        if (!copyInPlace())
            return std::nullopt;
        return finish();
    }

    StorageError openError;
    std::unique_ptr<Database> database = Database::open(databasePath, &openError);
    if (!database) {
        if (openError.cause != StorageCause::Damaged) {
            *error = {openError.cause, openError.message + notRestored};
            return std::nullopt;
        }
        // 2b. Damaged: nothing consistent can be copied out of it. Keep the file (and its
        // -wal, which belongs to it) aside as it is, then put the backup in its place.
        QString reason;
        if (!dbfile::replaceFile(databasePath, aside, &reason)) {
            *error = {StorageCause::IoError,
                      QStringLiteral("cannot move the damaged %1 aside to %2: %3%4")
                          .arg(shownDb, shownPath(aside), reason, notRestored)};
            return std::nullopt;
        }
        if (QFileInfo::exists(databasePath + QStringLiteral("-wal")))
            (void)dbfile::replaceFile(databasePath + QStringLiteral("-wal"),
                                      aside + QStringLiteral("-wal"), &reason);
        QFile::remove(databasePath + QStringLiteral("-shm"));
        result.keptAside = aside;
        result.replacedDamaged = true;
        if (!copyInPlace())
            return std::nullopt;
        return finish();
    }

    // 2c. The live database: one write transaction replaces its content.
    dbfile::ScopedConnection live(databasePath);
    if (!live.isOpen()) {
        *error = describeSqlError(live.openError(), databasePath);
        return std::nullopt;
    }
    QSqlDatabase& db = live.db();
    QSqlError failed;
    {
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS restore_source"));
        attach.addBindValue(backupFile);
        if (!attach.exec())
            return badBackup(QStringLiteral("%1 cannot be read: %2")
                                 .arg(shownBackup, attach.lastError().databaseText()));
    }
    auto detach = [&db] { exec(db, QStringLiteral("DETACH DATABASE restore_source"), nullptr); };
    if (!beginWrite(db, error)) {
        detach();
        error->message += notRestored;
        return std::nullopt;
    }
    auto fail = [&](const StorageError& why) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        detach();
        *error = why;
        if (!result.keptAside.isEmpty())
            error->message += QStringLiteral(" (a copy of the database as it was is at %1)")
                                  .arg(shownPath(result.keptAside));
        return std::nullopt;
    };
    // The copy aside, by a second connection that reads what this one holds locked.
    {
        dbfile::ScopedConnection reader(databasePath);
        StorageError copyError;
        if (!reader.isOpen())
            return fail(describeSqlError(reader.openError(), databasePath));
        if (!dbfile::writeSnapshot(reader.db(), aside, &copyError)) {
            copyError.message = QStringLiteral("cannot keep a copy of %1 before restoring: %2%3")
                                    .arg(shownDb, copyError.message, notRestored);
            return fail(copyError);
        }
        result.keptAside = aside;
    }
    auto sqlFailure = [&](const QSqlError& why) {
        StorageError described = describeSqlError(why, databasePath);
        described.message += notRestored;
        return fail(described);
    };
    // Drop what the live database has: triggers and views, then virtual tables (a full-text
    // index drops its own shadow tables with it), then tables (with their indexes).
    {
        QSqlQuery objects(db);
        if (!objects.exec(QStringLiteral(
                "SELECT upper(type), name, 0 FROM main.sqlite_master WHERE name NOT LIKE "
                "'sqlite_%' AND type IN ('trigger', 'view') "
                "UNION ALL SELECT 'TABLE', name, CASE type WHEN 'virtual' THEN 1 ELSE 2 END "
                "FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
                "AND name NOT LIKE 'sqlite_%' ORDER BY 3")))
            return sqlFailure(objects.lastError());
        QList<std::pair<QString, QString>> drops;
        while (objects.next())
            drops.append({objects.value(0).toString(), objects.value(1).toString()});
        objects.finish();
        for (const auto& [type, name] : std::as_const(drops)) {
            if (!exec(db, QStringLiteral("DROP %1 main.%2").arg(type, quoted(name)), &failed))
                return sqlFailure(failed);
        }
    }
    // The backup's schema and rows: tables with their rows, then indexes, triggers, views.
    {
        QSqlQuery objects(db);
        if (!objects.exec(QStringLiteral(
                "SELECT type, name, sql FROM restore_source.sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN "
                "'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, rowid")))
            return sqlFailure(objects.lastError());
        QList<std::tuple<QString, QString, QString>> creates;
        while (objects.next())
            creates.append({objects.value(0).toString(), objects.value(1).toString(),
                            objects.value(2).toString()});
        objects.finish();
        // A virtual table (the full-text index) creates its own shadow tables, listed after it;
        // their rows are the index, copied as they are; the virtual table holds no rows itself.
        QSet<QString> shadows, virtuals;
        if (!objects.exec(QStringLiteral("SELECT name, type FROM pragma_table_list WHERE schema "
                                         "= 'restore_source' AND type IN ('shadow', 'virtual')")))
            return sqlFailure(objects.lastError());
        while (objects.next())
            (objects.value(1).toString() == QLatin1String("shadow") ? shadows : virtuals)
                .insert(objects.value(0).toString());
        objects.finish();
        const auto copyRows = [&](const QString& name) {
            return exec(db,
                        QStringLiteral("INSERT INTO main.%1 SELECT * FROM restore_source.%1")
                            .arg(quoted(name)),
                        &failed);
        };
        for (const auto& [type, name, sql] : std::as_const(creates)) {
            if (type == QLatin1String("table") && shadows.contains(name))
                continue;
            if (!exec(db, sql, &failed))
                return sqlFailure(failed);
            if (type == QLatin1String("table") && !virtuals.contains(name) && !copyRows(name))
                return sqlFailure(failed);
        }
        // Shadow tables come before their virtual table in the schema, so they are filled last.
        for (const QString& name : std::as_const(shadows)) {
            if (!exec(db, QStringLiteral("DELETE FROM main.%1").arg(quoted(name)), &failed)
                || !copyRows(name))
                return sqlFailure(failed);
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA main.user_version = %1").arg(result.backupVersion),
              &failed))
        return sqlFailure(failed);
    QString reason;
    if (result.backupVersion < latest
        && !applySchemaSteps(db, result.backupVersion, latest, &reason))
        return fail({StorageCause::Other,
                     QStringLiteral("cannot upgrade the restored tickets to this RTCare's schema: "
                                    "%1%2")
                         .arg(reason, notRestored)});
    const std::optional<qint64> tickets =
        scalar(db, QStringLiteral("SELECT count(*) FROM main.tickets"), &failed);
    if (!tickets)
        return sqlFailure(failed);
    if (!exec(db, QStringLiteral("COMMIT"), &failed))
        return sqlFailure(failed);
    detach();
    result.tickets = *tickets;
    return result;
}

} // namespace rtcare::backups
