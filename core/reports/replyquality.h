// SPDX-License-Identifier: MIT
// How the period's replies read and whether their promises were kept (domain.md §5): for
// coaching, not for ranking. Each tone finding carries a suggestion, so the report counts
// "suggestions" per reply and per agent. Replies count by sent_at, commitments by due_at.
#pragma once

#include <QList>
#include <QString>

namespace rtcare {

class Database;
struct PeriodReport;

struct SuggestionCount
{
    QString category; // the tone rule's category: blame, empty_apology, over_promise...
    qint64 count = 0;
};

struct AgentReplyQuality
{
    QString agent;
    qint64 replies = 0;
    qint64 repliesWithSuggestion = 0;  // replies with at least one tone finding
    qint64 suggestions = 0;            // tone findings over all of the agent's replies
    double suggestionsPerReply = 0;    // rounded to 2 decimals
    QList<SuggestionCount> byCategory; // most frequent first
    // Promises due in the period that the agent made (in a reply of theirs; a promise not
    // tied to a reply counts for the ticket's assignee), and how many of them were kept.
    qint64 promisesDue = 0;
    qint64 promisesKept = 0;
};

struct CommitmentTally
{
    qint64 due = 0; // commitments due in the period
    qint64 kept = 0;
    qint64 broken = 0;
    qint64 open = 0;
    qint64 overdue = 0; // open and already past due at `now`
    double keptPct = 0; // kept / (kept + broken), 1 decimal; 0 when none was closed
};

struct ReplyQuality
{
    qint64 replies = 0;
    qint64 repliesWithSuggestion = 0;
    qint64 suggestions = 0;
    double suggestionsPerReply = 0;      // rounded to 2 decimals
    double repliesWithSuggestionPct = 0; // 1 decimal
    QList<SuggestionCount> byCategory;   // most frequent first
    QList<AgentReplyQuality> agents;     // most replies first, then by name (an agent
                                         // with promises due but no reply has 0 replies)
    CommitmentTally commitments;
};

// A tone category as a coach would name it, translated ("rtcare::ReplyQuality" context);
// an unknown category is returned as it is.
[[nodiscard]] QString suggestionCategoryTitle(const QString& category);

// Fills report->replyQuality from the replies sent in [from, to) and the commitments due in
// [from, to); `now` (epoch seconds) decides which open commitments are overdue.
[[nodiscard]] bool addReplyQuality(const Database& database, qint64 from, qint64 to, qint64 now,
                                   PeriodReport* report, QString* error);

} // namespace rtcare
