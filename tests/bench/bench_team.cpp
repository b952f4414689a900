// SPDX-License-Identifier: MIT
// Team mode under load (issue 18): simulated agents, each its own process and PostgreSQL
// login role (member of rtcare_agent), create, take, reply to and resolve tickets against
// one server for a while, through the real repository code, each listening with the real
// live feed (teamfeed.h) and keeping its queue's first page as a desktop does.
//   bench_team [--agents 20] [--seconds 120] [--pause-ms 500] [--settle-ms 3000] [--db URL]
//   bench_team --first-page [--tickets 1000000] [--demo 50000] [--runs 9] [--db URL]
// Without --db a throwaway cluster is started (tests/pg/pgcluster.sh, as the PostgreSQL tests
// do) and stopped at the end. --db is an administrator's URL of an EMPTY database: the bench
// runs `rtcare server init` on it (schema and group roles) and adds the roles bench_agent_NN.
// At the end it checks, and exits 1 when one fails:
// - no duplicate ticket number;
// - no lost update: every ticket, reply, take and resolve an agent was told succeeded is on
//   the server, and nothing it was told was refused; each ticket's status and assignee
//   history is one unbroken chain (every change starts from the value the previous one left)
//   that ends at the ticket's current value;
// - every agent's queue page, as last read on the feed's word, equals a fresh read;
// - p95 change-to-notification latency under 1 s: for every write and every agent, from the
//   writer's commit returning to the first ticketsChanged naming the ticket (a notification
//   that beats the writer's return counts 0; the figure from the start of the write, an upper
//   bound, is printed too); a write no agent heard of is a missed notification.
// --first-page fills the server unless it already holds --tickets: --demo (default 50,000)
// tickets through the `rtcare demo-data` path, the rest as server-side copies of those
// (INSERT … SELECT, triggers off), then times the queue's first page
// (50 rows, QueueQuery as the window reads it) for the open queue, one agent's "Mine" and
// all tickets: median and max of --runs reads each.
#include "benchsupport.h"
#include "teamagent.h"
#include "teamserver.h"

#include "demo/demodata.h"
#include "model/status.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/queuequery.h"
#include "storage/serverdatabase.h"
#include "storage/serverroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::median;
using rtcare::bench::report;
using rtcare::bench::Admin;
using rtcare::bench::Cluster;
using rtcare::bench::serverUrl;
using rtcare::bench::withUser;

namespace {

bool hasFlag(const char* name)
{
    return QCoreApplication::arguments().contains(QLatin1String(name));
}

// --- the load run ----------------------------------------------------------------------------

struct Check
{
    int failures = 0;
    void expect(bool ok, const QString& what)
    {
        report(QStringLiteral("  %1 %2").arg(ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"),
                                             what));
        if (!ok)
            ++failures;
    }
};

// Each ticket's history of one field (status or assignee) is one chain: every change starts
// where the previous one ended, and the last ends at the ticket's current value. Returns the
// number of tickets whose chain is broken.
int brokenChains(Admin& admin, const QString& field, const QString& column,
                 const QString& firstValue, QStringList* examples)
{
    QHash<qint64, QString> current;
    {
        QSqlQuery q = admin.query(QStringLiteral("SELECT id, %1 FROM tickets").arg(column));
        while (q.next())
            current.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QHash<qint64, QString> last; // ticket -> value its history ends at
    QSet<qint64> broken;
    QSqlQuery q = admin.query(
        QStringLiteral("SELECT ticket_id, action, actor, old_value, new_value FROM audit WHERE "
                       "field = '%1' OR (action = 'create' AND field = '') ORDER BY ticket_id, id")
            .arg(field));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toString() == QLatin1String("create")) {
            // The chain starts at creation: status "new", the creator has the ticket.
            last.insert(id, firstValue.isEmpty() ? q.value(2).toString() : firstValue);
            continue;
        }
        if (q.value(3).toString() != last.value(id)) {
            broken.insert(id);
            if (examples->size() < 5)
                examples->append(QStringLiteral("ticket %1: %2 changed from '%3' but was '%4'")
                                     .arg(id)
                                     .arg(field, q.value(3).toString(), last.value(id)));
        }
        last.insert(id, q.value(4).toString());
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (last.value(it.key()) != it.value()) {
            broken.insert(it.key());
            if (examples->size() < 5)
                examples->append(QStringLiteral("ticket %1: %2 is '%3', its history ends at '%4'")
                                     .arg(it.key())
                                     .arg(field, it.value(), last.value(it.key())));
        }
    }
    return int(broken.size());
}

int runLoad()
{
    const int agents = option(QStringLiteral("agents"), QStringLiteral("20")).toInt();
    const int seconds = option(QStringLiteral("seconds"), QStringLiteral("120")).toInt();
    const int pauseMs = option(QStringLiteral("pause-ms"), QStringLiteral("500")).toInt();
    const int settleMs = option(QStringLiteral("settle-ms"), QStringLiteral("3000")).toInt();
    Cluster cluster;
    const QString url = serverUrl(cluster, QStringLiteral("rtcare_bench_team"));
    if (url.isEmpty())
        return 77;

    // `rtcare server init`: the schema, the group roles, then one login role per agent.
    {
        StorageError failure;
        const std::unique_ptr<Database> database = Database::open(url, &failure);
        if (!database) {
            report(failure.message);
            return 2;
        }
        QStringList done;
        if (!initServerRoles(*database, &done, &failure)) {
            report(QStringLiteral("server init: %1").arg(failure.message));
            return 2;
        }
    }
    Admin admin(url);
    if (admin.scalar(QStringLiteral("SELECT count(*) FROM tickets")) != 0) {
        report(
            QStringLiteral("%1 already holds tickets: give the bench an empty database").arg(url));
        return 2;
    }
    QStringList names;
    for (int i = 1; i <= agents; ++i) {
        const QString name = QStringLiteral("bench_agent_%1").arg(i, 2, 10, QLatin1Char('0'));
        QString error;
        if (!admin.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN "
                                       "duplicate_object THEN NULL; END $$")
                            .arg(name),
                        &error) ||
            !admin.exec(QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(kAgentRole), name),
                        &error)) {
            report(QStringLiteral("cannot add the role %1: %2").arg(name, error));
            return 2;
        }
        names << name;
    }

    // The agents start together once all had time to connect, and stop together.
    QTemporaryDir reports;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() + 3000 + 150 * agents;
    const qint64 endMs = startMs + qint64(seconds) * 1000;
    report(QStringLiteral("bench_team: %1 agents (processes, own roles), %2 s, a pause of %3 ms "
                          "on average between two actions, on %4")
               .arg(agents)
               .arg(seconds)
               .arg(pauseMs)
               .arg(url));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < agents; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--agent"), QStringLiteral("--db"), withUser(url, names[i]),
             QStringLiteral("--name"), names[i], QStringLiteral("--start-ms"),
             QString::number(startMs), QStringLiteral("--end-ms"), QString::number(endMs),
             QStringLiteral("--settle-ms"), QString::number(settleMs), QStringLiteral("--pause-ms"),
             QString::number(pauseMs), QStringLiteral("--seed"), QString::number(1000 + i),
             QStringLiteral("--out"), reports.filePath(names[i] + QStringLiteral(".json"))});
        processes.push_back(std::move(process));
    }
    Check check;
    int agentFailures = 0;
    for (auto& process : processes) {
        const qint64 left = endMs + settleMs + 120'000 - QDateTime::currentMSecsSinceEpoch();
        if (!process->waitForFinished(int(std::max<qint64>(left, 1000))) ||
            process->exitCode() != 0) {
            process->kill();
            process->waitForFinished(5000);
            ++agentFailures;
        }
    }
    check.expect(agentFailures == 0,
                 QStringLiteral("every agent ran to the end (%1 failed)").arg(agentFailures));

    // What the agents were told succeeded.
    QHash<qint64, QString> created;
    QHash<qint64, qint64> sentReplies; // reply id -> ticket
    QHash<QString, int> takes, resolves;
    int takesRefused = 0, resolvesRefused = 0, repliesRefused = 0, ops = 0, errors = 0;
    int inconsistentQueues = 0, reconnections = 0;
    QStringList queueExamples, errorExamples;
    struct Write
    {
        qint64 id, before, after;
    };
    std::vector<Write> writes;
    // listener -> ticket -> times it heard of the ticket, ascending
    std::vector<QHash<qint64, std::vector<qint64>>> heard;
    for (const QString& name : std::as_const(names)) {
        QFile file(reports.filePath(name + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
        ops += r[QStringLiteral("ops")].toInt();
        for (const QJsonValue v : r[QStringLiteral("created")].toArray())
            created.insert(v[0].toInteger(), v[1].toString());
        for (const QJsonValue v : r[QStringLiteral("replies")].toArray())
            sentReplies.insert(v[0].toInteger(), v[1].toInteger());
        takes[name] = int(r[QStringLiteral("takes")].toArray().size());
        resolves[name] = int(r[QStringLiteral("resolves")].toArray().size());
        takesRefused += r[QStringLiteral("takesRefused")].toInt();
        resolvesRefused += r[QStringLiteral("resolvesRefused")].toInt();
        repliesRefused += r[QStringLiteral("repliesRefused")].toInt();
        errors += r[QStringLiteral("errorCount")].toInt();
        reconnections += r[QStringLiteral("feedReconnections")].toInt();
        for (const QJsonValue v : r[QStringLiteral("errors")].toArray())
            if (errorExamples.size() < 5)
                errorExamples << name + QStringLiteral(": ") + v.toString();
        if (!r[QStringLiteral("queueConsistent")].toBool()) {
            ++inconsistentQueues;
            if (queueExamples.size() < 3)
                queueExamples << name + QStringLiteral(": ") +
                                     r[QStringLiteral("queueDifference")].toString();
        }
        for (const QJsonValue v : r[QStringLiteral("writes")].toArray())
            writes.push_back({v[0].toInteger(), v[1].toInteger(), v[2].toInteger()});
        QHash<qint64, std::vector<qint64>> times;
        for (const QJsonValue v : r[QStringLiteral("heard")].toArray())
            times[v[0].toInteger()].push_back(v[1].toInteger());
        for (auto& list : times)
            std::sort(list.begin(), list.end());
        heard.push_back(std::move(times));
    }
    int takesDone = 0, resolvesDone = 0;
    for (const int n : std::as_const(takes))
        takesDone += n;
    for (const int n : std::as_const(resolves))
        resolvesDone += n;

    report(
        QStringLiteral("actions: %1 in %2 s = %3/s; tickets created %4, replies %5, takes %6 "
                       "(%7 refused: a colleague was first), resolved %8 (%9 refused: changed "
                       "meanwhile), replies refused %10, other errors %11, feed reconnections %12")
            .arg(ops)
            .arg(seconds)
            .arg(double(ops) / std::max(1, seconds), 0, 'f', 1)
            .arg(created.size())
            .arg(sentReplies.size())
            .arg(takesDone)
            .arg(takesRefused)
            .arg(resolvesDone)
            .arg(resolvesRefused)
            .arg(repliesRefused)
            .arg(errors - repliesRefused)
            .arg(reconnections));
    for (const QString& line : std::as_const(errorExamples))
        report(QStringLiteral("  error: %1").arg(line));

    report(QStringLiteral("checks:"));
    const qint64 duplicates = admin.scalar(QStringLiteral(
        "SELECT count(*) FROM (SELECT number FROM tickets GROUP BY number HAVING count(*) > 1) d"));
    check.expect(duplicates == 0, QStringLiteral("duplicate ticket numbers: %1").arg(duplicates));
    const qint64 tickets = admin.scalar(QStringLiteral("SELECT count(*) FROM tickets"));
    int wrongNumbers = 0;
    {
        QSqlQuery q = admin.query(QStringLiteral("SELECT id, number FROM tickets"));
        QHash<qint64, QString> stored;
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toString());
        for (auto it = created.cbegin(); it != created.cend(); ++it)
            wrongNumbers += stored.value(it.key()) != it.value() ? 1 : 0;
    }
    check.expect(tickets == created.size() && wrongNumbers == 0,
                 QStringLiteral("tickets on the server %1, created by the agents %2, a created "
                                "ticket missing or renumbered: %3")
                     .arg(tickets)
                     .arg(created.size())
                     .arg(wrongNumbers));
    int missingReplies = 0;
    {
        QHash<qint64, qint64> stored;
        QSqlQuery q = admin.query(QStringLiteral("SELECT id, ticket_id FROM replies"));
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        for (auto it = sentReplies.cbegin(); it != sentReplies.cend(); ++it)
            missingReplies += stored.value(it.key(), -1) != it.value() ? 1 : 0;
        check.expect(missingReplies == 0 && stored.size() == sentReplies.size(),
                     QStringLiteral("replies on the server %1, sent %2, a sent reply missing: %3")
                         .arg(stored.size())
                         .arg(sentReplies.size())
                         .arg(missingReplies));
    }
    const auto perActor = [&admin](const QString& where) {
        QHash<QString, int> counts;
        QSqlQuery q = admin.query(
            QStringLiteral("SELECT actor, count(*) FROM audit WHERE %1 GROUP BY actor").arg(where));
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        return counts;
    };
    const QHash<QString, int> takeAudits = perActor(QStringLiteral("action = 'take'"));
    const QHash<QString, int> resolveAudits =
        perActor(QStringLiteral("field = 'status' AND new_value = '%1'")
                     .arg(statusId(TicketStatus::Resolved)));
    int takeMismatch = 0, resolveMismatch = 0;
    for (const QString& name : std::as_const(names)) {
        takeMismatch += std::abs(takeAudits.value(name) - takes.value(name));
        resolveMismatch += std::abs(resolveAudits.value(name) - resolves.value(name));
    }
    check.expect(takeMismatch == 0,
                 QStringLiteral("takes in the audit trail = takes the agents were told succeeded "
                                "(refused ones absent): %1 differ")
                     .arg(takeMismatch));
    check.expect(resolveMismatch == 0,
                 QStringLiteral("resolves in the audit trail = resolves the agents were told "
                                "succeeded: %1 differ")
                     .arg(resolveMismatch));
    QStringList chainExamples;
    const int brokenStatus = brokenChains(admin, QStringLiteral("status"), QStringLiteral("status"),
                                          statusId(TicketStatus::New), &chainExamples);
    const int brokenAssignee = brokenChains(admin, QStringLiteral("assignee"),
                                            QStringLiteral("assignee"), QString(), &chainExamples);
    check.expect(brokenStatus == 0 && brokenAssignee == 0,
                 QStringLiteral("lost updates: tickets whose status history is broken %1, whose "
                                "assignee history is broken %2")
                     .arg(brokenStatus)
                     .arg(brokenAssignee));
    for (const QString& line : std::as_const(chainExamples))
        report(QStringLiteral("    %1").arg(line));
    const qint64 unanswered = admin.scalar(QStringLiteral(
        "SELECT count(*) FROM tickets t WHERE first_response_at IS NULL AND EXISTS (SELECT 1 "
        "FROM replies r WHERE r.ticket_id = t.id)"));
    check.expect(
        unanswered == 0,
        QStringLiteral("tickets with a reply but no first response recorded: %1").arg(unanswered));
    check.expect(inconsistentQueues == 0,
                 QStringLiteral("agents whose queue page (as the feed kept it) differs from a "
                                "fresh read at the end: %1 of %2")
                     .arg(inconsistentQueues)
                     .arg(agents));
    for (const QString& line : std::as_const(queueExamples))
        report(QStringLiteral("    %1").arg(line));

    // Latency: every write, every listener.
    std::vector<double> fromCommit, fromStart;
    qint64 missed = 0;
    for (const Write& w : writes) {
        for (const auto& listener : heard) {
            const auto found = listener.constFind(w.id);
            const std::vector<qint64>* times = found == listener.constEnd() ? nullptr : &*found;
            const auto at = times ? std::lower_bound(times->begin(), times->end(), w.before)
                                  : std::vector<qint64>::const_iterator();
            if (!times || at == times->end()) {
                ++missed;
                continue;
            }
            fromCommit.push_back(double(std::max<qint64>(0, *at - w.after)));
            fromStart.push_back(double(*at - w.before));
        }
    }
    std::sort(fromCommit.begin(), fromCommit.end());
    std::sort(fromStart.begin(), fromStart.end());
    if (!fromCommit.empty()) {
        report(QStringLiteral("notification latency over %1 (write, agent) pairs, ms: from the "
                              "commit p50 %2, p95 %3, p99 %4, max %5; from the start of the "
                              "write p50 %6, p95 %7, max %8")
                   .arg(fromCommit.size())
                   .arg(bench::percentile(fromCommit, 0.5), 0, 'f', 0)
                   .arg(bench::percentile(fromCommit, 0.95), 0, 'f', 0)
                   .arg(bench::percentile(fromCommit, 0.99), 0, 'f', 0)
                   .arg(fromCommit.back(), 0, 'f', 0)
                   .arg(bench::percentile(fromStart, 0.5), 0, 'f', 0)
                   .arg(bench::percentile(fromStart, 0.95), 0, 'f', 0)
                   .arg(fromStart.back(), 0, 'f', 0));
    }
    check.expect(missed == 0, QStringLiteral("writes an agent never heard of: %1").arg(missed));
    check.expect(!fromCommit.empty() && bench::percentile(fromCommit, 0.95) < 1000,
                 QStringLiteral("p95 change-to-notification latency under 1 s"));
    report(check.failures == 0
               ? QStringLiteral("bench_team: all checks passed")
               : QStringLiteral("bench_team: %1 check(s) FAILED").arg(check.failures));
    return check.failures == 0 ? 0 : 1;
}

// --- the first page over many tickets -------------------------------------------------------

int runFirstPage()
{
    const int wanted = option(QStringLiteral("tickets"), QStringLiteral("1000000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("9")).toInt());
    Cluster cluster;
    int exitCode = 0;
    const std::unique_ptr<Database> database =
        bench::openFilledServer(cluster, QStringLiteral("rtcare_bench_page"), wanted, &exitCode);
    if (!database)
        return exitCode;
    qint64 total = 0;
    QString someone;
    {
        QSqlQuery q(database->connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next())
            total = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT assignee FROM tickets WHERE assignee <> '' LIMIT 1")) &&
            q.next())
            someone = q.value(0).toString();
    }
    report(QStringLiteral("queue first page (50 rows) over %1 tickets on PostgreSQL, %2 reads "
                          "each:")
               .arg(total)
               .arg(runs));
    int slow = 0;
    const struct
    {
        const char* label;
        QueueFilter filter;
        bool mine;
    } cases[] = {{"open queue", QueueFilter::Open, false},
                 {"Mine (open)", QueueFilter::Open, true},
                 {"all tickets", QueueFilter::All, false}};
    for (const auto& c : cases) {
        QueueQuery query(*database);
        query.setFilter(c.filter);
        if (c.mine)
            query.setAssignee(someone);
        // What the window reads for its first page: the row count (the scroll bar), the
        // page itself and the filter badges' counts.
        std::vector<double> ms, pageMs, countMs, badgeMs;
        int rows = 0;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const int count = query.count(now);
            const double countOnly = double(timer.nsecsElapsed()) / 1e6;
            QElapsedTimer part;
            part.start();
            rows = int(query.page(0, 50, now).size());
            const double pageOnly = double(part.nsecsElapsed()) / 1e6;
            part.restart();
            const QueueCounts counts = query.counts(now);
            const double badgesOnly = double(part.nsecsElapsed()) / 1e6;
            if (i > 0 && count >= rows && counts.all >= 0) { // the first read warms the cache
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
                pageMs.push_back(pageOnly);
                countMs.push_back(countOnly);
                badgeMs.push_back(badgesOnly);
            }
        }
        std::sort(ms.begin(), ms.end());
        const double middle = median(ms);
        slow += middle < 100 ? 0 : 1;
        report(QStringLiteral("  %1: median %2 ms, max %3 ms (count, %4 rows and the badges' "
                              "counts; the page alone %5 ms, the count %7 ms, the badges %8 "
                              "ms)%6")
                   .arg(QLatin1String(c.label))
                   .arg(middle, 0, 'f', 1)
                   .arg(ms.back(), 0, 'f', 1)
                   .arg(rows)
                   .arg(median(pageMs), 0, 'f', 1)
                   .arg(middle < 100 ? QString() : QStringLiteral(" -- over 100 ms"))
                   .arg(median(countMs), 0, 'f', 1)
                   .arg(median(badgeMs), 0, 'f', 1));
    }
    return slow == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (hasFlag("--agent")) {
        bench::AgentOptions options;
        options.url = option(QStringLiteral("db"), QString());
        options.name = option(QStringLiteral("name"), QString());
        options.startMs = option(QStringLiteral("start-ms"), QStringLiteral("0")).toLongLong();
        options.endMs = option(QStringLiteral("end-ms"), QStringLiteral("0")).toLongLong();
        options.settleMs = option(QStringLiteral("settle-ms"), QStringLiteral("3000")).toInt();
        options.pauseMs = option(QStringLiteral("pause-ms"), QStringLiteral("500")).toInt();
        options.seed = option(QStringLiteral("seed"), QStringLiteral("1")).toUInt();
        options.out = option(QStringLiteral("out"), QString());
        return bench::runAgent(options);
    }
    return hasFlag("--first-page") ? runFirstPage() : runLoad();
}
