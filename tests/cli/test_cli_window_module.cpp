// SPDX-License-Identifier: MIT
// The window and the drawn reports are in the rtcare-window module; the headless commands
// run without it. An rtcare copied away from its module (a broken install) still lists and
// exports, and says which file is missing when asked to draw a report or open the window.
#include "catch.h"
#include "cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace rtcare::test;

namespace {

CliRun runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(rtcareEnvironment());
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: headless commands run without the window module, drawing names it",
          "[cli][window-module]")
{
    const QFileInfo built(QStringLiteral(RTCARE_BINARY));
    REQUIRE(QFileInfo::exists(built.dir().filePath(QStringLiteral(RTCARE_WINDOW_MODULE_FILE))));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString alone = dir.filePath(built.fileName());
    REQUIRE(QFile::copy(built.filePath(), alone));
    REQUIRE(QFile::setPermissions(alone, QFile::permissions(alone) | QFile::ExeOwner));
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));

    CliRun run = runProgram(alone, {QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    run = runProgram(alone, {QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                             QStringLiteral("--tickets"), QStringLiteral("7"),
                             QStringLiteral("--seed"), QStringLiteral("2")});
    REQUIRE(run.exitCode == 0);
    run = runProgram(alone, {QStringLiteral("--db"), db, QStringLiteral("list"),
                             QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.count("\"number\"") == 7);
    run = runProgram(alone, {QStringLiteral("--db"), db, QStringLiteral("report"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith("# summary"));

    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    run = runProgram(alone, {QStringLiteral("--db"), db, QStringLiteral("report"),
                             QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--out"), pdf});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("window module is missing")));
    CHECK(run.err.contains(dir.filePath(QStringLiteral(RTCARE_WINDOW_MODULE_FILE))));
    CHECK_FALSE(QFileInfo::exists(pdf));

    run = runProgram(alone, {QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("window module is missing")));
}
