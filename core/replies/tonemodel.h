// SPDX-License-Identifier: MIT
#pragma once

#include "text/modeltraining.h"
#include "replies/tonescope.h"
#include "text/textmodel.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace rtcare::replies {

// How the learned tone model's verdict on a category is read (tone-model.json,
// "categories"): the category is found when the model's probability for it reaches
// `threshold`, or `with_rule` when one of the category's rules also matched (the rule's
// explanation is then shown). `explanation` and `suggestion` are what the agent reads when
// the model found the fault in words no rule knows.
struct ToneCategorySettings
{
    double threshold = 0.5;
    double withRule = 0.2;
    // "with_other" (optional): enough when the reply already has another fault found, since
    // the model splits one reply's weight between its faults; never above `threshold`.
    double withOther = 1.0;
    [[nodiscard]] double secondFaultThreshold() const { return std::min(withOther, threshold); }
    // A clause this matches is never the model's finding ("我不能保证…", "I can't promise…":
    // a refused guarantee is honest). Optional.
    QRegularExpression notInClause;
    QString explanationEn;
    QString explanationZh;
    QString suggestionEn;
    QString suggestionZh;
};

struct ToneModelSettings
{
    QString modelFile = QStringLiteral("tone-model.ftz");
    text::TrainingSettings training;
    QMap<QString, ToneCategorySettings> categories; // blame, empty_apology, over_promise, vague_advice
    // "scope_marks": the model reads quoted and negated words marked (tonescope.h). A model
    // is read the way it was trained, so older model files leave this out.
    bool scopeMarks = false;

    // *error names `source` and the entry ("tone-model.json: categories.blame.threshold: ...").
    [[nodiscard]] static std::optional<ToneModelSettings>
    fromJson(const QByteArray& json, const QString& source, QString* error);
};

// The label of a good reply in the model ("ok"); the others are the tone categories.
[[nodiscard]] QString goodReplyLabel();

// What the model reads of a reply besides its words: marker words for what the whole reply
// does (promises a time, gives numbered steps, quotes figures from the call, names an
// action), so that "sorry" followed later by a step and a time reads differently from a
// bare "sorry". Space-separated; empty when the reply does none of these.
[[nodiscard]] QString toneMarkers(const QString& text);
// The reply's tokens (text::modelTokens, or scopedToneTokens when the settings say
// "scope_marks") followed by its markers (zero-length, at the end).
[[nodiscard]] QList<text::TextToken> toneTokens(const QString& text,
                                                const ToneModelSettings& settings);

// The model's verdict on one reply: each category's probability and, per clause, how
// strongly the clause pushed toward the category.
struct ToneJudgement
{
    QMap<QString, double> probability;
    struct Clause
    {
        qsizetype start = 0;
        qsizetype length = 0;
        // Log-odds share toward each label vs a good reply, in the model's label order.
        std::vector<float> push;
        bool commitment = false; // holds a follow-up promise with a time (commitments.h)
    };
    QStringList labels; // the model's, for Clause::push
    [[nodiscard]] double push(const Clause& clause, const QString& category) const;
    QList<Clause> clauses;
    // The clause that pushed hardest toward `category`; null when none did. An over-promise
    // is never a clause that commits to a follow-up with a time: that is a commitment. A
    // clause of `text` that `excluded` matches is passed over.
    [[nodiscard]] const Clause* strongestClause(const QString& category, const QString& text,
                                                const QRegularExpression& excluded) const;
};

// The learned tone model: resources/replies/tone-model.json (settings) and the fastText file
// it names (tone-model.ftz), built in; both may be overridden in the replies folder
// (replydata.h). Thread-safe.
class ToneModel
{
public:
    ToneModel(std::shared_ptr<const text::TextModel> model, ToneModelSettings settings)
        : m_model(std::move(model)), m_settings(std::move(settings))
    {
    }

    // The built-in settings and model, read once. Null when they cannot be used (the tests
    // check they can); the checker then runs its rules alone.
    [[nodiscard]] static std::shared_ptr<const ToneModel> builtIn();
    // The override folder's tone-model.json / model file where present, else the built-in
    // ones. A broken file is reported in *errors (file and entry named) and the built-in
    // model is used instead.
    [[nodiscard]] static std::shared_ptr<const ToneModel> withOverride(const QString& folder,
                                                                       QStringList* errors);
    // Settings from `settingsPath` (the built-in ones when empty) with the model at
    // `modelPath` (the one the settings name when empty). Null with *error naming the file.
    [[nodiscard]] static std::shared_ptr<const ToneModel>
    fromFiles(const QString& settingsPath, const QString& modelPath, QString* error);

    [[nodiscard]] const ToneModelSettings& settings() const { return m_settings; }
    [[nodiscard]] const text::TextModel& model() const { return *m_model; }
    [[nodiscard]] ToneJudgement judge(const QString& text) const;
    // The same with the reply's scopes already read (used only when the settings say
    // "scope_marks").
    [[nodiscard]] ToneJudgement judge(const QString& text, const ToneScopes& scopes) const;

private:
    std::shared_ptr<const text::TextModel> m_model;
    ToneModelSettings m_settings;
};

// One training example per reply, labelled with its faults (goodReplyLabel() for a good
// one), reading toneTokens().
[[nodiscard]] QList<text::TrainingExample>
toneTrainingExamples(const QString& text, const QStringList& faults,
                     const ToneModelSettings& settings);

} // namespace rtcare::replies
