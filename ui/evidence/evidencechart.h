// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/verdict.h"

#include <QChartView>

namespace rtcare {

// The call's timeline: RTT and jitter (ms), packet loss (%), bitrate (kbit/s), freezes
// marked, and the intervals the profile calls bad or noticeable shaded.
class EvidenceChart : public QChartView
{
    Q_OBJECT
public:
    explicit EvidenceChart(QWidget* parent = nullptr);
    void show(const evidence::CallMetrics& metrics, const evidence::Assessment& assessment);
    void clear();
    [[nodiscard]] int seriesCount() const;
    // Shaded runs of intervals: at "bad", at "noticeable", or both.
    [[nodiscard]] int shadedCount(evidence::Level level) const
    {
        return level == evidence::Level::Bad ? m_shadedBad : m_shadedWarn;
    }
    [[nodiscard]] int shadedCount() const { return m_shadedBad + m_shadedWarn; }

private:
    int m_shadedBad = 0;
    int m_shadedWarn = 0;
};

} // namespace rtcare
