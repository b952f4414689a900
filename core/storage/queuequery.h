// SPDX-License-Identifier: MIT
#pragma once

#include "model/category.h"
#include "model/status.h"
#include "search/searchquery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

class QSqlQuery;

namespace rtcare {

class Database;

// Which tickets the queue shows.
enum class QueueFilter {
    Open,     // not resolved or closed
    AtRisk,   // first response pending, at or past the policy's at-risk step, not yet due;
              // or an open commitment at or past that step, not yet due
    Breached, // first response pending and past due; or an open commitment past due
    All
};

// One row of the queue, as much as the table needs (no full description).
struct QueueRow
{
    qint64 id = 0;
    QString number;
    QString customerName;
    bool enterprise = false;
    bool keyBusiness = false;
    Category category = Category::Other;
    QString priority;
    TicketStatus status = TicketStatus::New;
    QDateTime createdAt;
    QDateTime firstResponseDue;
    QDateTime firstResponseAt; // invalid while pending
    QString summary;           // first line of the description, at most 120 characters
    // The open commitment (a time promised in a reply) due first; invalid when there is
    // none. Read by page() only.
    QDateTime promisedAt;
    QDateTime promiseDue;
    QString promiseText;
    QString assignee; // who has the ticket (a name as the agents know it)
    // Colleagues (not the reader) replying to it right now (presence.h). Read by page().
    QStringList replying;
};

struct QueueCounts
{
    int open = 0;
    int atRisk = 0;
    int breached = 0;
    int all = 0;
};

// Reads the queue page by page, most urgent first: first response pending (earliest due
// first, so breached tickets lead), then tickets being worked on, then resolved and
// closed ones (latest first). Filtering and search run in SQL, so it stays fast on a
// 1,000,000-ticket file. Uses the calling thread's connection.
class QueueQuery
{
public:
    explicit QueueQuery(const Database& database);

    void setFilter(QueueFilter filter)
    {
        m_filter = filter;
        m_walksFilter.reset();
    }
    [[nodiscard]] QueueFilter filter() const { return m_filter; }
    // Only tickets in this status (nullopt = any); combines with the filter.
    void setStatus(std::optional<TicketStatus> status)
    {
        m_status = status;
        m_walksFilter.reset();
    }
    // Only the tickets this agent has (the "Mine" filter; nullopt = anyone's); combines
    // with the filter, the status and the search.
    void setAssignee(std::optional<QString> agent)
    {
        m_assignee = std::move(agent);
        m_walksFilter.reset();
    }
    [[nodiscard]] const std::optional<QString>& assignee() const { return m_assignee; }
    // Who reads the queue: their own presence is not shown as "replying" in page().
    void setReader(const QString& agent) { m_reader = agent; }
    // Search (search/searchquery.h): a ticket number or contact by its start (their
    // indexes), words through the full-text index (customer name, device, system, region,
    // description), widened to their symptom's synonyms and to the category or scenario
    // they name. On a team server the same words through its own index (searchindex.h).
    void setSearch(const QString& text);
    [[nodiscard]] QString search() const { return m_search; }
    [[nodiscard]] const search::SearchQuery& searchQuery() const { return m_query; }
    // The share of a commitment's time at which it counts as at risk (the policy's
    // at_risk_percent; first-response clocks have theirs stored on the ticket).
    void setPromiseRiskPercent(int percent) { m_promiseRiskPercent = percent; }

    // `now` decides which pending tickets are at risk or breached. With a search on a team
    // server the tickets are counted up to kServerSearchCountCap + 1 (PostgreSQL counts
    // index matches only by visiting each: 0.3-1.2 s for 80,000 of 1,000,000, 0.3-0.5 s
    // for 10,000): a count above the cap means "more than"; the list then holds the first
    // that many matches, most urgent first.
    [[nodiscard]] int count(const QDateTime& nowUtc) const;
    static constexpr int kServerSearchCountCap = 1'000;
    // Whether `counted` (what count() returned) stopped at the cap: there are more.
    [[nodiscard]] bool countIsPartial(int counted) const
    {
        return countsUpToCap() && counted > m_serverCountCap;
    }
    // Another cap (tests: a few tickets instead of 1,000).
    void setServerCountCap(int cap)
    {
        m_serverCountCap = cap;
        m_matchCount.reset();
    }
    [[nodiscard]] QList<QueueRow> page(int offset, int limit, const QDateTime& nowUtc) const;
    // Streams every matching row in queue order (for exports and the command line);
    // stops early when the visitor returns false. False if the query failed.
    bool visit(const QDateTime& nowUtc, const std::function<bool(const QueueRow&)>& visitor) const;
    // The SELECT visit() prepares (its parameters unbound), for checking its query plan.
    [[nodiscard]] QString visitStatement() const;
    [[nodiscard]] QueueCounts counts(const QDateTime& nowUtc) const; // ignores the search

    // Pending first responses whose clock crossed the at-risk step or its due time in
    // (fromUtc, toUtc]: what the desktop notifications announce.
    struct Crossing
    {
        QueueRow row;
        bool breached = false; // false: crossed the at-risk step
    };
    [[nodiscard]] QList<Crossing> crossings(const QDateTime& fromUtc,
                                            const QDateTime& toUtc) const;

    // Open commitments whose countdown crossed the at-risk share or its due time in
    // (fromUtc, toUtc]: each is announced once per step; kept or broken ones never.
    struct PromiseCrossing
    {
        qint64 commitmentId = 0;
        qint64 ticketId = 0;
        QString number;
        QString text;
        QDateTime due;
        bool overdue = false; // false: crossed the at-risk share
    };
    [[nodiscard]] QList<PromiseCrossing> promiseCrossings(const QDateTime& fromUtc,
                                                          const QDateTime& toUtc) const;

private:
    const Database& m_database;
    QueueFilter m_filter = QueueFilter::Open;
    QString m_search;
    search::SearchQuery m_query;
    std::optional<TicketStatus> m_status;
    std::optional<QString> m_assignee;
    QString m_reader;
    int m_promiseRiskPercent = 75;
    // Of the search alone, read once per `now` (count() and the pages of one refresh share
    // it; the next refresh reads it again, with the tickets that came meanwhile).
    mutable std::optional<int> m_matchCount;
    mutable QDateTime m_matchesAt;
    // Team server: how many tickets the search's words find, estimated from a sample of its
    // index (serversearch.h), read once per search; 0 on a file.
    mutable std::optional<qint64> m_serverEstimate;
    mutable qint64 m_serverTermEntries = 0; // the sum of its terms' estimates
    // walksServerFilter()'s answer, read once per `now` and filter (like m_matchCount).
    mutable std::optional<bool> m_walksFilter;
    int m_serverCountCap = kServerSearchCountCap;

    // `walk`: read the queue's index in order and keep the matching tickets (many matches);
    // else look the matches up by id and sort them (few matches).
    [[nodiscard]] QString whereClause(bool walk = false) const;
    // The filter, status and assignee without the search.
    [[nodiscard]] QString filterWhere() const;
    void bindWhere(QSqlQuery& query, const QDateTime& nowUtc) const;
    // How many tickets the search alone finds (SQLite: from the full-text index; a team
    // server: up to the cap + 1).
    [[nodiscard]] int matchCount() const;
    // Forgets the count of the search (and whether its filter is walked whole) when
    // `nowUtc` is another refresh's.
    void readMatchesAt(const QDateTime& nowUtc) const;
    // Whether the search finds any ticket: a server's sample that found some settles it
    // without counting.
    [[nodiscard]] bool hasMatches() const { return serverEstimate() > 0 || matchCount() > 0; }
    [[nodiscard]] bool countsUpToCap() const;
    [[nodiscard]] bool walkQueue() const;
    [[nodiscard]] qint64 serverEstimate() const;
    // On a team server, a filter with few tickets (Open, At risk …) is walked whole for a
    // search with many matches (serversearch::walksWholeFilter): its count and its pages.
    [[nodiscard]] bool walksServerFilter() const;
    // A team server's page of many matches read by walking its queue (serversearch.h);
    // nullopt when the search has few or the walk gave up.
    [[nodiscard]] std::optional<QList<QueueRow>> walkedServerPage(int offset, int limit,
                                                                 const QDateTime& nowUtc) const;
    // The page as one SELECT: walking the queue in order, or looking the matches up by id.
    [[nodiscard]] QList<QueueRow> lookedUpPage(int offset, int limit,
                                               const QDateTime& nowUtc) const;
    // Tickets in all statuses, or in one, from the counts kept by triggers (schema 8);
    // nullopt where none are kept (a team server).
    [[nodiscard]] std::optional<int> keptCount(std::optional<TicketStatus> status) const;
    // visit() through SQLite's own interface; nullopt where it does not apply.
    [[nodiscard]] std::optional<bool>
    visitThroughSqlite(const QDateTime& nowUtc,
                       const std::function<bool(const QueueRow&)>& visitor) const;
};

// The queue row of a query whose first twelve columns are, in order: id, number,
// customer_name, customer_enterprise, customer_key_business, category, priority, status,
// created_at, first_response_due, first_response_at, description. The summary is the
// description's first line, at most 120 characters.
[[nodiscard]] QueueRow queueRowFromQuery(const QSqlQuery& q);

} // namespace rtcare
