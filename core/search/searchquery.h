// SPDX-License-Identifier: MIT
// What a search box's text asks for: a ticket number, a contact, and words, each word
// widened to what it means. A word the classifier knows as a symptom ("卡顿", "freezing")
// stands for every keyword of that symptom in both languages; a word (or the whole query)
// that names a category or a scenario in either language ("回声" is a symptom, "直播连麦" a
// scenario, "Network connection" a category) also finds the tickets filed under it.
#pragma once

#include "search/searchtokens.h"

#include <QString>
#include <QStringList>

namespace rtcare::search {

struct SearchTerm
{
    QString text;           // as typed (one word of the query, or the whole query)
    QStringList symptoms;   // the symptom ids it names ("stutter")
    QStringList synonyms;   // their keywords ("freez*" = word start): highlighting, server
    QStringList categories; // category ids it names
    QStringList scenarios;  // scenario ids it names
};

struct SearchQuery
{
    QString text;            // the query, trimmed
    QString numberPrefix;    // "RTC-20261124-00" when the query is (the start of) a number
    QString contactPrefix;   // a phone number or e-mail address (or its start)
    QList<SearchTerm> terms; // every term must match

    [[nodiscard]] bool isEmpty() const { return text.isEmpty(); }
    // The terms as a full-text expression over the index words (empty when there are
    // none): a symptom is its tag word (the index tags what the rules read in each
    // description). FTS5's MATCH syntax, or a tsquery for the team server.
    [[nodiscard]] QString ftsExpression(QuerySyntax syntax = QuerySyntax::Fts5) const;
    // Only the words as typed (every term by its own words, no synonym, symptom, category
    // or scenario): the matches a search lists first. Empty when a term has no words of
    // its own.
    [[nodiscard]] QString typedExpression(QuerySyntax syntax = QuerySyntax::Fts5) const;
    // The words to mark in a ticket's summary: the query's own and its synonyms.
    [[nodiscard]] QStringList highlightWords() const;
};

[[nodiscard]] SearchQuery parseSearch(const QString& text);

} // namespace rtcare::search
