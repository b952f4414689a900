// SPDX-License-Identifier: MIT
// The SQL that differs between the two engines, in one place. SQLite is the embedded
// default; PostgreSQL (through Qt's QPSQL driver) is the team server. Everything above
// storage/ talks to the repository and never knows which engine it has. For SQLite every
// function here returns exactly the SQL RTCare used before PostgreSQL existed.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::sqldialect {

enum class Engine { SQLite, PostgreSQL };

[[nodiscard]] Engine engineOf(const QSqlDatabase& db);

// Starts a write transaction: BEGIN IMMEDIATE on SQLite (takes the file's write lock at
// once), BEGIN on PostgreSQL (rows are locked as they are written).
[[nodiscard]] QString beginWrite(Engine engine);

// A truth value as the integer 0 or 1 (SQLite's comparisons already are integers).
[[nodiscard]] QString asInteger(Engine engine, const QString& condition);
// "a IS NOT b", null-safe: IS NOT on SQLite, IS DISTINCT FROM on PostgreSQL.
[[nodiscard]] QString isDistinct(Engine engine, const QString& a, const QString& b);
// What follows a subquery in FROM: PostgreSQL 15 wants it named.
[[nodiscard]] QString subqueryName(Engine engine, const QString& name);

// A CREATE TABLE/INDEX statement of the schema history as the engine takes it:
// "id INTEGER PRIMARY KEY" (SQLite's rowid) becomes an identity column, INTEGER becomes
// BIGINT (times are seconds since 1970), WITHOUT ROWID is dropped.
[[nodiscard]] QString schemaStatement(Engine engine, const QString& statement);

// A row trigger on tickets whose body is a list of statements ("s1; s2;").
// On PostgreSQL a plpgsql function of the same name runs them (SECURITY DEFINER, so that
// an agent's write keeps the reports' rollup exact without writing it directly).
[[nodiscard]] QStringList createTrigger(Engine engine, const QString& name,
                                        const QString& timing, const QString& when,
                                        const QString& body);

// Statements that exist on one engine only, run after the schema step `version`
// (PostgreSQL: the schema version table, the per-day ticket counters, the append-only
// audit trail).
[[nodiscard]] QStringList engineSteps(Engine engine, int version);

// The live feed (teamfeed.h): on PostgreSQL, triggers that pg_notify(liveChannel(), the
// ticket id) after a ticket is created, changed or deleted, or its replies, commitments or
// evidence are (delivered to every listening desktop when the transaction commits). Nothing
// on SQLite: one desktop alone has nobody to tell.
[[nodiscard]] QString liveChannel();
[[nodiscard]] QStringList liveNotifyTriggers(Engine engine);
// Presence (presence.h) on the same channel, the ticket id as payload: a colleague starting to
// reply (a new row, or a renewal of a row older than `expirySeconds`, which had expired) or
// leaving (the row deleted). A heartbeat renewing a live row says nothing: who is replying
// did not change. Nothing on SQLite.
[[nodiscard]] QStringList presenceNotifyTriggers(Engine engine, int expirySeconds);

// The number of tickets, kept by the server (PostgreSQL): the one row of ticket_total, moved
// by statement triggers on tickets (insert, delete, truncate), so the queue's "All" badge
// does not count a million rows. SQLite keeps per-status counts of its own (migrations.cpp).
[[nodiscard]] QStringList ticketTotalSteps(Engine engine);

// The schema version: SQLite's user_version; on PostgreSQL the row of rtcare_schema
// (0 when that table does not exist yet).
[[nodiscard]] std::optional<int> schemaVersion(QSqlDatabase& db, QSqlError* error);
[[nodiscard]] QString setSchemaVersion(Engine engine, int version);

// " RETURNING id" where the engine needs it to tell the new row's id, and that id after
// the INSERT ran (SQLite: lastInsertId()).
[[nodiscard]] QString returningId(Engine engine);
[[nodiscard]] qint64 insertedId(QSqlQuery& insert, Engine engine);

// The next sequence number of a day's tickets ("RTC-20261124-" → 1, 2, …), allocated by the
// server inside the caller's transaction, unique under concurrent creation: a per-day
// counter row incremented with INSERT … ON CONFLICT DO UPDATE … RETURNING (never above an
// imported ticket's number). PostgreSQL only; nullopt with *error on failure.
[[nodiscard]] std::optional<int> allocateSequence(QSqlDatabase& db, const QString& dayPrefix,
                                                  QString* error);

} // namespace rtcare::sqldialect
