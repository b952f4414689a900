// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/verdict.h"

#include <QChartView>

namespace rtcare {

// The call's timeline: RTT and jitter (ms), packet loss (%), bitrate received and sent
// (kbit/s, the same interval series the cards' figures are the median of), freezes and
// connection events marked, and the intervals the profile calls bad or noticeable shaded.
class EvidenceChart : public QChartView
{
    Q_OBJECT
public:
    explicit EvidenceChart(QWidget* parent = nullptr);
    // rangeFrom/rangeTo (epoch ms), when given, fix the time axis (two participants of one
    // call share it); otherwise it spans the statistics and their connection events.
    void show(const evidence::CallMetrics& metrics, const evidence::Assessment& assessment,
              qint64 rangeFrom = 0, qint64 rangeTo = 0);
    void clear();
    // Compact (two timelines one above the other in the narrow ticket pane): no bitrate
    // lines and axis, fewer time labels, thin margins, so the axes' labels and titles fit.
    void setCompact(bool compact) { m_compact = compact; }
    // A window to tint on the next show() (the time both participants' files cover);
    // from == to: none.
    void setWindow(qint64 from, qint64 to)
    {
        m_windowFrom = from;
        m_windowTo = to;
    }
    [[nodiscard]] int seriesCount() const;
    // Shaded runs of intervals: at "bad", at "noticeable", or both.
    [[nodiscard]] int shadedCount(evidence::Level level) const
    {
        return level == evidence::Level::Bad ? m_shadedBad : m_shadedWarn;
    }
    [[nodiscard]] int shadedCount() const { return m_shadedBad + m_shadedWarn; }
    // Connection events marked (set up, lost or failed, restarted).
    [[nodiscard]] int eventCount() const { return m_events; }

    // What the legend shows: each named series (bad and noticeable shading once each).
    struct LegendEntry
    {
        QString label;
        QColor color;
    };
    [[nodiscard]] QList<LegendEntry> legendEntries() const;

Q_SIGNALS:
    void legendChanged();

private:
    int m_shadedBad = 0;
    int m_shadedWarn = 0;
    int m_events = 0;
    bool m_compact = false;
    qint64 m_windowFrom = 0;
    qint64 m_windowTo = 0;
};

} // namespace rtcare
