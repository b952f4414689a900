// SPDX-License-Identifier: MIT
#include "storage/queuequery.h"

#include "storage/database.h"
#include "storage/presence.h"
#include "storage/searchsql.h"
#include "storage/serversearch.h"
#include "storage/sqldialect.h"
#include "storage/ticketrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#ifdef RTCARE_SQLITE_API
#include "storage/sqlitehandle.h"
#endif

namespace rtcare {

namespace {

// Tickets with an open commitment past its due time, and (not counting those) tickets with
// one at or past :riskpct % of its time. They read the partial index commitments_open_due
// (open commitments only, few), never the whole commitments table.
const QString& promisesOverdue()
{
    static const QString sql = QStringLiteral(
        "SELECT ticket_id FROM commitments WHERE state = 'open' AND due_at <= :now");
    return sql;
}

const QString& promisesAtRisk()
{
    static const QString sql =
        QStringLiteral("SELECT ticket_id FROM commitments WHERE state = 'open' AND due_at > :now "
                       "AND (:now - promised_at) * 100 >= (due_at - promised_at) * :riskpct "
                       "AND ticket_id NOT IN (%1)")
            .arg(promisesOverdue());
    return sql;
}

// The WHERE clause of a filter; binds ":now" (and ":riskpct") where time decides membership.
// At risk and Breached take the pending first responses from the queue index and the
// tickets with a late promise by their ids, so the page stays an index search.
QString filterClause(QueueFilter filter, sqldialect::Engine engine)
{
    const QString all = engine == sqldialect::Engine::SQLite ? QStringLiteral("1")
                                                             : QStringLiteral("TRUE");
    switch (filter) {
    case QueueFilter::Open:
        return QStringLiteral("queue_rank < 2");
    case QueueFilter::AtRisk:
        return QStringLiteral("id IN (SELECT id FROM tickets WHERE queue_rank = 0 "
                              "AND queue_key > :now AND first_response_risk_at <= :now UNION %1)")
            .arg(promisesAtRisk());
    case QueueFilter::Breached:
        return QStringLiteral("id IN (SELECT id FROM tickets WHERE queue_rank = 0 "
                              "AND queue_key <= :now UNION %1)")
            .arg(promisesOverdue());
    case QueueFilter::All:
        return all;
    }
    return all;
}

bool usesNow(QueueFilter filter)
{
    return filter == QueueFilter::AtRisk || filter == QueueFilter::Breached;
}

QString firstLine(const QString& text)
{
    // indexOf and left, not section(): section() splits the whole text into a list first.
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    QString line = (end < 0 ? text : text.left(end)).simplified();
    if (line.size() > 120)
        line = line.left(119) + QChar(0x2026);
    return line;
}

// The open commitment due first, per row of a page (the commitments_ticket index).
const QString& promiseColumns()
{
    static const QString columns = QStringLiteral(
        ", (SELECT promised_at FROM commitments c WHERE c.ticket_id = tickets.id "
        "AND c.state = 'open' ORDER BY c.due_at, c.id LIMIT 1)"
        ", (SELECT due_at FROM commitments c WHERE c.ticket_id = tickets.id "
        "AND c.state = 'open' ORDER BY c.due_at, c.id LIMIT 1)"
        ", (SELECT text FROM commitments c WHERE c.ticket_id = tickets.id "
        "AND c.state = 'open' ORDER BY c.due_at, c.id LIMIT 1)");
    return columns;
}

const QString& rowColumns()
{
    static const QString columns = QStringLiteral(
        "id, number, customer_name, customer_enterprise, customer_key_business, category, "
        "priority, status, created_at, first_response_due, first_response_at, "
        "substr(description, 1, 200), assignee");
    return columns;
}

} // namespace

namespace {

// The queue row of the columns rowColumns() lists, whichever reader gives them: QtSql
// (queueRowFromQuery()) or SQLite's own interface (visitThroughSqlite()).
template <typename Columns>
QueueRow rowFrom(const Columns& c)
{
    QueueRow row;
    row.id = c.integer(0);
    row.number = c.text(1);
    row.customerName = c.text(2);
    row.enterprise = c.integer(3) != 0;
    row.keyBusiness = c.integer(4) != 0;
    row.category = categoryFromId(c.text(5)).value_or(Category::Other);
    row.priority = c.text(6);
    row.status = statusFromId(c.text(7)).value_or(TicketStatus::New);
    row.createdAt = c.time(8);
    row.firstResponseDue = c.time(9);
    row.firstResponseAt = c.time(10);
    row.summary = firstLine(c.text(11));
    return row;
}

struct QtColumns
{
    const QSqlQuery& q;
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    QString text(int i) const { return q.value(i).toString(); }
    QDateTime time(int i) const { return ticketrows::fromDb(q.value(i)); }
};

} // namespace

QueueRow queueRowFromQuery(const QSqlQuery& q)
{
    return rowFrom(QtColumns{q});
}

namespace {

// The queue's own rows also carry who has the ticket (column 12 of queueColumns()).
QueueRow rowFromQuery(const QSqlQuery& q)
{
    QueueRow row = queueRowFromQuery(q);
    row.assignee = q.value(12).toString();
    return row;
}

// A page's row: rowColumns() then promiseColumns().
QueueRow pageRow(const QSqlQuery& q)
{
    QueueRow row = rowFromQuery(q);
    row.promisedAt = ticketrows::fromDb(q.value(13));
    row.promiseDue = ticketrows::fromDb(q.value(14));
    row.promiseText = q.value(15).toString();
    return row;
}

} // namespace

QueueQuery::QueueQuery(const Database& database)
    : m_database(database)
{
}

void QueueQuery::setSearch(const QString& text)
{
    m_search = text.trimmed();
    m_query = search::parseSearch(m_search);
    m_matchCount.reset();
    m_matchesAt = {};
    m_serverEstimate.reset();
    m_walksFilter.reset();
}

QString QueueQuery::filterWhere() const
{
    QString clause = filterClause(m_filter, sqldialect::engineOf(m_database.connection()));
    if (m_status)
        clause += QStringLiteral(" AND status = :status");
    if (m_assignee)
        clause += QStringLiteral(" AND assignee = :assignee");
    return clause;
}

QString QueueQuery::whereClause(bool walk) const
{
    return filterWhere()
           + searchsql::condition(m_query, sqldialect::engineOf(m_database.connection()), walk);
}

void QueueQuery::bindWhere(QSqlQuery& q, const QDateTime& nowUtc) const
{
    if (usesNow(m_filter))
        q.bindValue(QStringLiteral(":now"), nowUtc.toSecsSinceEpoch());
    if (m_filter == QueueFilter::AtRisk)
        q.bindValue(QStringLiteral(":riskpct"), m_promiseRiskPercent);
    searchsql::bind(q, m_query, sqldialect::engineOf(m_database.connection()));
    if (m_status)
        q.bindValue(QStringLiteral(":status"), statusId(*m_status));
    if (m_assignee)
        q.bindValue(QStringLiteral(":assignee"), *m_assignee);
}

qint64 QueueQuery::serverEstimate() const
{
    if (m_serverEstimate)
        return *m_serverEstimate;
    m_serverEstimate = 0;
    QSqlDatabase db = m_database.connection();
    const sqldialect::Engine engine = sqldialect::engineOf(db);
    const QString fts = searchsql::fullTextExpression(m_query, engine);
    if (engine != sqldialect::Engine::PostgreSQL || fts.isEmpty())
        return 0;
    const std::optional<int> tickets = keptCount(std::nullopt);
    if (!tickets)
        return 0;
    const std::optional<QList<qint64>> estimates =
        serversearch::estimateMatches(db, serversearch::estimatedExpressions(m_query), *tickets);
    if (!estimates)
        return 0;
    m_serverEstimate = estimates->front();
    m_serverTermEntries = 0;
    for (const qint64 term : *estimates)
        m_serverTermEntries += term;
    if (estimates->size() > 1)
        m_serverTermEntries -= estimates->front(); // the terms', not the whole query's
    return *m_serverEstimate;
}

void QueueQuery::readMatchesAt(const QDateTime& nowUtc) const
{
    if (nowUtc == m_matchesAt)
        return;
    m_matchesAt = nowUtc;
    m_matchCount.reset();
    m_walksFilter.reset();
}

int QueueQuery::matchCount() const
{
    if (m_matchCount)
        return *m_matchCount;
    QSqlDatabase db = m_database.connection();
    const sqldialect::Engine engine = sqldialect::engineOf(db);
    // Many matches on a server: the cap's worth found by reading its index in storage order
    // settles "more than the cap" without building the set of every match.
    if (countsUpToCap() && serverEstimate() > 0) {
        const int atMost = m_serverCountCap + 1;
        const std::optional<int> tickets = keptCount(std::nullopt);
        if (const std::optional<qint64> rows =
                serversearch::countRows(atMost, serverEstimate(), tickets.value_or(0))) {
            const QString fts = searchsql::fullTextExpression(m_query, engine);
            if (serversearch::countUpTo(db, fts, atMost, *rows).value_or(0) >= atMost) {
                m_matchCount = atMost;
                return *m_matchCount;
            }
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (%1%2) AS matches")
                  .arg(searchsql::matchSet(m_query, engine),
                       countsUpToCap()
                           ? QStringLiteral(" LIMIT %1").arg(m_serverCountCap + 1)
                           : QString()));
    searchsql::bind(q, m_query, engine);
    m_matchCount = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return *m_matchCount;
}

// Few matches are looked up by id and sorted; among many, the queue's own index read in
// order meets enough of them for a page long before its end. On the team server too: left
// to its statistics, its planner walks the whole queue for a word few tickets have.
bool QueueQuery::walkQueue() const
{
    constexpr int kLookupAtMost = 3000;
    // A server's count stops past its cap: more than that many is many.
    const int lookupAtMost =
        countsUpToCap() ? std::min(kLookupAtMost, m_serverCountCap) : kLookupAtMost;
    return !m_query.isEmpty() && matchCount() > lookupAtMost;
}

// The tickets of every status, or of one, from the counts the triggers keep (SQLite).
std::optional<int> QueueQuery::keptCount(std::optional<TicketStatus> status) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (sqldialect::engineOf(db) != sqldialect::Engine::SQLite) {
        // The server keeps the total only (sqldialect::ticketTotalSteps).
        if (status || !q.exec(QStringLiteral("SELECT tickets FROM ticket_total")) || !q.next())
            return std::nullopt;
        return q.value(0).toInt();
    }
    q.prepare(status ? QStringLiteral("SELECT coalesce(sum(tickets), 0) FROM ticket_status_counts "
                                      "WHERE status = :status")
                     : QStringLiteral("SELECT coalesce(sum(tickets), 0) FROM ticket_status_counts"));
    if (status)
        q.bindValue(QStringLiteral(":status"), statusId(*status));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool QueueQuery::countsUpToCap() const
{
    return !m_query.isEmpty()
           && sqldialect::engineOf(m_database.connection()) == sqldialect::Engine::PostgreSQL;
}

bool QueueQuery::walksServerFilter() const
{
    if (m_walksFilter)
        return *m_walksFilter;
    m_walksFilter = false;
    // All statuses: the whole table, never few.
    if (m_filter == QueueFilter::All && !m_status)
        return false;
    const qint64 estimate = serverEstimate();
    if (estimate <= 0)
        return false;
    // How many tickets the filter holds, counted a little past the bound through its
    // index: the open queue (At risk and Breached are part of it) or a status. The assignee
    // has no index of its own; the count without it is an upper bound.
    QString filtered = usesNow(m_filter)
                           ? QStringLiteral("queue_rank < 2")
                           : filterClause(m_filter, sqldialect::Engine::PostgreSQL);
    if (m_status)
        filtered += QStringLiteral(" AND status = :status");
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE %1 LIMIT %2) "
                             "AS filtered")
                  .arg(filtered)
                  .arg(serversearch::kWholeFilterAtMost + 1));
    if (m_status)
        q.bindValue(QStringLiteral(":status"), statusId(*m_status));
    if (!q.exec() || !q.next())
        return false;
    m_walksFilter =
        serversearch::walksWholeFilter(estimate, m_serverTermEntries, q.value(0).toLongLong());
    return *m_walksFilter;
}

int QueueQuery::count(const QDateTime& nowUtc) const
{
    readMatchesAt(nowUtc);
    if (!m_query.isEmpty() && m_filter == QueueFilter::All && !m_status && !m_assignee)
        return matchCount();
    if (m_query.isEmpty() && m_filter == QueueFilter::All && !m_assignee) {
        if (const std::optional<int> kept = keptCount(m_status))
            return *kept;
    }
    if (!m_query.isEmpty() && !hasMatches())
        return 0;
    QSqlQuery q(m_database.connection());
    if (walksServerFilter()) {
        const QString ranges = searchsql::exactRanges(m_query, {});
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE %1 AND (%2%3) "
                                 "LIMIT %4) AS matches")
                      .arg(filterWhere(), serversearch::wordsMatch(QStringLiteral("tickets.id")),
                           ranges.isEmpty() ? QString() : QStringLiteral(" OR ") + ranges)
                      .arg(m_serverCountCap + 1));
    } else if (countsUpToCap())
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE %1 LIMIT %2) "
                                 "AS matches")
                      .arg(whereClause(walkQueue()))
                      .arg(m_serverCountCap + 1));
    else
        q.prepare(
            QStringLiteral("SELECT count(*) FROM tickets WHERE %1").arg(whereClause(walkQueue())));
    bindWhere(q, nowUtc);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<QList<QueueRow>> QueueQuery::walkedServerPage(int offset, int limit,
                                                            const QDateTime& nowUtc) const
{
    const qint64 estimate = serverEstimate();
    const std::optional<int> tickets = keptCount(std::nullopt);
    if (estimate <= 0 || !tickets)
        return std::nullopt;
    const bool wholeFilter = walksServerFilter();
    if (!wholeFilter && !serversearch::walks(estimate, *tickets, offset + limit))
        return std::nullopt;
    // A small filter is walked to its end: its rows are then all there are.
    const qint64 budget = wholeFilter
                              ? qint64(*tickets)
                              : serversearch::walkBudget(offset + limit, estimate, *tickets);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(serversearch::walkedPage(rowColumns() + promiseColumns(), QStringLiteral("tickets"),
                                       filterWhere(), searchsql::exactRanges(m_query, {})));
    bindWhere(q, nowUtc);
    q.bindValue(QStringLiteral(":budget"), budget);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return std::nullopt;
    QList<QueueRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(pageRow(q));
    // Short: the end of the matches, or the budget spent before it (then looked up).
    if (rows.size() < limit && budget < *tickets)
        return std::nullopt;
    return rows;
}

QList<QueueRow> QueueQuery::lookedUpPage(int offset, int limit, const QDateTime& nowUtc) const
{
    QList<QueueRow> rows;
    const bool walk = walkQueue();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Looked up by id, the matches are sorted ("queue_rank + 0": not by reading the index).
    q.prepare(QStringLiteral("SELECT %1%2 FROM tickets WHERE %3 "
                             "ORDER BY %4, queue_key, id LIMIT :limit OFFSET :offset")
                  .arg(rowColumns(), promiseColumns(), whereClause(walk),
                       walk || m_query.isEmpty() ? QStringLiteral("queue_rank")
                                                 : QStringLiteral("queue_rank + 0")));
    bindWhere(q, nowUtc);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(pageRow(q));
    return rows;
}

QList<QueueRow> QueueQuery::page(int offset, int limit, const QDateTime& nowUtc) const
{
    readMatchesAt(nowUtc);
    QList<QueueRow> rows;
    if (!m_query.isEmpty() && !hasMatches())
        return rows;
    if (std::optional<QList<QueueRow>> walked = walkedServerPage(offset, limit, nowUtc))
        rows = *std::move(walked);
    else
        rows = lookedUpPage(offset, limit, nowUtc);
    // Who else is replying to the page's tickets (a few rows of the presence table).
    QList<qint64> ids;
    for (const QueueRow& row : std::as_const(rows))
        ids << row.id;
    const QHash<qint64, QStringList> replying =
        PresenceStore(m_database).replying(ids, nowUtc, m_reader);
    for (QueueRow& row : rows)
        row.replying = replying.value(row.id);
    return rows;
}

// With a status, the index tickets_status_queue (schema 8) gives that status's tickets in
// queue order: "list --status new" reads a few hundred index entries, not the whole queue.
QString QueueQuery::visitStatement() const
{
    return QStringLiteral("SELECT %1 FROM tickets WHERE %2 ORDER BY queue_rank, queue_key, id")
        .arg(rowColumns(), whereClause(walkQueue()));
}

namespace {

#ifdef RTCARE_SQLITE_API
struct SqliteColumns
{
    sqlite3_stmt* statement;
    qint64 integer(int i) const { return sqlite3_column_int64(statement, i); }
    QString text(int i) const { return columnText(statement, i); }
    QDateTime time(int i) const
    {
        if (sqlite3_column_type(statement, i) == SQLITE_NULL)
            return {};
        return QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(statement, i), Qt::UTC);
    }
};

int parameter(sqlite3_stmt* statement, const char* name)
{
    return sqlite3_bind_parameter_index(statement, name);
}
#endif

} // namespace

// The same rows as visit()'s QtSql path (queueRowFromQuery()), read through SQLite's own
// interface on Qt's connection: `rtcare list` then costs what its SELECT costs. Nullopt when
// that interface is not at hand (PostgreSQL) or a search is part of the query.
std::optional<bool> QueueQuery::visitThroughSqlite(
    const QDateTime& nowUtc, const std::function<bool(const QueueRow&)>& visitor) const
{
#ifndef RTCARE_SQLITE_API
    Q_UNUSED(nowUtc);
    Q_UNUSED(visitor);
    return std::nullopt;
#else
    sqlite3* connection = sqliteHandle(m_database.connection());
    if (!connection || !m_query.isEmpty())
        return std::nullopt;
    const QByteArray sql = visitStatement().toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr)
        != SQLITE_OK)
        return false;
    // The parameters bindWhere() binds (a search never comes this way).
    if (usesNow(m_filter))
        bindVariant(statement, parameter(statement, ":now"), nowUtc.toSecsSinceEpoch());
    if (m_filter == QueueFilter::AtRisk)
        bindVariant(statement, parameter(statement, ":riskpct"), m_promiseRiskPercent);
    if (m_status)
        bindVariant(statement, parameter(statement, ":status"), statusId(*m_status));
    if (m_assignee)
        bindVariant(statement, parameter(statement, ":assignee"), *m_assignee);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        QueueRow row = rowFrom(SqliteColumns{statement});
        row.assignee = columnText(statement, 12);
        if (!visitor(row)) {
            step = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(statement);
    return step == SQLITE_DONE;
#endif
}

bool QueueQuery::visit(const QDateTime& nowUtc,
                       const std::function<bool(const QueueRow&)>& visitor) const
{
    readMatchesAt(nowUtc);
    if (!m_query.isEmpty() && !hasMatches())
        return true;
    if (const std::optional<bool> visited = visitThroughSqlite(nowUtc, visitor))
        return *visited;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(visitStatement());
    bindWhere(q, nowUtc);
    if (!q.exec())
        return false;
    while (q.next()) {
        if (!visitor(rowFromQuery(q)))
            break;
    }
    return true;
}

QueueCounts QueueQuery::counts(const QDateTime& nowUtc) const
{
    QueueCounts result;
    QSqlQuery q(m_database.connection());
    // Pending tickets are few, so the at-risk and breached counts scan only the
    // pending part of the queue index; the open total comes from the same index, the
    // whole total from the kept counts (SQLite's per status, the server's ticket_total). Open commitments are few
    // too: their part reads the open-commitment index.
    const std::optional<int> all = keptCount(std::nullopt);
    q.prepare(QStringLiteral(
                  "SELECT "
                  "(SELECT count(*) FROM tickets WHERE queue_rank < 2), "
                  "(SELECT count(*) FROM (SELECT id FROM tickets WHERE queue_rank = 0 "
                  "   AND queue_key > :now AND first_response_risk_at <= :now UNION %1)%3), "
                  "(SELECT count(*) FROM (SELECT id FROM tickets WHERE queue_rank = 0 "
                  "   AND queue_key <= :now UNION %2)%4), "
                  "%5")
                  .arg(promisesAtRisk(), promisesOverdue(),
                       sqldialect::subqueryName(sqldialect::engineOf(m_database.connection()), QStringLiteral("r")),
                       sqldialect::subqueryName(sqldialect::engineOf(m_database.connection()), QStringLiteral("b")),
                       all ? QString::number(*all) : QStringLiteral("(SELECT count(*) FROM tickets)")));
    q.bindValue(QStringLiteral(":now"), nowUtc.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":riskpct"), m_promiseRiskPercent);
    if (!q.exec() || !q.next())
        return result;
    result.open = q.value(0).toInt();
    result.atRisk = q.value(1).toInt();
    result.breached = q.value(2).toInt();
    result.all = q.value(3).toInt();
    return result;
}

QList<QueueQuery::Crossing> QueueQuery::crossings(const QDateTime& fromUtc,
                                                  const QDateTime& toUtc) const
{
    QList<Crossing> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, queue_key > :from AND queue_key <= :to FROM tickets WHERE queue_rank = 0 "
        "AND ((queue_key > :from AND queue_key <= :to) OR "
        "     (first_response_risk_at > :from AND first_response_risk_at <= :to "
        "      AND queue_key > :to)) "
        "ORDER BY CASE WHEN queue_key > :from AND queue_key <= :to THEN queue_key "
        "ELSE first_response_risk_at END, id")
                  .arg(rowColumns()));
    q.bindValue(QStringLiteral(":from"), fromUtc.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), toUtc.toSecsSinceEpoch());
    if (!q.exec())
        return result;
    while (q.next())
        result.append({rowFromQuery(q), q.value(13).toBool()});
    return result;
}

QList<QueueQuery::PromiseCrossing> QueueQuery::promiseCrossings(const QDateTime& fromUtc,
                                                                const QDateTime& toUtc) const
{
    QList<PromiseCrossing> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Only open commitments not yet due at :from can cross a line in (:from, :to]; the
    // at-risk instant is promised_at + riskpct % of the promised time (integer seconds,
    // rounded up as the queue's filter counts it).
    q.prepare(QStringLiteral(
        "SELECT c.id, c.ticket_id, t.number, c.text, c.due_at, c.due_at <= :to FROM commitments c "
        "JOIN tickets t ON t.id = c.ticket_id "
        "WHERE c.state = 'open' AND c.due_at > :from AND (c.due_at <= :to OR ("
        "  (:to - c.promised_at) * 100 >= (c.due_at - c.promised_at) * :riskpct "
        "  AND (:from - c.promised_at) * 100 < (c.due_at - c.promised_at) * :riskpct)) "
        "ORDER BY c.due_at, c.id"));
    q.bindValue(QStringLiteral(":from"), fromUtc.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), toUtc.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":riskpct"), m_promiseRiskPercent);
    if (!q.exec())
        return result;
    while (q.next()) {
        PromiseCrossing crossing;
        crossing.commitmentId = q.value(0).toLongLong();
        crossing.ticketId = q.value(1).toLongLong();
        crossing.number = q.value(2).toString();
        crossing.text = q.value(3).toString();
        crossing.due = ticketrows::fromDb(q.value(4));
        crossing.overdue = q.value(5).toBool();
        result.append(crossing);
    }
    return result;
}

} // namespace rtcare
