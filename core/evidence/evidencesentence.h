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

// A figure as the sentences show it (one decimal below 10, "?" when unknown).
[[nodiscard]] QString sentenceFigure(double v);
// The template `key` of the language with {placeholders} filled ({media}, {effect} and
// {path} from "<name>_key" values, as words of the language).
[[nodiscard]] QString fillSentence(const QString& language, const QString& key,
                                   const QHash<QString, QString>& values);

[[nodiscard]] EvidenceSentences writeSentences(const CallMetrics& metrics,
                                               const Assessment& assessment);

} // namespace rtcare::evidence
