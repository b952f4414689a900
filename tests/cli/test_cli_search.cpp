// SPDX-License-Identifier: MIT
// rtcare search: best first, JSON, --stats, exit codes (issue 17).
#include "catch.h"
#include "cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rtcare::test;

namespace {

QStringList field(const QJsonArray& hits, const char* name)
{
    QStringList values;
    for (const QJsonValue& hit : hits)
        values << hit.toObject().value(QLatin1String(name)).toString();
    return values;
}

} // namespace

TEST_CASE("cli: search finds by meaning, contact first, with JSON, --stats and exit codes",
          "[search]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("search.sqlite"));
    auto rtcare = [&db](QStringList arguments) {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return runRtcare(arguments);
    };
    REQUIRE(
        rtcare({QStringLiteral("demo-data"), QStringLiteral("--tickets"), QStringLiteral("400")})
            .exitCode == 0);
    CliRun run =
        rtcare({QStringLiteral("new"), QStringLiteral("--customer"), QStringLiteral("周杰"),
                QStringLiteral("--category"), QStringLiteral("av_quality"),
                QStringLiteral("--contact"), QStringLiteral("13911112222"),
                QStringLiteral("--description"), QStringLiteral("直播的时候视频很卡")});
    REQUIRE(run.exitCode == 0);
    const QString number = QString::fromUtf8(run.out).trimmed();
    REQUIRE(number.startsWith(QStringLiteral("RTC-")));

    // The contact: that ticket first, saying what matched.
    run =
        rtcare({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("13911112222")});
    REQUIRE(run.exitCode == 0);
    QJsonArray hits = QJsonDocument::fromJson(run.out).array();
    REQUIRE(!hits.isEmpty());
    CHECK(hits.at(0).toObject().value(QStringLiteral("number")).toString() == number);
    CHECK(hits.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("new"));
    CHECK(hits.at(0)
              .toObject()
              .value(QStringLiteral("matched"))
              .toArray()
              .contains(QStringLiteral("contact")));

    // 卡顿 finds the ticket that says 视频很卡 (a synonym), and --stats counts every match.
    run = rtcare({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--stats"),
                  QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("卡顿")});
    REQUIRE(run.exitCode == 0);
    hits = QJsonDocument::fromJson(run.out).array();
    CHECK(field(hits, "number").contains(number));
    for (const QJsonValue& hit : std::as_const(hits))
        CHECK_FALSE(hit.toObject().value(QStringLiteral("matched")).toArray().isEmpty());
    const QRegularExpressionMatch stats =
        QRegularExpression(QStringLiteral("^query: [0-9.]+ ms, ([0-9]+) matches$"),
                           QRegularExpression::MultilineOption)
            .match(run.err);
    REQUIRE(stats.hasMatch());
    CHECK(stats.captured(1).toInt() == hits.size());

    // A scenario by its Chinese name; --status narrows; the plain listing has one line a hit.
    run = rtcare({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"),
                  QStringLiteral("1000"), QStringLiteral("直播连麦")});
    REQUIRE(run.exitCode == 0);
    hits = QJsonDocument::fromJson(run.out).array();
    bool byScenario = false;
    for (const QJsonValue& hit : std::as_const(hits))
        byScenario = byScenario || hit.toObject()
                                       .value(QStringLiteral("matched"))
                                       .toArray()
                                       .contains(QStringLiteral("scenario"));
    CHECK(byScenario);
    run = rtcare({QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("new"),
                  QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("卡顿")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() <= 3);
    CHECK_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        CHECK(line.contains(QStringLiteral(" new ")));

    // No match: nothing on stdout, a message on stderr, success.
    run = rtcare({QStringLiteral("search"), QStringLiteral("火星基地")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("no tickets match “火星基地”")));

    // Bad usage.
    CHECK(rtcare({QStringLiteral("search")}).exitCode == 2);
    CHECK(rtcare({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"),
                  QStringLiteral("x")})
              .exitCode == 2);
    CHECK(rtcare({QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("lost"),
                  QStringLiteral("x")})
              .exitCode == 2);
}
