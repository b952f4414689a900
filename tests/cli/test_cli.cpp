// SPDX-License-Identifier: MIT
// End-to-end runs of the built rtcare binary, as a script or a team lead's job would run it.
#include "catch.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

using rtcare::test::cliConfigHome;
using rtcare::test::runRtcare;
using Run = rtcare::test::CliRun;

QJsonArray listJson(const QString& db, const QStringList& extra = {})
{
    const Run run = runRtcare(QStringList{QStringLiteral("--db"), db, QStringLiteral("list"),
                                       QStringLiteral("--json")}
                           + extra);
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("cli: --version, --help and bad usage")
{
    Run run = runRtcare({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith("rtcare "));

    run = runRtcare({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("demo-data"));
    CHECK(run.out.contains("--db PATH"));

    run = runRtcare({QStringLiteral("--frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown option '--frobnicate'")));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("fly")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown command 'fly'")));

    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--status"),
                  QStringLiteral("lost")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("'lost' is not a ticket status")));

    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"), QStringLiteral("--tickets"),
                  QStringLiteral("0")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--tickets")));

    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("import")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("expected 1 argument")));

    // Every command's help names the command, not the path rtcare was started from.
    for (const char* command : {"list", "import", "lint", "templates", "classify", "diagnose",
                                "stats", "report"}) {
        run = runRtcare({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith("Usage: rtcare " + QByteArray(command) + " [options]"));
    }

    run = runRtcare({QStringLiteral("--db")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--db needs a value")));
}

TEST_CASE("cli: demo data, list, export and import round trip")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agent.sqlite"));
    Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                      QStringLiteral("--tickets"), QStringLiteral("300"), QStringLiteral("--seed"),
                      QStringLiteral("5"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out).object()[QStringLiteral("tickets")].toInt() == 300);

    const QJsonArray all = listJson(db);
    REQUIRE(all.size() == 300);
    const QJsonObject first = all.first().toObject();
    for (const char* key : {"number", "category", "priority", "status", "created_at",
                            "first_response_due", "first_response_state"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(first[QStringLiteral("number")].toString().startsWith(QStringLiteral("RTC-")));
    CHECK(first[QStringLiteral("first_response_due")].toString().endsWith(QLatin1Char('Z')));

    const QJsonArray fresh = listJson(db, {QStringLiteral("--status"), QStringLiteral("new")});
    for (const QJsonValue& row : fresh)
        CHECK(row[QStringLiteral("status")].toString() == QStringLiteral("new"));
    CHECK(fresh.size() < 300);

    // Human-readable listing has a header and one line per ticket.
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count('\n') == 301);

    const QString exported = dir.filePath(QStringLiteral("tickets.jsonl"));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"),
                  exported});
    REQUIRE(run.exitCode == 0);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == 300);

    const QString copy = dir.filePath(QStringLiteral("lead.sqlite"));
    run = runRtcare({QStringLiteral("--db"), copy, QStringLiteral("import"), exported,
                  QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out).object()[QStringLiteral("imported")].toInt() == 300);
    CHECK(listJson(copy) == all);

    // Importing again skips every ticket; stdin works too.
    QFile again(exported);
    REQUIRE(again.open(QIODevice::ReadOnly));
    run = runRtcare({QStringLiteral("--db"), copy, QStringLiteral("import"), QStringLiteral("-")},
                 again.readAll());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("300 already present"));

    // RTCARE_DB is honoured when --db is absent.
    run = runRtcare({QStringLiteral("list"), QStringLiteral("--json")}, {},
                    {{QStringLiteral("RTCARE_DB"), copy}});
    CHECK(QJsonDocument::fromJson(run.out).array().size() == 300);
}

TEST_CASE("cli: a bad import line is reported with file and line, and nothing is imported")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("bad.jsonl"));
    writeFile(bad, R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"network"}
{"created_at":"2026-11-21T12:00:00Z","customer":{"name":"B"},"category":"network","status":"gone"}
)");
    const Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(bad + QStringLiteral(":2: status: 'gone' is not a ticket status")));
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));
    CHECK(listJson(db).isEmpty());

    const Run missing = runRtcare({QStringLiteral("--db"), db, QStringLiteral("import"),
                                dir.filePath(QStringLiteral("nope.jsonl"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("nope.jsonl")));
}

TEST_CASE("cli: --policy replaces the SLA table and a broken policy is refused")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const QString policy = dir.filePath(QStringLiteral("policy.json"));
    writeFile(policy, R"({"version":1,"calendars":{"24x7":{"type":"always"}},
        "tiers":[{"id":"p1","name":{"zh_CN":"紧急","en":"Urgent"},"first_response_minutes":5,"calendar":"24x7"},
                 {"id":"p2","name":{"zh_CN":"普通","en":"Normal"},"first_response_minutes":60,"calendar":"24x7"}],
        "categories":{"network":"p1","av_quality":"p1","feature":"p2","compatibility":"p2","other":"p2"},
        "warnings":[50,75,90]})");
    const QString tickets = dir.filePath(QStringLiteral("t.jsonl"));
    writeFile(tickets, R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"network"}
)");
    Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("--policy"), policy,
                      QStringLiteral("import"), tickets});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = listJson(db, {});
    // listJson runs without --policy: priorities stay as stored, the due time was computed
    // by the policy active at import (5 minutes).
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][QStringLiteral("priority")].toString() == QStringLiteral("p1"));
    CHECK(rows[0][QStringLiteral("first_response_due")].toString()
          == QStringLiteral("2026-11-21T12:05:00Z"));

    writeFile(policy, R"({"version":1,"tiers":[]})");
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("--policy"), policy,
                  QStringLiteral("list")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("policy.json")));
}

TEST_CASE("cli: a database from a newer RTCare is refused")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")}).exitCode == 0);
    {
        // Pretend a later version wrote the file.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("newer RTCare")));
    CHECK(run.err.contains(QStringLiteral("t.sqlite")));
}

TEST_CASE("cli: the SLA policy chosen in Settings applies unless --policy says otherwise")
{
    QTemporaryDir dir;
    const QString policy = dir.filePath(QStringLiteral("team.json"));
    writeFile(policy, R"({"version":1,"calendars":{"24x7":{"type":"always"}},
        "tiers":[{"id":"p1","name":{"zh_CN":"紧急","en":"Urgent"},"first_response_minutes":5,"calendar":"24x7"}],
        "categories":{}})");
    const QString settingsFile = cliConfigHome().path() + QStringLiteral("/RTCare/rtcare.conf");
    QDir().mkpath(cliConfigHome().path() + QStringLiteral("/RTCare"));
    writeFile(settingsFile, QStringLiteral("[sla]\npolicyFile=%1\n").arg(policy).toUtf8());

    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const QString tickets = dir.filePath(QStringLiteral("t.jsonl"));
    writeFile(tickets, R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"feature"}
)");
    Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("import"), tickets});
    REQUIRE(run.exitCode == 0);
    QJsonArray rows = listJson(db);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][QStringLiteral("priority")].toString() == QStringLiteral("p1"));
    CHECK(rows[0][QStringLiteral("first_response_due")].toString()
          == QStringLiteral("2026-11-21T12:05:00Z"));

    // A broken file in Settings is named as such.
    writeFile(policy, "{");
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("chosen in Settings")));
    QFile::remove(settingsFile);
}
