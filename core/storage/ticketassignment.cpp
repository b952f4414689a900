// SPDX-License-Identifier: MIT
// Who has a ticket: taking it and giving it to a colleague. Part of TicketRepository. Many
// desktops work one queue on a team server, so the write is conditional on the assignee the
// agent saw: a ticket a colleague has just taken is never silently taken over.
#include "storage/ticketrepository.h"

#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/ticketrows.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rtcare {

bool TicketRepository::take(qint64 id, const std::optional<QString>& expectedAssignee,
                            QString* error)
{
    return writeAssignee(id, m_actor, expectedAssignee, QStringLiteral("take"), error);
}

bool TicketRepository::assign(qint64 id, const QString& agent,
                              const std::optional<QString>& expectedAssignee, QString* error)
{
    return writeAssignee(id, agent.trimmed(), expectedAssignee, QStringLiteral("assign"), error);
}

bool TicketRepository::writeAssignee(qint64 id, const QString& agent,
                                     const std::optional<QString>& expectedAssignee,
                                     const QString& action, QString* error)
{
    if (agent.isEmpty()) {
        *error = tr("Say whom the ticket goes to.");
        return false;
    }
    const std::optional<Ticket> before = find(id);
    if (!before) {
        *error = tr("Ticket %1 does not exist.").arg(id);
        return false;
    }
    const QString seen = expectedAssignee.value_or(before->assignee);
    if (before->assignee != seen) {
        //: %1 ticket number, %2 the colleague who has it now
        *error =
            tr("%1 has just been taken by %2; nothing was changed. Look again before "
               "taking it over.")
                .arg(before->number, before->assignee.isEmpty() ? tr("nobody") : before->assignee);
        return false;
    }
    if (before->assignee == agent) {
        //: %1 ticket number, %2 an agent's name
        *error = tr("%1 is already with %2.").arg(before->number, agent);
        return false;
    }
    const QDateTime now = m_clock();
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET assignee = ?, updated_at = ? WHERE id = ? AND assignee = ?"));
    q.addBindValue(agent);
    q.addBindValue(ticketrows::toDb(now));
    q.addBindValue(id);
    q.addBindValue(seen);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), m_database.path()).message;
        return false;
    }
    if (q.numRowsAffected() != 1) {
        // A colleague's write came first: say who has the ticket now.
        const std::optional<Ticket> current = find(id);
        const QString holder = current ? current->assignee : QString();
        *error = tr("%1 has just been taken by %2; nothing was changed. Look again before "
                    "taking it over.")
                     .arg(before->number, holder.isEmpty() ? tr("nobody") : holder);
        return false;
    }
    const AuditEntry entry{id,   now,   m_actor,  action, QStringLiteral("assignee"),
                           seen, agent, QString()};
    if (!ticketrows::appendAudit(db, entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    Q_EMIT ticketChanged(id);
    return true;
}

} // namespace rtcare
