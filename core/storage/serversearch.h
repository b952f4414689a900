// SPDX-License-Identifier: MIT
// How the team server finds the first matches of a search with many of them (issue 17).
// PostgreSQL's GIN index answers a search by building the set of every match first: about
// 0.6 µs a match for a word searched by its start, and the planner, guessing a phrase or
// two correlated words to be rare, then looks every match up and sorts them (Galaxy S21,
// 50,740 matches: 200 ms; a customer name, 26,520: 320 ms over 1,000,000 tickets). The
// file's FTS5 index has neither cost. So on the server the app estimates how many tickets a
// search finds from a fixed sample of the index, and for many of them it
// - counts them up to the cap by reading the index in storage order, a bounded number of
//   rows, instead of building the set (countUpTo());
// - reads the queue in order and tests each ticket's words against the search, a bounded
//   number of entries (walkedPage()); a page that comes back short is looked up instead;
// - walks a filter with few tickets (the open queue …) whole, count and pages, when the
//   set GIN would build for the search's words costs more (walksWholeFilter()).
#pragma once

#include "search/searchquery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::serversearch {

// How many of `tickets` each tsquery of `expressions` finds, estimated from the index's
// rows in a fixed sample of its pages (about 5,000 rows; all of them for a small server),
// in one read of the sample.
[[nodiscard]] std::optional<QList<qint64>>
estimateMatches(QSqlDatabase& db, const QStringList& expressions, qint64 tickets);
// The search's expression first, then each of its terms' when it has more than one: what
// the GIN index reads for it is every entry of every term.
[[nodiscard]] QStringList estimatedExpressions(const search::SearchQuery& query);

// The rows of the index to read in storage order to find `wanted` matches of a search
// estimated to find `estimated` of `tickets`, with room for chance; nullopt when that is
// more than reading the set through the GIN index costs (kMaxCountRows).
[[nodiscard]] std::optional<qint64> countRows(qint64 wanted, qint64 estimated, qint64 tickets);
inline constexpr qint64 kMaxCountRows = 80'000;
// How many tickets `fts` finds among the first `rows` rows of the index, counted up to
// `atMost`. nullopt if the query failed.
[[nodiscard]] std::optional<int> countUpTo(QSqlDatabase& db, const QString& fts, int atMost,
                                           qint64 rows);

// Whether a page of `limit` rows is met sooner by reading the queue in order (a walk,
// about 4 µs a ticket read) than by looking each of `estimated` matches up and sorting
// them (about 11 µs a match): measured on 1,000,000 tickets.
[[nodiscard]] bool walks(qint64 estimated, qint64 tickets, int limit);
// The queue entries a walk reads at most before it gives up (its page is then looked up):
// four times the entries that hold `wanted` matches at the estimated density.
[[nodiscard]] qint64 walkBudget(qint64 wanted, qint64 estimated, qint64 tickets);

// A filter of the queue (Open, At risk, a status …) that holds few tickets is walked whole
// when its `filtered` tickets at 4 µs each cost less than the GIN index's set: about 0.6 µs
// for each entry of each term (`termEntries`, the sum of the terms' estimates) and 3 µs for
// each of the `estimated` matches.
[[nodiscard]] bool walksWholeFilter(qint64 estimated, qint64 termEntries, qint64 filtered);
inline constexpr qint64 kWholeFilterAtMost = 20'000;

// True where the ticket whose id is `id` has words that match :fts (a correlated test the
// planner cannot turn into a lookup of the set of matches).
[[nodiscard]] QString wordsMatch(const QString& id);

// A page of `columns` (of tickets named `alias`) read by a walk: the first :budget entries
// of the queue that `where` keeps (a condition on tickets, unqualified), in queue order,
// each kept when its words match :fts or `alsoKept` holds (a condition on tickets,
// unqualified, or empty); :limit rows from :offset, in queue order.
[[nodiscard]] QString walkedPage(const QString& columns, const QString& alias,
                                 const QString& where, const QString& alsoKept);

} // namespace rtcare::serversearch
