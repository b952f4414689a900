// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/answers.h"
#include "sla/policy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::diagnosis {

struct AnswerOption
{
    QString id;
    LocalizedText text;             // on the answer button
    LocalizedText evidence;         // in the "why" line of the ranking; empty = not shown
    QHash<QString, double> weights; // root cause id -> evidence weight (may be negative)
};

struct Question
{
    enum class Kind
    {
        Choice,
        Text
    };
    static constexpr int kMaxAnswers = 9; // keys 1-9

    QString id;
    QString fact;  // "symptom", "scenario", "network", "device" or "follow_up"
    QString field; // the ticket field the answer fills ("scenario", "device_model", ...) or empty
    Kind kind = Kind::Choice;
    QString completion;        // text questions: "device_models", "os_versions" or "regions"
    LocalizedText label;       // short title for the agent
    LocalizedText phrasing;    // the caring sentence to paste to the customer
    LocalizedText placeholder; // text questions
    QList<AnswerOption> answers;
    QString whenQuestion; // shown only when that question's answer is one of whenAnswers
    QStringList whenAnswers;
    QString unlessQuestion; // not shown when every symptom known is one of unlessAnswers
    QStringList unlessAnswers;

    [[nodiscard]] const AnswerOption* answer(const QString& answerId) const;
    [[nodiscard]] QStringList answerIds() const;
};

// The guided questions, from resources/diagnosis/questionnaire.json (or the user's
// override, see diagnosisfiles.h): the three facts first, then follow-ups that appear
// only for the symptoms they separate.
class Questionnaire
{
public:
    // Parses and checks a questionnaire; *error names the source and the offending key,
    // e.g. "questionnaire.json: questions[3].answers[1].weights: unknown root cause 'wifi'".
    [[nodiscard]] static std::optional<Questionnaire>
    fromJson(const QByteArray& json, const QString& source, QString* error);
    // The user's override when present, else the built-in file.
    [[nodiscard]] static std::optional<Questionnaire> load(QString* error);
    // The built-in questionnaire; never fails.
    [[nodiscard]] static const Questionnaire& builtIn();

    [[nodiscard]] const QList<Question>& questions() const { return m_questions; }
    // What attached call statistics say, as a question never asked of the customer: its
    // answers are the evidence verdict's hints ("user_network", "remote_party",
    // "not_network") with their weights. Null when the questionnaire has none.
    [[nodiscard]] const Question* evidenceQuestion() const
    {
        return m_evidence ? &*m_evidence : nullptr;
    }
    [[nodiscard]] const Question* question(const QString& id) const;
    [[nodiscard]] const QStringList& causes() const { return m_causes; }
    [[nodiscard]] double prior(const QString& cause) const { return m_priors.value(cause); }

    // Whether a question applies given the answers so far (its "when" condition holds and
    // its "unless" does not). `alsoSymptoms` are further symptom answers the complaint names
    // besides the symptom question's answer ("high delay, and an echo too"): a follow-up
    // for any of them applies.
    [[nodiscard]] bool applies(const Question& question, const Answers& answers,
                               const QStringList& alsoSymptoms = {}) const;
    // The questions that apply, in order.
    [[nodiscard]] QList<const Question*> applicableQuestions(
        const Answers& answers, const QStringList& alsoSymptoms = {}) const;
    // Every key must be a question id and every choice answer one of its answer ids.
    [[nodiscard]] bool validate(const Answers& answers, const QString& source,
                                QString* error) const;

private:
    QList<Question> m_questions;
    std::optional<Question> m_evidence;
    QStringList m_causes;
    QHash<QString, double> m_priors;
};

} // namespace rtcare::diagnosis
