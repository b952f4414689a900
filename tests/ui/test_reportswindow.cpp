// SPDX-License-Identifier: MIT
// The Reports window: computed off the UI thread, charts filled, a bar opens the queue.
#include "catch.h"
#include "core/reportdata.h"
#include "uitestfixture.h"

#include "mainwindow.h"
#include "reportswindow.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineEdit>
#include <QSignalSpy>

using namespace rtcare;
using namespace rtcare::test;

TEST_CASE("reports window: presets", "[ui][reports]")
{
    const QDate wednesday(2026, 11, 25);
    const auto at = [](int m, int d) { return QDateTime(QDate(2026, m, d), QTime(0, 0), Qt::UTC); };
    CHECK(ReportsWindow::presetRange(ReportsWindow::ThisWeek, wednesday)
          == std::pair{at(11, 23), at(11, 26)});
    CHECK(ReportsWindow::presetRange(ReportsWindow::LastWeek, wednesday)
          == std::pair{at(11, 16), at(11, 23)});
    CHECK(ReportsWindow::presetRange(ReportsWindow::Last30Days, wednesday)
          == std::pair{at(10, 27), at(11, 26)});
    CHECK(ReportsWindow::presetRange(ReportsWindow::ThisQuarter, wednesday)
          == std::pair{at(10, 1), at(11, 26)});
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
    QAction* action = main.findChild<QAction*>(QStringLiteral("reportsAction"));
    REQUIRE(action);
    action->trigger();
    auto* window = main.findChild<ReportsWindow*>();
    REQUIRE(window);
    QSignalSpy ready(window, &ReportsWindow::reportReady);
    if (window->isComputing() || !window->report())
        REQUIRE(ready.wait(20000));
    REQUIRE(window->report());
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
