// SPDX-License-Identifier: MIT
// Issue 12 from the command line: never a false success (a full standard output, a closed
// pipe, a full disk, a read-only folder), private files (0600 whatever the umask), stated
// limits enforced before the work, and input sanity.
#include "catch.h"
#include "clidisk.h"
#include "clirun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using rtcare::test::runRtcare;
using rtcare::test::Tmpfs;
using Run = rtcare::test::CliRun;

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

#if defined(Q_OS_UNIX)
int mode(const QString& path)
{
    struct stat info{};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}

enum class Stdout { DevFull, ClosedPipe };

// Runs rtcare with its standard output on /dev/full, or on a pipe whose reading end is
// closed before rtcare starts (every write fails: EPIPE).
Run runWithBrokenStdout(const QStringList& arguments, Stdout kind)
{
    QProcess process;
    process.setProcessEnvironment(rtcare::test::rtcareEnvironment());
    int pipeEnds[2] = {-1, -1};
    if (kind == Stdout::DevFull) {
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
    } else {
        REQUIRE(::pipe(pipeEnds) == 0);
        ::close(pipeEnds[0]);
        const int writeEnd = pipeEnds[1];
        process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    }
    process.start(QStringLiteral(RTCARE_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    if (pipeEnds[1] >= 0)
        ::close(pipeEnds[1]);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), {}, QString::fromUtf8(process.readAllStandardError())};
}

// Runs rtcare with umask 0: every file it creates would be world-writable unless it sets
// the mode itself.
Run runCareless(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(rtcare::test::rtcareEnvironment());
    process.setChildProcessModifier([] { ::umask(0); });
    process.start(QStringLiteral(RTCARE_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}
#endif

// A database with demo tickets, and the number of one of them.
struct DemoDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    QString number;
    explicit DemoDatabase(int tickets = 30)
    {
        REQUIRE(runRtcare({QStringLiteral("--db"), path, QStringLiteral("demo-data"),
                           QStringLiteral("--tickets"), QString::number(tickets)})
                    .exitCode
                == 0);
        const Run list = runRtcare({QStringLiteral("--db"), path, QStringLiteral("list"),
                                    QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        number = QJsonDocument::fromJson(list.out)
                     .array()
                     .first()[QStringLiteral("number")]
                     .toString();
        REQUIRE(!number.isEmpty());
    }
    [[nodiscard]] QStringList with(const QStringList& command) const
    {
        return QStringList{QStringLiteral("--db"), path} + command;
    }
};

} // namespace

#if defined(Q_OS_UNIX)
TEST_CASE("cli output: a full standard output is a failure naming it, for every command",
          "[cli][issue12]")
{
    DemoDatabase db;
    const QString reply = db.dir.filePath(QStringLiteral("reply.txt"));
    writeFile(reply, "Sorry, this is your network's fault.");
    const QString answers = db.dir.filePath(QStringLiteral("answers.json"));
    writeFile(answers, R"({"symptom":"stutter","network":"cellular"})");
    const QString csv = db.dir.filePath(QStringLiteral("call.csv"));
    writeFile(csv, "time,rtt_ms,jitter_ms\n1,80,10\n2,90,12\n3,85,11\n");
    const QList<QStringList> commands = {
        db.with({QStringLiteral("list"), QStringLiteral("--json")}),
        db.with({QStringLiteral("list")}),
        db.with({QStringLiteral("export")}),
        db.with({QStringLiteral("report")}),
        db.with({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv")}),
        db.with({QStringLiteral("templates")}),
        db.with({QStringLiteral("templates"), QStringLiteral("--json")}),
        db.with({QStringLiteral("render"), QStringLiteral("control.callback"),
                 QStringLiteral("--ticket"), db.number}),
        {QStringLiteral("classify"), QStringLiteral("视频很卡")},
        {QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("no sound")},
        {QStringLiteral("lint"), reply},
        {QStringLiteral("lint"), QStringLiteral("--json"), reply},
        {QStringLiteral("diagnose"), QStringLiteral("--answers"), answers},
        {QStringLiteral("stats"), csv},
        {QStringLiteral("--version")},
        {QStringLiteral("--help")},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = runWithBrokenStdout(command, Stdout::DevFull);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("cannot write to standard output")));
        CHECK(run.err.contains(QStringLiteral("the output is incomplete")));
    }
}

TEST_CASE("cli output: a closed pipe is a failure, not a silent success", "[cli][issue12]")
{
    DemoDatabase db;
    for (const QStringList& command :
         {db.with({QStringLiteral("list"), QStringLiteral("--json")}),
          db.with({QStringLiteral("export")}), QStringList{QStringLiteral("templates")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = runWithBrokenStdout(command, Stdout::ClosedPipe);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("cannot write to standard output")));
    }
}

TEST_CASE("cli output: exports, reports, backups and new databases are 0600 whatever the "
          "umask",
          "[cli][issue12]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("new.sqlite"));
    REQUIRE(runCareless({QStringLiteral("--db"), database, QStringLiteral("demo-data"),
                         QStringLiteral("--tickets"), QStringLiteral("20")})
                .exitCode
            == 0);
    CHECK(mode(database) == 0600);
    const QString exported = dir.filePath(QStringLiteral("tickets.jsonl"));
    writeFile(exported, "old\n");
    QFile::setPermissions(exported, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    REQUIRE(mode(exported) == 0644);
    Run run = runCareless({QStringLiteral("--db"), database, QStringLiteral("export"),
                           QStringLiteral("--out"), exported});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(mode(exported) == 0600);
    CHECK(readFile(exported).count('\n') == 20);

    for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv"),
                                 QStringLiteral("html")}) {
        const QString report = dir.filePath(QStringLiteral("report.") + format);
        run = runCareless({QStringLiteral("--db"), database, QStringLiteral("report"),
                           QStringLiteral("--format"), format, QStringLiteral("--out"), report});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(mode(report) == 0600);
    }
    const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
    run = runCareless({QStringLiteral("--db"), database, QStringLiteral("backup"),
                       QStringLiteral("--out"), backup});
    CHECK(run.exitCode == 0);
    CHECK(mode(backup) == 0600);
    // Nothing else was left behind (no temporary files).
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.partial-*"), QStringLiteral("*.new-*")},
                                     QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("cli output: a full disk or a read-only folder leaves nothing under the final name",
          "[cli][issue12]")
{
    DemoDatabase db(1500);
    {
        Tmpfs disk(db.dir.filePath(QStringLiteral("disk")), QStringLiteral("256k"));
        if (disk.mounted) {
            const QString out = disk.dir + QStringLiteral("/tickets.jsonl");
            const Run run = runRtcare(db.with({QStringLiteral("export"), QStringLiteral("--out"), out}));
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(out));
            CHECK(run.err.contains(QStringLiteral("space left"), Qt::CaseInsensitive));
            CHECK_FALSE(QFileInfo::exists(out));
            CHECK(QDir(disk.dir).entryList(QDir::Files | QDir::Hidden).isEmpty());

            // A disk with no room left at all: a report of a few KB fails the same way.
            QFile filler(disk.dir + QStringLiteral("/filler"));
            REQUIRE(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
            const QString report = disk.dir + QStringLiteral("/report.html");
            const Run full = runRtcare(db.with({QStringLiteral("report"), QStringLiteral("--format"),
                                                QStringLiteral("html"), QStringLiteral("--out"),
                                                report}));
            INFO(full.err.toStdString());
            CHECK(full.exitCode == 1);
            CHECK(full.err.contains(report));
            CHECK(full.err.contains(QStringLiteral("space left"), Qt::CaseInsensitive));
            CHECK_FALSE(QFileInfo::exists(report));
            CHECK(QDir(disk.dir).entryList(QDir::Files | QDir::Hidden)
                  == QStringList{QStringLiteral("filler")});
        }
    }
    // A read-only folder: a tmpfs remounted read-only as root (root writes anywhere
    // else), the folder's mode otherwise.
    const QString folder = db.dir.filePath(QStringLiteral("locked"));
    std::unique_ptr<Tmpfs> readOnly;
    if (::geteuid() == 0) {
        readOnly = std::make_unique<Tmpfs>(folder, QStringLiteral("1m"));
        if (!readOnly->mounted)
            return;
        REQUIRE(readOnly->remountReadOnly());
    } else {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    for (const QStringList& command :
         {QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                      folder + QStringLiteral("/tickets.jsonl")},
          QStringList{QStringLiteral("report"), QStringLiteral("--out"),
                      folder + QStringLiteral("/report.json")}}) {
        const Run run = runRtcare(db.with(command));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(command.last()));
        CHECK(run.err.contains(QStringLiteral("you may write to it")));
        CHECK_FALSE(QFileInfo::exists(command.last()));
    }
    if (!readOnly)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
}
#endif

TEST_CASE("cli limits: endless or oversized inputs are refused at once, naming the limit",
          "[cli][issue12]")
{
    DemoDatabase db(5);
    struct Case
    {
        QStringList arguments;
        QString expected;
        QByteArray input;
    };
    const QString longReply = db.dir.filePath(QStringLiteral("long.txt"));
    writeFile(longReply, QByteArray(20'001, 'a'));
    QList<Case> cases = {
        {{QStringLiteral("lint"), longReply},
         QStringLiteral("longer than 20,000 characters, the limit for a reply"), {}},
        {{QStringLiteral("classify"), QStringLiteral("-")},
         QStringLiteral("<stdin>: longer than 20,000 characters, the limit for a complaint"),
         QByteArray(70'000, 'x')},
        {db.with({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("0001-01-01"),
                  QStringLiteral("--to"), QStringLiteral("9999-12-31")}),
         QStringLiteral("a report covers at most 1,096 days"), {}},
        {db.with({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                  QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--bucket"),
                  QStringLiteral("day")}),
         QStringLiteral("more than 400 bars, the limit of the volume chart"), {}},
        {db.with({QStringLiteral("render"), QStringLiteral("control.callback"),
                  QStringLiteral("--ticket"), db.number, QStringLiteral("--set"),
                  QStringLiteral("callback_time=") + QString(2'001, QLatin1Char('t'))}),
         QStringLiteral("is longer than 2,000 characters"), {}},
        {db.with({QStringLiteral("import"), QStringLiteral("-")}),
         QStringLiteral("<stdin>:1: longer than 256 KiB, the limit for one ticket"),
         QByteArray(300 * 1024, 'x') + '\n'},
    };
#if defined(Q_OS_UNIX)
    cases += {
        {{QStringLiteral("lint"), QStringLiteral("/dev/zero")},
         QStringLiteral("/dev/zero: longer than 20,000 characters, the limit for a reply"), {}},
        {db.with({QStringLiteral("--policy"), QStringLiteral("/dev/zero"), QStringLiteral("list")}),
         QStringLiteral("/dev/zero: larger than 1 MiB, the limit for an SLA policy file"), {}},
        {{QStringLiteral("diagnose"), QStringLiteral("--answers"), QStringLiteral("/dev/zero")},
         QStringLiteral("/dev/zero: larger than 1 MiB, the limit for an answers file"), {}},
        {db.with({QStringLiteral("import"), QStringLiteral("/dev/zero")}),
         QStringLiteral("/dev/zero:1: longer than 256 KiB, the limit for one ticket"), {}},
    };
#endif
    for (const Case& c : std::as_const(cases)) {
        INFO(c.arguments.join(QLatin1Char(' ')).left(200).toStdString());
        QElapsedTimer timer;
        timer.start();
        const Run run = runRtcare(c.arguments, c.input);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.expected));
        CHECK(timer.elapsed() < 10'000);
    }
}

TEST_CASE("cli input sanity: years, NUL characters, absurd statistics and fake fills",
          "[cli][issue12]")
{
    DemoDatabase db(3);
    const QString in = db.dir.filePath(QStringLiteral("in.jsonl"));
    writeFile(in, R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"Ann"},"category":"network"}
{"created_at":"0001-01-01T00:00:00Z","customer":{"name":"Bob"},"category":"network"}
{"created_at":"2026-11-21T12:00:00Z","customer":{"name":"C\u0000D"},"category":"network"}
)");
    Run run = runRtcare(db.with({QStringLiteral("import"), in}));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(in + QStringLiteral(":2: created_at: '0001-01-01T00:00:00Z' is outside "
                                               "the years 2000 to 2100")));
    CHECK(run.err.contains(in + QStringLiteral(":3: customer.name: contains a NUL character")));
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));

    const QString csv = db.dir.filePath(QStringLiteral("absurd.csv"));
    for (const QByteArray& value : {QByteArray("1e308"), QByteArray("-20"), QByteArray("NaN")}) {
        writeFile(csv, "time,jitter_ms,rtt_ms\n1,10,80\n2," + value + ",90\n");
        run = runRtcare({QStringLiteral("stats"), csv});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("row 3, column 'jitter_ms'")));
        CHECK(run.out.isEmpty()); // no figures, no verdict
    }

    for (const QString& value : {QStringLiteral("{callback_time}"), QStringLiteral("XXX")}) {
        run = runRtcare(db.with({QStringLiteral("render"), QStringLiteral("control.callback"),
                                 QStringLiteral("--ticket"), db.number, QStringLiteral("--json"),
                                 QStringLiteral("--set"), QStringLiteral("callback_time=") + value}));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject rendered = QJsonDocument::fromJson(run.out).object();
        CHECK(rendered.value(QStringLiteral("unfilled")).toArray().contains(
            QStringLiteral("callback_time")));
    }
}
