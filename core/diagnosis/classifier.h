// SPDX-License-Identifier: MIT
#pragma once

#include "model/category.h"
#include "sla/policy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::diagnosis {

enum class TextLanguage
{
    Auto,
    Chinese,
    English
};

// One keyword or pattern found in the text, or a diagnosis answer that counts as a symptom.
struct TextMatch
{
    QString symptom; // symptom id; "confinement" for a model/system-confined pattern
    Category category = Category::Compatibility; // where the symptom points
    QString text;                                // the words as written in the complaint
    qsizetype position = 0;
    bool negated = false;
    QString negation; // the negating words when negated
    bool fromAnswer = false; // an answer to the diagnosis questions, not the text
};

struct Classification
{
    Category category = Category::Other;
    QStringList symptoms;  // counted symptom ids, first seen first
    bool confined = false; // the text confines the problem to a model/system/version
    QList<TextMatch> matches;
    QHash<Category, double> scores;
    QString prefillSymptom; // answer id for the questionnaire's "symptom" question, or empty
    QStringList prefillSymptoms; // every symptom named, as such answer ids (main one first)
    QHash<QString, LocalizedText> names; // names of the matched symptoms (and "confinement")
    QHash<Category, double> textScores;  // the scores of the text's own words (no answers)
    bool confinedByText = false;         // the text itself confines the problem
    // Set by CategorySuggester: a device/system/browser fails where another works.
    bool confinedByContrast = false;
    QString contrastProblem; // the words of the one with the problem
    QString contrastWorking; // the words of the one that works

    // What the learned model added (categorysuggester.h); the rules alone leave it unset.
    struct ModelWords
    {
        QString text; // as the customer wrote them
        double weight = 0;
    };
    Category ruleCategory = Category::Other; // what the rules alone say
    bool modelUsed = false;
    double confidence = 0; // the combined probability of `category`, 0..1
    bool lowConfidence = false;
    Category runnerUp = Category::Other;
    QHash<Category, double> probabilities;
    QList<ModelWords> modelWords; // the model's strongest words for `category`

    // Which words decided it, in `language` ("zh_CN" or "en"), most decisive first.
    [[nodiscard]] QStringList reasons(const QString& language) const;
};

// Suggests a complaint's category from its free text (Chinese and English, no network
// service), from resources/diagnosis/classification.json (see the comment there).
class Classifier
{
public:
    [[nodiscard]] static std::optional<Classifier> fromJson(const QByteArray& json,
                                                            const QString& source, QString* error);
    [[nodiscard]] static std::optional<Classifier> load(QString* error);
    [[nodiscard]] static const Classifier& builtIn();

    // `answers` (question id -> answer id, the diagnosis so far) add the symptoms the rules'
    // "answers" table maps them to, e.g. the symptom question's "disconnect".
    [[nodiscard]] Classification classify(const QString& text,
                                          TextLanguage language = TextLanguage::Auto,
                                          const QMap<QString, QString>& answers = {}) const;
    // The symptom's name ("call drops"), or the id when unknown.
    [[nodiscard]] QString symptomName(const QString& id, const QString& language) const;
    // Every symptom id, in the rules' order.
    [[nodiscard]] QStringList symptomIds() const;
    // A symptom's keywords in both languages, lower case, longest first; a keyword matched
    // at a word's start ends with '*' ("freez*"). What search expands a symptom to.
    [[nodiscard]] QStringList keywords(const QString& symptomId) const;

private:
    struct Symptom
    {
        QString id;
        Category category = Category::Other;
        double weight = 1;
        QString prefill;
        LocalizedText name;
    };
    struct Keyword
    {
        QString text; // lower case, without the trailing *
        bool english = false;
        bool prefix = false;
        int symptom = 0;
    };
    struct AnswerRule
    {
        QString question;
        QString answer;
        QString symptom; // a symptom id or "confinement"
    };
    struct Negation
    {
        QStringList before;
        QStringList after;
        QStringList breaks;
    };

    [[nodiscard]] bool negatedBefore(const QString& text, qsizetype position, bool english,
                                     QString* cue) const;
    [[nodiscard]] bool negatedAfter(const QString& text, qsizetype end, bool english,
                                    QString* cue) const;
    [[nodiscard]] qsizetype clauseStart(const QString& text, qsizetype position,
                                        bool english) const;

    QList<Symptom> m_symptoms;
    QList<Keyword> m_keywords;                 // longest first
    QHash<char16_t, QList<int>> m_byFirstChar; // keyword indices by their first character
    QList<QRegularExpression> m_confinementZh;
    QList<QRegularExpression> m_confinementEn;
    LocalizedText m_confinementName;
    QList<AnswerRule> m_answerRules;
    Negation m_zh;
    Negation m_en;
    int m_englishWindowWords = 3;

    friend class ClassifierLoader;
};

[[nodiscard]] std::optional<TextLanguage> textLanguageFromId(QStringView id); // zh, en, auto

} // namespace rtcare::diagnosis
