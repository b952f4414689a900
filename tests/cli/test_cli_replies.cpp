// SPDX-License-Identifier: MIT
// `rtcare lint`, `rtcare templates` and `rtcare render`, run as a script would run them.
#include "catch.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "replies/replystore.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

using rtcare::test::runRtcare;

TEST_CASE("cli lint: JSON findings with character offsets")
{
    const rtcare::test::CliRun r =
        runRtcare({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("-")},
                  QStringLiteral("好的。您的网络太差了。").toUtf8());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK_FALSE(o.value(QLatin1String("clean")).toBool(true));
    const QJsonArray findings = o.value(QLatin1String("findings")).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject f = findings.first().toObject();
    CHECK(f.value(QLatin1String("category")).toString() == QStringLiteral("blame"));
    CHECK(f.value(QLatin1String("start")).toInt() == 3);
    CHECK(f.value(QLatin1String("text")).toString() == QStringLiteral("您的网络太差"));
    for (const char* key : {"rule", "length", "message", "suggestion"})
        CHECK(f.contains(QLatin1String(key)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reply.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("An engineer will call you within 2 hours about ticket RTC-20261124-0001.");
    file.close();
    const rtcare::test::CliRun clean = runRtcare({QStringLiteral("lint"), QStringLiteral("--json"),
                                                  QStringLiteral("--lang"), QStringLiteral("en"), path});
    REQUIRE(clean.exitCode == 0);
    CHECK(QJsonDocument::fromJson(clean.out).object().value(QLatin1String("clean")).toBool());

    CHECK(runRtcare({QStringLiteral("lint"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 2);
}

TEST_CASE("cli lint: a malformed team rule file warns and the built-in rules still work")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("tone-rules.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ oops");
    file.close();
    const rtcare::test::CliRun r =
        runRtcare({QStringLiteral("lint"), QStringLiteral("--json")},
                  QByteArray("This is not our problem."),
                  {{QStringLiteral("RTCARE_REPLIES_DIR"), dir.path()}});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("tone-rules.json")));
    CHECK(QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")).toArray().size() == 1);
}

TEST_CASE("cli templates and render")
{
    const rtcare::test::CliRun list = runRtcare({QStringLiteral("templates"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray templates =
        QJsonDocument::fromJson(list.out).object().value(QLatin1String("templates")).toArray();
    CHECK(templates.size() >= 8);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"), QStringLiteral("--tickets"),
                       QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("4")})
                .exitCode == 0);
    const rtcare::test::CliRun queue = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list"),
                                                  QStringLiteral("--json")});
    const QByteArray text = queue.out;
    const qsizetype at = text.indexOf("RTC-");
    REQUIRE(at >= 0);
    const QString number = QString::fromLatin1(text.mid(at, 17));
    const rtcare::test::CliRun r = runRtcare(
        {QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("control.callback"),
         QStringLiteral("--ticket"), number, QStringLiteral("--json"), QStringLiteral("--set"),
         QStringLiteral("callback_time=18:00 today")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QLatin1String("text")).toString().contains(number));
    CHECK(o.value(QLatin1String("text")).toString().contains(QStringLiteral("18:00 today")));
    CHECK(o.value(QLatin1String("unfilled")).toArray().isEmpty());
    CHECK(runRtcare({QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("nope"),
                     QStringLiteral("--ticket"), number})
              .exitCode == 2);
}

TEST_CASE("cli templates: usage counts from sent replies")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    // No database yet: every count is 0 and listing does not create one.
    const rtcare::test::CliRun none =
        runRtcare({QStringLiteral("--db"), db, QStringLiteral("templates"), QStringLiteral("--json")});
    REQUIRE(none.exitCode == 0);
    for (const QJsonValue& t :
         QJsonDocument::fromJson(none.out).object().value(QLatin1String("templates")).toArray())
        CHECK(t.toObject().value(QLatin1String("uses")).toInt(-1) == 0);
    CHECK_FALSE(QFile::exists(db));

    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"), QStringLiteral("--tickets"),
                       QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("4")})
                .exitCode == 0);
    {
        QString error;
        const std::unique_ptr<rtcare::Database> database = rtcare::Database::open(db, &error);
        REQUIRE(database);
        rtcare::TicketRepository repository(*database, rtcare::SlaPolicy::builtIn());
        const std::optional<rtcare::Ticket> first = repository.find(1);
        const std::optional<rtcare::Ticket> second = repository.find(2);
        REQUIRE(first);
        REQUIRE(second);
        rtcare::replies::ReplyStore store(repository);
        const QStringList used{QStringLiteral("control.callback"), QStringLiteral("ack.empathy")};
        REQUIRE(store.markSent(first->id, QStringLiteral("First."), used, {}, {}, &error));
        REQUIRE(store.markSent(second->id, QStringLiteral("Second."),
                               {QStringLiteral("control.callback")}, {}, {}, &error));
    }
    const rtcare::test::CliRun json =
        runRtcare({QStringLiteral("--db"), db, QStringLiteral("templates"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    QHash<QString, int> uses;
    for (const QJsonValue& t :
         QJsonDocument::fromJson(json.out).object().value(QLatin1String("templates")).toArray())
        uses.insert(t.toObject().value(QLatin1String("id")).toString(),
                    t.toObject().value(QLatin1String("uses")).toInt(-1));
    REQUIRE(uses.contains(QStringLiteral("control.callback")));
    CHECK(uses.value(QStringLiteral("control.callback")) == 2);
    CHECK(uses.value(QStringLiteral("ack.empathy")) == 1);
    CHECK(uses.value(QStringLiteral("resolution.close")) == 0);

    const rtcare::test::CliRun text = runRtcare({QStringLiteral("--db"), db, QStringLiteral("templates")});
    REQUIRE(text.exitCode == 0);
    bool found = false;
    for (const QByteArray& line : text.out.split('\n'))
        if (line.startsWith("control.callback\t")) {
            found = true;
            CHECK(line.endsWith("\t2"));
        }
    CHECK(found);
}
