// SPDX-License-Identifier: MIT
// `rtcare lint --ticket` / `--tier`: promised times sooner than the ticket's tier allows.
#include "catch.h"
#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using rtcare::test::runRtcare;

namespace {

QStringList rulesOf(const QByteArray& json)
{
    QStringList rules;
    for (const QJsonValue& f :
         QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray())
        rules << f.toObject().value(QLatin1String("rule")).toString();
    return rules;
}

} // namespace

TEST_CASE("cli lint --ticket flags a promise sooner than the ticket's tier")
{
    rtcare::test::TempDatabase t;
    t.now = QDateTime::currentDateTimeUtc(); // the command counts from the real clock
    const rtcare::Ticket medium = t.create(rtcare::Category::Feature); // 2 h first response
    const QString db = t.path();
    const QByteArray reply = QStringLiteral("您好，工程师会在10分钟内给您解决。").toUtf8();

    const rtcare::test::CliRun r =
        runRtcare({QStringLiteral("--db"), db, QStringLiteral("lint"), QStringLiteral("--json"),
                   QStringLiteral("--ticket"), medium.number, QStringLiteral("-")},
                  reply);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0); // findings are the output, not an error (as for every lint)
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK_FALSE(o.value(QLatin1String("clean")).toBool(true));
    QJsonObject promise;
    for (const QJsonValue& f : o.value(QLatin1String("findings")).toArray())
        if (f.toObject().value(QLatin1String("rule")).toString() ==
            QLatin1String("promise_sooner_than_tier"))
            promise = f.toObject();
    REQUIRE_FALSE(promise.isEmpty());
    CHECK(promise.value(QLatin1String("category")).toString() == QStringLiteral("over_promise"));
    CHECK(promise.value(QLatin1String("text")).toString() == QStringLiteral("10分钟内"));
    CHECK(promise.value(QLatin1String("start")).toInt() == 8);
    CHECK(promise.value(QLatin1String("message")).toString().contains(QStringLiteral("2 小时")));

    // Plain text names the rule too.
    const rtcare::test::CliRun text =
        runRtcare({QStringLiteral("--db"), db, QStringLiteral("lint"), QStringLiteral("--ticket"),
                   medium.number},
                  QByteArray("An engineer will fix it within 10 minutes."));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("over_promise [promise_sooner_than_tier]"));

    // Without --ticket or --tier the check is skipped; a promise within the window is fine.
    CHECK_FALSE(rulesOf(runRtcare({QStringLiteral("lint"), QStringLiteral("--json")}, reply).out)
                    .contains(QStringLiteral("promise_sooner_than_tier")));
    CHECK_FALSE(
        rulesOf(runRtcare({QStringLiteral("--db"), db, QStringLiteral("lint"),
                           QStringLiteral("--json"), QStringLiteral("--ticket"), medium.number},
                          QStringLiteral("工程师会在3小时内回复您。").toUtf8())
                    .out)
            .contains(QStringLiteral("promise_sooner_than_tier")));
}

TEST_CASE("cli lint --tier checks against a tier without a database")
{
    const QByteArray reply("I'll call you back within 20 minutes.");
    CHECK(rulesOf(runRtcare({QStringLiteral("lint"), QStringLiteral("--json"),
                             QStringLiteral("--tier"), QStringLiteral("medium_high")},
                            reply)
                      .out) == QStringList{QStringLiteral("promise_sooner_than_tier")});
    CHECK(rulesOf(runRtcare({QStringLiteral("lint"), QStringLiteral("--json"),
                             QStringLiteral("--tier"), QStringLiteral("high")},
                            reply)
                      .out)
              .isEmpty()); // 20 minutes is beyond the 15 minutes of High
    const rtcare::test::CliRun unknown = runRtcare(
        {QStringLiteral("lint"), QStringLiteral("--tier"), QStringLiteral("urgent")}, reply);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("medium_high")));
    const rtcare::test::TempDatabase empty;
    const rtcare::test::CliRun noTicket =
        runRtcare({QStringLiteral("--db"), empty.path(), QStringLiteral("lint"),
                   QStringLiteral("--ticket"), QStringLiteral("RTC-20000101-0001")},
                  reply);
    CHECK(noTicket.exitCode != 0);
}
