// SPDX-License-Identifier: MIT
#include "teamserver.h"

#include "benchsupport.h"

#include "demo/demodata.h"
#include "sla/policy.h"
#include "storage/databaselocation.h"
#include "storage/searchindex.h"
#include "storage/serverdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

namespace rtcare::bench {

bool Cluster::start()
{
    if (!m_state.isValid())
        return false;
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(QStringLiteral("bash"), {m_script, QStringLiteral("start"), m_state.path()});
    if (!script.waitForFinished(180000) || script.exitCode() != 0)
        return false;
    QFile url(m_state.filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        return false; // "SKIPPED": no server installed
    m_url = QString::fromUtf8(url.readAll()).trimmed();
    return !m_url.isEmpty();
}

Cluster::~Cluster()
{
    if (m_url.isEmpty())
        return;
    QProcess script;
    script.start(QStringLiteral("bash"), {m_script, QStringLiteral("stop"), m_state.path()});
    script.waitForFinished(60000);
}

// `url` with another database name, or another user.
QString withDatabase(QString url, const QString& database)
{
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    const qsizetype slash = url.lastIndexOf(QLatin1Char('/'), query < 0 ? -1 : query);
    url.replace(slash + 1, (query < 0 ? url.size() : query) - slash - 1, database);
    return url;
}

QString withUser(QString url, const QString& user)
{
    const qsizetype scheme = url.indexOf(QStringLiteral("://")) + 3;
    const qsizetype at = url.indexOf(QLatin1Char('@'), scheme);
    const qsizetype slash = url.indexOf(QLatin1Char('/'), scheme);
    if (at >= 0 && (slash < 0 || at < slash))
        url.replace(scheme, at - scheme, user);
    else
        url.insert(scheme, user + QLatin1Char('@'));
    return url;
}

Admin::Admin(const QString& url)
{
    QString error;
    const auto location = DatabaseLocation::parse(url, &error);
    if (location && location->server)
        m_db = openServerConnection(QStringLiteral("bench-admin"), *location->server);
}

Admin::~Admin()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
}

bool Admin::exec(const QString& sql, QString* error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

qint64 Admin::scalar(const QString& sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QSqlQuery Admin::query(const QString& sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        report(QStringLiteral("query failed: %1: %2").arg(sql, q.lastError().text()));
    return q;
}

// The server to use: --db, or a database on a new throwaway cluster.
QString serverUrl(Cluster& cluster, const QString& database)
{
    const QString given = option(QStringLiteral("db"), QString());
    if (!given.isEmpty())
        return given;
    if (!cluster.start()) {
        report(QStringLiteral("no PostgreSQL server: install it (installer/install-deps.sh) or "
                              "give --db postgresql://ADMIN@HOST/EMPTY_DB"));
        return {};
    }
    Admin admin(cluster.url());
    QString error;
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(database), &error)) {
        report(QStringLiteral("cannot create the database: %1").arg(error));
        return {};
    }
    return withDatabase(cluster.url(), database);
}

bool fillServer(const Database& database, const QString& url, qint64 wanted, QString* error)
{
    qint64 have = 0;
    {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next())
            have = q.value(0).toLongLong();
    }
    if (have < wanted) {
        // First `--demo` tickets through the `rtcare demo-data` path (generateDemoTickets, in
        // chunks so each transaction stays moderate), spread over a year as a million would be.
        QElapsedTimer timer;
        timer.start();
        const qint64 demo = std::min<qint64>(
            wanted, option(QStringLiteral("demo"), QStringLiteral("50000")).toLongLong());
        constexpr int kChunk = 100'000;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qint64 done = have; done < demo; done += kChunk) {
            DemoOptions options;
            options.count = int(std::min<qint64>(kChunk, demo - done));
            options.seed = 42;
            options.now = now;
            options.spanDays = 365;
            if (!generateDemoTickets(database, SlaPolicy::builtIn(), options, error)) {
                *error = QStringLiteral("demo-data: %1").arg(*error);
                return false;
            }
            report(QStringLiteral("demo-data: %1 tickets, %2 s")
                       .arg(done + options.count)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 0));
        }
        // The rest as copies of those (INSERT … SELECT on the server, a new uuid and number
        // each; same times, statuses and texts, so the same share is open), written with the
        // server's triggers off: the report rollup and the audit trail do not count the copies.
        Admin admin(url);
        QStringList columns, values;
        {
            QSqlQuery q = admin.query(QStringLiteral(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'tickets' "
                "AND column_name <> 'id' AND is_generated = 'NEVER' ORDER BY ordinal_position"));
            while (q.next()) {
                const QString column = q.value(0).toString();
                columns << column;
                values << (column == QLatin1String("uuid")
                               ? QStringLiteral("gen_random_uuid()::text")
                           : column == QLatin1String("number")
                               ? QStringLiteral("substr(number, 1, 13) || CAST(CAST(substr(number, "
                                                "14) AS INTEGER) + %1 AS TEXT)")
                               : column);
            }
        }
        const qint64 base = admin.scalar(QStringLiteral("SELECT count(*) FROM tickets"));
        for (int copy = 1;
             base > 0 && admin.scalar(QStringLiteral("SELECT count(*) FROM tickets")) < wanted;
             ++copy) {
            const qint64 left =
                wanted - admin.scalar(QStringLiteral("SELECT count(*) FROM tickets"));
            if (!admin.exec(QStringLiteral("SET session_replication_role = replica"), error) ||
                !admin.exec(QStringLiteral("INSERT INTO tickets (%1) SELECT %2 FROM (SELECT * "
                                           "FROM tickets WHERE id <= (SELECT min(id) + %3 - 1 "
                                           "FROM tickets) ORDER BY id LIMIT %4) AS t")
                                .arg(columns.join(QStringLiteral(", ")),
                                     values.join(QStringLiteral(", ")).arg(qint64(copy) * 1000))
                                .arg(base)
                                .arg(std::min(left, base)),
                            error)) {
                *error = QStringLiteral("copying tickets: %1").arg(*error);
                return false;
            }
            report(QStringLiteral("copies: %1 tickets, %2 s")
                       .arg(admin.scalar(QStringLiteral("SELECT count(*) FROM tickets")))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 0));
        }
        admin.exec(QStringLiteral("SET session_replication_role = DEFAULT"));
        // The copies bypassed the server's ticket total too.
        if (!admin.exec(QStringLiteral("UPDATE ticket_total SET tickets = (SELECT count(*) FROM "
                                       "tickets)"),
                        error))
            return false;
        if (!admin.exec(QStringLiteral("VACUUM ANALYZE tickets"), error))
            return false;
    }
    // The search rows of the copies, made as the schema step makes them for a server that
    // already holds tickets: every row from the tickets, then the GIN index.
    Admin admin(url);
    const qint64 tickets = admin.scalar(QStringLiteral("SELECT count(*) FROM tickets"));
    if (admin.scalar(QStringLiteral("SELECT count(*) FROM ticket_search")) == tickets)
        return true;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("TRUNCATE ticket_search")) ||
        !q.exec(QStringLiteral("DROP INDEX ticket_search_words"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!searchindex::fill(db, error, [&timer](qint64 done, qint64 total) {
            if (done % 100000 == 0)
                report(QStringLiteral("search rows: %1 of %2, %3 s")
                           .arg(done)
                           .arg(total)
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 0));
        }))
        return false;
    const double rowsSeconds = double(timer.elapsed()) / 1000.0;
    if (!q.exec(searchindex::serverIndexStatement()) || !q.exec(QStringLiteral("COMMIT"))) {
        *error = q.lastError().text();
        return false;
    }
    report(QStringLiteral("search index of %1 tickets built as the schema step builds it: %2 s "
                          "(rows %3 s, GIN index %4 s)")
               .arg(tickets)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(rowsSeconds, 0, 'f', 1)
               .arg(double(timer.elapsed()) / 1000.0 - rowsSeconds, 0, 'f', 1));
    admin.exec(QStringLiteral("VACUUM ANALYZE ticket_search"));
    return true;
}

std::unique_ptr<Database> openFilledServer(Cluster& cluster, const QString& name, qint64 wanted,
                                           int* exitCode)
{
    const QString url = serverUrl(cluster, name);
    if (url.isEmpty()) {
        *exitCode = 77;
        return nullptr;
    }
    QString error;
    std::unique_ptr<Database> database = Database::open(url, &error);
    if (!database) {
        report(error);
        *exitCode = 2;
        return nullptr;
    }
    if (!fillServer(*database, url, wanted, &error)) {
        report(error);
        *exitCode = 1;
        return nullptr;
    }
    return database;
}

} // namespace rtcare::bench
