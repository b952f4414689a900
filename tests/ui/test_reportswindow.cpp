// SPDX-License-Identifier: MIT
// The Reports window: computed off the UI thread, charts filled, a bar opens the queue.
#include "catch.h"
#include "core/reportdata.h"
#include "uitestfixture.h"

#include "window/mainwindow.h"
#include "reports/reportswindow.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>

using namespace rtcare;
using namespace rtcare::test;

namespace {

// Opens View → Reports… and waits for its first report.
ReportsWindow* openReports(MainWindow& main)
{
    QAction* action = main.findChild<QAction*>(QStringLiteral("reportsAction"));
    REQUIRE(action);
    action->trigger();
    auto* window = main.findChild<ReportsWindow*>();
    REQUIRE(window);
    QSignalSpy ready(window, &ReportsWindow::reportReady);
    if (window->isComputing() || !window->report())
        REQUIRE(ready.wait(20000));
    REQUIRE(window->report());
    return window;
}

} // namespace

TEST_CASE("reports window: presets are the team's days", "[ui][reports]")
{
    const QDate wednesday(2026, 11, 25);
    SECTION("UTC")
    {
        const QTimeZone utc = QTimeZone::utc();
        const auto at = [](int m, int d) {
            return QDateTime(QDate(2026, m, d), QTime(0, 0), Qt::UTC);
        };
        CHECK(ReportsWindow::presetRange(ReportsWindow::ThisWeek, wednesday, utc)
              == std::pair{at(11, 23), at(11, 26)});
        CHECK(ReportsWindow::presetRange(ReportsWindow::LastWeek, wednesday, utc)
              == std::pair{at(11, 16), at(11, 23)});
        CHECK(ReportsWindow::presetRange(ReportsWindow::Last30Days, wednesday, utc)
              == std::pair{at(10, 27), at(11, 26)});
        CHECK(ReportsWindow::presetRange(ReportsWindow::ThisQuarter, wednesday, utc)
              == std::pair{at(10, 1), at(11, 26)});
    }
    SECTION("Beijing: this week starts Monday 00:00 in Beijing, 16:00 UTC the day before")
    {
        const QTimeZone beijing("Asia/Shanghai");
        const auto [from, to] =
            ReportsWindow::presetRange(ReportsWindow::ThisWeek, wednesday, beijing);
        CHECK(from.toUTC() == QDateTime(QDate(2026, 11, 22), QTime(16, 0), Qt::UTC));
        CHECK(to.toUTC() == QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC));
    }
}

TEST_CASE("reports window: computes in the background and a bar searches the queue",
          "[ui][reports]")
{
    UiFixture f;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 6; ++i)
        insertRow(*f.database, {now - 3600 * (i + 1), QStringLiteral("compatibility"),
                                QStringLiteral("medium_low"), QStringLiteral("new"),
                                i < 4 ? QStringLiteral("Redmi 9") : QStringLiteral("Mate 40"),
                                QStringLiteral("上海"), QStringLiteral("video_call"),
                                QStringLiteral("u%1").arg(i)});
    MainWindow main(*f.repository);
    ReportsWindow* window = openReports(main);
    CHECK(window->report()->total == 6);
    for (QChartView* view : window->chartViews())
        CHECK(view->chart() != nullptr);
    // The device chart (third): the largest bar is on top, i.e. the last category.
    QChart* devices = window->chartViews().at(2)->chart();
    auto* series = qobject_cast<QHorizontalBarSeries*>(devices->series().constFirst());
    REQUIRE(series);
    QBarSet* set = series->barSets().constFirst();
    REQUIRE(set->count() == 2);
    Q_EMIT set->clicked(1);
    CHECK(main.searchField()->text() == QStringLiteral("Redmi 9"));

    QTemporaryDir dir;
    QString error;
    CHECK(window->exportTo(dir.filePath(QStringLiteral("r.csv")), true, &error));
    CHECK(window->exportTo(dir.filePath(QStringLiteral("r.pdf")), false, &error));
}

TEST_CASE("reports window: bucket selector, recurring trend and reply quality", "[ui][reports]")
{
    UiFixture f;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 4; ++i) // one customer, four tickets an hour apart: three recurring
        insertRow(*f.database, {now - 3600 * (i + 1), QStringLiteral("network"),
                                QStringLiteral("high"), QStringLiteral("new"),
                                QStringLiteral("Mate 40"), QStringLiteral("广东"),
                                QStringLiteral("video_call"), QStringLiteral("same")});
    insertReply(*f.database, 0, now - 600, QStringLiteral("张伟"),
                QStringLiteral("[{\"category\":\"blame\"}]"));
    insertReply(*f.database, 1, now - 300, QStringLiteral("张伟"));
    insertCommitment(*f.database, 0, now - 60, QStringLiteral("kept"));

    ReportsWindow window(*f.database, SlaPolicy::builtIn());
    QSignalSpy ready(&window, &ReportsWindow::reportReady);
    REQUIRE(ready.wait(20000));
    CHECK(window.bucket() == BucketSize::Automatic);
    REQUIRE(window.report());
    CHECK(window.report()->bucket == BucketSize::Day);

    window.setBucket(BucketSize::Week);
    REQUIRE(ready.wait(20000));
    while (window.isComputing()) // a second computation may follow the first
        REQUIRE(ready.wait(20000));
    REQUIRE(window.report());
    CHECK(window.report()->bucket == BucketSize::Week);
    CHECK(window.report()->recurringTickets == 3);

    // The recurring trend: one point per bucket, the recurring tickets of each.
    REQUIRE(window.chartViews().size() == 9);
    auto* trend = qobject_cast<QLineSeries*>(window.chartViews().at(7)->chart()->series().constFirst());
    REQUIRE(trend);
    REQUIRE(trend->count() == window.report()->volume.size());
    qreal recurring = 0;
    for (const QPointF& point : trend->points())
        recurring += point.y();
    CHECK(recurring == 3);

    auto* table = window.findChild<QTableWidget*>(QStringLiteral("replyQualityTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("张伟"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("0.50"));
    CHECK(window.report()->replyQuality.commitments.kept == 1);
}

TEST_CASE("reports window: recommendation cards give their numbers in words, incidents are "
          "listed, a scenario bar opens that scenario",
          "[ui][reports]")
{
    UiFixture f;
    // The start of an hour two hours ago, so the twelve tickets fall in one incident window.
    const qint64 now = (QDateTime::currentSecsSinceEpoch() / 3600 - 2) * 3600;
    // Twelve compatibility complaints about one model inside an hour in one region, one each
    // about four other models: device_adaptation fires, and the hour is a possible incident.
    for (int i = 0; i < 16; ++i)
        insertRow(*f.database, {now + 60 * i, QStringLiteral("compatibility"),
                                QStringLiteral("medium_low"), QStringLiteral("new"),
                                i < 12 ? QStringLiteral("Redmi 9") : QStringLiteral("Model %1").arg(i),
                                i < 12 ? QStringLiteral("上海") : QStringLiteral("R%1").arg(i),
                                QStringLiteral("online_class"), QStringLiteral("u%1").arg(i)});
    MainWindow main(*f.repository);
    ReportsWindow* window = openReports(main);
    REQUIRE(window->report()->recommendations.size() == 1);
    QStringList texts;
    for (const QLabel* label : window->findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Redmi 9")));
    CHECK(all.contains(QStringLiteral("12 of 16 complaints")));
    CHECK(all.contains(QStringLiteral("75 %")));
    CHECK(all.contains(QStringLiteral("1 possible incident(s)")));
    CHECK(all.contains(QStringLiteral("in 上海 from")));

    // The scenario chart (fifth) shows the scenario's name and sends its id to the queue.
    QChart* scenarios = window->chartViews().at(4)->chart();
    auto* series = qobject_cast<QHorizontalBarSeries*>(scenarios->series().constFirst());
    REQUIRE(series);
    Q_EMIT series->barSets().constFirst()->clicked(0);
    CHECK(main.searchField()->text() == QStringLiteral("online_class"));
}
