// SPDX-License-Identifier: MIT
#pragma once

#include "text/modeltraining.h"
#include "text/textmodel.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace rtcare::diagnosis {

// How the rules and the learned model are weighed (category-model.json, "combination"):
// each category's score is the model's log-probability (times n / (n + short_text) for a
// message of n tokens), plus rule_weight times the weights of the rules' keywords for it,
// plus confinement_weight for compatibility when the text confines the problem to a model
// or system (contrast_weight when it sets a failing device against one that works), plus
// answer_weight for what the diagnosis answers say; divided by temperature
// and turned into probabilities. Below low_confidence the
// suggestion says it is unsure instead of guessing.
struct CombinationSettings
{
    double ruleWeight = 1.0;
    double confinementWeight = 1.0;
    double contrastWeight = 1.0; // one device, system or browser fails where another works
    double answerWeight = 3.0;
    double temperature = 1.0;
    double lowConfidence = 0.6;
    double shortText = 0; // tokens at which the model has half its say; 0: always all
};

struct CategoryModelSettings
{
    QString modelFile = QStringLiteral("category-model.ftz");
    text::TrainingSettings training;
    CombinationSettings combination;

    [[nodiscard]] static std::optional<CategoryModelSettings>
    fromJson(const QByteArray& json, const QString& source, QString* error);
};

// The learned category model: resources/diagnosis/category-model.json (settings) and the
// fastText file it names (category-model.ftz), both built in and both overridable in the
// diagnosis override folder (diagnosisfiles.h).
class CategoryModel
{
public:
    CategoryModel(std::shared_ptr<const text::TextModel> model, CategoryModelSettings settings)
        : m_model(std::move(model)), m_settings(std::move(settings))
    {
    }

    // Reads the settings and the model they name (override or built in). Null with *error
    // naming the file when either cannot be used.
    [[nodiscard]] static std::shared_ptr<const CategoryModel> load(QString* error);
    // The settings file's combination with another model file (rtcare --model FILE).
    [[nodiscard]] static std::shared_ptr<const CategoryModel> loadWithModelFile(const QString& path,
                                                                             QString* error);
    // load(), once per process: every window and command shares the one copy. *problem
    // receives load()'s message when there is no model.
    [[nodiscard]] static std::shared_ptr<const CategoryModel> shared(QString* problem = nullptr);

    [[nodiscard]] const text::TextModel& model() const { return *m_model; }
    [[nodiscard]] const CategoryModelSettings& settings() const { return m_settings; }

private:
    std::shared_ptr<const text::TextModel> m_model;
    CategoryModelSettings m_settings;
};

} // namespace rtcare::diagnosis
