// SPDX-License-Identifier: MIT
#include "reports/reportcharts.h"

#include "model/category.h"
#include "reports/replyquality.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace rtcare {

// The translation context of the report text.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(rtcare::ReportCharts)
};

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    const QFont font = reportFont(9);
    QFont titleFont = reportFont(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxes(QChart* chart)
{
    const QFont font = reportFont(8);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(font);
}

// A count axis from 0 on `side`, attached to `series`, reaching at least `highest`, with a
// tick on every whole step of 1, 2, 5, 10, 20, 50… (at most 8 steps): never two labels
// showing the same number.
QValueAxis* countAxis(QChart* chart, QAbstractSeries* series, Qt::Alignment side, qint64 highest)
{
    auto* axis = new QValueAxis;
    const qint64 top = std::max<qint64>(highest, 1);
    qint64 step = 1;
    for (qint64 magnitude = 1; top > 8 * step; magnitude *= 10)
        for (qint64 m : {1, 2, 5})
            if (top > 8 * step)
                step = m * magnitude;
    axis->setRange(0, double((top + step - 1) / step * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axis, side);
    series->attachAxis(axis);
    return axis;
}

// A category axis listing `labels` on `side`, attached to `series`.
QBarCategoryAxis* labelAxis(QChart* chart, QAbstractSeries* series, const QStringList& labels,
                            Qt::Alignment side)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    chart->addAxis(axis, side);
    series->attachAxis(axis);
    return axis;
}

QBarCategoryAxis* bucketAxis(const PeriodReport& report)
{
    auto* axis = new QBarCategoryAxis;
    for (const VolumeBucket& bucket : report.volume)
        axis->append(bucket.start.toString(report.bucket == BucketSize::Month ? QStringLiteral("yyyy-MM")
                                                                              : QStringLiteral("MM-dd")));
    if (report.volume.size() > 12) {
        axis->setLabelsAngle(-90);
        axis->setTruncateLabels(false);
    }
    return axis;
}

} // namespace

QFont reportFont(int points)
{
    static const QStringList chosen = [] {
        const QStringList available = QFontDatabase::families();
        const auto first = [&](std::initializer_list<const char*> candidates) {
            for (const char* candidate : candidates)
                if (available.contains(QLatin1String(candidate)))
                    return QString::fromLatin1(candidate);
            return QString();
        };
        // Noto Sans CJK (OpenType with CFF outlines) as the first family loses its digits
        // in text extracted from a PDF (Qt 6.4): Latin text comes from a TrueType font.
        QStringList families{first({"Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue",
                                    "Arial", "Liberation Sans"}),
                             first({"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei",
                                    "PingFang SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                                    "Noto Serif CJK SC"})};
        families.removeAll(QString());
        if (families.isEmpty())
            families << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        return families;
    }();
    QFont font;
    font.setFamilies(chosen);
    font.setPointSize(points);
    // No ligatures: "fi" stays two letters when the text is copied out of a PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QList<QChart*> reportCharts(const PeriodReport& report)
{
    return {volumeChart(report),
            slaChart(report),
            topChart(ReportCharts::tr("Top device models"), report.topDeviceModels, report),
            topChart(ReportCharts::tr("Top regions"), report.topRegions, report),
            topChart(ReportCharts::tr("Top scenarios"), report.topScenarios, report,
                     ReportDimension::Scenario),
            rootCauseChart(report),
            recurringChart(report),
            recurringTrendChart(report),
            replyQualityChart(report)};
}

QChart* volumeChart(const PeriodReport& report)
{
    QChart* chart = newChart(report.bucket == BucketSize::Month ? ReportCharts::tr("Tickets per month by category")
                             : report.bucket == BucketSize::Week
                                 ? ReportCharts::tr("Tickets per week by category")
                                 : ReportCharts::tr("Tickets per day by category"));
    auto* series = new QStackedBarSeries;
    for (std::size_t i = 0; i < kAllCategories.size(); ++i) {
        auto* set = new QBarSet(categoryDisplayName(kAllCategories[i]));
        for (const VolumeBucket& bucket : report.volume)
            *set << double(bucket.byCategory.value(qsizetype(i)));
        series->append(set);
    }
    chart->addSeries(series);
    // Category names are long in English: listed on the right rather than elided above.
    chart->legend()->setAlignment(Qt::AlignRight);
    QBarCategoryAxis* x = bucketAxis(report);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    qint64 highest = 0;
    for (const VolumeBucket& bucket : report.volume) {
        qint64 sum = 0;
        for (qint64 count : bucket.byCategory)
            sum += count;
        highest = std::max(highest, sum);
    }
    countAxis(chart, series, Qt::AlignLeft, highest);
    styleAxes(chart);
    return chart;
}

QChart* slaChart(const PeriodReport& report)
{
    QChart* chart = newChart(ReportCharts::tr("First-response SLA attainment per tier (target line 95%)"));
    auto* series = new QBarSeries;
    auto* set = new QBarSet(ReportCharts::tr("Attainment %"));
    QStringList labels;
    for (const SlaRow& row : report.sla) {
        labels << row.name;
        *set << row.attainmentPct;
    }
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* target = new QLineSeries;
    target->setName(ReportCharts::tr("Target"));
    auto* targetX = new QValueAxis;
    targetX->setRange(0, 1);
    targetX->setVisible(false);
    *target << QPointF(0, 95) << QPointF(1, 95);
    chart->addSeries(target);
    chart->addAxis(targetX, Qt::AlignTop);
    target->attachAxis(targetX);
    target->attachAxis(y);
    styleAxes(chart);
    return chart;
}

QChart* topChart(const QString& title, const QList<CountRow>& rows, const PeriodReport& report,
                 ReportDimension dimension)
{
    QChart* chart = newChart(title);
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(ReportCharts::tr("Tickets"));
    QStringList labels, ids;
    const qsizetype shown = std::min<qsizetype>(rows.size(), 8);
    for (qsizetype i = shown - 1; i >= 0; --i) { // largest on top
        labels << reportLabel(report, dimension, rows.at(i).name);
        ids << rows.at(i).name;
        *set << double(rows.at(i).count);
    }
    series->append(set);
    chart->addSeries(series);
    labelAxis(chart, series, labels, Qt::AlignLeft)->setProperty(kBarIdsProperty, ids);
    countAxis(chart, series, Qt::AlignBottom, rows.isEmpty() ? 0 : rows.first().count);
    styleAxes(chart);
    return chart;
}

QChart* rootCauseChart(const PeriodReport& report)
{
    QChart* chart = newChart(ReportCharts::tr("Confirmed root causes"));
    auto* series = new QPieSeries;
    for (const CountRow& row : report.rootCauses)
        series->append(QStringLiteral("%1 %2%")
                           .arg(reportLabel(report, ReportDimension::RootCause, row.name))
                           .arg(row.sharePct, 0, 'f', 1),
                       double(row.count));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* recurringChart(const PeriodReport& report)
{
    return topChart(ReportCharts::tr("Recurring complaints within 7 days, by scenario"),
                    report.recurringByScenario, report, ReportDimension::Scenario);
}

QChart* recurringTrendChart(const PeriodReport& report)
{
    QChart* chart = newChart(report.bucket == BucketSize::Month
                                 ? ReportCharts::tr("Recurring complaints per month")
                             : report.bucket == BucketSize::Week
                                 ? ReportCharts::tr("Recurring complaints per week")
                                 : ReportCharts::tr("Recurring complaints per day"));
    chart->legend()->hide();
    auto* series = new QLineSeries;
    series->setName(ReportCharts::tr("Recurring tickets"));
    series->setPointsVisible(true);
    qint64 highest = 0;
    for (qsizetype i = 0; i < report.volume.size(); ++i) {
        *series << QPointF(double(i), double(report.volume.at(i).recurring));
        highest = std::max(highest, report.volume.at(i).recurring);
    }
    chart->addSeries(series);
    QBarCategoryAxis* x = bucketAxis(report);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    countAxis(chart, series, Qt::AlignLeft, highest);
    styleAxes(chart);
    return chart;
}

QChart* replyQualityChart(const PeriodReport& report)
{
    const QList<AgentReplyQuality>& agents = report.replyQuality.agents;
    if (agents.isEmpty()) {
        // Said in words: empty bars on a 0-1 axis look like a broken chart.
        QChart* chart = newChart(ReportCharts::tr("Replies per agent: no reply was sent in this "
                                                  "period"));
        chart->legend()->hide();
        return chart;
    }
    QChart* chart = newChart(ReportCharts::tr("Replies per agent, and those with a wording suggestion"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* series = new QHorizontalBarSeries;
    auto* replies = new QBarSet(ReportCharts::tr("Replies"));
    auto* suggested = new QBarSet(ReportCharts::tr("With a suggestion"));
    QStringList labels;
    const qsizetype shown = std::min<qsizetype>(agents.size(), 8);
    for (qsizetype i = shown - 1; i >= 0; --i) { // most replies on top
        labels << agents.at(i).agent;
        *replies << double(agents.at(i).replies);
        *suggested << double(agents.at(i).repliesWithSuggestion);
    }
    series->append(replies);
    series->append(suggested);
    chart->addSeries(series);
    labelAxis(chart, series, labels, Qt::AlignLeft);
    qint64 most = 0;
    for (const AgentReplyQuality& agent : agents)
        most = std::max(most, agent.replies);
    countAxis(chart, series, Qt::AlignBottom, most);
    styleAxes(chart);
    return chart;
}

} // namespace rtcare
