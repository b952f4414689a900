// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/callpair.h"
#include "evidence/evidencestore.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rtcare {

class EvidenceChart;

// Both participants of one call, one above the other on one time axis (the same range
// for both timelines), each labelled with its file, and the verdict that reads both.
class EvidencePairView : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePairView(QWidget* parent = nullptr);

    void show(const evidence::EvidenceRecord& a, const evidence::EvidenceRecord& b,
              const evidence::PairAssessment& pair);
    void clear();

    [[nodiscard]] QString participantLabel(int participant) const;
    [[nodiscard]] QString verdictText() const;
    [[nodiscard]] EvidenceChart* chart(int participant) const
    {
        return participant == 0 ? m_chartA : m_chartB;
    }
    [[nodiscard]] QPushButton* swapButton() const { return m_swap; }

Q_SIGNALS:
    void swapRequested();

private:
    [[nodiscard]] QString verdictSentence(const evidence::PairAssessment& pair) const;
    // Why two files are not one call, in the agent's language.
    [[nodiscard]] QString whyNot(const evidence::CallMetrics& a, const evidence::CallMetrics& b,
                                 const evidence::CallPairing& pairing) const;

    QLabel* m_verdict = nullptr;
    QLabel* m_labelA = nullptr;
    QLabel* m_labelB = nullptr;
    EvidenceChart* m_chartA = nullptr;
    EvidenceChart* m_chartB = nullptr;
    QWidget* m_legend = nullptr;
    QPushButton* m_swap = nullptr;
};

} // namespace rtcare
