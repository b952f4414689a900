// SPDX-License-Identifier: MIT
// rtcare take, assign and list --mine on a local file (one agent: "me" is the agent name of
// the settings, else the login name). The team-server runs are in tests/pg/test_pg_engine.cpp.
#include "catch.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using rtcare::test::runRtcare;
using Run = rtcare::test::CliRun;

const rtcare::test::Environment kLiNa{{QStringLiteral("USER"), QStringLiteral("li_na")}};

QString fileTicket(const QString& db, const QString& customer)
{
    const Run run =
        runRtcare({QStringLiteral("--db"), db, QStringLiteral("new"), QStringLiteral("--customer"),
                   customer, QStringLiteral("--category"), QStringLiteral("network"),
                   QStringLiteral("--description"), QStringLiteral("画面卡住")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QString::fromUtf8(run.out.trimmed());
}

QJsonArray list(const QString& db, const QStringList& extra = {})
{
    const Run run = runRtcare(
        QStringList{QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")} +
            extra,
        {}, kLiNa);
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).array();
}

} // namespace

TEST_CASE("cli: take and assign and list --mine on a local file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString first = fileTicket(db, QStringLiteral("张伟"));
    const QString second = fileTicket(db, QStringLiteral("Wang Fang"));

    CHECK(list(db, {QStringLiteral("--mine")}).isEmpty());

    Run run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("take"), first}, {}, kLiNa);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("li_na"));
    const QJsonArray mine = list(db, {QStringLiteral("--mine")});
    REQUIRE(mine.size() == 1);
    CHECK(mine.first()[QStringLiteral("number")].toString() == first);
    CHECK(mine.first()[QStringLiteral("assignee")].toString() == QStringLiteral("li_na"));

    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("assign"), second,
                     QStringLiteral("zhou_min"), QStringLiteral("--json")},
                    {}, kLiNa);
    REQUIRE(run.exitCode == 0);
    const QJsonObject assigned = QJsonDocument::fromJson(run.out).object();
    CHECK(assigned[QStringLiteral("assignee")].toString() == QStringLiteral("zhou_min"));
    CHECK(assigned[QStringLiteral("by")].toString() == QStringLiteral("li_na"));
    for (const QJsonValue row : list(db)) {
        if (row[QStringLiteral("number")].toString() == second)
            CHECK(row[QStringLiteral("assignee")].toString() == QStringLiteral("zhou_min"));
    }
    CHECK(list(db, {QStringLiteral("--mine")}).size() == 1);

    // Taking what is already mine, an unknown number, bad usage: 1, 2, 2.
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("take"), first}, {}, kLiNa);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("li_na")));
    run = runRtcare(
        {QStringLiteral("--db"), db, QStringLiteral("take"), QStringLiteral("RTC-20000101-0001")},
        {}, kLiNa);
    CHECK(run.exitCode == 2);
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("assign"), first}, {}, kLiNa);
    CHECK(run.exitCode == 2);
}
