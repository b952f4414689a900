// SPDX-License-Identifier: MIT
// Tickets written straight into the table, so each report figure has a known answer.
#pragma once

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <utility>

namespace rtcare::test {

struct Row
{
    qint64 created = 0; // epoch seconds
    QString category;
    QString priority;
    QString status;
    QString device;
    QString region;
    QString scenario;
    QString contact;
    qint64 dueAfter = 900;
    qint64 respondedAfter = -1; // -1: unanswered
    QString rootCause;
    QString hypothesis;
    QString name = QStringLiteral("王芳");
    QString assignee; // the agent the ticket is assigned to

    Row(qint64 createdAt = 0, QString categoryId = QStringLiteral("network"),
        QString tier = QStringLiteral("high"), QString statusId = QStringLiteral("new"),
        QString deviceModel = {}, QString regionName = {}, QString scenarioId = {},
        QString customerContact = {}, qint64 due = 900, qint64 responded = -1,
        QString cause = {}, QString hypothesisId = {})
        : created(createdAt), category(std::move(categoryId)), priority(std::move(tier)),
          status(std::move(statusId)), device(std::move(deviceModel)),
          region(std::move(regionName)), scenario(std::move(scenarioId)),
          contact(std::move(customerContact)), dueAfter(due), respondedAfter(responded),
          rootCause(std::move(cause)), hypothesis(std::move(hypothesisId))
    {
    }
};

inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // NOT NULL columns: never bind NULL
}

inline void insertRow(const Database& database, const Row& row)
{
    // Numbers by position, so the same rows get the same numbers in every database.
    QSqlQuery count(database.connection());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) || !count.next())
        qFatal("count failed: %s", qPrintable(count.lastError().text()));
    const qint64 serial = count.value(0).toLongLong();
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (uuid, number, created_at, updated_at, customer_name, "
        "customer_contact, channel, category, priority, status, scenario, device_model, region, "
        "root_cause, root_cause_hypothesis, first_response_due, first_response_risk_at, "
        "first_response_at, queue_rank, queue_key, assignee) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(QStringLiteral("RTC-T-%1").arg(serial + 1));
    q.addBindValue(row.created);
    q.addBindValue(row.created);
    q.addBindValue(text(row.name));
    q.addBindValue(text(row.contact));
    q.addBindValue(QStringLiteral("chat"));
    q.addBindValue(text(row.category));
    q.addBindValue(text(row.priority));
    q.addBindValue(text(row.status));
    q.addBindValue(text(row.scenario));
    q.addBindValue(text(row.device));
    q.addBindValue(text(row.region));
    q.addBindValue(text(row.rootCause));
    q.addBindValue(text(row.hypothesis));
    q.addBindValue(row.created + row.dueAfter);
    q.addBindValue(row.created + row.dueAfter / 2);
    q.addBindValue(row.respondedAfter < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                          : QVariant(row.created + row.respondedAfter));
    q.addBindValue(row.respondedAfter < 0 ? 0 : 1);
    q.addBindValue(row.created);
    q.addBindValue(text(row.assignee));
    if (!q.exec())
        qFatal("insert failed: %s", qPrintable(q.lastError().text()));
}

// The id of the `index`-th ticket inserted (0 = the first).
inline qint64 ticketIdAt(const Database& database, int index)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM tickets ORDER BY id LIMIT 1 OFFSET ?"));
    q.addBindValue(index);
    if (!q.exec() || !q.next())
        qFatal("no ticket %d", index);
    return q.value(0).toLongLong();
}

// A sent reply of the `ticket`-th ticket; `findings` is the stored JSON, e.g.
// [{"category":"blame"}]. Returns the reply's id.
inline qint64 insertReply(const Database& database, int ticket, qint64 sentAt,
                          const QString& actor, const QString& findings = QStringLiteral("[]"))
{
    QSqlQuery q(database.connection());
    const sqldialect::Engine engine = sqldialect::engineOf(database.connection());
    q.prepare(QStringLiteral("INSERT INTO replies (ticket_id, sent_at, actor, text, findings) "
                             "VALUES (?, ?, ?, ?, ?)")
              + sqldialect::returningId(engine));
    q.addBindValue(ticketIdAt(database, ticket));
    q.addBindValue(sentAt);
    q.addBindValue(actor);
    q.addBindValue(QStringLiteral("reply text"));
    q.addBindValue(findings);
    if (!q.exec())
        qFatal("insert reply failed: %s", qPrintable(q.lastError().text()));
    // The server's id too (QPSQL has no lastInsertId()): commitments name their reply.
    return sqldialect::insertedId(q, engine);
}

// A commitment of the `ticket`-th ticket in `state` (open, kept, broken).
inline void insertCommitment(const Database& database, int ticket, qint64 dueAt,
                             const QString& state, const QVariant& replyId = {})
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO commitments (ticket_id, reply_id, promised_at, due_at, "
                             "text, state, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ticketIdAt(database, ticket));
    q.addBindValue(replyId.isValid() ? replyId : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(dueAt - 3600);
    q.addBindValue(dueAt);
    q.addBindValue(QStringLiteral("call back"));
    q.addBindValue(state);
    q.addBindValue(state == QLatin1String("open") ? QVariant(QMetaType(QMetaType::LongLong))
                                                  : QVariant(dueAt));
    if (!q.exec())
        qFatal("insert commitment failed: %s", qPrintable(q.lastError().text()));
}

} // namespace rtcare::test
