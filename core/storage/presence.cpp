// SPDX-License-Identifier: MIT
#include "storage/presence.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rtcare {

bool PresenceStore::beat(qint64 ticketId, const QString& agent, const QDateTime& nowUtc,
                         QString* error)
{
    // The same upsert on both engines (SQLite 3.24+, PostgreSQL 9.5+); one statement, no
    // explicit transaction: a heartbeat never waits behind a long write more than needed.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO presence (ticket_id, agent, heartbeat_at) "
                             "VALUES (?, ?, ?) ON CONFLICT (ticket_id, agent) "
                             "DO UPDATE SET heartbeat_at = excluded.heartbeat_at"));
    q.addBindValue(ticketId);
    q.addBindValue(agent);
    q.addBindValue(nowUtc.toSecsSinceEpoch());
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool PresenceStore::leave(qint64 ticketId, const QString& agent, QString* error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM presence WHERE ticket_id = ? AND agent = ?"));
    q.addBindValue(ticketId);
    q.addBindValue(agent);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

QStringList PresenceStore::replying(qint64 ticketId, const QDateTime& nowUtc,
                                    const QString& except) const
{
    return replying(QList<qint64>{ticketId}, nowUtc, except).value(ticketId);
}

QHash<qint64, QStringList> PresenceStore::replying(const QList<qint64>& ticketIds,
                                                   const QDateTime& nowUtc,
                                                   const QString& except) const
{
    QHash<qint64, QStringList> result;
    if (ticketIds.isEmpty())
        return result;
    QStringList ids;
    for (const qint64 id : ticketIds)
        ids << QString::number(id);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ticket_id, agent FROM presence WHERE heartbeat_at > ? AND "
                             "agent <> ? AND ticket_id IN (%1) ORDER BY ticket_id, agent")
                  .arg(ids.join(QLatin1Char(','))));
    q.addBindValue(nowUtc.toSecsSinceEpoch() - kPresenceExpirySeconds);
    q.addBindValue(except);
    if (!q.exec())
        return result;
    while (q.next())
        result[q.value(0).toLongLong()] << q.value(1).toString();
    return result;
}

} // namespace rtcare
