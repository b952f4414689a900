// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/categorysuggester.h"
#include "diagnosis/complaintfacts.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace rtcare::diagnosis {

// One line of a labelled complaint corpus (tests/data/complaints/*.jsonl):
// {"lang": "zh", "persona": "...", "category": "network",
//  "facts": {"scenario": ..., "network": ..., "device_model": ..., "os": ...}, "text": "..."}
struct LabelledComplaint
{
    QString language; // "zh" or "en"
    QString category;
    std::array<QString, 4> facts; // ComplaintFacts::kFields order; empty = not stated
    QString text;
    QString source; // "file.jsonl:12"
};

constexpr qint64 kMaxCorpusBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxCorpusLines = 200000;

// Reads a JSON Lines corpus; *error names the file and line of the first bad line.
[[nodiscard]] std::optional<QList<LabelledComplaint>> readLabelledComplaints(const QString& path,
                                                                          QString* error);

// Whether a read fact equals the label: both empty, or the same words ignoring case and
// spacing ("iPhone 13" = "iphone13" is not accepted: the space matters only as a gap).
[[nodiscard]] bool sameFact(const QString& read, const QString& label);

struct Tally
{
    int right = 0;
    int total = 0;
    [[nodiscard]] double share() const { return total > 0 ? double(right) / total : 0.0; }
};

struct Figures
{
    Tally category;
    std::array<Tally, 4> facts; // per field
    Tally allFacts;             // every field of every complaint
    Tally confident;            // category right among the confident suggestions
    Tally unsure;               // category right among the "not sure" ones
};

struct Miss
{
    QString source;
    QString field; // "category" or a fact field
    QString expected;
    QString got;
    QString text;
};

struct Evaluation
{
    Figures all;
    QMap<QString, Figures> byLanguage;
    // Calibration: confidence in tenths (0.5-0.6 -> 5) -> right / total.
    QMap<int, Tally> byConfidence;
    QList<Miss> misses;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText() const;
};

[[nodiscard]] Evaluation evaluate(const QList<LabelledComplaint>& complaints,
                                  const CategorySuggester& suggester, const FactReader& facts);

// The combination weights and temperature that fit `complaints` best (grid search of the
// weights for accuracy, then the temperature for log-likelihood); the other settings kept.
[[nodiscard]] CombinationSettings fitCombination(const QList<LabelledComplaint>& complaints,
                                                 const Classifier& rules,
                                                 const CategoryModel& model,
                                                 const FactReader& facts);

} // namespace rtcare::diagnosis
