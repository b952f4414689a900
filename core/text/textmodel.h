// SPDX-License-Identifier: MIT
#pragma once

#include "text/texttokens.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rtcare::text {

// How a model turns its scores into probabilities: softmax (the labels share one
// probability; one label per text) or one-vs-all (each label its own sigmoid; a text may
// have several).
enum class ModelLoss { Softmax, OneVsAll };

// A span of the original text and how strongly it pushed toward a label.
struct WeightedSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    double weight = 0; // in the model's log-odds units, summed over the span's tokens
};

struct TextPrediction
{
    // Per label, in the model's label order; they sum to 1 for a softmax model, each is its
    // own yes/no for a one-vs-all model.
    QList<double> probabilities;
    QList<TextToken> tokens;     // what was read
    // Each token's push toward each label: contributions[token * labels + label]. The
    // label's score is the sum over the tokens (plus the end-of-text marker's share).
    std::vector<float> contributions;

    [[nodiscard]] int best() const;
    // The spans that pushed hardest toward `label` against the other labels: neighbouring
    // tokens that both push join into one span; strongest first, at most `count`.
    [[nodiscard]] QList<WeightedSpan> strongestSpans(int label, int count) const;
};

// A fastText supervised classifier (softmax or one-vs-all) over modelTokens(), read into memory once. Predicting
// runs no fastText code beyond its dictionary: every vector row's dot product with each
// label is computed when the model is loaded, so a prediction is a sum of table rows,
// which also gives each token's contribution exactly. Thread-safe for predictions.
class TextModel
{
public:
    // Checks the bytes (modelfile.h) before the library reads them; *error says what is
    // wrong without the source (callers name the file).
    [[nodiscard]] static std::shared_ptr<const TextModel> fromBytes(const QByteArray& bytes,
                                                                    QString* error);
    [[nodiscard]] static std::shared_ptr<const TextModel> fromFile(const QString& path,
                                                                   QString* error);

    [[nodiscard]] const QStringList& labels() const { return m_labels; }
    [[nodiscard]] int labelIndex(const QString& label) const { return int(m_labels.indexOf(label)); }
    [[nodiscard]] ModelLoss loss() const;
    [[nodiscard]] TextPrediction predict(QStringView text) const;
    [[nodiscard]] TextPrediction predict(const QList<TextToken>& tokens) const;

    // The input ids fastText itself reads for `tokens` (tests compare the two).
    [[nodiscard]] std::vector<std::int32_t> inputIds(const QList<TextToken>& tokens) const;
    [[nodiscard]] std::vector<std::int32_t> libraryInputIds(const QList<TextToken>& tokens) const;

    ~TextModel();
    TextModel(const TextModel&) = delete;
    TextModel& operator=(const TextModel&) = delete;

    struct Private;

private:
    explicit TextModel(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    QStringList m_labels;
};

} // namespace rtcare::text
