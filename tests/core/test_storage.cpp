// SPDX-License-Identifier: MIT
#include "catch.h"
#include "testsupport.h"

#include "storage/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rtcare;
using rtcare::test::TempDatabase;

namespace {

// Runs `fn` on a plain QtSql connection to `path` (not through Database).
template <typename Fn>
void withRawConnection(const QString& path, Fn fn)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

int userVersion(const QString& path)
{
    int version = -1;
    withRawConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        version = q.value(0).toInt();
    });
    return version;
}

} // namespace

TEST_CASE("a new database gets the latest schema, WAL and owner-only permissions")
{
    TempDatabase t;
    CHECK(t.database->schemaVersion() == Database::latestSchemaVersion());
    CHECK(userVersion(t.path()) == Database::latestSchemaVersion());
    QSqlQuery q(t.database->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
#if defined(Q_OS_UNIX)
    const QFileDevice::Permissions permissions = QFileInfo(t.path()).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
#endif
}

TEST_CASE("an older schema is migrated, keeping its tickets and a backup of the old file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // Build a version-1 file with one ticket, as an earlier RTCare would have left it.
    withRawConnection(path, [](QSqlDatabase& db) {
        QString error;
        REQUIRE(migrateSchema(db, &error, 1));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO tickets (uuid, number, created_at, updated_at, customer_name, channel, "
            "category, priority, status, first_response_due, first_response_risk_at, "
            "queue_rank, queue_key) VALUES ('0b5c9f0e-1111-4a4a-9a9a-000000000001', "
            "'RTC-20261001-0001', 1790000000, 1790000000, '王芳', 'chat', 'network', 'high', "
            "'new', 1790000900, 1790000675, 0, 1790000900)")));
    });
    REQUIRE(userVersion(path) == 1);

    QString error;
    QList<std::pair<int, int>> told;
    auto database = Database::open(path, &error, [&told](int from, int to) { told.append({from, to}); });
    REQUIRE(database);
    CHECK(database->schemaVersion() == Database::latestSchemaVersion());
    CHECK(userVersion(path) == Database::latestSchemaVersion());
    // The window is told once, before the upgrade, so it can say why it waits.
    CHECK(told == QList<std::pair<int, int>>{{1, Database::latestSchemaVersion()}});
    TicketRepository repository(*database, SlaPolicy::builtIn());
    const auto ticket = repository.findByNumber(QStringLiteral("RTC-20261001-0001"));
    REQUIRE(ticket);
    CHECK(ticket->customer.name == QStringLiteral("王芳"));

    const QString backup = path + QStringLiteral(".v1.bak");
    REQUIRE(QFileInfo::exists(backup));
    CHECK(userVersion(backup) == 1);
}

TEST_CASE("an upgrade whose steps are the team server's only moves the version, without a copy")
{
    const int latest = Database::latestSchemaVersion();
    REQUIRE(schemaStepsChangeData(sqldialect::Engine::PostgreSQL, latest - 1, latest));
    REQUIRE_FALSE(schemaStepsChangeData(sqldialect::Engine::SQLite, latest - 1, latest));
    CHECK(schemaStepsChangeData(sqldialect::Engine::SQLite, 0, latest));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recent.sqlite"));
    withRawConnection(path, [&](QSqlDatabase& db) {
        QString error;
        REQUIRE(migrateSchema(db, &error, latest - 1));
    });
    REQUIRE(userVersion(path) == latest - 1);
    QString error;
    bool told = false;
    auto database = Database::open(path, &error, [&told](int, int) { told = true; });
    REQUIRE(database);
    CHECK(userVersion(path) == latest);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(latest - 1)));
    // Instant: the window does not say it is upgrading, nor that a copy is kept.
    CHECK_FALSE(told);
}

TEST_CASE("a database from a newer RTCare is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int future = Database::latestSchemaVersion() + 1;
    withRawConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    });
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QString error;
    CHECK_FALSE(Database::open(path, &error));
    CHECK(error.contains(QStringLiteral("newer RTCare")));
    CHECK(error.contains(QString::number(future)));
    CHECK(error.contains(QStringLiteral("not changed")));

    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK(userVersion(path) == future);
}

TEST_CASE("files that are not RTCare databases are refused with a clear message")
{
    QTemporaryDir dir;
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        QString error;
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("garbage.sqlite")));
        CHECK(error.contains(QStringLiteral("not an RTCare database")));
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        withRawConnection(path, [](QSqlDatabase& db) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        });
        QString error;
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("another program")));
    }
}

TEST_CASE("migrations run in one transaction: a failing step leaves the file as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial.sqlite"));
    withRawConnection(path, [](QSqlDatabase& db) {
        QString error;
        REQUIRE(migrateSchema(db, &error, 1));
        // Make step 2 fail half-way: one of its indexes already exists under that name.
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE INDEX tickets_device ON tickets(os)")));
        CHECK_FALSE(migrateSchema(db, &error));
        CHECK(error.contains(QStringLiteral("schema step 2")));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'tickets_contact'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0); // step 2's first index was rolled back
    });
    CHECK(userVersion(path) == 1);
}
