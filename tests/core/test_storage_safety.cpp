// SPDX-License-Identifier: MIT
// Issue 12, storage half: files RTCare refuses (and leaves untouched), private upgrade
// backups written whole, one backup per upgrade under the lock, writers that wait, typed
// errors for the importer, and the backups API (backup, restore, backupIfDue).
#include "catch.h"
#include "olddatabase.h"
#include "rollupcheck.h"
#include "testsupport.h"

#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"
#include "storage/backups.h"
#include "storage/databasefile.h"
#include "storage/migrations.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <thread>

using namespace rtcare;
using namespace rtcare::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Runs `fn` on a plain connection of its own to `path`.
template <typename Fn>
void withConnection(const QString& path, Fn fn)
{
    dbfile::ScopedConnection connection(path);
    REQUIRE(connection.isOpen());
    fn(connection.db());
}

qint64 scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
    return q.value(0).toLongLong();
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
}

bool ownerOnly(const QString& path)
{
#if defined(Q_OS_UNIX)
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner)
           && !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                     | QFileDevice::WriteOther));
#else
    Q_UNUSED(path);
    return true;
#endif
}

QStringList leftovers(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial-*"), QStringLiteral("*.new-*")},
                                  QDir::Files | QDir::Hidden);
}

std::optional<ImportResult> importText(TempDatabase& t, const QByteArray& text,
                                       StorageError* error)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importTickets(buffer, QStringLiteral("in.jsonl"), *t.repository, error);
}

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

TEST_CASE("storage: files that are not usable databases are refused, named and left untouched",
          "[storage][issue12]")
{
    QTemporaryDir dir;
    StorageError error;
    SECTION("an empty (0-byte) file is not silently made a new database")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.cause == StorageCause::NotRtcare);
        CHECK(error.message.contains(QStringLiteral("empty.sqlite")));
        CHECK(error.message.contains(QStringLiteral("empty file (0 bytes)")));
        CHECK(error.message.contains(QStringLiteral("remove the empty file")));
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a truncated RTCare file is called damaged, not 'not an RTCare database'")
    {
        TempDatabase t;
        for (int i = 0; i < 200; ++i)
            t.create(Category::Network);
        const QString source = t.path();
        t.database.reset();
        const QByteArray whole = readAll(source);
        REQUIRE(whole.size() > 16384);
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        writeFile(path, whole.left(whole.size() / 2));
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.cause == StorageCause::Damaged);
        CHECK(error.message.contains(QStringLiteral("cut.sqlite is damaged")));
        CHECK(error.message.contains(QStringLiteral("rtcare restore")));
        CHECK_FALSE(error.message.contains(QStringLiteral("not an RTCare database")));
        CHECK(readAll(path) == whole.left(whole.size() / 2));
    }
    SECTION("user_version -1 gives a reason")
    {
        const QString path = dir.filePath(QStringLiteral("minus.sqlite"));
        withConnection(path, [](QSqlDatabase& db) {
            exec(db, QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY)"));
            exec(db, QStringLiteral("PRAGMA user_version = -1"));
        });
        const QByteArray before = readAll(path);
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.cause == StorageCause::NotRtcare);
        CHECK(error.message.contains(QStringLiteral("user_version) is -1")));
        CHECK_FALSE(error.message.contains(QStringLiteral("()")));
        CHECK(readAll(path) == before);
    }
    SECTION("an SQLite file without tables")
    {
        const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
        withConnection(path, [](QSqlDatabase& db) { exec(db, QStringLiteral("VACUUM")); });
        REQUIRE(QFileInfo(path).size() > 0);
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.message.contains(QStringLiteral("empty SQLite database")));
    }
    SECTION("a folder")
    {
        CHECK_FALSE(Database::open(dir.path(), &error));
        CHECK(error.message.contains(QStringLiteral("is a folder")));
    }
}

TEST_CASE("storage: a new database appears whole, 0600, with no temporary file left",
          "[storage][issue12]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
    StorageError error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    TicketRepository repository(*database, SlaPolicy::builtIn());
    NewTicket input;
    input.customer.name = QStringLiteral("王芳");
    QString reason;
    REQUIRE(repository.create(input, &reason));
    CHECK(ownerOnly(path));
    CHECK(ownerOnly(path + QStringLiteral("-wal")));
    CHECK(ownerOnly(path + QStringLiteral("-shm")));
    CHECK(leftovers(dir.filePath(QStringLiteral("sub"))).isEmpty());
}

TEST_CASE("storage: a new database never replaces one another process put there meanwhile",
          "[storage][issue12]")
{
    // Two processes opening a missing file both build a new database; the second to finish
    // must leave the first one's file alone (it may already hold tickets), not copy over it.
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.new"));
    const QString target = dir.filePath(QStringLiteral("shared.sqlite"));
    const auto write = [](const QString& path, const QByteArray& content) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    };
    const auto read = [](const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    write(ours, "ours");
    write(target, "theirs, already in use");
    QString reason;
    CHECK(dbfile::placeNewFile(ours, target, &reason) == dbfile::Placement::Taken);
    CHECK(read(target) == "theirs, already in use");
    CHECK(QFileInfo::exists(ours)); // still its creator's to remove

    REQUIRE(QFile::remove(target));
    CHECK(dbfile::placeNewFile(ours, target, &reason) == dbfile::Placement::Placed);
    CHECK(read(target) == "ours");
}

TEST_CASE("storage: an upgrade keeps one private, complete backup and is not repeated",
          "[storage][issue12]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeOldDatabase(path, 4, 2000);
    // A partial backup left by a killed upgrade is cleaned up, never published.
    writeFile(path + QStringLiteral(".v4.bak.partial-abc123"), "half a copy");

    StorageError error;
    int told = 0;
    {
        auto database = Database::open(path, &error, [&told](int, int) { ++told; });
        INFO(error.message.toStdString());
        REQUIRE(database);
    }
    CHECK(told == 1);
    const QString backup = path + QStringLiteral(".v4.bak");
    REQUIRE(QFileInfo::exists(backup));
    CHECK(ownerOnly(backup));
    CHECK(leftovers(dir.path()).isEmpty());
    withConnection(backup, [](QSqlDatabase& db) {
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")) == 4);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")) == 2000);
    });
    const QDateTime backupTime = QFileInfo(backup).lastModified();
    const QByteArray backupBytes = readAll(backup);

    // Opened again: already upgraded, so no second backup and no upgrade notice.
    auto again = Database::open(path, &error, [&told](int, int) { ++told; });
    REQUIRE(again);
    CHECK(told == 1);
    CHECK(readAll(backup) == backupBytes);
    CHECK(QFileInfo(backup).lastModified() == backupTime);
    QSqlDatabase db = again->connection();
    CHECK(rollupMismatches(db) == 0);
}

TEST_CASE("storage: two upgrades of one old file at once upgrade it once", "[storage][issue12]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.sqlite"));
    makeOldDatabase(path, 4, 20000);

    std::atomic<int> upgrades{0};
    std::atomic<int> opened{0};
    QStringList errors;
    QMutex mutex;
    auto open = [&] {
        StorageError error;
        {
            auto database = Database::open(path, &error, [&](int, int) { ++upgrades; });
            if (database) {
                ++opened;
                database->closeThreadConnection();
            } else {
                const QMutexLocker lock(&mutex);
                errors.append(error.message);
            }
        }
    };
    std::thread first(open);
    std::thread second(open);
    first.join();
    second.join();
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(opened == 2);
    CHECK(upgrades == 1);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size() == 1);
    CHECK(leftovers(dir.path()).isEmpty());
    withConnection(path, [](QSqlDatabase& db) {
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")) == Database::latestSchemaVersion());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")) == 20000);
        CHECK(rollupMismatches(db) == 0);
    });
}

TEST_CASE("storage: a writer waits for another's lock, retrying when SQLite is busy at once",
          "[storage][issue12]")
{
    TempDatabase t;
    CHECK(lockWaitMilliseconds() >= 1000);
    // Another connection holds the write lock for a while, then commits.
    std::atomic<bool> locked{false};
    std::thread holder([&] {
        dbfile::ScopedConnection other(t.path());
        QSqlQuery q(other.db());
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        locked = true;
        QThread::msleep(800);
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    });
    while (!locked)
        QThread::msleep(5);

    SECTION("through the busy handler (a ticket is created once the lock is free)")
    {
        QElapsedTimer timer;
        timer.start();
        NewTicket input;
        input.customer.name = QStringLiteral("李娜");
        QString error;
        CHECK(t.repository->create(input, &error));
        INFO(error.toStdString());
        CHECK(timer.elapsed() >= 500);
    }
    SECTION("through the retry, on a connection without a busy handler")
    {
        dbfile::ScopedConnection impatient(t.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QElapsedTimer timer;
        timer.start();
        StorageError error;
        const bool began = beginWrite(impatient.db(), &error);
        INFO(error.message.toStdString());
        CHECK(began);
        CHECK(timer.elapsed() >= 500);
        QSqlQuery(impatient.db()).exec(QStringLiteral("ROLLBACK"));
    }
    holder.join();
}

TEST_CASE("import: typed errors say whose fault a failure is", "[storage][import][issue12]")
{
    TempDatabase t;
    const Ticket first = t.create(Category::Network);
    const Ticket second = t.create(Category::Network);
    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    QString reason;
    REQUIRE(exportTickets(*t.database, exported, &reason) == 2);
    const QList<QByteArray> lines = exported.data().trimmed().split('\n');
    QJsonObject one = QJsonDocument::fromJson(lines.at(0)).object();
    REQUIRE(one.value(QStringLiteral("uuid")).toString() == first.uuid);
    StorageError error;

    SECTION("an update without a number keeps the stored number")
    {
        one.remove(QStringLiteral("number"));
        one.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-24T12:00:00Z"));
        one.insert(QStringLiteral("region"), QStringLiteral("浙江 杭州"));
        const auto result = importText(t, line(one), &error);
        INFO(error.message.toStdString());
        REQUIRE(result);
        CHECK(result->updated == 1);
        const auto stored = t.repository->find(first.id);
        CHECK(stored->number == first.number);
        CHECK(stored->region == QStringLiteral("浙江 杭州"));
    }
    SECTION("an update carrying another ticket's number is a file:line: number: message")
    {
        one.insert(QStringLiteral("number"), second.number);
        one.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-24T12:00:00Z"));
        CHECK_FALSE(importText(t, "\n" + line(one), &error));
        CHECK(error.cause == StorageCause::BadInput);
        CHECK(error.message.startsWith(
            QStringLiteral("in.jsonl:2: number: %1 already belongs").arg(second.number)));
        CHECK(error.message.contains(second.uuid));
        CHECK_FALSE(error.message.contains(QStringLiteral("UNIQUE")));
        CHECK(t.repository->find(first.id)->number == first.number);
    }
    SECTION("a bad line is bad input")
    {
        CHECK_FALSE(importText(t, "{\"oops\n", &error));
        CHECK(error.cause == StorageCause::BadInput);
    }
    SECTION("a full disk is a failure with a message naming the file, and nothing is imported")
    {
        QSqlDatabase db = t.database->connection();
        const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
        exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
        QByteArray many;
        for (int i = 0; i < 400; ++i) {
            many += line({{QStringLiteral("created_at"), QStringLiteral("2026-11-20T10:00:00Z")},
                          {QStringLiteral("customer"),
                           QJsonObject{{QStringLiteral("name"), QString(200, QChar(u'名'))}}},
                          {QStringLiteral("category"), QStringLiteral("network")}});
        }
        CHECK_FALSE(importText(t, many, &error));
        CHECK(error.cause != StorageCause::BadInput);
        CHECK(error.message.contains(QStringLiteral("full")));
        CHECK(error.message.contains(t.path()));
        exec(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")) == 2);
    }
}

TEST_CASE("backups: an online backup is consistent, private and complete", "[storage][backup]")
{
    TempDatabase t;
    for (int i = 0; i < 300; ++i)
        t.create(Category::Network);
    // Another connection keeps writing while the backup runs.
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        {
            const auto database = Database::open(t.path(), static_cast<QString*>(nullptr));
            TicketRepository repository(*database, SlaPolicy::builtIn());
            NewTicket input;
            input.customer.name = QStringLiteral("并发");
            QString error;
            while (!stop && written < 5000) {
                if (repository.create(input, &error))
                    ++written;
            }
            database->closeThreadConnection();
        }
    });
    QThread::msleep(50);
    const QString target = t.dir.filePath(QStringLiteral("copy.sqlite"));
    StorageError error;
    const auto result = backups::backupDatabase(t.path(), target, &error);
    stop = true;
    writer.join();
    INFO(error.message.toStdString());
    REQUIRE(result);
    CHECK(ownerOnly(target));
    CHECK(leftovers(t.dir.path()).isEmpty());
    CHECK(result->tickets >= 300);
    withConnection(target, [&](QSqlDatabase& db) {
        QSqlQuery check(db);
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        check.finish();
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")) == result->tickets);
        // One instant: every ticket has its audit row, and the rollup matches.
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'create'"))
              == result->tickets);
        CHECK(rollupMismatches(db) == 0);
    });

    SECTION("not over the database itself")
    {
        CHECK_FALSE(backups::backupDatabase(t.path(), t.path(), &error));
        CHECK(error.cause == StorageCause::BadInput);
    }
    SECTION("not from a file that is not there")
    {
        CHECK_FALSE(backups::backupDatabase(t.dir.filePath(QStringLiteral("none.sqlite")),
                                            target, &error));
        CHECK(error.message.contains(QStringLiteral("does not exist")));
    }
}

TEST_CASE("backups: backupIfDue makes one a day and keeps the newest N", "[storage][backup]")
{
    TempDatabase t;
    t.create(Category::Network);
    const QString folder = t.dir.filePath(QStringLiteral("auto"));
    const QDateTime day1 = utc("2026-11-20T09:00:00Z");
    StorageError error;

    auto due = [&](const QDateTime& now, int keep) {
        const auto result = backups::backupIfDue(t.path(), folder, keep, now, &error);
        INFO(error.message.toStdString());
        REQUIRE(result);
        return *result;
    };
    auto first = due(day1, 3);
    CHECK(first.made);
    CHECK(QFileInfo(first.file).fileName() == QStringLiteral("tickets-backup-20261120-090000.sqlite"));
    CHECK(ownerOnly(first.file));
    CHECK_FALSE(due(day1.addSecs(3600), 3).made);          // an hour later: not due
    CHECK_FALSE(due(day1.addSecs(23 * 3600), 3).made);     // 23 h later: not due
    CHECK(due(day1.addSecs(24 * 3600), 3).made);           // a day later: due
    CHECK(due(day1.addDays(2), 3).made);
    const auto fourth = due(day1.addDays(3), 3);
    CHECK(fourth.made);
    CHECK(fourth.removed.size() == 1); // the oldest of four
    CHECK(backups::listBackups(t.path(), folder).size() == 3);
    CHECK_FALSE(QFileInfo::exists(first.file));
    // Fewer kept: the older ones go, even when no backup is due.
    const auto trimmed = due(day1.addDays(3).addSecs(60), 1);
    CHECK_FALSE(trimmed.made);
    CHECK(trimmed.removed.size() == 2);
    // Files of other databases or other names are never touched.
    writeFile(QDir(folder).filePath(QStringLiteral("other-backup-20200101-000000.sqlite")), "x");
    writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "x");
    (void)due(day1.addDays(9), 1);
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("other-backup-20200101-000000.sqlite"))));
    // A clock set back: a backup "from the future" does not stop today's.
    QTemporaryDir other;
    const QString folder2 = other.filePath(QStringLiteral("b"));
    REQUIRE(backups::backupIfDue(t.path(), folder2, 5, day1.addDays(30), &error));
    const auto back = backups::backupIfDue(t.path(), folder2, 5, day1, &error);
    REQUIRE(back);
    CHECK(back->made);
}

TEST_CASE("backups: restore checks the backup, keeps the current file aside, and replaces the "
          "tickets in one transaction",
          "[storage][restore]")
{
    TempDatabase t;
    const Ticket kept = t.create(Category::Network, QStringLiteral("备份前"));
    const QString backup = t.dir.filePath(QStringLiteral("b.sqlite"));
    StorageError error;
    REQUIRE(backups::backupDatabase(t.path(), backup, &error));
    const Ticket later = t.create(Category::Network, QStringLiteral("备份后"));
    const QDateTime now = utc("2026-11-24T10:00:00Z");

    SECTION("a good backup")
    {
        const auto result = backups::restoreDatabase(t.path(), backup, now, &error);
        INFO(error.message.toStdString());
        REQUIRE(result);
        CHECK(result->tickets == 1);
        CHECK(result->keptAside == t.path() + QStringLiteral(".before-restore-20261124-100000"));
        CHECK(ownerOnly(result->keptAside));
        // The open Database sees the restored tickets.
        CHECK(t.repository->findByNumber(kept.number));
        CHECK_FALSE(t.repository->findByUuid(later.uuid));
        QSqlDatabase db = t.database->connection();
        CHECK(rollupMismatches(db) == 0);
        withConnection(result->keptAside, [&](QSqlDatabase& aside) {
            CHECK(scalar(aside, QStringLiteral("SELECT count(*) FROM tickets")) == 2);
        });
        // New tickets can be written after a restore.
        t.create(Category::Network);
        // A second restore within the same second keeps its own copy aside.
        const auto again = backups::restoreDatabase(t.path(), backup, now, &error);
        REQUIRE(again);
        CHECK(again->keptAside == result->keptAside + QStringLiteral("-2"));
        CHECK(QFileInfo::exists(result->keptAside));
    }
    SECTION("a backup from a newer RTCare is refused, nothing changes")
    {
        withConnection(backup, [](QSqlDatabase& db) {
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        });
        CHECK_FALSE(backups::restoreDatabase(t.path(), backup, now, &error));
        CHECK(error.cause == StorageCause::BadInput);
        CHECK(error.message.contains(QStringLiteral("newer RTCare")));
        CHECK(t.repository->findByUuid(later.uuid));
        CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".before-restore-20261124-100000")));
    }
    SECTION("a backup that fails the integrity check is refused")
    {
        // Every page after the first (the schema) gets an invalid b-tree page type.
        QByteArray bytes = readAll(backup);
        REQUIRE(bytes.size() >= 4 * 4096);
        for (qsizetype page = 4096; page < bytes.size(); page += 4096)
            bytes[page] = char(0x5a);
        writeFile(backup, bytes);
        CHECK_FALSE(backups::restoreDatabase(t.path(), backup, now, &error));
        INFO(error.message.toStdString());
        CHECK(error.cause == StorageCause::BadInput);
        CHECK(t.repository->findByUuid(later.uuid));
    }
    SECTION("an older RTCare's backup is restored and upgraded")
    {
        const QString old = t.dir.filePath(QStringLiteral("old.sqlite"));
        makeOldDatabase(old, 3, 50);
        const auto result = backups::restoreDatabase(t.path(), old, now, &error);
        INFO(error.message.toStdString());
        REQUIRE(result);
        CHECK(result->backupVersion == 3);
        CHECK(result->tickets == 50);
        QSqlDatabase db = t.database->connection();
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")) == Database::latestSchemaVersion());
        CHECK(rollupMismatches(db) == 0);
        CHECK(recurringMismatches(db) == 0);
    }
    SECTION("a damaged current file is moved aside as it is")
    {
        t.database.reset();
        const QString damaged = t.dir.filePath(QStringLiteral("damaged.sqlite"));
        withConnection(damaged, [](QSqlDatabase& db) { exec(db, QStringLiteral("VACUUM")); });
        QByteArray bytes = readAll(t.path());
        writeFile(damaged, bytes.left(bytes.size() / 2 + 1)); // cut short
        const auto result = backups::restoreDatabase(damaged, backup, now, &error);
        INFO(error.message.toStdString());
        REQUIRE(result);
        CHECK(result->replacedDamaged);
        CHECK(readAll(result->keptAside) == bytes.left(bytes.size() / 2 + 1));
        auto reopened = Database::open(damaged, &error);
        REQUIRE(reopened);
    }
}
