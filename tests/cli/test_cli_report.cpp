// SPDX-License-Identifier: MIT
// `rtcare report` end to end: formats, the period's edges, redaction, a PDF that renders.
#include "catch.h"
#include "cli/clirun.h"
#include "core/reportdata.h"

#include "sla/policy.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rtcare;
using namespace rtcare::test;

namespace {

QString makeDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("report.sqlite"));
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    REQUIRE(database);
    const qint64 start = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate)
                             .toSecsSinceEpoch();
    const QString cat[] = {QStringLiteral("network"), QStringLiteral("av_quality")};
    for (int i = 0; i < 12; ++i) {
        Row row;
        row.created = start + qint64(i) * 14 * 3600; // 12 tickets over 6.5 days
        row.category = cat[i % 2];
        row.device = QStringLiteral("Mate 40");
        row.region = QStringLiteral("广东 深圳");
        row.scenario = QStringLiteral("=cmd|' /C calc'!A0");
        row.contact = QStringLiteral("13800000000");
        row.name = QStringLiteral("李雷");
        row.respondedAfter = 300;
        insertRow(*database, row);
    }
    Row late; // 2026-11-08: outside --to 2026-11-07
    late.created = start + 7 * 86400;
    insertRow(*database, late);
    Row lastMinute; // 2026-11-07 23:59: inside, --to includes the whole day
    lastMinute.created = start + 7 * 86400 - 60;
    lastMinute.respondedAfter = 60;
    insertRow(*database, lastMinute);
    return path;
}

} // namespace

TEST_CASE("cli report: JSON for a period, --to includes the whole day", "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const CliRun run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                  QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                  QStringLiteral("--to"), QStringLiteral("2026-11-07")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    CHECK(json.value(QStringLiteral("total")).toInt() == 13);
    CHECK(json.value(QStringLiteral("by_category"))[QStringLiteral("network")].toInt() == 7);
    CHECK(json.value(QStringLiteral("by_category"))[QStringLiteral("av_quality")].toInt() == 6);
    CHECK(
        json.value(QStringLiteral("sla"))[QStringLiteral("high")][QStringLiteral("met")].toInt() ==
        13);
    CHECK(json.value(QStringLiteral("recurring"))[QStringLiteral("customers")].toInt() == 1);
    CHECK(json.value(QStringLiteral("recurring"))[QStringLiteral("tickets")].toInt() == 11);
    CHECK(json.value(QStringLiteral("top_regions"))[0][QStringLiteral("share_pct")].toDouble() ==
          92.3);
    CHECK(json.value(QStringLiteral("volume_bucket")).toString() == QStringLiteral("day"));

    const CliRun weekly = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                     QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                     QStringLiteral("--to"), QStringLiteral("2026-11-07"),
                                     QStringLiteral("--bucket"), QStringLiteral("week")});
    REQUIRE(weekly.exitCode == 0);
    const QJsonObject weeks = QJsonDocument::fromJson(weekly.out).object();
    CHECK(weeks.value(QStringLiteral("volume_bucket")).toString() == QStringLiteral("week"));
    qint64 inWeeks = 0;
    for (const QJsonValue& bucket : weeks.value(QStringLiteral("volume")).toArray())
        for (const QJsonValue& count : bucket[QStringLiteral("by_priority")].toObject())
            inWeeks += count.toInteger();
    CHECK(inWeeks == 13);

    const CliRun bad = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                  QStringLiteral("--bucket"), QStringLiteral("fortnight")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--bucket: 'fortnight'")));
}

TEST_CASE("cli report: CSV is neutralised and --redact hides customers", "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const QStringList base{QStringLiteral("--db"),       db,
                           QStringLiteral("report"),     QStringLiteral("--from"),
                           QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-11-07"), QStringLiteral("--format"),
                           QStringLiteral("csv")};
    const CliRun plain = runRtcare(base);
    REQUIRE(plain.exitCode == 0);
    const QString csv = QString::fromUtf8(plain.out);
    CHECK(csv.contains(QStringLiteral("李雷")));
    CHECK(csv.contains(QStringLiteral("'=cmd|' /C calc'!A0,12,")));
    CHECK_FALSE(csv.contains(QStringLiteral("\n=cmd")));
    CHECK_FALSE(csv.contains(QStringLiteral(",=cmd")));
    const CliRun redacted = runRtcare(base + QStringList{QStringLiteral("--redact")});
    REQUIRE(redacted.exitCode == 0);
    CHECK_FALSE(QString::fromUtf8(redacted.out).contains(QStringLiteral("李雷")));
    CHECK_FALSE(QString::fromUtf8(redacted.out).contains(QStringLiteral("13800000000")));
    const CliRun html =
        runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("--redact"), QStringLiteral("--from"),
                   QStringLiteral("2026-11-01")});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.startsWith("<!DOCTYPE html>"));
    CHECK_FALSE(QString::fromUtf8(html.out).contains(QStringLiteral("李雷")));
    const CliRun bad = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                  QStringLiteral("--format"), QStringLiteral("xls")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("cli report: the PDF's first page renders and is not blank", "[cli][reports]")
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        FAIL("pdftoppm not found: install poppler-utils (installer/install-deps.sh)");
    const QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    // No QT_QPA_PLATFORM: the command must choose offscreen by itself.
    const CliRun run = runRtcare(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
         QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-07"),
         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf},
        {}, {{QStringLiteral("QT_QPA_PLATFORM"), QString()}});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    file.close();
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                            QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                            QStringLiteral("-gray"), pdf, dir.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.pgm")});
    REQUIRE(pages.size() == 1);
    QFile image(dir.filePath(pages.first()));
    REQUIRE(image.open(QIODevice::ReadOnly));
    const QByteArray bytes = image.readAll();
    // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    REQUIRE(bytes.startsWith("P5"));
    qsizetype offset = 0;
    for (int line = 0; line < 3; ++line)
        offset = bytes.indexOf('\n', offset) + 1;
    const QByteArray pixels = bytes.mid(offset);
    qsizetype dark = 0;
    for (char c : pixels)
        dark += static_cast<unsigned char>(c) < 200 ? 1 : 0;
    INFO("dark pixels: " << dark << " of " << pixels.size());
    CHECK(dark > pixels.size() / 200); // text, tables and charts: well over 0.5 % ink
    // The Chinese text is set in a CJK font embedded in the file.
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (!pdffonts.isEmpty()) {
        QProcess fonts;
        fonts.start(pdffonts, {pdf});
        REQUIRE(fonts.waitForFinished(60000));
        CHECK(fonts.readAllStandardOutput().contains("CJK"));
    }
}

TEST_CASE("cli report: CSV has the reply-quality and commitment tables", "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const qint64 start = QDateTime::fromString(QStringLiteral("2026-11-02T00:00:00Z"), Qt::ISODate)
                             .toSecsSinceEpoch();
    {
        QString error;
        const std::unique_ptr<Database> database = Database::open(db, &error);
        REQUIRE(database);
        const qint64 first = insertReply(*database, 0, start, QStringLiteral("王静"));
        const qint64 second = insertReply(*database, 1, start + 60, QStringLiteral("王静"),
                                          QStringLiteral("[{\"category\":\"empty_apology\"}]"));
        insertReply(*database, 2, start + 120, QStringLiteral("=Zhou"),
                    QStringLiteral("[{\"category\":\"blame\"},{\"category\":\"blame\"}]"));
        // Both promised in 王静's replies: one kept, one not.
        insertCommitment(*database, 0, start + 3600, QStringLiteral("kept"), first);
        insertCommitment(*database, 1, start + 7200, QStringLiteral("broken"), second);
    }
    const CliRun run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                  QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                  QStringLiteral("--to"), QStringLiteral("2026-11-07"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString csv = QString::fromUtf8(run.out);
    CHECK(csv.contains(QStringLiteral("# reply_quality\r\nreplies,replies_with_suggestion,"
                                      "replies_with_suggestion_pct,suggestions,"
                                      "suggestions_per_reply,suggestions_by_category,"
                                      "suggestions_by_category_name\r\n"
                                      "3,2,66.7,3,1.00,blame=2 empty_apology=1,Could read as "
                                      "blame: 2; Apology without a next step: 1\r\n")));
    CHECK(csv.contains(QStringLiteral("# reply_quality_agents\r\n")));
    CHECK(csv.contains(QStringLiteral("# reply_quality_agents\r\nagent,replies,"
                                      "replies_with_suggestion,suggestions,suggestions_per_reply,"
                                      "suggestions_by_category,suggestions_by_category_name,"
                                      "promises_due,promises_kept\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\n王静,2,1,1,0.50,empty_apology=1,Apology without a "
                                      "next step: 1,2,1\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\n'=Zhou,1,1,2,2.00,blame=2,Could read as blame: "
                                      "2,0,0\r\n"))); // neutralised
    CHECK(csv.contains(QStringLiteral("# commitments\r\ndue,kept,broken,open,open_overdue,"
                                      "kept_pct\r\n2,1,1,0,0,50.0\r\n")));
}

TEST_CASE("cli report: --tz cuts the team's days and shows its clock", "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("tz.sqlite"));
    {
        QString error;
        const std::unique_ptr<Database> database = Database::open(db, &error);
        REQUIRE(database);
        // 23:30 and 00:30 in Beijing on the night of 4 to 5 December.
        for (const char* at : {"2026-12-04T15:30:00Z", "2026-12-04T16:30:00Z"}) {
            Row row(QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate).toSecsSinceEpoch());
            row.respondedAfter = 120;
            insertRow(*database, row);
        }
    }
    const auto days = [&](const QString& zone) {
        const CliRun run = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                      QStringLiteral("--from"), QStringLiteral("2026-12-04"),
                                      QStringLiteral("--to"), QStringLiteral("2026-12-05"),
                                      QStringLiteral("--tz"), zone});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out).object();
    };
    const QJsonObject beijing = days(QStringLiteral("Asia/Shanghai"));
    CHECK(beijing.value(QStringLiteral("from")).toString() ==
          QStringLiteral("2026-12-04T00:00:00+08:00"));
    const QJsonArray volume = beijing.value(QStringLiteral("volume")).toArray();
    REQUIRE(volume.size() == 2);
    CHECK(volume.at(0)[QStringLiteral("by_category")][QStringLiteral("network")].toInt() == 1);
    CHECK(volume.at(1)[QStringLiteral("start")].toString() == QStringLiteral("2026-12-05"));
    CHECK(volume.at(1)[QStringLiteral("by_category")][QStringLiteral("network")].toInt() == 1);
    // In UTC both are on the 4th.
    const QJsonObject utc = days(QStringLiteral("UTC"));
    CHECK(utc.value(QStringLiteral(
              "volume"))[0][QStringLiteral("by_category")][QStringLiteral("network")]
              .toInt() == 2);

    const CliRun bad = runRtcare({QStringLiteral("--db"), db, QStringLiteral("report"),
                                  QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--tz: unknown time zone 'Mars/Olympus'")));
}

TEST_CASE("cli report: every format written with --out is private (0600), and the HTML carries "
          "its charts inline",
          "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv"),
                                  QStringLiteral("html"), QStringLiteral("pdf")}) {
        const QString out = dir.filePath(QStringLiteral("report.") + format);
        const CliRun run = runRtcare(
            {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-07"),
             QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        INFO(format.toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QFile::permissions(out) ==
              (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        CHECK(QDir(dir.path())
                  .entryList({QStringLiteral("report.") + format + QStringLiteral(".*")})
                  .isEmpty()); // no temporary file left beside it
    }
    QFile html(dir.filePath(QStringLiteral("report.html")));
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    CHECK(text.count(QStringLiteral("<svg")) == 9);
    CHECK(text.contains(QStringLiteral("<title>Tickets per day by category</title>")));
    CHECK_FALSE(text.contains(QStringLiteral("src=\"http")));
    CHECK_FALSE(text.contains(QStringLiteral("<img")));
    // Durations as hours:minutes, not seconds.
    CHECK(text.contains(QStringLiteral("<td align=\"right\">0:05</td>")));
}

TEST_CASE("cli report: --lang zh_CN writes the PDF and HTML in Chinese", "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const CliRun run =
        runRtcare({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), db,
                   QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                   QStringLiteral("--format"), QStringLiteral("html")});
    REQUIRE(run.exitCode == 0);
    const QString html = QString::fromUtf8(run.out);
    CHECK(html.contains(QStringLiteral("<h1>RTCare 报表</h1>")));
    CHECK(html.contains(QStringLiteral("各级别首次响应 SLA")));
    CHECK(html.contains(QStringLiteral("<html lang=\"zh\">")));
}

TEST_CASE("cli report: English counts read as English (\"10 device models\", not \"model(s)\")",
          "[cli][reports]")
{
    const QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                       QStringLiteral("--tickets"), QStringLiteral("2500")})
                .exitCode == 0);
    // The demo's planted device signal compares one model with the others: its sentence
    // counts the models.
    const QDate today = QDate::currentDate();
    for (const QString& format : {QStringLiteral("html"), QStringLiteral("csv")}) {
        const CliRun run = runRtcare(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
             QStringLiteral("report"), QStringLiteral("--from"),
             today.addDays(-30).toString(Qt::ISODate), QStringLiteral("--format"), format});
        REQUIRE(run.exitCode == 0);
        const QString text = QString::fromUtf8(run.out);
        INFO(format.toStdString());
        CHECK(text.contains(QRegularExpression(QStringLiteral("across \\d+ device models"))));
        CHECK_FALSE(text.contains(QStringLiteral("(s)")));
    }
}
