// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/verdict.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace rtcare {

// One direction of the call (what the user sends, or receives) as rows of figures with
// a traffic light each and the profile's limit beside it.
class EvidenceCard : public QFrame
{
    Q_OBJECT
public:
    enum class Side
    {
        Uplink,
        Downlink
    };
    EvidenceCard(Side side, QWidget* parent = nullptr);

    void show(const evidence::CallMetrics& metrics, const evidence::ThresholdProfile& profile,
              const evidence::Assessment& assessment);
    void clear();
    // The light of a row ("rtt", "jitter", "loss", "mos", ...), for tests.
    [[nodiscard]] evidence::Level level(const QString& row) const;
    [[nodiscard]] QString valueText(const QString& row) const;
    // The row's tooltip: its definition, else the profile's limits.
    [[nodiscard]] QString definition(const QString& row) const;

private:
    // `definition`, when given, is the row's tooltip: what the figure means and its source.
    void setRow(int row, const QString& id, const QString& name, const QString& value,
                evidence::Level level, const QString& limit, const QString& definition = {});

    Side m_side;
    QLabel* m_title = nullptr;
    QGridLayout* m_grid = nullptr;
    QHash<QString, evidence::Level> m_levels;
    QHash<QString, QLabel*> m_values;
};

} // namespace rtcare
