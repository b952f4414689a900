// SPDX-License-Identifier: MIT
// Search best first (the command line's 'rtcare search'): the ticket whose number or
// contact the query is comes first, then the full-text matches in two tiers of relevance:
// those with the words as typed, then those found through what the words mean (a
// symptom's synonyms in either language, a category or scenario named); within a tier the
// most urgent first (the queue's order). Only the hits returned are read: a large tier is
// met by walking the queue index, never sorted as a whole (1,000,000 tickets, 80,000
// matches: a few ms of SQL).
// On a team server the matches come in the queue's order.
#pragma once

#include "model/status.h"
#include "search/searchquery.h"
#include "storage/queuequery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {

class Database;

struct SearchHit
{
    QueueRow row;
    // What matched, as field ids: number, contact, customer, device, os, region,
    // description, category, scenario.
    QStringList matchedFields;
};

struct SearchResults
{
    search::SearchQuery query;
    int total = 0; // every match (with the status filter), not only those returned
    bool totalIsAtLeast = false; // a team server counted up to its cap (QueueQuery::count)
    QList<SearchHit> hits;
};

class TicketSearch
{
public:
    explicit TicketSearch(const Database& database);
    void setStatus(std::optional<TicketStatus> status) { m_status = status; }
    // At most `limit` hits, best first; nullopt with *error when the database fails.
    [[nodiscard]] std::optional<SearchResults> run(const QString& text, int limit,
                                                   QString* error) const;
    // The columns run() reads of each hit (tickets t), for benchmarks of the same SQL.
    [[nodiscard]] static const QString& hitColumns();

private:
    const Database& m_database;
    std::optional<TicketStatus> m_status;
};

// The fields of a stored ticket the query's words are in (see SearchHit).
[[nodiscard]] QStringList matchedFields(const search::SearchQuery& query, const QString& number,
                                        const QString& contact, const QString& customer,
                                        const QString& device, const QString& os,
                                        const QString& region, const QString& description,
                                        const QString& category, const QString& scenario);

} // namespace rtcare
