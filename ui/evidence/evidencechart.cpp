// SPDX-License-Identifier: MIT
#include "evidence/evidencechart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace rtcare {

using namespace evidence;

namespace {

constexpr qint64 kEventMarginMs = 5 * 60'000; // events this far outside the statistics show

bool connectedEvent(const ConnectionEvent& e)
{
    return e.kind == QLatin1String("connection") && e.state == QLatin1String("connected");
}

bool lostEvent(const ConnectionEvent& e)
{
    return e.state == QLatin1String("failed") ||
           (e.kind == QLatin1String("ice") && e.state == QLatin1String("disconnected"));
}

bool restartEvent(const ConnectionEvent& e)
{
    return e.kind == QLatin1String("restart");
}

bool markedEvent(const ConnectionEvent& e)
{
    return connectedEvent(e) || lostEvent(e) || restartEvent(e);
}

} // namespace

EvidenceChart::EvidenceChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("evidenceChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    clear();
}

void EvidenceChart::clear()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Attach a call-statistics file to see the call's timeline."));
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    Q_EMIT legendChanged();
    m_shadedBad = 0;
    m_shadedWarn = 0;
    m_events = 0;
}

int EvidenceChart::seriesCount() const
{
    return int(chart()->series().size());
}

void EvidenceChart::show(const CallMetrics& m, const Assessment& a, qint64 rangeFrom,
                         qint64 rangeTo)
{
    auto* chart = new QChart;
    // The panel draws the legend below the chart, wrapped to its width (the chart's own
    // legend is one line and cuts names short in a narrow pane).
    chart->legend()->setVisible(false);
    // Connection events marked shortly before or after the statistics widen the time axis.
    qint64 first = m.start, last = std::max(m.end, m.start + 1000);
    for (const ConnectionSummary& c : m.connections) {
        for (const ConnectionEvent& e : c.events) {
            if (markedEvent(e) && e.t >= m.start - kEventMarginMs &&
                e.t <= m.end + kEventMarginMs) {
                first = std::min(first, e.t);
                last = std::max(last, e.t);
            }
        }
    }
    if (rangeTo > rangeFrom) {
        first = rangeFrom;
        last = rangeTo;
    }
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("HH:mm:ss"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    chart->addAxis(time, Qt::AlignBottom);
    auto* ms = new QValueAxis;
    ms->setTitleText(tr("ms"));
    ms->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(ms, Qt::AlignLeft);
    auto* pct = new QValueAxis;
    pct->setTitleText(tr("loss %"));
    pct->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(pct, Qt::AlignRight);
    QValueAxis* kbps = nullptr;
    if (!m_compact) {
        kbps = new QValueAxis;
        kbps->setTitleText(tr("kbit/s"));
        kbps->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(kbps, Qt::AlignRight);
    } else {
        time->setTickCount(3);
        ms->setTickCount(3);
        pct->setTickCount(3);
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setBackgroundRoundness(0);
    }

    double maxMs = 1, maxPct = 1, maxKbps = 1;
    const auto line = [&](const QString& name, const char* color, auto value, QValueAxis* axis,
                          double* top) {
        auto* s = new QLineSeries;
        s->setName(name);
        QPen pen{QColor(QLatin1String(color))};
        pen.setWidthF(2);
        s->setPen(pen);
        for (const Interval& in : m.intervals) {
            const double v = value(in);
            if (known(v)) {
                s->append(double(in.start + (in.end - in.start) / 2), v);
                *top = std::max(*top, v);
            }
        }
        chart->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(axis);
    };
    line(
        tr("RTT"), "#1565c0", [](const Interval& i) { return i.rttMs; }, ms, &maxMs);
    line(
        tr("Jitter"), "#00897b", [](const Interval& i) { return i.jitterMs; }, ms, &maxMs);
    line(
        tr("Loss received"), "#d84315", [](const Interval& i) { return i.lossDown; }, pct, &maxPct);
    line(
        tr("Loss sent"), "#ad1457", [](const Interval& i) { return i.lossUp; }, pct, &maxPct);
    if (kbps) {
        line(
            tr("Bitrate received"), "#5d4037", [](const Interval& i) { return i.kbpsDown; }, kbps,
            &maxKbps);
        line(
            tr("Bitrate sent"), "#9e9e9e", [](const Interval& i) { return i.kbpsUp; }, kbps,
            &maxKbps);
    }

    auto* freezes = new QScatterSeries;
    freezes->setName(tr("Video freezes"));
    freezes->setMarkerSize(9);
    freezes->setColor(QColor(QStringLiteral("#6a1b9a")));
    for (const Interval& in : m.intervals) {
        if (in.freezeSeconds > 0)
            freezes->append(double(in.start + (in.end - in.start) / 2), 0);
    }
    chart->addSeries(freezes);
    freezes->attachAxis(time);
    freezes->attachAxis(pct);

    // Connection events: set up, lost or failed, ICE restarts.
    m_events = 0;
    const auto events = [&](const QString& name, const QColor& color, auto pick) {
        auto* series = new QScatterSeries;
        series->setName(name);
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        series->setMarkerSize(10);
        series->setColor(color);
        for (const ConnectionSummary& c : m.connections) {
            for (const ConnectionEvent& e : c.events) {
                if (pick(e) && e.t >= first && e.t <= last)
                    series->append(double(e.t), 0);
            }
        }
        if (series->count() == 0) {
            delete series;
            return;
        }
        m_events += int(series->count());
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(pct);
    };
    events(tr("Connected"), QColor(QStringLiteral("#2e7d32")), connectedEvent);
    events(tr("Connection lost or failed"), QColor(QStringLiteral("#c62828")), lostEvent);
    events(tr("Connection restarted"), QColor(QStringLiteral("#1565c0")), restartEvent);

    ms->setRange(0, maxMs * 1.1);
    pct->setRange(0, maxPct * 1.1);
    if (kbps)
        kbps->setRange(0, maxKbps * 1.1);

    // Shade the intervals the profile calls bad (red) or noticeable (amber), merged into
    // runs of one level; one legend entry per level.
    m_shadedBad = 0;
    m_shadedWarn = 0;
    const std::size_t n = std::min(a.intervalLevels.size(), m.intervals.size());
    for (std::size_t i = 0; i < n;) {
        const Level level = a.intervalLevels[i];
        if (level != Level::Bad && level != Level::Warn) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < n && a.intervalLevels[j + 1] == level)
            ++j;
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append(double(m.intervals[i].start), maxPct * 1.1);
        upper->append(double(m.intervals[j].end), maxPct * 1.1);
        lower->append(double(m.intervals[i].start), 0);
        lower->append(double(m.intervals[j].end), 0);
        auto* area = new QAreaSeries(upper, lower);
        int& shaded = level == Level::Bad ? m_shadedBad : m_shadedWarn;
        if (shaded == 0)
            area->setName(level == Level::Bad ? tr("Bad intervals") : tr("Noticeable intervals"));
        area->setObjectName(level == Level::Bad ? QStringLiteral("badInterval")
                                                : QStringLiteral("noticeableInterval"));
        area->setColor(level == Level::Bad ? QColor(198, 40, 40, 55) : QColor(249, 168, 37, 55));
        area->setBorderColor(Qt::transparent);
        chart->addSeries(area);
        area->attachAxis(time);
        area->attachAxis(pct);
        ++shaded;
        i = j + 1;
    }
    if (m_windowTo > m_windowFrom) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append(double(m_windowFrom), maxPct * 1.1);
        upper->append(double(m_windowTo), maxPct * 1.1);
        lower->append(double(m_windowFrom), 0);
        lower->append(double(m_windowTo), 0);
        auto* window = new QAreaSeries(upper, lower);
        window->setName(tr("Time both files cover"));
        window->setObjectName(QStringLiteral("sharedWindow"));
        window->setColor(QColor(21, 101, 192, 28));
        window->setBorderColor(QColor(21, 101, 192, 90));
        chart->addSeries(window);
        window->attachAxis(time);
        window->attachAxis(pct);
    }
    const auto markers = chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->label().isEmpty())
            marker->setVisible(false);
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    Q_EMIT legendChanged();
}

QList<EvidenceChart::LegendEntry> EvidenceChart::legendEntries() const
{
    QList<LegendEntry> entries;
    const QList<QAbstractSeries*> all = chart()->series();
    for (QAbstractSeries* series : all) {
        if (series->name().isEmpty()) // the second and later runs of one shading
            continue;
        QColor color;
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            color = area->color();
            color.setAlpha(150); // pale on the chart; a small swatch needs more
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            color = xy->color();
        }
        entries.append({series->name(), color});
    }
    return entries;
}

} // namespace rtcare
