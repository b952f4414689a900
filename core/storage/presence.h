// SPDX-License-Identifier: MIT
// Who is replying to which ticket right now (issue 18, collision). While an agent has a
// ticket's Reply tab open, their desktop renews a heartbeat row every kPresenceHeartbeatSeconds
// and deletes it on leaving; rows older than kPresenceExpirySeconds are ignored, so the
// presence of a desktop that crashed or lost the server goes away by itself.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rtcare {

class Database;

inline constexpr int kPresenceHeartbeatSeconds = 10;
inline constexpr int kPresenceExpirySeconds = 30;

class PresenceStore
{
public:
    explicit PresenceStore(const Database& database) : m_database(database) {}

    // `agent` is replying to `ticketId` as of `nowUtc` (inserted or renewed).
    [[nodiscard]] bool beat(qint64 ticketId, const QString& agent, const QDateTime& nowUtc,
                            QString* error);
    // `agent` left the ticket's Reply tab.
    [[nodiscard]] bool leave(qint64 ticketId, const QString& agent, QString* error);
    // Who else (not `except`) is replying to the ticket, by name, sorted; expired rows ignored.
    [[nodiscard]] QStringList replying(qint64 ticketId, const QDateTime& nowUtc,
                                       const QString& except) const;
    // The same for many tickets at once (a queue page): ticket id -> names.
    [[nodiscard]] QHash<qint64, QStringList>
    replying(const QList<qint64>& ticketIds, const QDateTime& nowUtc, const QString& except) const;

private:
    const Database& m_database;
};

} // namespace rtcare
