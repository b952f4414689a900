// SPDX-License-Identifier: MIT
#include "storage/ticketsearch.h"

#include "storage/database.h"
#include "storage/searchsql.h"
#include "storage/serversearch.h"
#include "storage/sqldialect.h"
#include "storage/ticketrows.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rtcare {

namespace {

} // namespace

// The columns of a hit: the queue row's, then what matchedFields() reads.
const QString& TicketSearch::hitColumns()
{
    static const QString columns = QStringLiteral(
        "t.id, t.number, t.customer_name, t.customer_enterprise, t.customer_key_business, "
        "t.category, t.priority, t.status, t.created_at, t.first_response_due, "
        "t.first_response_at, t.description, t.customer_contact, t.device_model, t.os, "
        "t.region, t.scenario");
    return columns;
}

namespace {

SearchHit hitFromQuery(const QSqlQuery& q, const search::SearchQuery& query)
{
    SearchHit hit;
    hit.row = queueRowFromQuery(q);
    hit.matchedFields = matchedFields(query, hit.row.number, q.value(12).toString(),
                                      hit.row.customerName, q.value(13).toString(),
                                      q.value(14).toString(), q.value(15).toString(),
                                      q.value(11).toString(), q.value(5).toString(),
                                      q.value(16).toString());
    return hit;
}

// The query's number and contact without its words (what the first part binds).
search::SearchQuery rangesOnly(const search::SearchQuery& query)
{
    search::SearchQuery ranges = query;
    ranges.terms.clear();
    return ranges;
}

// About how many tickets the file holds (the largest id: one step down the table's tree).
qint64 ticketCount(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM tickets")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

bool containsAny(const QString& text, const QStringList& words)
{
    const QString lower = text.toLower();
    for (const QString& word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace

QStringList matchedFields(const search::SearchQuery& query, const QString& number,
                          const QString& contact, const QString& customer, const QString& device,
                          const QString& os, const QString& region, const QString& description,
                          const QString& category, const QString& scenario)
{
    QStringList fields;
    if (!query.numberPrefix.isEmpty() && number.startsWith(query.numberPrefix))
        fields << QStringLiteral("number");
    if (!query.contactPrefix.isEmpty() && contact.startsWith(query.contactPrefix))
        fields << QStringLiteral("contact");
    const QStringList words = query.highlightWords();
    const std::pair<const char*, const QString*> texts[] = {{"customer", &customer},
                                                            {"device", &device},
                                                            {"os", &os},
                                                            {"region", &region},
                                                            {"description", &description}};
    for (const auto& [field, text] : texts) {
        if (containsAny(*text, words))
            fields << QLatin1String(field);
    }
    for (const search::SearchTerm& term : query.terms) {
        if (term.categories.contains(category) && !fields.contains(QLatin1String("category")))
            fields << QStringLiteral("category");
        if (term.scenarios.contains(scenario) && !fields.contains(QLatin1String("scenario")))
            fields << QStringLiteral("scenario");
    }
    return fields;
}

TicketSearch::TicketSearch(const Database& database) : m_database(database) {}

std::optional<SearchResults> TicketSearch::run(const QString& text, int limit, QString* error) const
{
    SearchResults results;
    results.query = search::parseSearch(text);
    if (results.query.isEmpty())
        return results;
    QueueQuery counter(m_database);
    counter.setFilter(QueueFilter::All);
    counter.setStatus(m_status);
    counter.setSearch(text);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    results.total = counter.count(now);
    results.totalIsAtLeast = counter.countIsPartial(results.total);
    if (results.total == 0)
        return results;

    QSqlDatabase db = m_database.connection();
    const sqldialect::Engine engine = sqldialect::engineOf(db);
    // Runs a page's SQL and keeps its new hits; the rows it read, or nullopt on an error.
    // `walkBudget`: the queue entries a server's walk reads at most (serversearch.h).
    auto run = [&](const QString& sql, const search::SearchQuery& binds, int rows,
                   const QString& fts = {}, qint64 walkBudget = 0) -> std::optional<int> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        searchsql::bind(q, binds, engine);
        if (!fts.isEmpty())
            q.bindValue(QStringLiteral(":fts"), fts);
        if (m_status)
            q.bindValue(QStringLiteral(":status"), statusId(*m_status));
        q.bindValue(QStringLiteral(":limit"), rows);
        if (walkBudget > 0) {
            q.bindValue(QStringLiteral(":budget"), walkBudget);
            q.bindValue(QStringLiteral(":offset"), 0);
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        QSet<qint64> seen;
        for (const SearchHit& hit : std::as_const(results.hits))
            seen.insert(hit.row.id);
        int read = 0;
        while (q.next()) {
            ++read;
            SearchHit hit = hitFromQuery(q, results.query);
            if (!seen.contains(hit.row.id) && results.hits.size() < limit)
                results.hits.append(hit);
        }
        return read;
    };

    // The ticket the number or contact names, exact before its start, then urgency.
    const search::SearchQuery& query = results.query;
    if (!query.numberPrefix.isEmpty() || !query.contactPrefix.isEmpty()) {
        if (!run(searchsql::exactPage(hitColumns(), query, m_status.has_value()),
                 rangesOnly(query), limit))
            return std::nullopt;
    }
    if (results.hits.size() >= limit || query.terms.isEmpty())
        return results;
    const QString meant = searchsql::fullTextExpression(query, engine);
    if (meant.isEmpty())
        return results;
    // Two tiers of relevance, each most urgent first: the tickets with the words as typed,
    // then those found through what the words mean (synonyms, the symptom, category or
    // scenario named). Neither tier is sorted as a whole on SQLite: a large one is met in
    // the queue index's order (searchsql::tierPage).
    QStringList tiers;
    if (const QString typed = searchsql::typedTextExpression(query, engine);
        !typed.isEmpty() && typed != meant)
        tiers << typed;
    tiers << meant;
    // How many a tier finds, counted up to a bound, picks the way to its first rows (on the
    // server too: its planner, guessing from statistics, would walk the whole queue for a
    // word that few tickets or none have).
    const qint64 tickets = ticketCount(db);
    const int lookupAtMost = searchsql::lookupAtMost(tickets, limit);
    // The server estimates every tier from one read of its sample (serversearch.h).
    const QList<qint64> estimates =
        engine == sqldialect::Engine::PostgreSQL
            ? serversearch::estimateMatches(db, tiers, tickets).value_or(QList<qint64>{})
            : QList<qint64>{};
    for (qsizetype tier = 0; tier < tiers.size(); ++tier) {
        const QString& fts = tiers.at(tier);
        if (results.hits.size() >= limit)
            break;
        const int wanted = limit + int(results.hits.size());
        if (engine == sqldialect::Engine::PostgreSQL) {
            // The server walks its queue for a tier with many matches (serversearch.h); a
            // walk that gives up short is looked up below instead.
            const qint64 estimate = estimates.value(tier);
            if (serversearch::walks(estimate, tickets, wanted)) {
                const qint64 budget = serversearch::walkBudget(wanted, estimate, tickets);
                const std::optional<int> read = run(
                    serversearch::walkedPage(hitColumns(), QStringLiteral("t"),
                                             m_status ? QStringLiteral("status = :status")
                                                      : QStringLiteral("TRUE"),
                                             {}),
                    {}, wanted, fts, budget);
                if (!read)
                    return std::nullopt;
                if (*read >= wanted || budget >= tickets)
                    continue;
            } else if (estimate > 0) {
                // Some in the sample, too few to walk for: looked up at once. Counting them
                // first would build GIN's set twice (40 ms each for "Galaxy S21 郭晓燕").
                if (!run(searchsql::tierPage(hitColumns(), false, m_status.has_value(), engine),
                         {}, wanted, fts))
                    return std::nullopt;
                continue;
            }
        }
        QSqlQuery probe(db);
        probe.prepare(searchsql::tierProbe(engine));
        probe.bindValue(QStringLiteral(":fts"), fts);
        probe.bindValue(QStringLiteral(":cap"), lookupAtMost + 1);
        if (!probe.exec() || !probe.next()) {
            *error = probe.lastError().text();
            return std::nullopt;
        }
        const int found = probe.value(0).toInt();
        probe.finish();
        if (found == 0)
            continue;
        const bool walk = found > lookupAtMost;
        if (!run(searchsql::tierPage(hitColumns(), walk, m_status.has_value(), engine,
                                     walk ? 0 : found),
                 {}, wanted, fts))
            return std::nullopt;
    }
    return results;
}

} // namespace rtcare
