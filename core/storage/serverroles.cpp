// SPDX-License-Identifier: MIT
#include "storage/serverroles.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rtcare {

namespace {

// Tables an agent works on, and those of them an agent may also delete rows from.
// ticket_search: the server's search index, kept by every desktop that writes a ticket.
const char* const kWorkedTables = "tickets, replies, commitments, evidence, reply_drafts, "
                                  "diagnosis_drafts, ticket_counters, presence, ticket_search";
const char* const kDeletableTables =
    "reply_drafts, diagnosis_drafts, evidence, presence, ticket_search";
const char* const kReadOnlyTables = "report_daily, meta, rtcare_schema, ticket_total";

} // namespace

bool initServerRoles(const Database& database, QStringList* done, StorageError* error)
{
    if (!database.isServer()) {
        *error = {StorageCause::BadInput,
                  QStringLiteral("%1 is a file; 'rtcare server init' takes a postgresql:// URL")
                      .arg(database.path())};
        return false;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next()) {
        *error = describeSqlError(q.lastError(), database.path());
        return false;
    }
    const QString schema = q.value(0).toString();
    const QString agent = QLatin1String(kAgentRole), lead = QLatin1String(kLeadRole);
    const QStringList statements{
        QStringLiteral("BEGIN"),
        QStringLiteral("DO $roles$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                       "CREATE ROLE %1 NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN "
                       "CREATE ROLE %2 NOLOGIN; END IF; END $roles$")
            .arg(agent, lead),
        QStringLiteral("GRANT %1 TO %2").arg(agent, lead),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, agent),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON %1 TO %2")
            .arg(QLatin1String(kWorkedTables), agent),
        QStringLiteral("GRANT DELETE ON %1 TO %2").arg(QLatin1String(kDeletableTables), agent),
        QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(kReadOnlyTables), agent),
        QStringLiteral("GRANT SELECT, INSERT ON audit TO %1").arg(agent),
        // The shared templates, tone rules and SLA policy (teamdata.h): leads edit them.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON team_data FROM %1").arg(agent),
        QStringLiteral("GRANT SELECT ON team_data TO %1").arg(agent),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON team_data TO %1").arg(lead),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC, %1, %2")
            .arg(agent, lead),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, agent),
        QStringLiteral("COMMIT"),
    };
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            *error = describeSqlError(q.lastError(), database.path());
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    *done << QStringLiteral("schema version %1 on %2").arg(database.schemaVersion()).arg(database.path())
          << QStringLiteral("group role %1: reads and works tickets; the audit trail is "
                            "append-only")
                 .arg(agent)
          << QStringLiteral("group role %1: member of %2; also edits the shared templates, "
                            "tone rules and SLA policy")
                 .arg(lead, agent);
    return true;
}

} // namespace rtcare
