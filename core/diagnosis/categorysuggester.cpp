// SPDX-License-Identifier: MIT
#include "diagnosis/categorysuggester.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

constexpr double kProbabilityFloor = 1e-6;
constexpr int kModelWords = 3;

} // namespace

CategorySuggester::CategorySuggester(Classifier rules, std::shared_ptr<const CategoryModel> model,
                                     QString modelProblem, FactReader facts)
    : m_rules(std::move(rules)), m_model(std::move(model)), m_modelProblem(std::move(modelProblem)),
      m_facts(std::move(facts))
{
}

CategorySuggester CategorySuggester::load(QString* rulesError)
{
    QString error;
    std::optional<Classifier> rules = Classifier::load(&error);
    if (!rules && rulesError)
        *rulesError = error;
    std::optional<FactReader> facts = FactReader::load(&error);
    if (!facts && rulesError && rulesError->isEmpty())
        *rulesError = error;
    QString problem;
    std::shared_ptr<const CategoryModel> model = CategoryModel::shared(&problem);
    return CategorySuggester(rules ? *rules : Classifier::builtIn(), model, problem,
                             facts ? *facts : FactReader::builtIn());
}

CategorySuggester CategorySuggester::builtIn()
{
    QString problem;
    std::shared_ptr<const CategoryModel> model = CategoryModel::shared(&problem);
    return CategorySuggester(Classifier::builtIn(), model, problem);
}

Classification CategorySuggester::classify(const QString& text, TextLanguage language,
                                           const QMap<QString, QString>& answers,
                                           const ComplaintFacts* known) const
{
    Classification result = m_rules.classify(text, language, answers);
    const ComplaintFacts facts = known ? *known : m_facts.read(text);
    if (facts.contrast) {
        result.confinedByContrast = true;
        result.contrastProblem = facts.contrastProblem;
        result.contrastWorking = facts.contrastWorking;
    }
    if (!m_model)
        return result;
    // Words the rules found negated ("no longer freezes", "不卡了") are not read by the model:
    // it knows words, not what negation does to them.
    QList<text::TextToken> tokens = text::modelTokens(text);
    for (const TextMatch& match : std::as_const(result.matches)) {
        if (!match.negated || match.fromAnswer)
            continue;
        const qsizetype end = match.position + match.text.size();
        tokens.removeIf([&](const text::TextToken& t) {
            return t.start < end && t.start + t.length > match.position;
        });
    }
    if (tokens.isEmpty())
        return result;

    const text::TextModel& model = m_model->model();
    const CombinationSettings& weights = m_model->settings().combination;
    const text::TextPrediction prediction = model.predict(tokens);

    // A short message gives the model little to read: its say shrinks with the tokens.
    const double n = double(tokens.size());
    const double modelShare =
        weights.shortText > 0 ? n / (n + weights.shortText) : 1.0;
    QHash<Category, double> score;
    for (Category category : kAllCategories) {
        const int label = model.labelIndex(categoryId(category));
        const double p = label >= 0 ? prediction.probabilities.at(label) : 0.0;
        // The keywords count with their weights (a call drop 3, a stutter 2 …).
        score[category] = modelShare * std::log(std::max(p, kProbabilityFloor))
                          + weights.ruleWeight * result.textScores.value(category);
    }
    if (result.confinedByText)
        score[Category::Compatibility] += weights.confinementWeight;
    if (result.confinedByContrast)
        score[Category::Compatibility] += weights.contrastWeight;
    QSet<Category> answered;
    for (const TextMatch& match : std::as_const(result.matches)) {
        if (match.fromAnswer && !answered.contains(match.category)) {
            answered.insert(match.category);
            score[match.category] += weights.answerWeight;
        }
    }

    // Probabilities at the calibrated temperature; ties go to the more urgent category.
    double top = -1e300;
    for (Category category : kAllCategories)
        top = std::max(top, score.value(category) / weights.temperature);
    double sum = 0;
    for (Category category : kAllCategories) {
        const double e = std::exp(score.value(category) / weights.temperature - top);
        result.probabilities[category] = e;
        sum += e;
    }
    Category best = Category::Other;
    Category second = Category::Other;
    double bestP = -1;
    double secondP = -1;
    for (Category category : kAllCategories) {
        const double p = result.probabilities.value(category) / sum;
        result.probabilities[category] = p;
        if (p > bestP) {
            second = best;
            secondP = bestP;
            best = category;
            bestP = p;
        } else if (p > secondP) {
            second = category;
            secondP = p;
        }
    }
    result.modelUsed = true;
    result.category = best;
    result.runnerUp = second;
    result.confidence = bestP;
    result.lowConfidence = bestP < weights.lowConfidence;
    for (const text::WeightedSpan& span :
         prediction.strongestSpans(model.labelIndex(categoryId(best)), kModelWords))
        result.modelWords.append({text.mid(span.start, span.length), span.weight});
    return result;
}

} // namespace rtcare::diagnosis
