// SPDX-License-Identifier: MIT
#include "storage/storageerror.h"

#include "storage/databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace rtcare {

namespace {

// SQLite's primary result codes (sqlite3.h), as QtSql reports them in nativeErrorCode().
enum : int {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kConstraint = 19,
    kNotADb = 26,
};

QString secondsText(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1);
}

} // namespace

int sqliteCode(const QSqlError& error)
{
    // PostgreSQL reports a five-character SQLSTATE ("23505"), never an SQLite code.
    if (error.nativeErrorCode().size() == 5)
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

StorageCause causeOf(const QSqlError& error)
{
    if (const QString state = error.nativeErrorCode(); state.size() == 5) {
        // PostgreSQL's SQLSTATE classes: 23 constraint, 40 serialization/deadlock,
        // 53 insufficient resources, 08 connection, 28 authorization, 42501 privilege.
        if (state.startsWith(QLatin1String("23")))
            return StorageCause::BadInput;
        if (state.startsWith(QLatin1String("40")) || state == QLatin1String("55P03"))
            return StorageCause::Locked;
        if (state == QLatin1String("53100"))
            return StorageCause::DiskFull;
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("28")))
            return StorageCause::CannotOpen;
        if (state == QLatin1String("42501") || state == QLatin1String("25006"))
            return StorageCause::ReadOnly;
        return StorageCause::Other;
    }
    switch (sqliteCode(error)) {
    case kBusy:
    case kLocked:
        return StorageCause::Locked;
    case kFull:
        return StorageCause::DiskFull;
    case kReadOnly:
        return StorageCause::ReadOnly;
    case kPerm:
    case kCantOpen:
        return StorageCause::CannotOpen;
    case kCorrupt:
    case kNotADb:
        return StorageCause::Damaged;
    case kIoErr:
        return StorageCause::IoError;
    case kConstraint:
        return StorageCause::BadInput;
    default:
        return StorageCause::Other;
    }
}

StorageError describeSqlError(const QSqlError& error, const QString& path, qint64 waitedMs)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const StorageCause cause = causeOf(error);
    if (DatabaseLocation::looksLikeUrl(path)) {
        // A team server: no file, folder or lock wait to speak of; the server's own words.
        const QString hint =
            cause == StorageCause::CannotOpen
                ? QStringLiteral(". Check the URL, that the server is running, and your "
                                 "password in ~/.pgpass (or PGPASSFILE)")
            : cause == StorageCause::ReadOnly
                ? QStringLiteral(". Your PostgreSQL role may not do this; ask the team server's "
                                 "administrator")
            : cause == StorageCause::BadInput ? QString()
                                              : QStringLiteral(". Nothing was changed");
        return {cause, QStringLiteral("the team server database %1: %2%3")
                           .arg(path, sqlite.trimmed(), hint)};
    }
    QString message;
    switch (cause) {
    case StorageCause::Locked:
        message = waitedMs >= 0
                      ? QStringLiteral("the database %1 is locked: waited %2 s for another "
                                       "program (an RTCare window, command or scheduled job) "
                                       "to finish writing to it. Nothing was changed; try "
                                       "again when it has finished (RTCARE_LOCK_TIMEOUT sets "
                                       "the wait in seconds)")
                                    .arg(shown, secondsText(waitedMs))
                      : QStringLiteral("the database %1 is locked by another program (an "
                                       "RTCare window, command or scheduled job). Nothing was "
                                       "changed; try again when it has finished")
                                    .arg(shown);
        break;
    case StorageCause::DiskFull:
        message = QStringLiteral("the disk holding %1 is full (%2). Nothing was changed; free "
                                 "some space in %3 and try again")
                      .arg(shown, sqlite, folder);
        break;
    case StorageCause::ReadOnly:
        message = QStringLiteral("the database %1 cannot be written (%2). Nothing was changed; "
                                 "make the file and its folder %3 writable for you (RTCare also "
                                 "writes %1-wal and %1-shm there), or copy it to a writable "
                                 "folder and give that with --db")
                      .arg(shown, sqlite, folder);
        break;
    case StorageCause::CannotOpen:
        message = QStringLiteral("the database %1 cannot be opened (%2). Check that you may read "
                                 "and write the file and its folder %3 (RTCare writes %1-wal "
                                 "and %1-shm beside it), or give another file with --db")
                      .arg(shown, sqlite, folder);
        break;
    case StorageCause::Damaged:
        message = QStringLiteral("the database %1 is damaged (%2). Restore a backup with "
                                 "'rtcare restore BACKUP' (backups are kept beside it as "
                                 "*-backup-*.sqlite and *.v<N>.bak)")
                      .arg(shown, sqlite);
        break;
    case StorageCause::IoError:
        message = QStringLiteral("the disk could not read or write the database %1 (%2). Check "
                                 "the disk; if this repeats, restore a backup with 'rtcare "
                                 "restore BACKUP'")
                      .arg(shown, sqlite);
        break;
    case StorageCause::BadInput:
    case StorageCause::NotRtcare:
    case StorageCause::Newer:
    case StorageCause::Other:
        message = QStringLiteral("%1: %2").arg(shown, sqlite);
        break;
    }
    return {cause, message};
}

} // namespace rtcare
