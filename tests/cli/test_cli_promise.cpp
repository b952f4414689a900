// SPDX-License-Identifier: MIT
// `rtcare lint` lists the times a reply promises (issue 11 item 3): a follow-up promise is a
// tracked commitment, not an over-promise finding. --now and --tz pin the clock.
#include "catch.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using rtcare::test::runRtcare;

namespace {

QStringList lintArguments(const QStringList& extra)
{
    return QStringList{QStringLiteral("lint")} + extra;
}

QStringList findingCategories(const QJsonObject& o)
{
    QStringList categories;
    for (const QJsonValue& f : o.value(QLatin1String("findings")).toArray())
        categories << f.toObject().value(QLatin1String("category")).toString();
    return categories;
}

} // namespace

TEST_CASE("cli lint: a promise for tomorrow is a commitment due tomorrow, not a finding")
{
    const rtcare::test::CliRun r =
        runRtcare(lintArguments({QStringLiteral("--json"), QStringLiteral("--now"),
                                 QStringLiteral("2026-12-04T17:42:00+08:00"),
                                 QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")}),
                  QByteArray("I will update you by 18:00 tomorrow."));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK_FALSE(findingCategories(o).contains(QStringLiteral("over_promise")));
    CHECK(o.value(QLatin1String("clean")).toBool());
    const QJsonArray commitments = o.value(QLatin1String("commitments")).toArray();
    REQUIRE(commitments.size() == 1);
    const QJsonObject c = commitments.first().toObject();
    CHECK(c.value(QLatin1String("text")).toString() == QStringLiteral("by 18:00 tomorrow"));
    CHECK(c.value(QLatin1String("due_at")).toString() ==
          QStringLiteral("2026-12-05T18:00:00+08:00"));
}

TEST_CASE("cli lint: commitments in Chinese, in plain text, and in the system's zone")
{
    const QStringList shanghai{QStringLiteral("--now"), QStringLiteral("2026-12-04T17:42:00+08:00"),
                               QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")};
    const QByteArray zh =
        QStringLiteral("您好，工程师会在10分钟内联系您，明天中午前给您结论。").toUtf8();
    const rtcare::test::CliRun json =
        runRtcare(lintArguments(QStringList{QStringLiteral("--json")} + shanghai), zh);
    REQUIRE(json.exitCode == 0);
    const QJsonArray commitments =
        QJsonDocument::fromJson(json.out).object().value(QLatin1String("commitments")).toArray();
    REQUIRE(commitments.size() == 2);
    CHECK(commitments.at(0).toObject().value(QLatin1String("text")).toString() ==
          QStringLiteral("10分钟内"));
    CHECK(commitments.at(0).toObject().value(QLatin1String("due_at")).toString() ==
          QStringLiteral("2026-12-04T17:52:00+08:00"));
    CHECK(commitments.at(1).toObject().value(QLatin1String("due_at")).toString() ==
          QStringLiteral("2026-12-05T12:00:00+08:00"));
    // A soon promise is no longer an over-promise: that is for guarantees (tone rules).
    CHECK(findingCategories(QJsonDocument::fromJson(json.out).object()).isEmpty());

    const rtcare::test::CliRun text = runRtcare(lintArguments(shanghai), zh);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith("clean\n"));
    CHECK(QString::fromUtf8(text.out).contains(
        QStringLiteral("Promised: \"明天中午前\" due 2026-12-05T12:00:00+08:00")));

    // Without --tz the system's zone (UTC here) reads the promise; the offset is written.
    const rtcare::test::CliRun utc =
        runRtcare(lintArguments({QStringLiteral("--json"), QStringLiteral("--now"),
                                 QStringLiteral("2026-12-04T09:42:00Z")}),
                  QByteArray("I will update you by 18:00 tomorrow."));
    REQUIRE(utc.exitCode == 0);
    CHECK(QJsonDocument::fromJson(utc.out)
              .object()
              .value(QLatin1String("commitments"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("due_at"))
              .toString() == QStringLiteral("2026-12-05T18:00:00+00:00"));

    // A reply with no promise has an empty list, and a guarantee is still an over-promise.
    const rtcare::test::CliRun none =
        runRtcare(lintArguments({QStringLiteral("--json")}),
                  QByteArray("I guarantee it will never happen again."));
    REQUIRE(none.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(none.out).object();
    CHECK(o.value(QLatin1String("commitments")).toArray().isEmpty());
    CHECK(findingCategories(o).contains(QStringLiteral("over_promise")));
}

TEST_CASE("cli lint: a bad --now or --tz is bad usage")
{
    const QByteArray reply("I will update you by 18:00 tomorrow.");
    for (const char* bad :
         {"tomorrow", "2026-12-04T17:42:00", "2026-12-04", "2026-13-04T17:42:00Z"}) {
        INFO(bad);
        const rtcare::test::CliRun r =
            runRtcare(lintArguments({QStringLiteral("--now"), QString::fromLatin1(bad)}), reply);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--now")));
    }
    // RFC 3339's space for the T, and a Z, are fine.
    for (const char* good : {"2026-12-04 17:42:00+08:00", "2026-12-04T09:42:00Z"}) {
        INFO(good);
        const rtcare::test::CliRun r =
            runRtcare(lintArguments({QStringLiteral("--now"), QString::fromLatin1(good),
                                     QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")}),
                      reply);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("due 2026-12-05T18:00:00+08:00"));
    }
    const rtcare::test::CliRun zone = runRtcare(
        lintArguments({QStringLiteral("--tz"), QStringLiteral("Mars/Olympus_Mons")}), reply);
    CHECK(zone.exitCode == 2);
    CHECK(zone.err.contains(QStringLiteral("Mars/Olympus_Mons")));
    // The removed tier check's options are unknown now.
    CHECK(runRtcare(lintArguments({QStringLiteral("--tier"), QStringLiteral("high")}), reply)
              .exitCode == 2);
}
