// SPDX-License-Identifier: MIT
// Issue 12 from the command line: exit codes and messages for a locked, full, read-only or
// unusable database, and `rtcare backup` / `rtcare restore`.
#include "catch.h"
#include "clidisk.h"
#include "clirun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

using rtcare::test::runRtcare;
using Run = rtcare::test::CliRun;
using rtcare::test::Tmpfs;

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QByteArray tickets(int count, const QString& name)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral(R"({"created_at":"2026-11-2%1T10:00:00Z","customer":{"name":"%2-%3"},"category":"network"})")
                   .arg(i % 8)
                   .arg(name)
                   .arg(i)
                   .toUtf8()
               + '\n';
    return out;
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                  | QFileDevice::WriteOther));
}

int ticketCount(const QString& db)
{
    const Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list"),
                               QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return int(QJsonDocument::fromJson(run.out).array().size());
}

} // namespace

TEST_CASE("cli storage: an empty --db file is refused and left as it is", "[cli][issue12]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(db, {});
    const Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(db + QStringLiteral(" is an empty file (0 bytes)")));
    CHECK(run.err.contains(QStringLiteral("remove the empty file")));
    CHECK(QFileInfo(db).size() == 0);
}

TEST_CASE("cli storage: a stuck lock is exit 1 naming the file and the time waited",
          "[cli][issue12]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("locked.sqlite"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")}).exitCode == 0);
    const QString input = dir.filePath(QStringLiteral("in.jsonl"));
    writeFile(input, tickets(3, QStringLiteral("lock")));
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("holder"));
        holder.setDatabaseName(db);
        REQUIRE(holder.open());
        QSqlQuery begin(holder);
        REQUIRE(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer timer;
        timer.start();
        const Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), input},
                                  {}, {{QStringLiteral("RTCARE_LOCK_TIMEOUT"), QStringLiteral("2")}});
        CHECK(timer.elapsed() >= 2000);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(db + QStringLiteral(" is locked: waited 2")));
        CHECK(run.err.contains(QStringLiteral("nothing was imported")));
        begin.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    // The same file imports once the lock is free.
    CHECK(runRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), input}).exitCode == 0);
}

TEST_CASE("cli storage: a full disk is exit 1 and leaves no partial file", "[cli][issue12]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                       QStringLiteral("--tickets"), QStringLiteral("1500")})
                .exitCode
            == 0);
    const qint64 size = QFileInfo(db).size();
    Tmpfs disk(dir.filePath(QStringLiteral("disk")), QString::number(size + 64 * 1024));
    if (!disk.mounted)
        return;
    const QString full = disk.dir + QStringLiteral("/full.sqlite");
    REQUIRE(QFile::copy(db, full));
    const QString input = dir.filePath(QStringLiteral("big.jsonl"));
    writeFile(input, tickets(3000, QStringLiteral("full")));

    const Run import = runRtcare({QStringLiteral("--db"), full, QStringLiteral("import"), input});
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("is full")));
    CHECK(import.err.contains(full));
    CHECK(ticketCount(full) == 1500);

    const QString backup = disk.dir + QStringLiteral("/copy.sqlite");
    const Run copy = runRtcare({QStringLiteral("--db"), full, QStringLiteral("backup"),
                                QStringLiteral("--out"), backup});
    CHECK(copy.exitCode == 1);
    CHECK(copy.err.contains(QStringLiteral("full")));
    CHECK_FALSE(QFileInfo::exists(backup));
    CHECK(QDir(disk.dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files).isEmpty());
}

TEST_CASE("cli storage: a read-only folder is said to be read-only, not 'not an RTCare "
          "database'",
          "[cli][issue12]")
{
    QTemporaryDir dir;
    Tmpfs folder(dir.filePath(QStringLiteral("ro")), QStringLiteral("4m"));
    if (!folder.mounted)
        return;
    const QString db = folder.dir + QStringLiteral("/t.sqlite");
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                       QStringLiteral("--tickets"), QStringLiteral("20")})
                .exitCode
            == 0);
    REQUIRE(folder.remountReadOnly());
    const Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("is read-only")));
    CHECK(run.err.contains(QStringLiteral("t.sqlite-wal")));
    CHECK_FALSE(run.err.contains(QStringLiteral("not an RTCare database")));
}

TEST_CASE("cli storage: a read-only database file makes import exit 1", "[cli][issue12]")
{
#if defined(Q_OS_LINUX)
    // root writes read-only files anyway: run rtcare as nobody (setpriv) when root.
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (root && setpriv.isEmpty()) {
        WARN("not checked: running as root without setpriv");
        return;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ro.sqlite"));
    const QString input = dir.filePath(QStringLiteral("in.jsonl"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")}).exitCode == 0);
    writeFile(input, tickets(2, QStringLiteral("ro")));
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
    QFile::setPermissions(input, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    Run run;
    if (root) {
        REQUIRE(QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("-R"), QStringLiteral("65534"), dir.path()})
                == 0);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("cfg")));
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.remove(QStringLiteral("RTCARE_DB"));
        process.setProcessEnvironment(environment);
        process.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral(RTCARE_BINARY),
                                QStringLiteral("--db"), db, QStringLiteral("import"), input});
        REQUIRE(process.waitForFinished(60000));
        run = {process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
    } else {
        run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), input});
    }
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(db + QStringLiteral(" cannot be written")));
#endif
}

TEST_CASE("cli storage: backup and restore", "[cli][backup][issue12]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                       QStringLiteral("--tickets"), QStringLiteral("200")})
                .exitCode
            == 0);

    // Default name: beside the database, with the time.
    Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("backup"),
                         QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    const QString backup = result.value(QStringLiteral("backup")).toString();
    CHECK(result.value(QStringLiteral("tickets")).toInt() == 200);
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(db).absolutePath());
    CHECK(QFileInfo(backup).fileName().startsWith(QStringLiteral("desk-backup-")));
    CHECK(ownerOnly(backup));

    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                       QStringLiteral("--tickets"), QStringLiteral("50"), QStringLiteral("--seed"),
                       QStringLiteral("7")})
                .exitCode
            == 0);
    REQUIRE(ticketCount(db) == 250);
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("Restored 200 ticket(s)"));
    CHECK(ticketCount(db) == 200);
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("desk.sqlite.before-restore-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(ownerOnly(dir.filePath(aside.constFirst())));
    CHECK(ticketCount(dir.filePath(aside.constFirst())) == 250);
    // The restored file's search index is the backup's: the same words find the same tickets.
    for (const QString& word : {QStringLiteral("卡顿"), QStringLiteral("echo")}) {
        const Run inBackup = runRtcare({QStringLiteral("--db"), backup, QStringLiteral("search"),
                                        QStringLiteral("--limit"), QStringLiteral("500"), word});
        const Run restored = runRtcare({QStringLiteral("--db"), db, QStringLiteral("search"),
                                        QStringLiteral("--limit"), QStringLiteral("500"), word});
        REQUIRE(restored.exitCode == 0);
        CHECK_FALSE(restored.out.isEmpty());
        CHECK(restored.out == inBackup.out);
    }

    // Bad backups are bad input (2) and change nothing.
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    writeFile(garbage, QByteArray(8192, 'x'));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("restore"), garbage});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(run.err.contains(QStringLiteral("nothing was restored")));

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(backup, newer));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newer);
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("restore"), newer});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("newer RTCare")));
    CHECK(ticketCount(db) == 200);

    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), db});
    CHECK(run.exitCode == 2);
}
