// SPDX-License-Identifier: MIT
#include "storagecommands.h"

#include "clioutput.h"
#include "commands.h"
#include "subcommand.h"

#include "storage/backups.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::cli {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

int exitCodeFor(const StorageError& error)
{
    return error.isBadInput() ? BadInput : Failure;
}

int backupCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("Write the backup to FILE (replaced only when the copy is complete). "
                       "Default: <database name>-backup-<UTC time>.sqlite beside the database."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the result as JSON."));
    parser.addOptions({outOption, jsonOption});
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Writes a consistent copy of the ticket database, readable only by "
                           "you (0600), while the window or other commands may go on writing "
                           "to it. Restore it with 'rtcare restore FILE'."),
            0, 0);
        stop >= 0)
        return stop;
    const QString database = resolveDatabasePath(globals);
    const QString target =
        parser.isSet(outOption)
            ? parser.value(outOption)
            : backups::backupPath(database, QFileInfo(database).absolutePath(),
                                  QDateTime::currentDateTimeUtc());
    StorageError error;
    const std::optional<backups::BackupResult> result =
        backups::backupDatabase(database, target, &error);
    if (!result)
        return fail(exitCodeFor(error), QStringLiteral("backup: %1").arg(error.message));
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("database"), QFileInfo(database).absoluteFilePath()},
                                      {QStringLiteral("backup"), result->file},
                                      {QStringLiteral("tickets"), result->tickets},
                                      {QStringLiteral("bytes"), result->bytes}})
                .toJson(QJsonDocument::Compact)
            + '\n'));
    } else {
        printOut(QStringLiteral("Backed up %1 ticket(s) from %2 to %3 (%4 MB).\n")
                     .arg(result->tickets)
                     .arg(shown(database), shown(result->file), megabytes(result->bytes)));
    }
    return Success;
}

int restoreCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the result as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A backup: from 'rtcare backup', the daily "
                                                "automatic backup or an upgrade (*.v<N>.bak)."));
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Replaces the tickets in the database with those of a backup. The "
                           "backup is checked first (SQLite integrity check, an RTCare schema "
                           "this version reads); the database as it was is kept beside it as "
                           "<database>.before-restore-<UTC time>. A window or job that has the "
                           "database open sees the restored tickets; restart the window to "
                           "refresh every view."),
            1, 1);
        stop >= 0)
        return stop;
    const QString database = resolveDatabasePath(globals);
    const QString backup = parser.positionalArguments().constFirst();
    StorageError error;
    const std::optional<backups::RestoreResult> result =
        backups::restoreDatabase(database, backup, QDateTime::currentDateTimeUtc(), &error);
    if (!result)
        return fail(exitCodeFor(error), QStringLiteral("restore: %1").arg(error.message));
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("database"), QFileInfo(database).absoluteFilePath()},
                            {QStringLiteral("backup"), QFileInfo(backup).absoluteFilePath()},
                            {QStringLiteral("tickets"), result->tickets},
                            {QStringLiteral("backup_schema_version"), result->backupVersion},
                            {QStringLiteral("kept_aside"), result->keptAside},
                            {QStringLiteral("replaced_damaged"), result->replacedDamaged}})
                .toJson(QJsonDocument::Compact)
            + '\n'));
        return Success;
    }
    QString text = QStringLiteral("Restored %1 ticket(s) from %2 into %3.\n")
                       .arg(result->tickets)
                       .arg(shown(backup), shown(database));
    if (result->replacedDamaged)
        text += QStringLiteral("The damaged database was moved aside as it was, to %1.\n")
                    .arg(shown(result->keptAside));
    else if (!result->keptAside.isEmpty())
        text += QStringLiteral("The database as it was is kept at %1.\n")
                    .arg(shown(result->keptAside));
    printOut(text);
    return Success;
}

} // namespace rtcare::cli
