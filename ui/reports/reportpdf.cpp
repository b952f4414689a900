// SPDX-License-Identifier: MIT
#include "reports/reportpdf.h"

#include "reports/pdftext.h"
#include "reports/reportcharts.h"
#include "reports/reportexport.h"
#include "reports/reportfile.h"
#include "reports/reportlabels.h"
#include "storage/privatefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

#include <cmath>
#include <memory>

namespace rtcare {

// The translation context of the PDF's page footer.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(rtcare::ReportPdf)
};

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
// Charts are laid out at this size (pixels at 96 dpi: 180 mm wide, the text width of an
// A4 page with 15 mm margins), so their 8–11 pt text prints at its size.
const QSizeF kChartLayout(680, 320);
const QString kChartScheme = QStringLiteral("rtcare-chart:");

// Draws the report's charts into the document as vector graphics: their text stays text,
// so it can be searched and copied in the PDF.
class ChartObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObjects(const QList<QChart*>& charts)
    {
        for (QChart* chart : charts) {
            auto scene = std::make_unique<QGraphicsScene>();
            scene->addItem(chart); // the scene owns the chart
            chart->setGeometry(QRectF(QPointF(0, 0), kChartLayout));
            m_scenes.push_back(std::move(scene));
        }
        QCoreApplication::sendPostedEvents(); // lets the charts lay out axes and series
    }

    QSizeF intrinsicSize(QTextDocument* document, int, const QTextFormat&) override
    {
        // A little narrower than the page: the HTML's body margin indents every block.
        const qreal width = 0.96 * (document->pageSize().width() - 2 * document->documentMargin());
        return {width, width * kChartLayout.height() / kChartLayout.width()};
    }

    // The page being drawn, in document coordinates: a chart moved to the next page is not
    // drawn (off the paper) into this one.
    void setPage(const QRectF& page) { m_page = page; }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        const int index = format.intProperty(kChartIndex);
        if (index < 0 || index >= int(m_scenes.size()) || rect.top() < m_page.top()
            || rect.bottom() > m_page.bottom())
            return;
        const QRectF source(QPointF(0, 0), kChartLayout);
        m_scenes.at(std::size_t(index))->render(painter, rect, source);
    }

private:
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
    QRectF m_page;
};

// Puts the chart objects where the HTML has its <img src="rtcare-chart:N"> placeholders.
void placeCharts(QTextDocument* document)
{
    QList<std::pair<int, int>> found; // (position, chart index)
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (image.isValid() && image.name().startsWith(kChartScheme))
                found.append({fragment.position(), image.name().mid(kChartScheme.size()).toInt()});
        }
    for (const auto& [position, index] : std::as_const(found)) {
        QTextCharFormat chart;
        chart.setObjectType(kChartObject);
        chart.setProperty(kChartIndex, index);
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(chart);
    }
    // Qt 6.4 relays out a changed document lazily and can leave blocks after a table
    // without lines (not drawn at all): lay the whole document out again.
    document->markContentsDirty(0, document->characterCount());
}

// A heading never ends a page: when what follows it does not fit below it on the same
// page (the first line of the next block, a chart for instance, and four lines of text or
// the rest of its section if shorter), the heading starts the next page.
void keepHeadingsWithContent(QTextDocument* document, qreal lineHeight)
{
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    const auto isHeading = [](const QTextBlock& block) {
        return block.blockFormat().headingLevel() > 0;
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block) || block == document->begin())
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const qreal pageEnd = (std::floor(heading.top() / pageHeight) + 1) * pageHeight;
        const QTextBlock next = block.next();
        if (!next.isValid())
            break;
        QTextBlock following = next;
        while (following.isValid() && !isHeading(following))
            following = following.next();
        const qreal sectionEnd = following.isValid()
                                     ? layout->blockBoundingRect(following).top()
                                     : layout->documentSize().height();
        const QRectF first = layout->blockBoundingRect(next);
        const qreal firstLine = next.layout() && next.layout()->lineCount() > 0
                                    ? next.layout()->lineAt(0).height()
                                    : first.height();
        const qreal needed = std::max(firstLine, std::min(sectionEnd, heading.bottom() + 4 * lineHeight)
                                                     - first.top());
        if (first.top() + needed <= pageEnd)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        document->markContentsDirty(block.position(),
                                    document->characterCount() - block.position());
    }
}

} // namespace

bool writeReportPdf(const PeriodReport& report, QByteArray* pdf, QString* error)
{
    QBuffer buffer(pdf);
    if (!buffer.open(QIODevice::WriteOnly)) {
        *error = buffer.errorString();
        return false;
    }
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(ReportPdf::tr("RTCare report %1").arg(reportPeriodDays(report)));
    writer.setCreator(QStringLiteral("RTCare"));

    const QFont font = reportFont(9);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    QTextOption wrap = document.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap); // never inside a word
    document.setDefaultTextOption(wrap);
    document.setDefaultStyleSheet(
        QStringLiteral("table.data { border-collapse: collapse; border-color: #999999; "
                       "margin-bottom: 8px; } th { background-color: #e8eef6; } "
                       "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"));

    const QRect paper = writer.pageLayout().paintRectPixels(writer.resolution());
    const QFont footerFont = reportFont(7);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2;
    document.setPageSize(QSizeF(paper.width(), paper.height() - footerHeight));

    const QList<QChart*> charts = reportCharts(report);
    auto* objects = new ChartObjects(charts);
    objects->setParent(&document);
    document.documentLayout()->registerHandler(kChartObject, objects);
    QStringList placeholders;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString name = kChartScheme + QString::number(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), QImage(1, 1, QImage::Format_RGB32));
        placeholders << QStringLiteral("<p><img src=\"%1\"></p>").arg(name);
    }
    document.setHtml(reportHtml(report, placeholders));
    placeCharts(&document);
    keepHeadingsWithContent(&document, QFontMetricsF(font, &writer).lineSpacing());

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    const qreal pageHeight = document.pageSize().height();
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF area(0, page * pageHeight, paper.width(), pageHeight);
        objects->setPage(area);
        painter.save();
        painter.translate(0, -page * pageHeight);
        painter.setClipRect(area);
        document.drawContents(&painter, area);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, paper.height() - footerHeight / 2, paper.width(),
                                footerHeight / 2),
                         Qt::AlignRight | Qt::AlignVCenter,
                         ReportPdf::tr("RTCare report %1 · page %2 of %3")
                             .arg(reportPeriodDays(report))
                             .arg(page + 1)
                             .arg(pages));
    }
    painter.end();
    buffer.close();
    repairPdfToUnicode(pdf, font);
    return true;
}

bool writeReportPdf(const PeriodReport& report, const QString& path, QString* error)
{
    QByteArray pdf;
    return writeReportPdf(report, &pdf, error) && writePrivateFile(path, pdf, error);
}

} // namespace rtcare

#include "reportpdf.moc"
