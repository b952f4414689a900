// SPDX-License-Identifier: MIT
// Search best first (the command line's 'rtcare search'): the ticket whose number or
// contact the query is comes first, then the full-text matches by relevance (SQLite's
// bm25 over the index words), equal relevance most urgent first (the queue's order).
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
