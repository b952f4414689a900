// SPDX-License-Identifier: MIT
// The exported PDF read back as a team lead's tools read it: its text extracted with
// pdftotext (figures, dates and Chinese as written), its tables' words whole, no heading
// left alone at the bottom of a page, every page rendered with pdftoppm. The checks are
// skipped, with a message, only where poppler-utils is missing (installer/install-deps.sh
// installs it).
#include "catch.h"
#include "cli/clirun.h"
#include "core/reportdata.h"

#include "reports/periodreport.h"
#include "reports/reportexport.h"
#include "sla/policy.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace rtcare;
using namespace rtcare::test;

namespace {

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString output(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool isHan(QChar c)
{
    return (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF) ||
           (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

// Whitespace as one space, and none between two Chinese characters (a line may break
// between any two of them); a word broken across lines keeps its break.
QString normalized(const QString& text)
{
    const QString spaced = text.simplified();
    QString out;
    for (qsizetype i = 0; i < spaced.size(); ++i) {
        if (spaced.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < spaced.size() &&
            isHan(spaced.at(i - 1)) && isHan(spaced.at(i + 1)))
            continue;
        out += spaced.at(i);
    }
    return out;
}

QString unescaped(QString html)
{
    return html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&nbsp;"), QString(QChar(0xA0)))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QStringList captured(const QString& html, const QString& pattern)
{
    QStringList out;
    const QRegularExpression expression(pattern, QRegularExpression::DotMatchesEverythingOption);
    for (auto it = expression.globalMatch(html); it.hasNext();)
        out << unescaped(it.next().captured(1));
    return out;
}

QString exportPdf(const QString& db, const QString& pdf, const QStringList& extra)
{
    const CliRun run = runRtcare(QStringList{QStringLiteral("--db"), db} + extra +
                                 QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                             QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return pdf;
}

bool hasRadical(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

} // namespace

TEST_CASE("cli report: the PDF's text extracts with its figures, dates and Chinese, in "
          "English and Chinese",
          "[cli][reports][pdf]")
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not found: the PDF text checks are skipped (install poppler-utils, "
             "installer/install-deps.sh)");
        return;
    }
    const QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("report.sqlite"));
    {
        QString error;
        const std::unique_ptr<Database> database = Database::open(db, &error);
        REQUIRE(database);
        // Thirteen answered tickets in 广东 广州, nine of them in one hour (an incident from
        // 10:00 on 3 November), first responses after 5 minutes.
        const qint64 start = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        for (int i = 0; i < 13; ++i) {
            Row row(i < 9 ? start + 2 * 86400 + 7200 + i * 300 : start + i * 3600,
                    QStringLiteral("network"), QStringLiteral("high"), QStringLiteral("resolved"),
                    QStringLiteral("Mate 40"), QStringLiteral("广东 广州"),
                    QStringLiteral("video_call"));
            row.respondedAfter = 300;
            row.contact = QStringLiteral("1380000%1").arg(1000 + i);
            row.assignee = QStringLiteral("王一鸣");
            insertRow(*database, row);
        }
    }
    const QStringList period{QStringLiteral("report"),     QStringLiteral("--from"),
                             QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-11-07"), QStringLiteral("--tz"),
                             QStringLiteral("UTC")};

    const QString english = normalized(output(
        pdftotext, {QStringLiteral("-raw"),
                    exportPdf(db, dir.filePath(QStringLiteral("en.pdf")),
                              QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + period),
                    QStringLiteral("-")}));
    INFO(english.toStdString());
    CHECK(english.contains(
        normalized(QStringLiteral("2026-11-01 – 2026-11-07, days in UTC+00:00: 13 tickets"))));
    CHECK(english.contains(normalized(QStringLiteral("First-response SLA per agent"))));
    CHECK(english.contains(normalized(QStringLiteral("王一鸣 13 13 0 100.0 0:05"))));
    CHECK(english.contains(normalized(QStringLiteral("广东 广州"))));
    CHECK(english.contains(normalized(QStringLiteral("2026-11-03 10:00"))));
    CHECK(english.contains(normalized(QStringLiteral("page 1 of"))));
    CHECK_FALSE(hasRadical(english));

    const QString chinese = normalized(
        output(pdftotext,
               {QStringLiteral("-raw"),
                exportPdf(db, dir.filePath(QStringLiteral("zh.pdf")),
                          QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + period),
                QStringLiteral("-")}));
    INFO(chinese.toStdString());
    CHECK(chinese.contains(normalized(QStringLiteral("RTCare 报表"))));
    CHECK(chinese.contains(
        normalized(QStringLiteral("2026-11-01 – 2026-11-07(按 UTC+00:00 计日):13 张工单"))));
    CHECK(chinese.contains(normalized(QStringLiteral("各客服首次响应 SLA"))));
    CHECK(chinese.contains(normalized(QStringLiteral("王一鸣 13 13 0 100.0 0:05"))));
    CHECK(chinese.contains(normalized(QStringLiteral("一对一视频通话"))));
    CHECK(chinese.contains(normalized(QStringLiteral("广东 广州"))));
    CHECK(chinese.contains(normalized(QStringLiteral("2026-11-03 10:00"))));
    CHECK(chinese.contains(normalized(QStringLiteral("第 1 页"))));
    CHECK_FALSE(hasRadical(chinese));
}

TEST_CASE("cli report: a multi-page PDF keeps every table word whole, ends no page with a "
          "heading, and every page renders",
          "[cli][reports][pdf]")
{
    const QString pdftotext = tool("pdftotext");
    const QString pdftoppm = tool("pdftoppm");
    const QString pdfinfo = tool("pdfinfo");
    if (pdftotext.isEmpty() || pdftoppm.isEmpty() || pdfinfo.isEmpty()) {
        WARN("pdftotext, pdftoppm or pdfinfo not found: the PDF layout checks are skipped (install "
             "poppler-utils, installer/install-deps.sh)");
        return;
    }
    const QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo = runRtcare({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                                   QStringLiteral("--tickets"), QStringLiteral("2500")});
    REQUIRE(demo.exitCode == 0);
    // Days whose first responses are all long due, so `now` changes no figure.
    const QDate today = QDate::currentDate();
    const QDate first = today.addDays(-8), last = today.addDays(-3);
    const QString pdf =
        exportPdf(db, dir.filePath(QStringLiteral("demo.pdf")),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                   QStringLiteral("--from"), first.toString(Qt::ISODate), QStringLiteral("--to"),
                   last.toString(Qt::ISODate), QStringLiteral("--tz"), QStringLiteral("UTC")});

    // The same report's HTML: the PDF's source, whose cells and headings the PDF must show.
    QString html;
    {
        QString error;
        const std::unique_ptr<Database> database = Database::open(db, &error);
        REQUIRE(database);
        const std::optional<PeriodReport> report = computeReport(
            *database, SlaPolicy::builtIn(), first.startOfDay(QTimeZone::utc()),
            last.addDays(1).startOfDay(QTimeZone::utc()), QDateTime::currentDateTimeUtc(),
            ReportThresholds::builtIn(), &error, BucketSize::Automatic, QTimeZone::utc());
        REQUIRE(report);
        REQUIRE(report->total > 1000);
        html = reportHtml(*report);
    }
    const QStringList cells = captured(html, QStringLiteral("<t[dh](?: [^>]*)?>(.*?)</t[dh]>"));
    const QStringList headings = captured(html, QStringLiteral("<h2>(.*?)</h2>"));
    REQUIRE(cells.size() > 200);

    const QString text =
        normalized(output(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")}));
    QStringList broken;
    for (const QString& cell : cells)
        if (!text.contains(normalized(cell)))
            broken << cell;
    INFO("cells not found whole: " << broken.join(QStringLiteral(" | ")).toStdString());
    CHECK(broken.isEmpty());

    const int pages = output(pdfinfo, {pdf})
                          .section(QStringLiteral("Pages:"), 1)
                          .section(QLatin1Char('\n'), 0, 0)
                          .trimmed()
                          .toInt();
    REQUIRE(pages >= 4);
    // A heading on a page has text below it (the page footer aside).
    const QRegularExpression lineTag(
        QStringLiteral("<line xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                       "yMax=\"([\\d.]+)\">(.*?)</line>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression footer(QStringLiteral("page \\d+ of \\d+"));
    int headingsSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        struct Line
        {
            double top, bottom;
            QString text;
        };
        QList<Line> lines;
        const QString layout = output(
            pdftotext, {QStringLiteral("-bbox-layout"), QStringLiteral("-f"), QString::number(page),
                        QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        for (auto it = lineTag.globalMatch(layout); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString words = captured(m.captured(3), QStringLiteral("<word[^>]*>(.*?)</word>"))
                                      .join(QLatin1Char(' '));
            if (!footer.match(words).hasMatch())
                lines.append({m.captured(1).toDouble(), m.captured(2).toDouble(), words});
        }
        for (const Line& line : std::as_const(lines)) {
            if (!headings.contains(line.text))
                continue;
            ++headingsSeen;
            const bool below = std::any_of(lines.cbegin(), lines.cend(), [&](const Line& other) {
                return other.top > line.bottom;
            });
            INFO("page " << page << ": " << line.text.toStdString());
            CHECK(below);
        }
    }
    CHECK(headingsSeen >= headings.size());

    // Every page renders with ink on it.
    output(pdftoppm, {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-gray"), pdf,
                      dir.filePath(QStringLiteral("page"))});
    const QStringList images = QDir(dir.path()).entryList({QStringLiteral("page*.pgm")});
    CHECK(images.size() == pages);
    for (const QString& name : images) {
        QFile image(dir.filePath(name));
        REQUIRE(image.open(QIODevice::ReadOnly));
        const QByteArray bytes = image.readAll();
        qsizetype offset = 0;
        for (int line = 0; line < 3; ++line)
            offset = bytes.indexOf('\n', offset) + 1;
        qsizetype dark = 0;
        for (qsizetype i = offset; i < bytes.size(); ++i)
            dark += static_cast<unsigned char>(bytes.at(i)) < 200 ? 1 : 0;
        INFO(name.toStdString());
        CHECK(dark > (bytes.size() - offset) / 500);
    }
}
