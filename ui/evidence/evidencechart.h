// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/verdict.h"

#include <QChartView>

namespace rtcare {

// The call's timeline: RTT and jitter (ms), packet loss (%), bitrate (kbit/s), freezes
// marked, and the intervals the profile calls bad shaded.
class EvidenceChart : public QChartView
{
    Q_OBJECT
public:
    explicit EvidenceChart(QWidget* parent = nullptr);
    void show(const evidence::CallMetrics& metrics, const evidence::Assessment& assessment);
    void clear();
    [[nodiscard]] int seriesCount() const;
    [[nodiscard]] int shadedCount() const { return m_shaded; }

private:
    int m_shaded = 0;
};

} // namespace rtcare
