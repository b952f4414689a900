// SPDX-License-Identifier: MIT
#include "storage/currentagent.h"

#include "storage/database.h"
#include "storage/serverroles.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rtcare {

namespace {

bool hasAgentGroup(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(QLatin1String(kAgentRole));
    return q.exec() && q.next();
}

} // namespace

QString currentAgent(const Database& database, const QString& localName)
{
    if (!database.isServer())
        return localName;
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        return q.value(0).toString();
    return localName;
}

QStringList knownAgents(const Database& database, const QString& me)
{
    QStringList names;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT assignee FROM tickets WHERE assignee <> ''"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    if (database.isServer() && hasAgentGroup(db)) {
        QSqlQuery roles(db);
        roles.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND "
                                     "pg_has_role(rolname, ?, 'MEMBER')"));
        roles.addBindValue(QLatin1String(kAgentRole));
        if (roles.exec()) {
            while (roles.next())
                names << roles.value(0).toString();
        }
    }
    if (!me.isEmpty())
        names << me;
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

bool isKnownAgent(const Database& database, const QString& agent)
{
    if (agent.trimmed().isEmpty())
        return false;
    if (!database.isServer())
        return true;
    QSqlDatabase db = database.connection();
    if (!hasAgentGroup(db))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ? AND "
                             "pg_has_role(rolname, ?, 'MEMBER')"));
    q.addBindValue(agent);
    q.addBindValue(QLatin1String(kAgentRole));
    return q.exec() && q.next();
}

} // namespace rtcare
