// SPDX-License-Identifier: MIT
// A search (search/searchquery.h) as SQL over the tickets table, for both engines.
// SQLite: the ids of the matches are a set (the number and contact indexes, the full-text
// index ticket_search) that the queue reads in its own order. PostgreSQL (team server): the
// same words looked for with ILIKE in the same columns, and the category or scenario named.
#pragma once

#include "search/searchquery.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QString>

namespace rtcare::searchsql {

// The ids of the tickets the search finds (SQLite): a SELECT of one column.
[[nodiscard]] QString matchSet(const search::SearchQuery& query);

// " AND …" that keeps the tickets the search finds. On SQLite `walk` writes the id test so
// that the planner reads another index in order and checks each row against the match set
// (many matches); else the matches are looked up by id (few matches).
[[nodiscard]] QString condition(const search::SearchQuery& query, sqldialect::Engine engine,
                                bool walk);
// Binds what matchSet() and condition() use.
void bind(QSqlQuery& sql, const search::SearchQuery& query, sqldialect::Engine engine);

} // namespace rtcare::searchsql
