// SPDX-License-Identifier: MIT
#include "reportcharts.h"

#include "model/category.h"

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
    QFont font(reportFontFamily());
    font.setPointSize(9);
    QFont titleFont = font;
    titleFont.setPointSize(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxes(QChart* chart)
{
    QFont font(reportFontFamily());
    font.setPointSize(8);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(font);
}

} // namespace

QString reportFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& candidate :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
          QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
          QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("Noto Serif CJK SC")})
        if (families.contains(candidate))
            return candidate;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QChart* volumeChart(const PeriodReport& report)
{
    QChart* chart = newChart(report.bucket == BucketSize::Month ? ReportCharts::tr("Tickets per month by category")
                             : report.bucket == BucketSize::Week
                                 ? ReportCharts::tr("Tickets per week by category")
                                 : ReportCharts::tr("Tickets per day by category"));
    auto* series = new QStackedBarSeries;
    QStringList labels;
    for (const VolumeBucket& bucket : report.volume)
        labels << bucket.start.toString(report.bucket == BucketSize::Month ? QStringLiteral("yyyy-MM")
                                                                           : QStringLiteral("MM-dd"));
    for (std::size_t i = 0; i < kAllCategories.size(); ++i) {
        auto* set = new QBarSet(categoryDisplayName(kAllCategories[i]));
        for (const VolumeBucket& bucket : report.volume)
            *set << double(bucket.byCategory.value(qsizetype(i)));
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
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
        labels << row.tier;
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

QChart* topChart(const QString& title, const QList<CountRow>& rows)
{
    QChart* chart = newChart(title);
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(ReportCharts::tr("Tickets"));
    QStringList labels;
    const qsizetype shown = std::min<qsizetype>(rows.size(), 8);
    for (qsizetype i = shown - 1; i >= 0; --i) { // largest on top
        labels << rows.at(i).name;
        *set << double(rows.at(i).count);
    }
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    styleAxes(chart);
    return chart;
}

QChart* rootCauseChart(const PeriodReport& report)
{
    QChart* chart = newChart(ReportCharts::tr("Confirmed root causes"));
    auto* series = new QPieSeries;
    for (const CountRow& row : report.rootCauses)
        series->append(QStringLiteral("%1 %2%").arg(row.name).arg(row.sharePct, 0, 'f', 1),
                       double(row.count));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* recurringChart(const PeriodReport& report)
{
    return topChart(ReportCharts::tr("Recurring complaints within 7 days, by scenario"),
                    report.recurringByScenario);
}

} // namespace rtcare
