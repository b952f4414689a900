// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"
#include "sla/policy.h"
#include "storage/audit.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace rtcare {

// How a Ticket maps onto a row of the tickets table; shared by the repository, the
// importer and the demo-data generator so that the mapping lives in one place.
namespace ticketrows {

// "id, uuid, number, ...": the columns ticketFromQuery() reads, in order.
[[nodiscard]] const QString& selectColumns();
[[nodiscard]] Ticket ticketFromQuery(const QSqlQuery& query);

// Epoch seconds <-> UTC QDateTime; NULL for an invalid time.
[[nodiscard]] QVariant toDb(const QDateTime& time);
[[nodiscard]] QDateTime fromDb(const QVariant& value);

// The queue's order for a ticket (see migrations.cpp).
struct QueuePosition
{
    int rank = 0;
    qint64 key = 0;
};
[[nodiscard]] QueuePosition queuePosition(const Ticket& ticket);

// Fills in what the policy decides: the priority when it is empty (category tier, with
// escalation) and the first-response due time (always recomputed).
void applyPolicy(Ticket& ticket, const SlaPolicy& policy);

// A prepared INSERT of a whole ticket (after applyPolicy); bind with bindInsert(). With
// `rows` > 1, of that many tickets in one statement (bind their insertValues() one after
// the other).
[[nodiscard]] QString insertStatement(int rows = 1);
void bindInsert(QSqlQuery& query, const Ticket& ticket, const SlaPolicy& policy);
// The values bindInsert() binds, in the order of insertStatement()'s placeholders.
[[nodiscard]] QVariantList insertValues(const Ticket& ticket, const SlaPolicy& policy);

[[nodiscard]] bool appendAudit(QSqlDatabase& db, const AuditEntry& entry, QString* error);

// Appends audit lines through one prepared statement (many tickets in one transaction).
class AuditAppender
{
public:
    explicit AuditAppender(QSqlDatabase db);
    [[nodiscard]] bool append(const AuditEntry& entry, QString* error);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace ticketrows
} // namespace rtcare
