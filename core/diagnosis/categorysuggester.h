// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/categorymodel.h"
#include "diagnosis/classifier.h"
#include "diagnosis/complaintfacts.h"

#include <memory>

namespace rtcare::diagnosis {

// The category of a complaint from its text: the keyword rules (classifier.h), which say
// why in the customer's words, and the learned text model (categorymodel.h), which reads
// the paraphrases the rules miss, weighed together into one calibrated confidence. Without
// a usable model the rules decide alone and modelProblem() says why.
class CategorySuggester
{
public:
    CategorySuggester(Classifier rules, std::shared_ptr<const CategoryModel> model,
                      QString modelProblem = {}, FactReader facts = FactReader::builtIn());

    // The rules and the fact vocabulary (override or built in; *rulesError when an override
    // is broken and the built-in file is used) and the shared model.
    [[nodiscard]] static CategorySuggester load(QString* rulesError = nullptr);
    // Built-in rules and the shared model; never fails.
    [[nodiscard]] static CategorySuggester builtIn();

    // `facts` when already read from `text`, else they are read here (for the contrast).
    [[nodiscard]] Classification classify(const QString& text,
                                          TextLanguage language = TextLanguage::Auto,
                                          const QMap<QString, QString>& answers = {},
                                          const ComplaintFacts* facts = nullptr) const;
    [[nodiscard]] ComplaintFacts readFacts(const QString& text) const { return m_facts.read(text); }
    [[nodiscard]] const FactReader& factReader() const { return m_facts; }

    [[nodiscard]] const Classifier& rules() const { return m_rules; }
    [[nodiscard]] bool hasModel() const { return m_model != nullptr; }
    // Why there is no model ("category-model.ftz: not a fastText model file"), or empty.
    [[nodiscard]] const QString& modelProblem() const { return m_modelProblem; }

private:
    Classifier m_rules;
    std::shared_ptr<const CategoryModel> m_model;
    QString m_modelProblem;
    FactReader m_facts;
};

} // namespace rtcare::diagnosis
