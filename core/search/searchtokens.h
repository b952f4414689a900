// SPDX-License-Identifier: MIT
// The words of a ticket as the search index stores them, and a query's words in the
// same form. SQLite's unicode61 tokenizer splits on spaces only what it is given, so the
// splitting happens here, in our own code:
// - Chinese (Han) text becomes overlapping two-character words ("视频很卡" -> 视频 频很 很卡)
//   followed by its last character alone (卡), so that every character of the text starts
//   one indexed word: a one-character query is a prefix query (卡*), a longer one a phrase
//   of its two-character words ("卡顿" -> 卡顿, "视频很卡" -> "视频 频很 很卡").
// - Other letters and digits become lower-case words (full width folded), matched by prefix.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rtcare::search {

// The index words of a text, joined by single spaces (what the FTS5 row holds).
[[nodiscard]] QString indexTokens(QStringView text);

// The two engines' full-text query languages: SQLite FTS5's MATCH expression and
// PostgreSQL's tsquery (the team server's index, storage/searchindex.h).
enum class QuerySyntax
{
    Fts5,
    TsQuery
};

// An expression that finds `text` as written: every piece of it (AND), a Chinese run as a
// phrase of its two-character words, a word by prefix. Empty when the text has no letters
// or digits.
[[nodiscard]] QString matchExpression(QStringView text, QuerySyntax syntax = QuerySyntax::Fts5);

// One index word (a tag word, tagToken()) as an exact term of an expression.
[[nodiscard]] QString exactTerm(const QString& word, QuerySyntax syntax);
// " AND " or " & ", " OR " or " | ".
[[nodiscard]] QLatin1String andOperator(QuerySyntax syntax);
[[nodiscard]] QLatin1String orOperator(QuerySyntax syntax);

// The index words (indexTokens()) as PostgreSQL's tsvector text: each word quoted, with its
// position (1, 2, …), so that a phrase of pairs is found as FTS5 finds it. PostgreSQL keeps
// positions up to 16,383 and words up to 2,047 bytes: a word longer than kServerWordChars
// is kept as its start (and looked for by its start, matchExpression()).
[[nodiscard]] QString serverVector(QStringView tokens);
inline constexpr qsizetype kServerWordChars = 500;

// The pieces of a query as a user typed them: runs of Han characters and words of other
// letters and digits, lower case (for tests and highlighting).
[[nodiscard]] QStringList queryPieces(QStringView text);

// A tag word for a value that is searched by its display name (category, scenario):
// "x" + kind + the id's letters and digits ("xcatavquality").
[[nodiscard]] QString tagToken(QStringView kind, QStringView id);

} // namespace rtcare::search
