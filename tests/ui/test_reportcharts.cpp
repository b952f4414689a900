// SPDX-License-Identifier: MIT
// The reply-quality chart says in words when no reply was sent, instead of empty bars.
#include "catch.h"

#include "reports/reportcharts.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>

#include <memory>

using namespace rtcare;

TEST_CASE("report charts: no replies in the period is said in the title, not drawn as empty bars",
          "[ui][reports]")
{
    PeriodReport report;
    std::unique_ptr<QChart> empty(replyQualityChart(report));
    CHECK(empty->title().contains(QStringLiteral("no reply was sent")));
    CHECK(empty->series().isEmpty());
    CHECK(empty->axes().isEmpty());

    AgentReplyQuality lin;
    lin.agent = QStringLiteral("Lin");
    lin.replies = 4;
    lin.repliesWithSuggestion = 1;
    report.replyQuality.agents = {lin};
    std::unique_ptr<QChart> drawn(replyQualityChart(report));
    CHECK_FALSE(drawn->title().contains(QStringLiteral("no reply")));
    REQUIRE(drawn->series().size() == 1);
    const auto* bars = qobject_cast<QHorizontalBarSeries*>(drawn->series().constFirst());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    CHECK(bars->barSets().at(0)->at(0) == 4.0);
    CHECK(bars->barSets().at(1)->at(0) == 1.0);
}
