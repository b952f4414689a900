// SPDX-License-Identifier: MIT
// A database file as an earlier RTCare left it: schema `version`, WAL, `tickets` tickets.
#pragma once

#include "catch.h"

#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rtcare::test {

inline void makeOldDatabase(const QString& path, int version, int tickets)
{
    const QString name = QStringLiteral("old-database-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(migrateSchema(db, &error, version));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        // Numbers of October 2026, 9,000 a day; contacts repeat (recurring complaints).
        const QString insert = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < "
            "@COUNT@) INSERT INTO tickets (uuid, number, created_at, updated_at, customer_name, "
            "customer_contact, channel, category, priority, status, device_model, region, "
            "first_response_due, first_response_risk_at, queue_rank, queue_key) SELECT "
            "printf('00000000-0000-4000-8000-%012d', i), printf('RTC-202610%02d-%04d', 1 + i / "
            "9000, 1 + i % 9000), 1790000000 + i * 60, 1790000000 + i * 60, '客户' || i, 'c' || "
            "(i % 97), 'chat', 'network', 'high', 'new', 'd' || (i % 7), 'r' || (i % 5), "
            "1790000900 + i * 60, 1790000675 + i * 60, 0, 1790000900 + i * 60 FROM n");
        QString sql = insert;
        sql.replace(QStringLiteral("@COUNT@"), QString::number(tickets));
        if (!q.exec(sql))
            FAIL(q.lastError().text().toStdString());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace rtcare::test
