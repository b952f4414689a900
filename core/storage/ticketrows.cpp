// SPDX-License-Identifier: MIT
#include "storage/ticketrows.h"

#include "storage/storageerror.h"

#include <QSqlError>
#include <QVariant>

namespace rtcare::ticketrows {

const QString& selectColumns()
{
    static const QString columns = QStringLiteral(
        "id, uuid, number, created_at, updated_at, customer_name, customer_contact, "
        "customer_enterprise, customer_key_business, channel, category, priority, status, "
        "scenario, network, device_model, os, region, description, root_cause, assignee, "
        "first_response_due, first_response_at, resolved_at, waiting_since, waiting_seconds, "
        "diagnosis_answers, root_cause_hypothesis");
    return columns;
}

QVariant toDb(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Ticket ticketFromQuery(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.number = q.value(2).toString();
    t.createdAt = fromDb(q.value(3));
    t.updatedAt = fromDb(q.value(4));
    t.customer.name = q.value(5).toString();
    t.customer.contact = q.value(6).toString();
    t.customer.enterprise = q.value(7).toBool();
    t.customer.keyBusiness = q.value(8).toBool();
    t.channel = q.value(9).toString();
    t.category = categoryFromId(q.value(10).toString()).value_or(Category::Other);
    t.priority = q.value(11).toString();
    t.status = statusFromId(q.value(12).toString()).value_or(TicketStatus::New);
    t.scenario = q.value(13).toString();
    t.network = q.value(14).toString();
    t.deviceModel = q.value(15).toString();
    t.os = q.value(16).toString();
    t.region = q.value(17).toString();
    t.description = q.value(18).toString();
    t.rootCause = q.value(19).toString();
    t.assignee = q.value(20).toString();
    t.firstResponseDue = fromDb(q.value(21));
    t.firstResponseAt = fromDb(q.value(22));
    t.resolvedAt = fromDb(q.value(23));
    t.waitingSince = fromDb(q.value(24));
    t.waitingSeconds = q.value(25).toLongLong();
    t.diagnosisAnswers = q.value(26).toString();
    t.rootCauseHypothesis = q.value(27).toString();
    return t;
}

QueuePosition queuePosition(const Ticket& ticket)
{
    if (!isOpen(ticket.status)) {
        const QDateTime done = ticket.resolvedAt.isValid() ? ticket.resolvedAt : ticket.updatedAt;
        return {2, -done.toSecsSinceEpoch()};
    }
    const qint64 due = ticket.firstResponseDue.toSecsSinceEpoch();
    return {ticket.firstResponseAt.isValid() ? 1 : 0, due};
}

void applyPolicy(Ticket& ticket, const SlaPolicy& policy)
{
    if (ticket.priority.isEmpty())
        ticket.priority = policy.priorityFor(ticket.category, ticket.customer);
    ticket.firstResponseDue = policy.firstResponseDue(ticket.priority, ticket.createdAt);
}

QString insertStatement(int rows)
{
    const QString one = QStringLiteral(
        "INSERT INTO tickets (uuid, number, created_at, updated_at, customer_name, "
        "customer_contact, customer_enterprise, customer_key_business, channel, category, "
        "priority, status, scenario, network, device_model, os, region, description, "
        "root_cause, assignee, first_response_due, first_response_risk_at, first_response_at, "
        "resolved_at, waiting_since, waiting_seconds, queue_rank, queue_key, diagnosis_answers, "
        "root_cause_hypothesis) VALUES "
        "(?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), "
        "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
        "coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, '{}'), coalesce(?, ''))");
    if (rows <= 1)
        return one;
    const qsizetype values = one.indexOf(QLatin1String(" VALUES ")) + 8;
    const QString row = one.mid(values);
    QStringList all(rows, row);
    return one.left(values) + all.join(QStringLiteral(", "));
}

QVariantList insertValues(const Ticket& t, const SlaPolicy& policy)
{
    const QDateTime riskAt = policy.instantAtPercent(t.priority, t.createdAt, policy.atRiskPercent());
    const QueuePosition position = queuePosition(t);
    return {t.uuid,
            t.number,
            toDb(t.createdAt),
            toDb(t.updatedAt.isValid() ? t.updatedAt : t.createdAt),
            t.customer.name,
            t.customer.contact,
            t.customer.enterprise ? 1 : 0,
            t.customer.keyBusiness ? 1 : 0,
            t.channel,
            categoryId(t.category),
            t.priority,
            statusId(t.status),
            t.scenario,
            t.network,
            t.deviceModel,
            t.os,
            t.region,
            t.description,
            t.rootCause,
            t.assignee,
            toDb(t.firstResponseDue),
            toDb(riskAt),
            toDb(t.firstResponseAt),
            toDb(t.resolvedAt),
            toDb(t.waitingSince),
            t.waitingSeconds,
            position.rank,
            position.key,
            t.diagnosisAnswers,
            t.rootCauseHypothesis};
}

void bindInsert(QSqlQuery& q, const Ticket& t, const SlaPolicy& policy)
{
    const QVariantList values = insertValues(t, policy);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
}

AuditAppender::AuditAppender(QSqlDatabase db) : m_db(std::move(db)), m_insert(m_db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO audit (ticket_id, at, actor, action, field, "
                                    "old_value, new_value, reason) VALUES (?, ?, ?, ?, "
                                    "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
                                    "coalesce(?, ''))"));
}

bool AuditAppender::append(const AuditEntry& e, QString* error)
{
    m_insert.bindValue(0, e.ticketId);
    m_insert.bindValue(1, e.at.toSecsSinceEpoch());
    m_insert.bindValue(2, e.actor);
    m_insert.bindValue(3, e.action);
    m_insert.bindValue(4, e.field);
    m_insert.bindValue(5, e.oldValue);
    m_insert.bindValue(6, e.newValue);
    m_insert.bindValue(7, e.reason);
    if (m_insert.exec())
        return true;
    *error = describeSqlError(m_insert.lastError(), m_db.databaseName()).message;
    return false;
}

bool appendAudit(QSqlDatabase& db, const AuditEntry& e, QString* error)
{
    return AuditAppender(db).append(e, error);
}

} // namespace rtcare::ticketrows
