// SPDX-License-Identifier: MIT
// A search (search/searchquery.h) as SQL over the tickets table, for both engines: the ids
// of the matches are a set (the number and contact indexes, the full-text index
// ticket_search: FTS5 on SQLite, a tsvector with a GIN index on the team server, see
// searchindex.h) that the queue reads in its own order.
#pragma once

#include "search/searchquery.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QString>

namespace rtcare::searchsql {

// The query's full-text expression in the engine's syntax (FTS5 or tsquery), and only its
// words as typed (search::SearchQuery::typedExpression()).
[[nodiscard]] QString fullTextExpression(const search::SearchQuery& query,
                                         sqldialect::Engine engine);
[[nodiscard]] QString typedTextExpression(const search::SearchQuery& query,
                                          sqldialect::Engine engine);

// The ids of the tickets the search finds: a SELECT of one column.
[[nodiscard]] QString matchSet(const search::SearchQuery& query, sqldialect::Engine engine);

// " AND …" that keeps the tickets the search finds. On SQLite `walk` writes the id test so
// that the planner reads another index in order and checks each row against the match set
// (many matches); else the matches are looked up by id (few matches).
[[nodiscard]] QString condition(const search::SearchQuery& query, sqldialect::Engine engine,
                                bool walk);
// The number's and contact's ranges of the query, ORed, on the columns of `table` (a
// prefix such as "t.", or empty); empty when the query names neither.
[[nodiscard]] QString exactRanges(const search::SearchQuery& query, const QString& table);
// Best first ('rtcare search', both engines): the tickets whose number or contact starts
// with the query's (those it is exactly first, then urgency), :limit rows of `columns`.
[[nodiscard]] QString exactPage(const QString& columns, const search::SearchQuery& query,
                                bool byStatus);
// Best first: one tier of matches (the tickets the full-text expression bound to :fts
// finds; :status when `byStatus`), most urgent first, at most :limit rows of `columns` (of
// tickets t). SQLite: `walk` reads the queue index (or the status's) in order and checks
// each entry against the set, for many matches; else the matches are looked up by id and
// sorted. Never sorts a large set. On the server `walk` lets its planner read the queue
// index in order; else it cannot, and `matches` (what tierProbe() counted, when known)
// tells its planner how few they are (guessing thousands, it plans parallel workers whose
// start alone takes 30-40 ms).
[[nodiscard]] QString tierPage(const QString& columns, bool walk, bool byStatus,
                               sqldialect::Engine engine, int matches = 0);
// How many tickets :fts finds, counted up to :cap (decides tierPage's walk).
[[nodiscard]] QString tierProbe(sqldialect::Engine engine);
// Matches above which tierPage() walks: where reading about tickets × limit / matches
// queue entries costs less than looking up and sorting every match.
[[nodiscard]] int lookupAtMost(qint64 tickets, int limit);

// Binds what matchSet() and condition() use.
void bind(QSqlQuery& sql, const search::SearchQuery& query, sqldialect::Engine engine);

} // namespace rtcare::searchsql
