// SPDX-License-Identifier: MIT
// Issue 18, step 1, against a real PostgreSQL server (the throwaway cluster of pgcluster.sh;
// run through pgrun.sh, which skips with exit 77 when no cluster runs): the schema created on
// first use and a newer one refused untouched, ticket numbers unique under concurrent
// creation from several processes, the audit trail append-only for an agent's role, and
// 'rtcare new', 'list' and 'server init' on a postgresql:// URL.
#include "catch.h"
#include "cli/clirun.h"
#include "testsupport.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/serverdatabase.h"
#include "storage/serverroles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace rtcare;
using namespace rtcare::test;

namespace {

qint64 scalar(const QString& url, const QString& sql)
{
    QString error;
    const auto location = DatabaseLocation::parse(url, &error);
    qint64 value = -1;
    {
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-test-scalar"), *location->server);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
        else
            FAIL((q.lastError().text() + QStringLiteral(" in ") + sql).toStdString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-test-scalar"));
    return value;
}

QStringList newTicketArguments(const QString& url, int i)
{
    return {QStringLiteral("--db"),          url,
            QStringLiteral("new"),           QStringLiteral("--customer"),
            QStringLiteral("Customer %1").arg(i), QStringLiteral("--category"),
            QStringLiteral("network"),       QStringLiteral("--description"),
            QStringLiteral("video freezes"), QStringLiteral("--contact"),
            QStringLiteral("1380000%1").arg(i % 7)};
}

} // namespace

TEST_CASE("pg: first use creates the schema; a newer server is refused untouched")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    {
        StorageError error;
        const auto database = Database::open(server.url, &error);
        REQUIRE(database);
        CHECK(database->isServer());
        CHECK(database->schemaVersion() == Database::latestSchemaVersion());
    }
    CHECK(scalar(server.url, QStringLiteral("SELECT version FROM rtcare_schema"))
          == Database::latestSchemaVersion());
    // Opening again changes nothing.
    {
        StorageError error;
        REQUIRE(Database::open(server.url, &error));
    }
    const int newer = Database::latestSchemaVersion() + 1;
    scalar(server.url, QStringLiteral("WITH u AS (UPDATE rtcare_schema SET version = %1 "
                                      "RETURNING version) SELECT version FROM u")
                           .arg(newer));
    const qint64 tables = scalar(server.url, QStringLiteral("SELECT count(*) FROM pg_tables "
                                                            "WHERE schemaname = 'public'"));
    StorageError error;
    CHECK_FALSE(Database::open(server.url, &error));
    CHECK(error.cause == StorageCause::Newer);
    CHECK(error.message.contains(QStringLiteral("newer RTCare")));
    CHECK(scalar(server.url, QStringLiteral("SELECT version FROM rtcare_schema")) == newer);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                            "'public'"))
          == tables);
}

TEST_CASE("pg: another program's database is refused untouched")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    QString problem;
    {
        const auto location = DatabaseLocation::parse(server.url, &problem);
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-other"), *location->server);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-other"));
    StorageError error;
    CHECK_FALSE(Database::open(server.url, &error));
    CHECK(error.cause == StorageCause::NotRtcare);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                            "'public'"))
          == 1);
}

TEST_CASE("pg: ticket numbers stay unique when several processes create at once")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    {
        StorageError error;
        REQUIRE(Database::open(server.url, &error)); // the schema, before the race
    }
    constexpr int kProcesses = 6, kEach = 8;
    QList<QProcess*> processes;
    // Each process files kEach tickets one after the other; the processes run at once.
    const QString script = QStringLiteral("for i in $(seq %1); do \"$0\" \"$@\" || exit 1; done")
                               .arg(kEach);
    for (int p = 0; p < kProcesses; ++p) {
        auto* process = new QProcess;
        process->setProcessEnvironment(rtcareEnvironment());
        process->start(QStringLiteral("sh"),
                       QStringList{QStringLiteral("-c"), script, QStringLiteral(RTCARE_BINARY)}
                           + newTicketArguments(server.url, p));
        processes << process;
    }
    QStringList numbers;
    for (QProcess* process : processes) {
        REQUIRE(process->waitForFinished(120000));
        CHECK(process->exitCode() == 0);
        INFO(process->readAllStandardError().toStdString());
        numbers += QString::fromUtf8(process->readAllStandardOutput())
                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        delete process;
    }
    CHECK(numbers.size() == kProcesses * kEach);
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == kProcesses * kEach);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(DISTINCT number) FROM tickets"))
          == kProcesses * kEach);
    // Sequences 1..N without a gap: every allocation committed.
    CHECK(scalar(server.url, QStringLiteral("SELECT max(CAST(substr(number, 14) AS INTEGER)) "
                                            "FROM tickets"))
          == kProcesses * kEach);
}

TEST_CASE("pg: server init; an agent works tickets but cannot rewrite the audit trail")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    auto run = runRtcare({QStringLiteral("server"), QStringLiteral("init"), server.url});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("rtcare_agent"));
    // Twice is fine (roles and grants are kept).
    run = runRtcare({QStringLiteral("server"), QStringLiteral("init"), server.url});
    REQUIRE(run.exitCode == 0);

    const QString agent = QStringLiteral("agent_%1").arg(server.name);
    const QString agentUrl = server.loginRoleUrl(agent, kAgentRole);
    REQUIRE(!agentUrl.isEmpty());

    // The agent files and lists tickets through the command line.
    run = runRtcare(newTicketArguments(agentUrl, 1));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray number = run.out.trimmed();
    run = runRtcare({QStringLiteral("--db"), agentUrl, QStringLiteral("list")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(number));
    // The team's report runs on the server, with the agent's own rights.
    run = runRtcare({QStringLiteral("--db"), agentUrl, QStringLiteral("report"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("total")).toInt() == 1);

    // …and cannot change or remove the audit trail, nor write the reports' rollup directly.
    const auto location = DatabaseLocation::parse(agentUrl, nullptr);
    {
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-agent"), *location->server);
        REQUIRE(db.isOpen());
        QSqlQuery q(db);
        CHECK(q.exec(QStringLiteral("SELECT count(*) FROM audit")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit SET actor = 'someone else'")));
        CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit")));
        CHECK_FALSE(q.exec(QStringLiteral("TRUNCATE audit")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM report_daily")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM tickets")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-agent"));
    // The trigger refuses even the owner.
    {
        const auto admin = DatabaseLocation::parse(server.url, nullptr);
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-owner"), *admin->server);
        QSqlQuery q(db);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit SET actor = 'x'")));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-owner"));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'create'"))
          == 1);
    // The agent's role stays (roles are cluster-wide; the cluster is thrown away).
}

TEST_CASE("pg: server init upgrades a server from before its search index; agents search it")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    REQUIRE(runRtcare({QStringLiteral("server"), QStringLiteral("init"), server.url}).exitCode
            == 0);
    const QString agentUrl =
        server.loginRoleUrl(QStringLiteral("searcher_%1").arg(server.name), kAgentRole);
    REQUIRE(!agentUrl.isEmpty());
    auto run = runRtcare(newTicketArguments(agentUrl, 1));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray before = run.out.trimmed();
    {
        // The server as the version before the index left it.
        const auto admin = DatabaseLocation::parse(server.url, nullptr);
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-older"), *admin->server);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE ticket_search")));
        REQUIRE(q.exec(QStringLiteral("UPDATE rtcare_schema SET version = version - 1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-older"));
    // An agent's role may not build it, and is told who can.
    run = runRtcare({QStringLiteral("--db"), agentUrl, QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("rtcare server init")));
    // The administrator's init says what it does while it builds it.
    run = runRtcare({QStringLiteral("server"), QStringLiteral("init"), server.url});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("upgrading the schema on the team server")));
    // The stored ticket is found through the index (freezes: the stutter symptom), and so
    // is the agent's next one (the role may write the index's rows).
    run = runRtcare(newTicketArguments(agentUrl, 2));
    REQUIRE(run.exitCode == 0);
    const QByteArray after = run.out.trimmed();
    run = runRtcare({QStringLiteral("--db"), agentUrl, QStringLiteral("search"),
                     QStringLiteral("卡顿")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(before));
    CHECK(run.out.contains(after));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM ticket_search")) == 2);
}

TEST_CASE("pg: team data: an agent cannot change the shared set, a lead can, and all read it")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    REQUIRE(runRtcare({QStringLiteral("server"), QStringLiteral("init"), server.url}).exitCode
            == 0);
    const QString agentUrl =
        server.loginRoleUrl(QStringLiteral("agent_%1").arg(server.name), kAgentRole);
    const QString leadUrl =
        server.loginRoleUrl(QStringLiteral("lead_%1").arg(server.name), kLeadRole);
    REQUIRE(!agentUrl.isEmpty());
    REQUIRE(!leadUrl.isEmpty());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("templates.json"));
    const QByteArray document = R"({"version":1,"templates":[{"id":"team.hello",
        "stage":"acknowledge","title":{"en":"Team hello","zh_CN":"团队问候"},
        "body":{"en":"Hello from the team.","zh_CN":"团队向您问好。"}}]})";
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(document);
    }
    const auto set = [&](const QString& url, const QString& name, const QString& path) {
        return runRtcare({QStringLiteral("team-data"), QStringLiteral("set"), name, path,
                          QStringLiteral("--db"), url});
    };
    const auto get = [&](const QString& url, const QString& name) {
        return runRtcare({QStringLiteral("team-data"), QStringLiteral("get"), name,
                          QStringLiteral("--db"), url});
    };

    // Nothing stored yet: said, exit 1.
    auto run = get(agentUrl, QStringLiteral("templates"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no shared templates")));

    // An agent's write is refused by the server, whatever the client does.
    run = set(agentUrl, QStringLiteral("templates"), file);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("only team leads")));
    const auto location = DatabaseLocation::parse(agentUrl, nullptr);
    {
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-agent-data"), *location->server);
        REQUIRE(db.isOpen());
        QSqlQuery q(db);
        CHECK(q.exec(QStringLiteral("SELECT count(*) FROM team_data")));
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO team_data VALUES ('templates', '{}', "
                                          "'me', 0)")));
        CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM team_data")));
        CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-agent-data"));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM team_data")) == 0);

    // A lead stores it; the agent (another connection, another process) reads it.
    run = set(leadUrl, QStringLiteral("templates"), file);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = get(agentUrl, QStringLiteral("templates"));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == document.trimmed());
    // The agent's command line lists the team's template with the built-in ones.
    run = runRtcare({QStringLiteral("--db"), agentUrl, QStringLiteral("templates")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("team.hello"));
    CHECK(run.out.contains("ack.empathy"));
    CHECK(scalar(server.url,
                 QStringLiteral("SELECT count(*) FROM team_data WHERE updated_by = 'lead_%1'")
                     .arg(server.name))
          == 1);

    // A broken document is refused naming the file and entry, even for a lead; nothing changes.
    QByteArray broken = document;
    broken.replace("acknowledge", "small_talk");
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(broken);
    }
    run = set(leadUrl, QStringLiteral("templates"), file);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("%1: template 'team.hello': unknown stage 'small_talk'")
                               .arg(file)));
    CHECK(get(agentUrl, QStringLiteral("templates")).out.trimmed() == document.trimmed());
    // Bad usage: an unknown name, a missing file.
    CHECK(set(leadUrl, QStringLiteral("questions"), file).exitCode == 2);
    CHECK(set(leadUrl, QStringLiteral("tone_rules"), dir.filePath(QStringLiteral("none.json")))
              .exitCode
          == 2);

    // The lead's shared SLA policy is what the team's report counts by, its time zone too.
    QFile builtIn(QStringLiteral(":/rtcare/sla/default-policy.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(builtIn.readAll()).object();
    REQUIRE_FALSE(policy.isEmpty());
    policy.insert(QStringLiteral("timezone"), QStringLiteral("Pacific/Auckland"));
    const QString policyFile = dir.filePath(QStringLiteral("policy.json"));
    {
        QFile out(policyFile);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(policy).toJson());
    }
    const auto reportZone = [&] {
        const auto report = runRtcare({QStringLiteral("--db"), agentUrl, QStringLiteral("report"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        INFO(report.err.toStdString());
        REQUIRE(report.exitCode == 0);
        return QJsonDocument::fromJson(report.out).object().value(QStringLiteral("time_zone")).toString();
    };
    CHECK(reportZone() != QStringLiteral("Pacific/Auckland"));
    run = set(leadUrl, QStringLiteral("sla_policy"), policyFile);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(reportZone() == QStringLiteral("Pacific/Auckland"));
}

TEST_CASE("pg: agents take and assign as their login roles; a stale take is refused")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    REQUIRE(runRtcare({QStringLiteral("server"), QStringLiteral("init"), server.url}).exitCode
            == 0);
    const QString wang = QStringLiteral("wang_%1").arg(server.name);
    const QString li = QStringLiteral("li_%1").arg(server.name);
    const QString wangUrl = server.loginRoleUrl(wang, kAgentRole);
    const QString liUrl = server.loginRoleUrl(li, kAgentRole);
    REQUIRE(!wangUrl.isEmpty());
    REQUIRE(!liUrl.isEmpty());

    auto run = runRtcare(newTicketArguments(wangUrl, 1));
    REQUIRE(run.exitCode == 0);
    const QString number = QString::fromUtf8(run.out.trimmed());

    // Li takes it from the command line: the server says who Li is (current_user).
    run = runRtcare({QStringLiteral("--db"), liUrl, QStringLiteral("take"), number});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runRtcare({QStringLiteral("--db"), liUrl, QStringLiteral("list"), QStringLiteral("--mine"),
                     QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray mine = QJsonDocument::fromJson(run.out).array();
    REQUIRE(mine.size() == 1);
    CHECK(mine.first()[QStringLiteral("number")].toString() == number);
    CHECK(mine.first()[QStringLiteral("assignee")].toString() == li);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'take' "
                                            "AND actor = '%1' AND new_value = '%1'")
                                 .arg(li))
          == 1);
    // Only the group's roles can be given tickets.
    run = runRtcare({QStringLiteral("--db"), liUrl, QStringLiteral("assign"), number,
                     QStringLiteral("nobody_here")});
    CHECK(run.exitCode == 2);
    run = runRtcare({QStringLiteral("--db"), liUrl, QStringLiteral("assign"), number, wang});
    REQUIRE(run.exitCode == 0);

    // Two desktops saw Wang holding it; Li takes it first, Wang's later take (made against
    // what Wang saw) is refused and names Li: nothing is silently overwritten.
    const SlaPolicy& policy = SlaPolicy::builtIn();
    StorageError error;
    const auto liDatabase = Database::open(liUrl, &error);
    const auto wangDatabase = Database::open(wangUrl, &error);
    REQUIRE(liDatabase);
    REQUIRE(wangDatabase);
    TicketRepository asLi(*liDatabase, policy), asWang(*wangDatabase, policy);
    asLi.setActor(li);
    asWang.setActor(wang);
    const std::optional<Ticket> seen = asWang.findByNumber(number);
    REQUIRE(seen);
    CHECK(seen->assignee == wang);
    QString message;
    REQUIRE(asLi.take(seen->id, seen->assignee, &message));
    CHECK_FALSE(asWang.take(seen->id, seen->assignee, &message));
    CHECK(message.contains(li));
    CHECK(asWang.findByNumber(number)->assignee == li);
}

TEST_CASE("pg: rtcare push copies a local file into the server; twice changes nothing")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    // The server has a ticket of its own; the file numbered its two independently.
    auto run = runRtcare(newTicketArguments(server.url, 1));
    REQUIRE(run.exitCode == 0);
    const QString serverNumber = QString::fromUtf8(run.out.trimmed());
    QStringList local;
    for (int i = 2; i <= 3; ++i) {
        run = runRtcare(newTicketArguments(file, i));
        REQUIRE(run.exitCode == 0);
        local << QString::fromUtf8(run.out.trimmed());
    }
    CHECK(local.contains(serverNumber)); // the same day's first number: a clash

    run = runRtcare({QStringLiteral("--db"), file, QStringLiteral("push"), server.url,
                     QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    CHECK(summary[QStringLiteral("tickets")].toInt() == 2);
    CHECK(summary[QStringLiteral("added")].toInt() == 2);
    const QJsonArray renumbered = summary[QStringLiteral("renumbered")].toArray();
    REQUIRE_FALSE(renumbered.isEmpty());
    CHECK(renumbered.first().toString().startsWith(serverNumber + QStringLiteral(" -> ")));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets")) == 3);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(DISTINCT number) FROM tickets")) == 3);
    // The server's own ticket kept its number (customer 1).
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets WHERE number = '%1' "
                                            "AND customer_name = 'Customer 1'")
                                 .arg(serverNumber))
          == 1);
    // Every local uuid is on the server.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("push-src"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT uuid FROM tickets")));
        while (q.next())
            CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets WHERE uuid = '%1'")
                                         .arg(q.value(0).toString()))
                  == 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("push-src"));
    // A new ticket on the server still gets a number of its own.
    run = runRtcare(newTicketArguments(server.url, 4));
    REQUIRE(run.exitCode == 0);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(DISTINCT number) FROM tickets")) == 4);

    // Twice: nothing changes.
    run = runRtcare({QStringLiteral("--db"), file, QStringLiteral("push"), server.url});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("0 added, 0 updated, 2 unchanged, 0 renumbered"));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets")) == 4);

    // Bad usage: not a server URL (2).
    run = runRtcare({QStringLiteral("--db"), file, QStringLiteral("push"), file});
    CHECK(run.exitCode == 2);
}

TEST_CASE("pg: demo-data fills a server without real tickets, and never one with them")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    auto run = runRtcare({QStringLiteral("--db"), server.url, QStringLiteral("demo-data"),
                          QStringLiteral("--tickets"), QStringLiteral("300"),
                          QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out).object()[QStringLiteral("tickets")].toInt() == 300);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets")) == 300);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(DISTINCT number) FROM tickets")) == 300);
    // Every ticket has its own creation row in the audit trail, by its own id.
    CHECK(scalar(server.url, QStringLiteral("SELECT count(DISTINCT a.ticket_id) FROM audit a "
                                            "JOIN tickets t ON t.id = a.ticket_id WHERE "
                                            "a.action = 'create' AND a.new_value = t.number"))
          == 300);
    // The queue lists them, and a ticket filed afterwards still gets a number of its own.
    run = runRtcare(newTicketArguments(server.url, 1));
    REQUIRE(run.exitCode == 0);
    const QString number = QString::fromUtf8(run.out.trimmed());
    CHECK(scalar(server.url,
                 QStringLiteral("SELECT count(*) FROM tickets WHERE number = '%1'").arg(number))
          == 1);
    CHECK(scalar(server.url, QStringLiteral("SELECT count(DISTINCT number) FROM tickets")) == 301);
    // The server's kept total (the queue's "All" badge) follows every insert: the demo
    // tickets' one statement each and the CLI's.
    CHECK(scalar(server.url, QStringLiteral("SELECT tickets FROM ticket_total")) == 301);
    // Now an agent filed a real ticket: more synthetic ones are refused, nothing written.
    run = runRtcare({QStringLiteral("--db"), server.url, QStringLiteral("demo-data"),
                     QStringLiteral("--tickets"), QStringLiteral("10")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("without real tickets")));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets")) == 301);
}

TEST_CASE("pg: backup and restore on a server say how the administrator backs it up")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    REQUIRE(runRtcare(newTicketArguments(server.url, 1)).exitCode == 0);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("copy.sqlite"));
    auto run = runRtcare({QStringLiteral("--db"), server.url, QStringLiteral("backup"),
                          QStringLiteral("--out"), out});
    CHECK(run.exitCode == 2);
    // The command to use, with this server's URL in it; no file pretends to be a backup.
    CHECK(run.err.contains(QStringLiteral("pg_dump --format=custom")));
    CHECK(run.err.contains(server.url));
    CHECK_FALSE(QFileInfo::exists(out));
    run = runRtcare({QStringLiteral("--db"), server.url, QStringLiteral("restore"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("pg_restore")));
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM tickets")) == 1);
}

// A team window notices at once when the server drops its connection: it watches the
// connection's socket and asks libpq whether the connection broke. rtcare does not link
// libpq; it finds those calls in the libpq Qt's driver loaded (storage/libpqcalls.h).
TEST_CASE("pg: a dropped connection is seen on its socket and in libpq's state")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    StorageError error;
    const auto database = Database::open(server.url, &error);
    REQUIRE(database);
    const QSqlDatabase connection = database->connection();
    CHECK(serverSocket(connection) >= 0);
    CHECK_FALSE(serverConnectionLost(connection));

    QSqlQuery pid(connection);
    REQUIRE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    CHECK(scalar(server.url, QStringLiteral("SELECT count(*) FROM (SELECT "
                                            "pg_terminate_backend(%1)) AS t")
                                 .arg(backend))
          == 1);
    QSqlQuery after(connection);
    CHECK_FALSE(after.exec(QStringLiteral("SELECT 1")));
    CHECK(serverConnectionLost(connection));
}
