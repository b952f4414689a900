// SPDX-License-Identifier: MIT
// The storage tests run against either engine: SQLite (a file in a temporary folder, the
// default) or, with RTCARE_TEST_ENGINE=postgresql and RTCARE_TEST_PG_URL (the admin URL of
// the throwaway cluster tests/pg/pgcluster.sh starts), a fresh PostgreSQL database per test.
#pragma once

#include "storage/databaselocation.h"
#include "storage/serverdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rtcare::test {

inline bool onServerEngine()
{
    return qEnvironmentVariable("RTCARE_TEST_ENGINE") == QLatin1String("postgresql");
}

// The admin URL with another database name.
inline QString serverUrlFor(const QString& database)
{
    QString url = qEnvironmentVariable("RTCARE_TEST_PG_URL");
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    const qsizetype slash = url.lastIndexOf(QLatin1Char('/'), query < 0 ? -1 : query);
    url.replace(slash + 1, (query < 0 ? url.size() : query) - slash - 1, database);
    return url;
}

// Runs one statement as the cluster's administrator (on its "postgres" database).
inline bool serverAdmin(const QString& sql, QString* error = nullptr)
{
    bool ok = false;
    {
        QString problem;
        const auto location =
            DatabaseLocation::parse(qEnvironmentVariable("RTCARE_TEST_PG_URL"), &problem);
        if (!location || !location->server)
            qFatal("RTCARE_TEST_PG_URL is not a postgresql:// URL: %s", qPrintable(problem));
        QSqlDatabase db = openServerConnection(QStringLiteral("rtcare-test-admin"), *location->server);
        QSqlQuery q(db);
        ok = db.isOpen() && q.exec(sql);
        if (!ok && error)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rtcare-test-admin"));
    return ok;
}

// A new empty database on the test cluster, dropped when this goes away.
struct ScratchServerDatabase
{
    QString name;
    QString url;

    ScratchServerDatabase()
    {
        static QAtomicInt counter;
        name = QStringLiteral("rtcare_t_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(counter.fetchAndAddRelaxed(1));
        QString error;
        if (!serverAdmin(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
            qFatal("cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
        url = serverUrlFor(name);
    }
    ~ScratchServerDatabase()
    {
        serverAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    // A new login role in `group` (rtcare_agent or rtcare_lead) and this database's URL as
    // that role; empty when the role cannot be made.
    QString loginRoleUrl(const QString& role, const char* group) const
    {
        const QString create = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2");
        if (!serverAdmin(create.arg(role, QLatin1String(group))))
            return {};
        QString roleUrl = url;
        roleUrl.replace(QRegularExpression(QStringLiteral("://[^@/]*@")),
                        QStringLiteral("://%1@").arg(role));
        return roleUrl;
    }
    ScratchServerDatabase(const ScratchServerDatabase&) = delete;
    ScratchServerDatabase& operator=(const ScratchServerDatabase&) = delete;
};

} // namespace rtcare::test
