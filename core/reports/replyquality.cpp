// SPDX-License-Identifier: MIT
#include "reports/replyquality.h"

#include "reports/periodreport.h"
#include "reports/reportsql.h"
#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace rtcare {

namespace {

using reportsql::run;

double ratio(qint64 count, qint64 total, double scale, double precision)
{
    return total > 0 ? std::round(double(count) * scale * precision / double(total)) / precision
                     : 0.0;
}

// A reply's findings as a JSON array; anything unreadable counts as no finding.
const QString kFindings =
    QStringLiteral("(CASE WHEN json_valid(findings) AND json_type(findings) = 'array' "
                   "THEN findings ELSE '[]' END)");

void sortCategories(QList<SuggestionCount>* rows)
{
    std::sort(rows->begin(), rows->end(), [](const SuggestionCount& a, const SuggestionCount& b) {
        return a.count != b.count ? a.count > b.count : a.category < b.category;
    });
}

} // namespace

QString suggestionCategoryTitle(const QString& category)
{
    static const struct
    {
        const char* id;
        const char* title;
    } titles[] = {
        {"blame", QT_TRANSLATE_NOOP("rtcare::ReplyQuality", "Could read as blame")},
        {"empty_apology", QT_TRANSLATE_NOOP("rtcare::ReplyQuality", "Apology without a next step")},
        {"over_promise",
         QT_TRANSLATE_NOOP("rtcare::ReplyQuality", "Promise that may be hard to keep")},
        {"vague_advice",
         QT_TRANSLATE_NOOP("rtcare::ReplyQuality", "Advice could be more specific")},
        {"unfilled_placeholder", QT_TRANSLATE_NOOP("rtcare::ReplyQuality", "Placeholder left in")},
    };
    for (const auto& t : titles)
        if (category == QLatin1String(t.id))
            return QCoreApplication::translate("rtcare::ReplyQuality", t.title);
    return category;
}

namespace {

// Replies sent in [from, to) per agent and their findings per category, in SQL (SQLite's
// JSON functions; unreadable findings count as none).
bool readFindingsInSql(const QSqlDatabase& db, qint64 from, qint64 to, ReplyQuality* quality,
                       QHash<QString, qint64>* overall, QString* error)
{
    QHash<QString, qsizetype> agentRow;
    if (!run(
            db,
            QStringLiteral("SELECT actor, COUNT(*), SUM(json_array_length(%1) > 0), "
                           "SUM(json_array_length(%1)) FROM replies "
                           "WHERE sent_at >= ? AND sent_at < ? GROUP BY actor")
                .arg(kFindings),
            {from, to},
            [&](const QSqlQuery& q) {
                AgentReplyQuality agent;
                agent.agent = q.value(0).toString();
                agent.replies = q.value(1).toLongLong();
                agent.repliesWithSuggestion = q.value(2).toLongLong();
                agent.suggestions = q.value(3).toLongLong();
                agentRow.insert(agent.agent, quality->agents.size());
                quality->agents.append(agent);
            },
            error))
        return false;
    return run(
        db,
        QStringLiteral("SELECT actor, COALESCE(json_extract(finding.value, '$.category'), ''), "
                       "COUNT(*) FROM replies, json_each(%1) AS finding "
                       "WHERE sent_at >= ? AND sent_at < ? GROUP BY 1, 2")
            .arg(kFindings),
        {from, to},
        [&](const QSqlQuery& q) {
            const QString category = q.value(1).toString();
            const qint64 count = q.value(2).toLongLong();
            (*overall)[category] += count;
            const qsizetype row = agentRow.value(q.value(0).toString(), -1);
            if (row >= 0)
                quality->agents[row].byCategory.append({category, count});
        },
        error);
}

// The same, with the findings read here: PostgreSQL 15 has no JSON validity test to keep a
// malformed value from failing the whole query.
bool readFindingsHere(const QSqlDatabase& db, qint64 from, qint64 to, ReplyQuality* quality,
                      QHash<QString, qint64>* overall, QString* error)
{
    QHash<QString, AgentReplyQuality> agents;
    QHash<QString, QHash<QString, qint64>> byAgent;
    if (!run(db,
             QStringLiteral("SELECT actor, findings, COUNT(*) FROM replies WHERE sent_at >= ? "
                            "AND sent_at < ? GROUP BY 1, 2"),
             {from, to},
             [&](const QSqlQuery& q) {
                 const QString actor = q.value(0).toString();
                 const qint64 replies = q.value(2).toLongLong();
                 const QJsonArray findings =
                     QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
                 AgentReplyQuality& agent = agents[actor];
                 agent.agent = actor;
                 agent.replies += replies;
                 agent.repliesWithSuggestion += findings.isEmpty() ? 0 : replies;
                 agent.suggestions += findings.size() * replies;
                 for (const QJsonValue& finding : findings) {
                     const QJsonValue category = finding.toObject().value(QStringLiteral("category"));
                     const QString id = category.isString() ? category.toString()
                                        : category.isDouble() ? QString::number(category.toDouble())
                                                              : QString();
                     byAgent[actor][id] += replies;
                     (*overall)[id] += replies;
                 }
             },
             error))
        return false;
    for (AgentReplyQuality& agent : agents) {
        const QHash<QString, qint64>& categories = byAgent[agent.agent];
        for (auto it = categories.cbegin(); it != categories.cend(); ++it)
            agent.byCategory.append({it.key(), it.value()});
        quality->agents.append(agent);
    }
    return true;
}

// The promises due in [from, to) per agent: the one whose reply made it, else the ticket's
// assignee (a promise recorded by hand); nobody's when both are empty. An agent without a
// reply in the period gets a row of their own.
bool addPromisesPerAgent(const QSqlDatabase& db, qint64 from, qint64 to, ReplyQuality* quality,
                         QString* error)
{
    QHash<QString, qsizetype> rowOf;
    for (qsizetype i = 0; i < quality->agents.size(); ++i)
        rowOf.insert(quality->agents.at(i).agent, i);
    return run(
        db,
        QStringLiteral("SELECT COALESCE(r.actor, t.assignee, ''), COUNT(*), SUM(%1) "
                       "FROM commitments c JOIN tickets t ON t.id = c.ticket_id "
                       "LEFT JOIN replies r ON r.id = c.reply_id "
                       "WHERE c.due_at >= ? AND c.due_at < ? GROUP BY 1")
            .arg(sqldialect::asInteger(sqldialect::engineOf(db),
                                       QStringLiteral("(c.state = 'kept')"))),
        {from, to},
        [&](const QSqlQuery& q) {
            const QString agent = q.value(0).toString();
            if (agent.isEmpty())
                return;
            qsizetype row = rowOf.value(agent, -1);
            if (row < 0) {
                row = quality->agents.size();
                rowOf.insert(agent, row);
                AgentReplyQuality added;
                added.agent = agent;
                quality->agents.append(added);
            }
            quality->agents[row].promisesDue = q.value(1).toLongLong();
            quality->agents[row].promisesKept = q.value(2).toLongLong();
        },
        error);
}

} // namespace

bool addReplyQuality(const Database& database, qint64 from, qint64 to, qint64 now,
                     PeriodReport* report, QString* error)
{
    const QSqlDatabase db = database.connection();
    ReplyQuality& quality = report->replyQuality;
    quality = {};
    QHash<QString, qint64> overall;
    const bool read = sqldialect::engineOf(db) == sqldialect::Engine::SQLite
                          ? readFindingsInSql(db, from, to, &quality, &overall, error)
                          : readFindingsHere(db, from, to, &quality, &overall, error);
    if (!read)
        return false;
    if (!addPromisesPerAgent(db, from, to, &quality, error))
        return false;
    // Most replies first, then by name (ordered here, not by the engine's collation).
    std::sort(quality.agents.begin(), quality.agents.end(),
              [](const AgentReplyQuality& a, const AgentReplyQuality& b) {
                  return a.replies != b.replies ? a.replies > b.replies : a.agent < b.agent;
              });
    for (AgentReplyQuality& agent : quality.agents) {
        agent.suggestionsPerReply = ratio(agent.suggestions, agent.replies, 1, 100);
        quality.replies += agent.replies;
        quality.repliesWithSuggestion += agent.repliesWithSuggestion;
        quality.suggestions += agent.suggestions;
        sortCategories(&agent.byCategory);
    }
    quality.suggestionsPerReply = ratio(quality.suggestions, quality.replies, 1, 100);
    quality.repliesWithSuggestionPct =
        ratio(quality.repliesWithSuggestion, quality.replies, 100, 10);
    for (auto it = overall.cbegin(); it != overall.cend(); ++it)
        quality.byCategory.append({it.key(), it.value()});
    sortCategories(&quality.byCategory);

    const auto is = [engine = sqldialect::engineOf(db)](const QString& condition) {
        return sqldialect::asInteger(engine, condition);
    };
    CommitmentTally& c = quality.commitments;
    if (!run(
            db,
            QStringLiteral("SELECT COUNT(*), SUM(%1), SUM(%2), SUM(%3), SUM(%4) "
                           "FROM commitments WHERE due_at >= ? AND due_at < ?")
                .arg(is(QStringLiteral("(state = 'kept')")), is(QStringLiteral("(state = 'broken')")),
                     is(QStringLiteral("(state = 'open')")),
                     is(QStringLiteral("(state = 'open' AND due_at < ?)"))),
            {now, from, to},
            [&](const QSqlQuery& q) {
                c.due = q.value(0).toLongLong();
                c.kept = q.value(1).toLongLong();
                c.broken = q.value(2).toLongLong();
                c.open = q.value(3).toLongLong();
                c.overdue = q.value(4).toLongLong();
            },
            error))
        return false;
    c.keptPct = ratio(c.kept, c.kept + c.broken, 100, 10);
    return true;
}

} // namespace rtcare
