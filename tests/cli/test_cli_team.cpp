// SPDX-License-Identifier: MIT
// Issue 18, step 1 on the command line, without a server: database URLs and 'rtcare new'.
// The same commands against a real PostgreSQL server are in tests/pg/test_pg_engine.cpp.
#include "catch.h"
#include "clirun.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using rtcare::test::runRtcare;

TEST_CASE("cli team: a database URL of an unknown scheme is bad input")
{
    auto run = runRtcare({QStringLiteral("--db"), QStringLiteral("mysql://agent@db/rtcare"),
                          QStringLiteral("list")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("'mysql'")));
    run = runRtcare({QStringLiteral("list")}, {},
                    {{QStringLiteral("RTCARE_DB"), QStringLiteral("http://example.com/t")}});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("'http'")));
    run = runRtcare({QStringLiteral("--db"), QStringLiteral("postgresql://a:pw@h/db"),
                     QStringLiteral("list")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(run.err.contains(QStringLiteral("pw@")));
}

TEST_CASE("cli team: rtcare new files a ticket and prints its number")
{
    const QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    auto run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("new"),
                          QStringLiteral("--customer"), QStringLiteral("张伟"),
                          QStringLiteral("--category"), QStringLiteral("network"),
                          QStringLiteral("--description"), QStringLiteral("视频很卡"),
                          QStringLiteral("--contact"), QStringLiteral("13800000000")});
    REQUIRE(run.exitCode == 0);
    const QString number = QString::fromUtf8(run.out).trimmed();
    CHECK(QRegularExpression(QStringLiteral("^RTC-\\d{8}-0001$")).match(number).hasMatch());
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("new"),
                     QStringLiteral("--customer"), QStringLiteral("Li"),
                     QStringLiteral("--category"), QStringLiteral("av_quality"),
                     QStringLiteral("--description"), QStringLiteral("no sound"),
                     QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("\"number\": \"RTC-"));
    CHECK(run.out.contains("-0002\""));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(number.toUtf8()));

    // Bad input: exit 2, nothing filed.
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("new"),
                     QStringLiteral("--category"), QStringLiteral("network"),
                     QStringLiteral("--description"), QStringLiteral("x")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--customer")));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("new"),
                     QStringLiteral("--customer"), QStringLiteral("A"),
                     QStringLiteral("--category"), QStringLiteral("weather"),
                     QStringLiteral("--description"), QStringLiteral("x")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("'weather'")));
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("server"),
                     QStringLiteral("init"), QStringLiteral("ftp://h/db")});
    CHECK(run.exitCode == 2);
    run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(run.out.count("\"number\"") == 2);
}

TEST_CASE("cli team: an unreachable team server is a failure (exit 1) that names it")
{
    const QTemporaryDir dir;
    const auto run = runRtcare(
        {QStringLiteral("--db"),
         QStringLiteral("postgresql://nobody@/rtcare?host=%1&connect_timeout=2").arg(dir.path()),
         QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("team server")));
}
