// SPDX-License-Identifier: MIT
#pragma once

#include "replies/tonechecker.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::replies {

// One line of a labelled reply corpus (tests/data/replies/*.jsonl):
// {"lang": "zh", "persona": "...", "expect": ["blame"], "text": "..."}
struct LabelledReply
{
    QString language; // "zh" or "en"
    QStringList faults; // sorted; empty for a good reply
    QString text;
    QString source; // "file.jsonl:12"
};

// The faults a labelled corpus may name (the tone categories without unfilled_placeholder).
[[nodiscard]] QStringList replyFaults();

// Reads a JSON Lines corpus; *error names the file and line of the first bad line. A ".json"
// file is read as one of the product's own reply sets ({"replies": [...]}).
[[nodiscard]] std::optional<QList<LabelledReply>> readLabelledReplies(const QString& path,
                                                                    QString* error);

struct ToneFigures
{
    int replies = 0;
    int exact = 0;      // the faults found are exactly the writer's
    int good = 0;       // replies labelled good
    int goodFlagged = 0; // good replies with any finding
    struct Counts
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        [[nodiscard]] double recall() const;
        [[nodiscard]] double precision() const;
    };
    QMap<QString, Counts> byFault;

    [[nodiscard]] double exactShare() const { return replies ? double(exact) / replies : 0.0; }
    [[nodiscard]] double goodFlaggedShare() const { return good ? double(goodFlagged) / good : 0.0; }
};

struct ToneMiss
{
    QString source;
    QStringList expected;
    QStringList got;
    QString text;
};

struct ToneEvaluation
{
    ToneFigures all;
    QMap<QString, ToneFigures> byLanguage;
    QList<ToneMiss> misses;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText() const; // a table per language, in English (for logs)
};

// The faults `checker` finds in `text` (unfilled placeholders left out), sorted.
[[nodiscard]] QStringList foundFaults(const ToneChecker& checker, const QString& text);

// The thresholds (tone-model.json "categories": threshold, with_rule) that decide each
// category right most often on `replies`, the model's and the rules' verdicts read once;
// a tie goes to the higher threshold (fewer false alarms); thresholds from 0.30 (lower ones
// fitted on one batch fired on text with no fault at all, "foo bar and baz" included), with_rule
// from 0.05 (below, the model says too little to decide). A finding on a good reply (no
// fault at all) counts as `goodFalseAlarmCost` wrong decisions: a false alarm on a clean
// reply costs the agent's trust more than a missed detail. Fit on the dev set only.
[[nodiscard]] QMap<QString, ToneCategorySettings> fitToneThresholds(const QList<LabelledReply>& replies,
                                                                   const ToneRuleSet& rules,
                                                                   const ToneModel& model,
                                                                   int goodFalseAlarmCost = 1);

[[nodiscard]] ToneEvaluation evaluateTone(const QList<LabelledReply>& replies,
                                          const ToneChecker& checker);

} // namespace rtcare::replies
