// SPDX-License-Identifier: MIT
#pragma once

#include "text/textmodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::text {

struct TrainingExample
{
    QString label;
    QString text;
    // Further labels of the same text (a reply with two faults). A softmax model learns
    // one of them at a time; a one-vs-all model learns each as its own yes/no.
    QStringList moreLabels = {};
    // What the model reads instead of modelTokens(text), when not empty (a caller that
    // marks tokens, e.g. the tone model's quoted and negated words).
    QList<TextToken> tokens = {};
};

// fastText's supervised settings, fixed so the same examples give the same file: one
// thread, a fixed seed, examples in the order given.
struct TrainingSettings
{
    int dim = 32;
    int epoch = 50;
    double learningRate = 0.5;
    int wordNgrams = 2;
    int minn = 3; // character n-grams of the ASCII words (Chinese characters are tokens)
    int maxn = 5;
    int bucket = 50000;
    int seed = 1;
    int quantizeSubvector = 2; // 0 = keep the vectors unquantized
    ModelLoss loss = ModelLoss::Softmax;
    // {"dim": 32, "epoch": 50, "lr": 0.5, "word_ngrams": 2, "minn": 3, "maxn": 5,
    //  "bucket": 50000, "seed": 1, "dsub": 2, "loss": "softmax" | "ova"}; keys left out keep
    //  their defaults.
    [[nodiscard]] static std::optional<TrainingSettings> fromJson(const QJsonObject& object,
                                                                  QString* error);
};

constexpr qsizetype kMaxTrainingExamples = 200000;

// Trains a classifier over modelTokens() and returns the model file's bytes (fastText
// format, quantized when the settings say so). Needs at least two labels.
[[nodiscard]] std::optional<QByteArray> trainModel(const QList<TrainingExample>& examples,
                                                   const TrainingSettings& settings,
                                                   QString* error);

} // namespace rtcare::text
