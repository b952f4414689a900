// SPDX-License-Identifier: MIT
// Reliability of the ticket database under the conditions of issue 12, with the real rtcare
// binary (CTest label "reliability"):
//   [kill]       writers (demo-data, imports, single-ticket updates) killed with SIGKILL at
//                random points; after each: integrity_check, all-or-nothing, no acknowledged
//                ticket lost, report_daily equal to a recount. RTCARE_RELIABILITY_KILLS sets
//                the number of kills (default 20), RTCARE_RELIABILITY_SEED replays a run.
//   [concurrent] four imports, demo-data and a backup at once on a new file all succeed; then
//                writers wait behind a lock held longer than SQLite's old 5 s timeout.
//   [upgrade]    two processes upgrading one old-schema file at once (0 s, 0.1 s and half an
//                upgrade apart): both succeed, one backup, upgraded once.
#include "catch.h"
#include "cli/clirun.h"
#include "olddatabase.h"
#include "rollupcheck.h"

#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <memory>
#include <vector>

using namespace rtcare;
using namespace rtcare::test;

namespace {

int environmentInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

std::unique_ptr<QProcess> startRtcare(const QStringList& arguments, const Environment& extra = {})
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(rtcareEnvironment(extra));
    process->setProcessChannelMode(QProcess::SeparateChannels);
    // RTCARE_TEST_BINARY runs another build (e.g. an older one, to see these tests fail).
    const QString binary = qEnvironmentVariable("RTCARE_TEST_BINARY", QStringLiteral(RTCARE_BINARY));
    process->start(binary, arguments);
    REQUIRE(process->waitForStarted());
    return process;
}

// Waits for a process that must succeed.
void expectSuccess(QProcess& process, const QString& what)
{
    REQUIRE(process.waitForFinished(300000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(what.toStdString() << ": " << err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QString created(int i)
{
    return QStringLiteral("2026-11-%1T%2:%3:00Z")
        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
        .arg(i % 24, 2, 10, QLatin1Char('0'))
        .arg(i % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject ticketLine(const QString& uuid, const QString& name, int i)
{
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("created_at"), created(i)},
            {QStringLiteral("updated_at"), created(i)},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("contact"), QStringLiteral("c%1").arg(i % 53)}}},
            {QStringLiteral("category"), i % 3 == 0 ? QStringLiteral("av_quality")
                                                    : QStringLiteral("network")},
            {QStringLiteral("region"), QStringLiteral("r%1").arg(i % 4)},
            {QStringLiteral("device_model"), QStringLiteral("d%1").arg(i % 6)}};
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// A private connection to the database file, for checking it between runs.
class Checker
{
public:
    explicit Checker(const QString& path)
        : m_name(QStringLiteral("checker-%1").arg(QUuid::createUuid().toString()))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~Checker()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }
    QString text(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db);
        REQUIRE(q.prepare(sql));
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec())
            FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
        return q.next() ? q.value(0).toString() : QString();
    }
    qint64 number(const QString& sql, const QVariantList& values = {})
    {
        return text(sql, values).toLongLong();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void checkSound(Checker& check)
{
    CHECK(check.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(check.number(QStringLiteral("PRAGMA user_version")) == Database::latestSchemaVersion());
    CHECK(rollupMismatches(check.db()) == 0);
    CHECK(recurringMismatches(check.db()) == 0);
}

} // namespace

TEST_CASE("reliability: writers killed at random points leave a sound database", "[kill]")
{
    const int kills = environmentInt("RTCARE_RELIABILITY_KILLS", 20);
    const quint32 seed = quint32(environmentInt(
        "RTCARE_RELIABILITY_SEED", int(QRandomGenerator::system()->bounded(1, 1'000'000))));
    WARN("kill test: " << kills << " kills, RTCARE_RELIABILITY_SEED=" << seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kill.sqlite"));

    struct Batch
    {
        int count = 0;
        QString firstUuid;
        int firstIndex = 0;
    };
    QHash<QString, Batch> committed;            // import batches that are in the database
    QHash<QString, QString> regions;            // updated uuid -> its committed region
    QStringList updatable;                      // first uuids of committed batches
    qint64 expectedTotal = 0;
    int killed = 0;
    int finished = 0;
    int ticketIndex = 0;
    for (int iteration = 1; killed < kills && iteration <= kills * 4; ++iteration) {
        enum class Kind { Import, Demo, Update } kind = Kind::Import;
        const int pick = int(random.bounded(10));
        if (iteration > 1)
            kind = pick < 4 ? Kind::Import : pick < 7 ? Kind::Demo : Kind::Update;
        if (kind == Kind::Update && updatable.isEmpty())
            kind = Kind::Import;

        QStringList arguments{QStringLiteral("--db"), db};
        int count = 0;
        int delayMs = 0;
        QString batch;
        QString updateUuid;
        QString newRegion;
        Batch thisBatch;
        if (kind == Kind::Import) {
            count = 200 + int(random.bounded(1300));
            batch = QStringLiteral("batch%1-").arg(iteration);
            QByteArray content;
            for (int i = 0; i < count; ++i) {
                const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                if (i == 0)
                    thisBatch = {count, uuid, ticketIndex};
                content += jsonLine(ticketLine(uuid, batch + QString::number(i), ticketIndex++));
            }
            const QString file = dir.filePath(QStringLiteral("import-%1.jsonl").arg(iteration));
            writeFile(file, content);
            arguments << QStringLiteral("import") << file;
            delayMs = int(random.bounded(150 + count));
        } else if (kind == Kind::Demo) {
            count = 500 + int(random.bounded(4000));
            arguments << QStringLiteral("demo-data") << QStringLiteral("--tickets")
                      << QString::number(count) << QStringLiteral("--seed")
                      << QString::number(iteration);
            delayMs = int(random.bounded(150 + count / 8));
        } else {
            // A single-ticket update: a later copy of a committed ticket, without its number.
            const QString first = updatable.at(int(random.bounded(qsizetype(updatable.size()))));
            const Batch& owner = [&]() -> const Batch& {
                for (const Batch& b : std::as_const(committed))
                    if (b.firstUuid == first)
                        return b;
                FAIL("no batch for an updatable uuid");
                return committed.begin().value();
            }();
            updateUuid = first;
            newRegion = QStringLiteral("updated-%1").arg(iteration);
            QJsonObject line = ticketLine(first, QStringLiteral("updated"), owner.firstIndex);
            line.insert(QStringLiteral("region"), newRegion);
            line.insert(QStringLiteral("updated_at"),
                        QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)
                            .addSecs(60LL * iteration)
                            .toString(Qt::ISODate));
            const QString file = dir.filePath(QStringLiteral("update-%1.jsonl").arg(iteration));
            writeFile(file, jsonLine(line));
            arguments << QStringLiteral("import") << file;
            delayMs = int(random.bounded(250));
        }

        auto process = startRtcare(arguments);
        const bool done = process->waitForFinished(delayMs);
        bool acknowledged = false;
        if (done) {
            ++finished;
            INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
            REQUIRE(process->exitStatus() == QProcess::NormalExit);
            REQUIRE(process->exitCode() == 0);
            acknowledged = true;
        } else {
            process->kill(); // SIGKILL
            REQUIRE(process->waitForFinished(30000));
            ++killed;
        }

        // A first run killed before the new database was renamed into place leaves none
        // (a database file is created whole or not at all).
        if (!QFileInfo::exists(db)) {
            INFO("iteration " << iteration << ", seed " << seed);
            REQUIRE_FALSE(acknowledged);
            REQUIRE(expectedTotal == 0);
            continue;
        }
        // After every run, killed or not: the file is sound and holds exactly what was
        // acknowledged, plus all or nothing of the run that was killed.
        Checker check(db);
        INFO("iteration " << iteration << ", seed " << seed << ", "
                          << (acknowledged ? "finished" : "killed") << " after " << delayMs
                          << " ms");
        REQUIRE(check.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        const qint64 total = check.number(QStringLiteral("SELECT count(*) FROM tickets"));
        if (kind == Kind::Import) {
            const qint64 present = check.number(
                QStringLiteral("SELECT count(*) FROM tickets WHERE customer_name >= ? AND "
                               "customer_name < ?"),
                {batch, batch + QLatin1Char('~')});
            REQUIRE((present == 0 || present == count));
            if (acknowledged)
                REQUIRE(present == count);
            if (present == count) {
                committed.insert(batch, thisBatch);
                updatable.append(thisBatch.firstUuid);
                expectedTotal += count;
            }
        } else if (kind == Kind::Demo) {
            const qint64 added = total - expectedTotal;
            REQUIRE((added == 0 || added == count));
            if (acknowledged)
                REQUIRE(added == count);
            expectedTotal += added;
        } else {
            // The ticket's region is the new one or the one it had; never anything else.
            const QString region = check.text(
                QStringLiteral("SELECT region FROM tickets WHERE uuid = ?"), {updateUuid});
            QString previous = regions.value(updateUuid);
            if (previous.isEmpty()) {
                for (const Batch& b : std::as_const(committed))
                    if (b.firstUuid == updateUuid)
                        previous = QStringLiteral("r%1").arg(b.firstIndex % 4);
            }
            REQUIRE((region == newRegion || region == previous));
            if (acknowledged)
                REQUIRE(region == newRegion);
            if (region == newRegion)
                regions.insert(updateUuid, newRegion);
        }
        // No acknowledged ticket lost: the total and every committed batch and update.
        REQUIRE(total == expectedTotal);
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            REQUIRE(check.number(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_name "
                                              ">= ? AND customer_name < ?"),
                               {it.key(), it.key() + QLatin1Char('~')})
                  == it.value().count - (regions.contains(it.value().firstUuid) ? 1 : 0));
        }
        for (auto it = regions.cbegin(); it != regions.cend(); ++it)
            REQUIRE(check.text(QStringLiteral("SELECT region FROM tickets WHERE uuid = ?"),
                             {it.key()})
                  == it.value());
        // Updates kept the stored number; every ticket has its audit trail.
        REQUIRE(check.number(QStringLiteral("SELECT count(*) FROM tickets WHERE number = '' OR "
                                          "number IS NULL"))
              == 0);
        REQUIRE(check.number(QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                                          "(SELECT 1 FROM audit a WHERE a.ticket_id = t.id)"))
              == 0);
        REQUIRE(rollupMismatches(check.db()) == 0);
        REQUIRE(recurringMismatches(check.db()) == 0);
    }
    WARN("kill test: " << killed << " writers killed, " << finished << " finished; "
                       << expectedTotal << " tickets");
    CHECK(killed == kills);
    Checker check(db);
    checkSound(check);
}

TEST_CASE("reliability: concurrent writers all succeed", "[concurrent]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite")); // not created yet
    constexpr int kImports = 4;
    constexpr int kPerImport = 1500;
    constexpr int kDemo = 3000;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int n = 0; n < kImports; ++n) {
        QByteArray content;
        for (int i = 0; i < kPerImport; ++i)
            content += jsonLine(ticketLine(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                           QStringLiteral("import%1-%2").arg(n).arg(i),
                                           n * kPerImport + i));
        const QString file = dir.filePath(QStringLiteral("in%1.jsonl").arg(n));
        writeFile(file, content);
        writers.push_back(startRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), file}));
    }
    writers.push_back(startRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                                   QStringLiteral("--tickets"), QString::number(kDemo)}));
    for (std::size_t i = 0; i < writers.size(); ++i)
        expectSuccess(*writers[i], QStringLiteral("writer %1").arg(i));
    // A backup taken while writers run is consistent.
    writers.clear();
    for (int n = 0; n < 2; ++n) {
        const QString file = dir.filePath(QStringLiteral("more%1.jsonl").arg(n));
        QByteArray content;
        for (int i = 0; i < 800; ++i)
            content += jsonLine(ticketLine(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                           QStringLiteral("more%1-%2").arg(n).arg(i), i));
        writeFile(file, content);
        writers.push_back(startRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), file}));
    }
    const QString backup = dir.filePath(QStringLiteral("during.sqlite"));
    writers.push_back(startRtcare({QStringLiteral("--db"), db, QStringLiteral("backup"),
                                   QStringLiteral("--out"), backup}));
    for (std::size_t i = 0; i < writers.size(); ++i)
        expectSuccess(*writers[i], QStringLiteral("second round %1").arg(i));
    {
        Checker check(db);
        CHECK(check.number(QStringLiteral("SELECT count(*) FROM tickets"))
              == kImports * kPerImport + kDemo + 1600);
        checkSound(check);
    }
    {
        Checker copy(backup);
        CHECK(copy.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        const qint64 tickets = copy.number(QStringLiteral("SELECT count(*) FROM tickets"));
        // One instant: each import is in it whole or not at all.
        CHECK((tickets == kImports * kPerImport + kDemo || tickets == kImports * kPerImport + kDemo + 800
               || tickets == kImports * kPerImport + kDemo + 1600));
        CHECK(rollupMismatches(copy.db()) == 0);
    }

    // Writers wait behind a lock held for longer than SQLite's old 5 s timeout.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("lock-holder"));
    {
        holder.setDatabaseName(db);
        REQUIRE(holder.open());
        QSqlQuery begin(holder);
        REQUIRE(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer timer;
        timer.start();
        writers.clear();
        for (int n = 0; n < 3; ++n) {
            const QString file = dir.filePath(QStringLiteral("late%1.jsonl").arg(n));
            QByteArray content;
            for (int i = 0; i < 100; ++i)
                content += jsonLine(ticketLine(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               QStringLiteral("late%1-%2").arg(n).arg(i), i));
            writeFile(file, content);
            writers.push_back(startRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), file}));
        }
        QThread::msleep(6500);
        for (auto& writer : writers)
            CHECK(writer->state() == QProcess::Running); // still waiting, not failed
        REQUIRE(begin.exec(QStringLiteral("COMMIT")));
        for (std::size_t i = 0; i < writers.size(); ++i)
            expectSuccess(*writers[i], QStringLiteral("late writer %1").arg(i));
        CHECK(timer.elapsed() >= 6500);
        holder.close();
    }
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
    Checker check(db);
    CHECK(check.number(QStringLiteral("SELECT count(*) FROM tickets"))
          == kImports * kPerImport + kDemo + 1600 + 300);
    checkSound(check);
}

TEST_CASE("reliability: two upgrades of one old-schema file at once", "[upgrade]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("v4.sqlite"));
    constexpr int kTickets = 30000;
    makeOldDatabase(original, 4, kTickets);

    auto freshCopy = [&](const QString& name) {
        const QString sub = dir.filePath(name);
        REQUIRE(QDir().mkpath(sub));
        const QString path = sub + QStringLiteral("/desk.sqlite");
        REQUIRE(QFile::copy(original, path));
        return path;
    };
    const QStringList list{QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("closed")};

    // One upgrade alone, to know how long one takes.
    const QString solo = freshCopy(QStringLiteral("solo"));
    QElapsedTimer timer;
    timer.start();
    auto alone = startRtcare(QStringList{QStringLiteral("--db"), solo} + list);
    expectSuccess(*alone, QStringLiteral("solo upgrade"));
    const qint64 upgradeMs = timer.elapsed();
    WARN("one upgrade of " << kTickets << " tickets takes " << upgradeMs << " ms");

    for (const qint64 apart : {qint64(0), qint64(100), upgradeMs / 2}) {
        INFO("second process started " << apart << " ms after the first");
        const QString path = freshCopy(QStringLiteral("apart-%1").arg(apart));
        auto first = startRtcare(QStringList{QStringLiteral("--db"), path} + list);
        if (apart > 0)
            QThread::msleep(ulong(apart));
        auto second = startRtcare(QStringList{QStringLiteral("--db"), path} + list);
        expectSuccess(*first, QStringLiteral("first"));
        expectSuccess(*second, QStringLiteral("second"));
        const QDir folder = QFileInfo(path).absoluteDir();
        const QStringList backups = folder.entryList({QStringLiteral("*.bak")}, QDir::Files);
        CHECK(backups == QStringList{QStringLiteral("desk.sqlite.v4.bak")});
        CHECK(folder.entryList({QStringLiteral("*.partial-*"), QStringLiteral("*.new-*")},
                               QDir::Files)
                  .isEmpty());
        const QString backup = path + QStringLiteral(".v4.bak");
        const QFileDevice::Permissions mode = QFileInfo(backup).permissions();
        CHECK_FALSE(mode & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        {
            Checker old(backup);
            CHECK(old.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
            CHECK(old.number(QStringLiteral("PRAGMA user_version")) == 4);
            CHECK(old.number(QStringLiteral("SELECT count(*) FROM tickets")) == kTickets);
        }
        Checker check(path);
        CHECK(check.number(QStringLiteral("SELECT count(*) FROM tickets")) == kTickets);
        checkSound(check);
    }
}
