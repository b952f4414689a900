// SPDX-License-Identifier: MIT
#include "reports/reportoutput.h"

#include "reports/reportcharts.h"
#include "reports/reportexport.h"
#include "reports/reportpdf.h"
#include "storage/privatefile.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace rtcare {

namespace {

// The chart drawn as an <svg> element (no XML prolog), titled for screen readers.
QString chartSvg(QChart* chart)
{
    const QSize size(680, 320);
    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QCoreApplication::sendPostedEvents(); // lets the chart lay out its axes and series
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart->title());
    generator.setResolution(96);
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                 QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    const qsizetype start = svg.indexOf("<svg");
    return QString::fromUtf8(start >= 0 ? svg.mid(start) : svg).trimmed();
}

} // namespace

QString reportHtmlWithCharts(const PeriodReport& report)
{
    QStringList svgs;
    for (QChart* chart : reportCharts(report))
        svgs << QStringLiteral("<figure>%1</figure>").arg(chartSvg(chart));
    return reportHtml(report, svgs);
}

std::optional<QByteArray> reportBytes(const PeriodReport& report, ReportFormat format,
                                      QString* error)
{
    if (!isDrawnReportFormat(format))
        return reportTextBytes(report, format);
    if (format == ReportFormat::Html)
        return reportHtmlWithCharts(report).toUtf8();
    QByteArray pdf;
    if (!writeReportPdf(report, &pdf, error))
        return std::nullopt;
    return pdf;
}

bool saveReport(const PeriodReport& report, ReportFormat format, const QString& path,
                QString* error)
{
    const std::optional<QByteArray> bytes = reportBytes(report, format, error);
    return bytes && writePrivateFile(path, *bytes, error);
}

} // namespace rtcare
