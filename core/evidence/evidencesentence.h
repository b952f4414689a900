// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/verdict.h"

#include <QHash>

namespace rtcare::evidence {

// The sentence an agent can send, in both languages, fair by construction: it states the
// most important finding's figure over its time window (a median or mean, never the
// worst single sample) next to the rest of the call, and names no culprit. Templates:
// resources/evidence/sentences.json.
struct EvidenceSentences
{
    QString key; // the template used: "loss_up", "rtt", "clean", "no_data", ...
    QString en;
    QString zhCN;
    // For the reply templates: evidence_sentence, evidence_from, evidence_to,
    // evidence_value, evidence_verdict (language-neutral values; the sentence is English
    // or Chinese as asked).
    [[nodiscard]] QHash<QString, QString> placeholders(const QString& language) const;
    [[nodiscard]] QString text(const QString& language) const
    {
        return language.startsWith(QLatin1String("zh")) ? zhCN : en;
    }
    QString from;
    QString to;
    QString value;
    QString verdict;
};

[[nodiscard]] EvidenceSentences writeSentences(const CallMetrics& metrics,
                                               const Assessment& assessment);

} // namespace rtcare::evidence
