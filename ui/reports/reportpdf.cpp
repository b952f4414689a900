// SPDX-License-Identifier: MIT
#include "reports/reportpdf.h"

#include "reports/reportcharts.h"
#include "reports/reportexport.h"
#include "storage/privatefile.h"

#include <QChart>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace rtcare {

namespace {

QImage render(QChart* chart, const QSize& size)
{
    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(area);
    QCoreApplication::sendPostedEvents(); // lets the chart lay out its axes and series
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, area, area);
    return image;
}

} // namespace

bool writeReportPdf(const PeriodReport& report, const QString& path, QString* error)
{
    QTextDocument document;
    QFont font(reportFontFamily());
    font.setPointSize(9);
    document.setDefaultFont(font);
    const QSize size(900, 420);
    const QList<QChart*> charts{volumeChart(report),
                                slaChart(report),
                                topChart(QCoreApplication::translate("rtcare::ReportCharts", "Top device models"),
                                         report.topDeviceModels, report),
                                topChart(QCoreApplication::translate("rtcare::ReportCharts",
                                                                     "Top regions"),
                                         report.topRegions, report),
                                topChart(QCoreApplication::translate("rtcare::ReportCharts",
                                                                     "Top scenarios"),
                                         report.topScenarios, report,
                                         ReportDimension::Scenario),
                                rootCauseChart(report),
                                recurringChart(report),
                                recurringTrendChart(report),
                                replyQualityChart(report)};
    QString images;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString name = QStringLiteral("chart%1.png").arg(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), render(charts.at(i), size));
        images += QStringLiteral("<p><img src=\"%1\" width=\"600\"></p>").arg(name);
    }
    document.setHtml(reportHtml(report, images));
    // Laid out in memory, then written whole and private (0600) or not at all.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(QStringLiteral("RTCare report"));
        document.print(&writer);
    }
    return writePrivateFile(path, pdf.data(), error);
}

} // namespace rtcare
