// SPDX-License-Identifier: MIT
// Issue 12: stated limits enforced before the work, input sanity (years, NUL, absurd call
// statistics, fake placeholder fills, spreadsheet-safe CSV) and private, whole files.
#include "catch.h"
#include "testsupport.h"

#include "evidence/evidenceimport.h"
#include "exchange/ticketimport.h"
#include "model/inputlimits.h"
#include "replies/placeholders.h"
#include "reports/periodreport.h"
#include "reports/reportexport.h"
#include "storage/privatefile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace rtcare;
using rtcare::test::TempDatabase;
using rtcare::test::utc;

namespace {

std::optional<ImportResult> importText(TempDatabase& t, const QByteArray& text, QString* error)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return importTickets(buffer, QStringLiteral("in.jsonl"), *t.repository, error);
}

QByteArray ticketLine(const QString& createdAt, const QString& name,
                      const QString& description = QStringLiteral("no video"))
{
    return QStringLiteral(R"({"created_at":"%1","customer":{"name":"%2"},"category":"network","description":"%3"})")
               .arg(createdAt, name, description)
               .toUtf8()
           + '\n';
}

int ticketCount(TempDatabase& t)
{
    QSqlQuery q(t.database->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM tickets"));
    q.next();
    return q.value(0).toInt();
}

// The permission bits as stat() reports them (0600 = owner reads and writes, no one else).
int mode(const QString& path)
{
#if defined(Q_OS_UNIX)
    struct stat info{};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
#else
    Q_UNUSED(path)
    return 0600;
#endif
}

struct Umask
{
#if defined(Q_OS_UNIX)
    mode_t previous;
    explicit Umask(mode_t mask) : previous(::umask(mask)) {}
    ~Umask() { ::umask(previous); }
#else
    explicit Umask(int) {}
#endif
};

} // namespace

TEST_CASE("limits: a bounded read takes at most the limit plus one byte", "[limits][issue12]")
{
    QBuffer small;
    small.setData(QByteArray(1000, 'a'));
    small.open(QIODevice::ReadOnly);
    bool tooLarge = true;
    const std::optional<QByteArray> all = limits::readAtMost(small, 1000, &tooLarge);
    REQUIRE(all);
    CHECK(all->size() == 1000);
    CHECK_FALSE(tooLarge);

    QBuffer big;
    big.setData(QByteArray(1001, 'a'));
    big.open(QIODevice::ReadOnly);
    CHECK_FALSE(limits::readAtMost(big, 1000, &tooLarge));
    CHECK(tooLarge);

#if defined(Q_OS_UNIX)
    // /dev/zero never ends: refused at once, having read just past the limit.
    QFile zero(QStringLiteral("/dev/zero"));
    REQUIRE(zero.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(limits::readAtMost(zero, limits::kPolicyFileBytes, &tooLarge));
    CHECK(tooLarge);
    CHECK(timer.elapsed() < 2000);
    CHECK(zero.pos() <= limits::kPolicyFileBytes + 1);

    QString error;
    CHECK_FALSE(limits::readFile(QStringLiteral("/dev/zero"), limits::kPolicyFileBytes,
                                 QStringLiteral("an SLA policy file"), &error));
    CHECK(error == QStringLiteral("/dev/zero: larger than 1 MiB, the limit for an SLA policy file"));
    CHECK_FALSE(limits::readText(QStringLiteral("/dev/zero"), limits::kReplyChars,
                                 QStringLiteral("a reply"), &error));
    CHECK(error == QStringLiteral("/dev/zero: longer than 20,000 characters, the limit for a reply"));
#endif
    QTemporaryDir dir;
    const QString reply = dir.filePath(QStringLiteral("reply.txt"));
    QFile file(reply);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QString(limits::kReplyChars + 1, QChar(u'好')).toUtf8());
    file.close();
#if !defined(Q_OS_UNIX)
    QString error;
#endif
    CHECK_FALSE(limits::readText(reply, limits::kReplyChars, QStringLiteral("a reply"), &error));
    CHECK(error.endsWith(QStringLiteral("longer than 20,000 characters, the limit for a reply")));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QString(limits::kReplyChars, QChar(u'好')).toUtf8());
    file.close();
    const std::optional<QString> exact =
        limits::readText(reply, limits::kReplyChars, QStringLiteral("a reply"), &error);
    REQUIRE(exact);
    CHECK(exact->size() == limits::kReplyChars);
}

TEST_CASE("limits: an SLA policy file larger than 1 MiB is refused, naming the limit",
          "[limits][issue12]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(limits::kPolicyFileBytes + 10, ' '));
    file.close();
    QString error;
    CHECK_FALSE(SlaPolicy::fromFile(path, &error));
    CHECK(error.contains(QStringLiteral("larger than 1 MiB, the limit for an SLA policy file")));
}

TEST_CASE("limits: a report period is checked before any work", "[limits][reports][issue12]")
{
    const QDateTime from = utc("2024-01-01T00:00:00Z");
    CHECK(periodProblem(from, from.addDays(limits::kReportSpanDays), BucketSize::Automatic)
              .isEmpty());
    CHECK(periodProblem(from, from.addDays(limits::kReportSpanDays + 1), BucketSize::Automatic)
              .contains(QStringLiteral("at most 1,096 days")));
    CHECK(periodProblem(from, from.addDays(limits::kReportBuckets), BucketSize::Day).isEmpty());
    CHECK(periodProblem(from, from.addDays(limits::kReportBuckets + 1), BucketSize::Day)
              .contains(QStringLiteral("more than 400 bars")));
    CHECK(periodProblem(from, from.addDays(limits::kReportSpanDays), BucketSize::Week).isEmpty());
    CHECK_FALSE(periodProblem(from, from, BucketSize::Day).isEmpty());

    // computeReport refuses the same, at once.
    TempDatabase db;
    QString error;
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(computeReport(*db.database, SlaPolicy::builtIn(),
                              QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC), db.now,
                              ReportThresholds::builtIn(), &error, BucketSize::Day));
    CHECK(error.contains(QStringLiteral("at most 1,096 days")));
    CHECK(timer.elapsed() < 2000);
}

TEST_CASE("input sanity: import refuses absurd years, NUL characters and huge names",
          "[limits][import][issue12]")
{
    struct Case
    {
        QByteArray line;
        QString expected;
    };
    const QString longName(limits::kNameChars + 1, QLatin1Char('n'));
    const QString longDescription(limits::kDescriptionChars + 1, QLatin1Char('d'));
    const Case cases[] = {
        {ticketLine(QStringLiteral("0001-01-01T00:00:00Z"), QStringLiteral("A")),
         QStringLiteral("in.jsonl:2: created_at: '0001-01-01T00:00:00Z' is outside the years "
                        "2000 to 2100 RTCare accepts")},
        {ticketLine(QStringLiteral("9999-12-31T00:00:00Z"), QStringLiteral("A")),
         QStringLiteral("in.jsonl:2: created_at: '9999-12-31T00:00:00Z' is outside the years")},
        {ticketLine(QStringLiteral("2026-11-21T12:00:00Z"), QStringLiteral("A\\u0000B")),
         QStringLiteral("in.jsonl:2: customer.name: contains a NUL character")},
        {ticketLine(QStringLiteral("2026-11-21T12:00:00Z"), QStringLiteral("A"),
                    QStringLiteral("cut\\u0000here")),
         QStringLiteral("in.jsonl:2: description: contains a NUL character")},
        {ticketLine(QStringLiteral("2026-11-21T12:00:00Z"), longName),
         QStringLiteral("in.jsonl:2: customer.name: is longer than 200 characters (201 "
                        "characters), the limit")},
        {ticketLine(QStringLiteral("2026-11-21T12:00:00Z"), QStringLiteral("A"), longDescription),
         QStringLiteral("in.jsonl:2: description: is longer than 20,000 characters")},
    };
    for (const Case& c : cases) {
        TempDatabase t;
        QString error;
        CHECK_FALSE(importText(t, ticketLine(QStringLiteral("2026-11-20T12:00:00Z"),
                                             QStringLiteral("Good")) + c.line,
                               &error));
        INFO(error.toStdString());
        CHECK(error.startsWith(c.expected));
        CHECK(ticketCount(t) == 0);
    }
    // At the limits themselves, and within the years, a ticket imports.
    TempDatabase t;
    QString error;
    CHECK(importText(t,
                     ticketLine(QStringLiteral("2000-01-01T00:00:00Z"),
                                QString(limits::kNameChars, QLatin1Char('n')),
                                QString(limits::kDescriptionChars, QLatin1Char('d'))),
                     &error));
    CHECK(ticketCount(t) == 1);
}

TEST_CASE("input sanity: a line longer than the limit stops the import at once",
          "[limits][import][issue12]")
{
    TempDatabase t;
    QString error;
    QByteArray huge = R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":")";
    huge += QByteArray(10 * 1024 * 1024, 'x'); // a 10 MB name
    huge += "\"},\"category\":\"network\"}\n";
    CHECK_FALSE(importText(t, huge, &error));
    CHECK(error.startsWith(QStringLiteral("in.jsonl:1: longer than 256 KiB, the limit for one ticket")));
    CHECK(ticketCount(t) == 0);

    // Through a pipe the lines are checked as they arrive; the line is named.
    struct Pipe : QIODevice
    {
        QByteArray data;
        qsizetype at = 0;
        [[nodiscard]] bool isSequential() const override { return true; }
        qint64 readData(char* to, qint64 most) override
        {
            const qint64 n = std::min<qint64>(most, data.size() - at);
            std::memcpy(to, data.constData() + at, size_t(n));
            at += n;
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }
    } pipe;
    pipe.data = ticketLine(QStringLiteral("2026-11-20T12:00:00Z"), QStringLiteral("A")) + "\n"
                + huge;
    pipe.open(QIODevice::ReadOnly);
    CHECK_FALSE(importTickets(pipe, QStringLiteral("<stdin>"), *t.repository, &error));
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("<stdin>:3: longer than 256 KiB")));
    CHECK(ticketCount(t) == 0);

#if defined(Q_OS_UNIX)
    // A device that never ends (/dev/zero, a pipe) is held within the line limit too.
    QFile zero(QStringLiteral("/dev/zero"));
    REQUIRE(zero.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(importTickets(zero, QStringLiteral("/dev/zero"), *t.repository, &error));
    CHECK(error.startsWith(QStringLiteral("/dev/zero:1: longer than 256 KiB")));
    CHECK(timer.elapsed() < 2000);
#endif
}

TEST_CASE("input sanity: a new ticket beyond the limits is refused by the repository",
          "[limits][issue12]")
{
    TempDatabase t;
    NewTicket input;
    input.customer.name = QString(limits::kNameChars + 1, QLatin1Char('n'));
    input.description = QStringLiteral("No audio");
    QString error;
    CHECK_FALSE(t.repository->create(input, &error));
    CHECK(error.contains(QStringLiteral("longer than 200 characters")));
    input.customer.name = QStringLiteral("Ann");
    input.description = QStringLiteral("No audio");
    input.description[2] = QChar(u'\0');
    CHECK_FALSE(t.repository->create(input, &error));
    CHECK(error.contains(QStringLiteral("NUL character")));
    input.description = QStringLiteral("No audio");
    CHECK(t.repository->create(input, &error));
}

TEST_CASE("input sanity: absurd call statistics in a CSV are refused, not judged",
          "[limits][evidence][issue12]")
{
    const auto import = [](const QByteArray& csv, QString* error) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        return evidence::importStats(buffer, QStringLiteral("call.csv"), {}, error);
    };
    QString error;
    CHECK_FALSE(import("time,jitter_ms,rtt_ms\n1,10,80\n2,1e308,90\n", &error));
    CHECK(error == QStringLiteral("call.csv: row 3, column 'jitter_ms': 1e308 is not a plausible "
                                  "jitter (0 to 60,000 ms)"));
    CHECK_FALSE(import("time,jitter_ms\n1,-5\n", &error));
    CHECK(error.startsWith(QStringLiteral("call.csv: row 2, column 'jitter_ms': -5 is negative")));
    CHECK_FALSE(import("time,rtt\n1,NaN\n", &error));
    CHECK(error.startsWith(QStringLiteral("call.csv: row 2, column 'rtt': 'NaN' is not a number")));
    CHECK_FALSE(import("time,packet_loss\n1,250\n", &error));
    CHECK(error.contains(QStringLiteral("not a plausible packet loss (0 to 100 %)")));
    // -1 and empty cells stay "no value"; plausible figures are read.
    const std::optional<evidence::CallMetrics> metrics =
        import("time,jitter_ms,rtt_ms\n1,-1,80\n2,,90\n3,12,100\n", &error);
    INFO(error.toStdString());
    REQUIRE(metrics);
    CHECK(metrics->jitterMs.median == Approx(12));
    CHECK(metrics->rttMs.median == Approx(90));
}

TEST_CASE("input sanity: a placeholder filled with a placeholder or a filler is not filled",
          "[limits][replies][issue12]")
{
    using replies::isFill;
    using replies::renderTemplate;
    CHECK(isFill(QStringLiteral("18:00 today")));
    CHECK_FALSE(isFill(QStringLiteral("{callback_time}")));
    CHECK_FALSE(isFill(QStringLiteral("XXX")));
    CHECK_FALSE(isFill(QStringLiteral("某某")));
    CHECK_FALSE(isFill(QStringLiteral("___")));
    CHECK_FALSE(isFill(QStringLiteral("  ")));
    const QString body = QStringLiteral("We will call you back at {callback_time}.");
    for (const QString& value : {QStringLiteral("{callback_time}"), QStringLiteral("XXX"),
                                 QStringLiteral("{agent_name}")}) {
        const replies::RenderedReply rendered =
            renderTemplate(body, {{QStringLiteral("callback_time"), value}});
        CHECK(rendered.unfilled == QStringList{QStringLiteral("callback_time")});
        CHECK(rendered.text == body);
    }
    CHECK(renderTemplate(body, {{QStringLiteral("callback_time"), QStringLiteral("18:00")}})
              .unfilled.isEmpty());
}

TEST_CASE("CSV: full-width formula starts are neutralised and every line ends in CRLF",
          "[reports][issue12]")
{
    CHECK(csvCell(QStringLiteral("＝HYPERLINK(1)")) == QStringLiteral("'＝HYPERLINK(1)"));
    CHECK(csvCell(QStringLiteral("＋86 138")) == QStringLiteral("'＋86 138"));
    CHECK(csvCell(QStringLiteral("－1+1")) == QStringLiteral("'－1+1"));
    CHECK(csvCell(QStringLiteral("＠cmd")) == QStringLiteral("'＠cmd"));
    CHECK(csvCell(QStringLiteral("a\nb")) == QStringLiteral("\"a\r\nb\""));
    CHECK(csvCell(QStringLiteral("a\r\nb\rc")) == QStringLiteral("\"a\r\nb\r\nc\""));

    TempDatabase db;
    db.create(Category::Network, QStringLiteral("＝cmd|' /C calc'!A0"));
    QString error;
    const std::optional<PeriodReport> report =
        computeReport(*db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
                      utc("2026-12-01T00:00:00Z"), db.now, ReportThresholds::builtIn(), &error);
    REQUIRE(report);
    const QString csv = reportCsv(*report);
    REQUIRE(csv.contains(QLatin1Char('\n')));
    for (qsizetype i = 0; i < csv.size(); ++i) {
        if (csv.at(i) == QLatin1Char('\n')) {
            INFO("line ending at " << i);
            REQUIRE((i > 0 && csv.at(i - 1) == QLatin1Char('\r')));
        }
        if (csv.at(i) == QLatin1Char('\r')) {
            REQUIRE((i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')));
        }
    }
}

TEST_CASE("private files: 0600 from the first byte, whole or not at all", "[files][issue12]")
{
    QTemporaryDir dir;
    const Umask careless(0); // a careless umask: the mode must not depend on it
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QString error;
    REQUIRE(writePrivateFile(
        path,
        [&](QIODevice& device, QString* reason) {
            // The temporary file is private before the first byte is written.
            const auto* file = qobject_cast<QFileDevice*>(&device);
            REQUIRE(file);
            const QFileDevice::Permissions p = file->permissions();
            CHECK((p & QFileDevice::ReadOwner));
            CHECK((p & QFileDevice::WriteOwner));
            CHECK_FALSE((p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup
                              | QFileDevice::ReadOther | QFileDevice::WriteOther)));
            return writeAll(device, "{}\n", reason);
        },
        &error));
    CHECK(mode(path) == 0600);

    // Replacing a world-readable file leaves a private one.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    REQUIRE(mode(path) == 0644);
    REQUIRE(writePrivateFile(path, QByteArray("{\"v\":2}\n"), &error));
    CHECK(mode(path) == 0600);

    // A writer that fails leaves the old content and no temporary file.
    CHECK_FALSE(writePrivateFile(
        path,
        [](QIODevice& device, QString* reason) {
            device.write("partial");
            *reason = QStringLiteral("the database went away");
            return false;
        },
        &error));
    CHECK(error.contains(path));
    CHECK(error.contains(QStringLiteral("the database went away")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "{\"v\":2}\n");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("report.json")});

    // A folder that does not exist: a message naming it, nothing written.
    const QString nowhere = dir.filePath(QStringLiteral("missing/out.csv"));
    CHECK_FALSE(writePrivateFile(nowhere, QByteArray("x"), &error));
    CHECK(error.contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
