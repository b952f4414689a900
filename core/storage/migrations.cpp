// SPDX-License-Identifier: MIT
#include "storage/migrations.h"

#include "storage/presence.h"
#include "storage/reportrollup.h"
#include "storage/searchindex.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <span>

namespace rtcare {

namespace {

// Version 1: tickets and their audit trail.
// queue_rank/queue_key hold the queue's order so that "most urgent first" is an index
// scan: rank 0 = first response pending (key = due time), 1 = being worked on (key = due
// time), 2 = resolved or closed (key = minus the resolution time, latest first).
constexpr std::array kVersion1{
    R"(CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        number TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        customer_name TEXT NOT NULL DEFAULT '',
        customer_contact TEXT NOT NULL DEFAULT '',
        customer_enterprise INTEGER NOT NULL DEFAULT 0 CHECK (customer_enterprise IN (0, 1)),
        customer_key_business INTEGER NOT NULL DEFAULT 0 CHECK (customer_key_business IN (0, 1)),
        channel TEXT NOT NULL,
        category TEXT NOT NULL,
        priority TEXT NOT NULL,
        status TEXT NOT NULL,
        scenario TEXT NOT NULL DEFAULT '',
        network TEXT NOT NULL DEFAULT '',
        device_model TEXT NOT NULL DEFAULT '',
        os TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        root_cause TEXT NOT NULL DEFAULT '',
        assignee TEXT NOT NULL DEFAULT '',
        first_response_due INTEGER NOT NULL,
        first_response_risk_at INTEGER NOT NULL,
        first_response_at INTEGER,
        resolved_at INTEGER,
        waiting_since INTEGER,
        waiting_seconds INTEGER NOT NULL DEFAULT 0,
        queue_rank INTEGER NOT NULL CHECK (queue_rank IN (0, 1, 2)),
        queue_key INTEGER NOT NULL))",
    "CREATE INDEX tickets_queue ON tickets(queue_rank, queue_key, id)",
    "CREATE INDEX tickets_pending_risk ON tickets(first_response_risk_at) WHERE queue_rank = 0",
    "CREATE INDEX tickets_created ON tickets(created_at)",
    R"(CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX audit_ticket ON audit(ticket_id, id)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Version 2: where customers are found again. Contact and device model get indexes for
// search and for the team lead's recurring-complaint reports.
constexpr std::array kVersion2{
    "CREATE INDEX tickets_contact ON tickets(customer_contact) WHERE customer_contact <> ''",
    "CREATE INDEX tickets_device ON tickets(device_model) WHERE device_model <> ''",
};

// Version 3: what the agent learned and attached. The diagnosis answers (question id ->
// answer id, JSON) and the ranked root-cause hypothesis live on the ticket; call-quality
// statistics files attached to a ticket keep their summary (JSON) for reports.
constexpr std::array kVersion3{
    "ALTER TABLE tickets ADD COLUMN diagnosis_answers TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE tickets ADD COLUMN root_cause_hypothesis TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        summary TEXT NOT NULL,
        UNIQUE (ticket_id, sha256)))",
    "CREATE INDEX evidence_ticket ON evidence(ticket_id, id)",
};

// Version 4: the reply composer. Drafts (one per ticket, autosaved), replies marked as
// sent (text, templates used, tone findings as JSON) and the commitments they promised.
constexpr std::array kVersion4{
    R"(CREATE TABLE reply_drafts (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL))",
    R"(CREATE TABLE replies (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        sent_at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        text TEXT NOT NULL,
        templates TEXT NOT NULL DEFAULT '[]',
        findings TEXT NOT NULL DEFAULT '[]'))",
    "CREATE INDEX replies_ticket ON replies(ticket_id, id)",
    R"(CREATE TABLE commitments (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        reply_id INTEGER REFERENCES replies(id) ON DELETE SET NULL,
        promised_at INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        text TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'broken')),
        closed_at INTEGER))",
    "CREATE INDEX commitments_ticket ON commitments(ticket_id, id)",
    "CREATE INDEX commitments_open_due ON commitments(due_at) WHERE state = 'open'",
};

QStringList fromArray(std::span<const char* const> statements)
{
    QStringList out;
    for (const char* statement : statements)
        out << QString::fromUtf8(statement);
    return out;
}

// Version 5: the team lead's reports read a daily rollup kept by triggers (reportrollup.h),
// and find the period's replies and commitments through their times.
constexpr std::array kVersion5Indexes{
    "CREATE INDEX replies_sent ON replies(sent_at)",
    "CREATE INDEX commitments_due ON commitments(due_at)",
};

// Version 6: the diagnosis answers in progress, saved as each one is given (one row per
// ticket; cleared when the diagnosis is written to the ticket), so a crash loses nothing.
constexpr std::array kVersion6{
    R"(CREATE TABLE diagnosis_drafts (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
        answers TEXT NOT NULL,
        updated_at INTEGER NOT NULL))",
};

constexpr int kSearchIndexVersion = 7;

// Version 8: the queue of one status ("list --status new", the window's status filter) read
// in queue order from an index that leads with the status, not from the whole queue index.
// On SQLite the number of tickets per status is kept by triggers, so the All badge and the
// count of a status need not count 1,000,000 index entries on every refresh. (A server
// counts itself: one counter row per status would serialise the agents' writes.)
constexpr std::array kStatusQueueIndex{
    "CREATE INDEX tickets_status_queue ON tickets(status, queue_rank, queue_key, id)",
};

constexpr std::array kStatusCounts{
    "CREATE TABLE ticket_status_counts (status TEXT PRIMARY KEY, tickets INTEGER NOT NULL)",
    "INSERT INTO ticket_status_counts SELECT status, count(*) FROM tickets GROUP BY status",
    R"(CREATE TRIGGER ticket_status_counts_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_status_counts VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET tickets = tickets + 1; END)",
    R"(CREATE TRIGGER ticket_status_counts_delete AFTER DELETE ON tickets BEGIN
        UPDATE ticket_status_counts SET tickets = tickets - 1 WHERE status = OLD.status; END)",
    R"(CREATE TRIGGER ticket_status_counts_update AFTER UPDATE OF status ON tickets
        WHEN OLD.status IS NOT NEW.status BEGIN
        UPDATE ticket_status_counts SET tickets = tickets - 1 WHERE status = OLD.status;
        INSERT INTO ticket_status_counts VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET tickets = tickets + 1; END)",
};
// Appended after the status queue index (renumbered when branches merge: refer to the constant).
const char* const kReportScan[] = {
    // IF NOT EXISTS: a file rolled back to an older version by hand (bench_search) keeps it.
    "CREATE INDEX IF NOT EXISTS tickets_report_scan ON tickets(created_at, category, region, "
    "priority, assignee, first_response_at, first_response_due)",
    // The recurring customers of a period, read from the index too.
    "DROP INDEX tickets_recurring",
    "CREATE INDEX tickets_recurring ON tickets(created_at, customer_contact, customer_name) "
    "WHERE recurring = 1",
};
[[maybe_unused]] constexpr int kReportScanVersion = kSearchIndexVersion + 2;

// Presence (issue 18, collision): who has a ticket's Reply tab open, renewed by a heartbeat
// (presence.h). Expired rows are ignored by time, never needed afterwards.
constexpr std::array kPresenceStep{
    R"(CREATE TABLE presence (
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        agent TEXT NOT NULL,
        heartbeat_at INTEGER NOT NULL,
        PRIMARY KEY (ticket_id, agent)))",
};
[[maybe_unused]] constexpr int kPresenceVersion = kSearchIndexVersion + 3;
// The team server tells every desktop which ticket changed (LISTEN/NOTIFY, teamfeed.h).
[[maybe_unused]] constexpr int kLiveFeedVersion = kPresenceVersion + 1;

// The team's shared templates, tone rules and SLA policy (issue 18, teamdata.h): one JSON
// document per name, in the format of the override files. Used on a team server; a file
// keeps the override files beside it and leaves this table empty.
constexpr std::array kTeamDataStep{
    R"(CREATE TABLE team_data (
        name TEXT PRIMARY KEY,
        document TEXT NOT NULL,
        updated_by TEXT,
        updated_at INTEGER NOT NULL))",
};
[[maybe_unused]] constexpr int kTeamDataVersion = kLiveFeedVersion + 1;
// Presence changes on the same channel: who starts or stops replying, not every heartbeat.
[[maybe_unused]] constexpr int kPresenceNotifyVersion = kTeamDataVersion + 1;
// The server keeps the number of tickets (the queue's "All" badge on a million tickets).
[[maybe_unused]] constexpr int kTicketTotalVersion = kPresenceNotifyVersion + 1;
// The team server's search index (searchindex.h): the app's own search words in a tsvector
// with a GIN index, filled from the stored tickets; nothing on SQLite (version 7 has it).
constexpr int kServerSearchVersion = kTicketTotalVersion + 1;

QList<QStringList> stepsFor(sqldialect::Engine engine)
{
    QList<QStringList> all{fromArray(kVersion1), fromArray(kVersion2),
                           fromArray(kVersion3), fromArray(kVersion4),
                           rollup::schemaVersion5(engine) + fromArray(kVersion5Indexes),
                           fromArray(kVersion6),
                           // Version 7: full-text search (SQLite's FTS5, filled from the
                           // tickets by searchindex::fill; the server's comes with
                           // kServerSearchVersion).
                           engine == sqldialect::Engine::SQLite ? searchindex::schemaStatements()
                                                                : QStringList{},
                           fromArray(kStatusQueueIndex)
                               + (engine == sqldialect::Engine::SQLite ? fromArray(kStatusCounts)
                                                                       : QStringList{}),
                           // Version kReportScanVersion: the report's one read of a period's
                           // tickets (incidents, first-response times, recurring customers) from indexes alone.
                           fromArray(kReportScan),
                           fromArray(kPresenceStep),
                           // Version kLiveFeedVersion: the team server tells every desktop
                           // which ticket changed (LISTEN/NOTIFY, teamfeed.h); nothing on SQLite.
                           sqldialect::liveNotifyTriggers(engine),
                           // Version kTeamDataVersion: the team's shared documents.
                           fromArray(kTeamDataStep),
                           // Version kPresenceNotifyVersion: "is replying" reaches the other
                           // desktops at once; nothing on SQLite.
                           sqldialect::presenceNotifyTriggers(engine, kPresenceExpirySeconds),
                           // Version kTicketTotalVersion: the server's ticket total; nothing
                           // on SQLite (its per-status counts already give it).
                           sqldialect::ticketTotalSteps(engine),
                           // Version kServerSearchVersion: the server's search index.
                           searchindex::serverSchemaStatements(engine)};
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (QString& statement : all[i])
            statement = sqldialect::schemaStatement(engine, statement);
        all[i] += sqldialect::engineSteps(engine, int(i + 1));
    }
    return all;
}

// One schema history for both engines; the differences come from sqldialect.
const QList<QStringList>& steps(sqldialect::Engine engine = sqldialect::Engine::SQLite)
{
    static const QList<QStringList> sqlite = stepsFor(sqldialect::Engine::SQLite);
    static const QList<QStringList> postgres = stepsFor(sqldialect::Engine::PostgreSQL);
    return engine == sqldialect::Engine::SQLite ? sqlite : postgres;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(steps().size());
}

bool schemaStepsChangeData(sqldialect::Engine engine, int from, int to)
{
    for (int version = std::max(from, 0) + 1; version <= to && version <= latestSchemaVersion();
         ++version) {
        if (!steps(engine).at(version - 1).isEmpty())
            return true;
    }
    return false;
}

std::optional<int> schemaVersionOf(QSqlDatabase& db, QSqlError* error)
{
    return sqldialect::schemaVersion(db, error);
}

bool applySchemaSteps(QSqlDatabase& db, int from, int to, QString* error)
{
    const sqldialect::Engine engine = sqldialect::engineOf(db);
    if (engine == sqldialect::Engine::PostgreSQL && from == 0
        && !exec(db,
                 QStringLiteral("CREATE TABLE rtcare_schema (version INTEGER NOT NULL); "
                                "INSERT INTO rtcare_schema VALUES (0)"),
                 error))
        return false;
    for (int version = from + 1; version <= to; ++version) {
        for (const QString& statement : steps(engine).at(version - 1)) {
            if (!exec(db, statement, error)) {
                *error = QStringLiteral("schema step %1: %2").arg(version).arg(*error);
                return false;
            }
        }
        const bool fillsIndex =
            engine == sqldialect::Engine::SQLite ? version == kSearchIndexVersion
                                                 : version == kServerSearchVersion;
        if (fillsIndex && !searchindex::fill(db, error)) {
            *error = QStringLiteral("schema step %1: %2").arg(version).arg(*error);
            return false;
        }
        if (fillsIndex && engine == sqldialect::Engine::PostgreSQL
            && !exec(db, searchindex::serverIndexStatement(), error)) {
            *error = QStringLiteral("schema step %1: %2").arg(version).arg(*error);
            return false;
        }
    }
    return exec(db, sqldialect::setSchemaVersion(engine, to), error);
}

bool migrateSchema(QSqlDatabase& db, QString* error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    QSqlError readError;
    std::optional<int> current = schemaVersionOf(db, &readError);
    if (!current) {
        *error = readError.text();
        return false;
    }
    if (*current >= targetVersion)
        return true;

    StorageError lockError;
    if (!beginWrite(db, &lockError)) {
        *error = lockError.message;
        return false;
    }
    auto rollback = [&db] {
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
    };
    // Another process may have upgraded the file while this one waited for the lock.
    current = schemaVersionOf(db, &readError);
    if (!current) {
        *error = readError.text();
        rollback();
        return false;
    }
    if (*current >= targetVersion) {
        rollback();
        return true;
    }
    if (*current < 0) {
        *error = QStringLiteral("schema version %1 is not one RTCare writes").arg(*current);
        rollback();
        return false;
    }
    if (!applySchemaSteps(db, *current, targetVersion, error)
        || !exec(db, QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    return true;
}

} // namespace rtcare
