// SPDX-License-Identifier: MIT
#include "diagnosis/questionnaire.h"

#include "diagnosis/diagnosisfiles.h"
#include "diagnosis/rootcause.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

const QStringList& knownFacts()
{
    static const QStringList facts{u"symptom"_s, u"scenario"_s, u"network"_s, u"device"_s,
                                   u"follow_up"_s};
    return facts;
}

const QStringList& knownFields()
{
    static const QStringList fields{u"scenario"_s, u"network"_s, u"device_model"_s, u"os"_s,
                                    u"region"_s};
    return fields;
}

// Reads one question; returns false with *error naming `where`.
bool readQuestion(const QJsonObject& object, const QString& where, const QStringList& causes,
                  const QList<Question>& earlier, Question* question, QString* error)
{
    auto failWith = [&](const QString& key, const QString& message) {
        *error = u"%1.%2: %3"_s.arg(where, key, message);
        return false;
    };
    question->id = object.value("id"_L1).toString();
    if (question->id.isEmpty())
        return failWith(u"id"_s, u"missing"_s);
    for (const Question& other : earlier) {
        if (other.id == question->id)
            return failWith(u"id"_s, u"'%1' is used twice"_s.arg(question->id));
    }
    question->fact = object.value("fact"_L1).toString(u"follow_up"_s);
    if (!knownFacts().contains(question->fact))
        return failWith(u"fact"_s, u"must be one of %1"_s.arg(knownFacts().join(u", "_s)));
    question->field = object.value("field"_L1).toString();
    if (!question->field.isEmpty() && !knownFields().contains(question->field))
        return failWith(u"field"_s, u"must be one of %1"_s.arg(knownFields().join(u", "_s)));
    const QString kind = object.value("kind"_L1).toString(u"choice"_s);
    if (kind != "choice"_L1 && kind != "text"_L1)
        return failWith(u"kind"_s, u"must be \"choice\" or \"text\""_s);
    question->kind = kind == "text"_L1 ? Question::Kind::Text : Question::Kind::Choice;
    question->completion = object.value("completion"_L1).toString();
    question->label = localizedText(object.value("label"_L1));
    question->phrasing = localizedText(object.value("phrasing"_L1));
    question->placeholder = localizedText(object.value("placeholder"_L1));
    if (question->label.en.isEmpty() && question->label.zhCN.isEmpty())
        return failWith(u"label"_s, u"missing"_s);
    if (question->phrasing.en.isEmpty() && question->phrasing.zhCN.isEmpty())
        return failWith(u"phrasing"_s, u"missing"_s);

    const QJsonArray answers = object.value("answers"_L1).toArray();
    if (question->kind == Question::Kind::Choice &&
        (answers.isEmpty() || answers.size() > Question::kMaxAnswers))
        return failWith(u"answers"_s,
                        u"a choice question needs 1 to %1 answers"_s.arg(Question::kMaxAnswers));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject a = answers.at(i).toObject();
        const QString at = u"answers[%1]"_s.arg(i);
        AnswerOption option;
        option.id = a.value("id"_L1).toString();
        if (option.id.isEmpty())
            return failWith(at + u".id"_s, u"missing"_s);
        if (question->answer(option.id))
            return failWith(at + u".id"_s, u"'%1' is used twice"_s.arg(option.id));
        option.text = localizedText(a.value("text"_L1));
        option.evidence = localizedText(a.value("evidence"_L1));
        const QJsonObject weights = a.value("weights"_L1).toObject();
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            if (!causes.contains(it.key()))
                return failWith(at + u".weights"_s, u"unknown root cause '%1'"_s.arg(it.key()));
            if (!it.value().isDouble())
                return failWith(at + u".weights."_s + it.key(), u"must be a number"_s);
            option.weights.insert(it.key(), it.value().toDouble());
        }
        question->answers.append(option);
    }

    const QJsonObject when = object.value("when"_L1).toObject();
    if (when.size() > 1)
        return failWith(u"when"_s, u"may name one earlier question"_s);
    if (!when.isEmpty()) {
        question->whenQuestion = when.begin().key();
        const Question* earlierQuestion = nullptr;
        for (const Question& other : earlier) {
            if (other.id == question->whenQuestion)
                earlierQuestion = &other;
        }
        if (!earlierQuestion)
            return failWith(u"when"_s,
                            u"'%1' is not an earlier question"_s.arg(question->whenQuestion));
        for (const QJsonValue& value : when.begin().value().toArray()) {
            if (!earlierQuestion->answer(value.toString()))
                return failWith(u"when."_s + question->whenQuestion,
                                u"'%1' is not one of its answers"_s.arg(value.toString()));
            question->whenAnswers.append(value.toString());
        }
    }
    const QJsonObject unless = object.value("unless"_L1).toObject();
    if (unless.size() > 1)
        return failWith(u"unless"_s, u"may name one earlier question"_s);
    if (!unless.isEmpty()) {
        question->unlessQuestion = unless.begin().key();
        const Question* earlierQuestion = nullptr;
        for (const Question& other : earlier) {
            if (other.id == question->unlessQuestion)
                earlierQuestion = &other;
        }
        if (!earlierQuestion)
            return failWith(u"unless"_s,
                            u"'%1' is not an earlier question"_s.arg(question->unlessQuestion));
        for (const QJsonValue& value : unless.begin().value().toArray()) {
            if (!earlierQuestion->answer(value.toString()))
                return failWith(u"unless."_s + question->unlessQuestion,
                                u"'%1' is not one of its answers"_s.arg(value.toString()));
            question->unlessAnswers.append(value.toString());
        }
    }
    return true;
}

} // namespace

const AnswerOption* Question::answer(const QString& answerId) const
{
    for (const AnswerOption& option : answers) {
        if (option.id == answerId)
            return &option;
    }
    return nullptr;
}

QStringList Question::answerIds() const
{
    QStringList ids;
    for (const AnswerOption& option : answers)
        ids.append(option.id);
    return ids;
}

std::optional<Questionnaire> Questionnaire::fromJson(const QByteArray& json, const QString& source,
                                                     QString* error)
{
    const std::optional<QJsonObject> root = parseObject({json, source}, error);
    if (!root)
        return std::nullopt;
    Questionnaire result;
    for (const QJsonValue& value : root->value("causes"_L1).toArray()) {
        if (!isRootCause(value.toString())) {
            *error = u"%1: causes: unknown root cause '%2' (known: %3)"_s.arg(
                source, value.toString(), rootCauseIds().join(u", "_s));
            return std::nullopt;
        }
        result.m_causes.append(value.toString());
    }
    if (result.m_causes.isEmpty())
        result.m_causes = rootCauseIds();
    const QJsonObject priors = root->value("priors"_L1).toObject();
    for (auto it = priors.begin(); it != priors.end(); ++it) {
        if (!result.m_causes.contains(it.key())) {
            *error = u"%1: priors: unknown root cause '%2'"_s.arg(source, it.key());
            return std::nullopt;
        }
        result.m_priors.insert(it.key(), it.value().toDouble());
    }
    const QJsonArray questions = root->value("questions"_L1).toArray();
    if (questions.isEmpty()) {
        *error = u"%1: questions: at least one question is needed"_s.arg(source);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < questions.size(); ++i) {
        Question question;
        if (!readQuestion(questions.at(i).toObject(), u"%1: questions[%2]"_s.arg(source).arg(i),
                          result.m_causes, result.m_questions, &question, error))
            return std::nullopt;
        result.m_questions.append(question);
    }
    if (root->contains("evidence"_L1)) {
        Question evidence;
        if (!readQuestion(root->value("evidence"_L1).toObject(), u"%1: evidence"_s.arg(source),
                          result.m_causes, result.m_questions, &evidence, error))
            return std::nullopt;
        result.m_evidence = evidence;
    }
    return result;
}

std::optional<Questionnaire> Questionnaire::load(QString* error)
{
    const std::optional<DataFile> file = readDataFile(u"questionnaire.json"_s, error);
    if (!file)
        return std::nullopt;
    return fromJson(file->data, file->source, error);
}

const Questionnaire& Questionnaire::builtIn()
{
    static const Questionnaire questionnaire = [] {
        QFile file(u":/rtcare/diagnosis/questionnaire.json"_s);
        file.open(QIODevice::ReadOnly);
        QString error;
        std::optional<Questionnaire> parsed =
            fromJson(file.readAll(), u"questionnaire.json"_s, &error);
        if (!parsed)
            qFatal("built-in questionnaire: %s", qPrintable(error));
        return *parsed;
    }();
    return questionnaire;
}

const Question* Questionnaire::question(const QString& id) const
{
    for (const Question& q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

bool Questionnaire::applies(const Question& question, const Answers& answers,
                            const QStringList& alsoSymptoms) const
{
    // The answers a condition on `questionId` sees: its own, and for the symptom question
    // every other symptom the complaint names.
    const auto answersOf = [&](const QString& questionId) {
        QStringList given;
        if (const QString answer = answers.value(questionId); !answer.isEmpty())
            given.append(answer);
        const Question* condition = this->question(questionId);
        if (condition && condition->fact == "symptom"_L1)
            given += alsoSymptoms;
        return given;
    };
    if (!question.unlessQuestion.isEmpty()) {
        const QStringList given = answersOf(question.unlessQuestion);
        const bool allExcluded =
            !given.isEmpty() && std::all_of(given.cbegin(), given.cend(), [&](const QString& a) {
                return question.unlessAnswers.contains(a);
            });
        if (allExcluded)
            return false;
    }
    if (question.whenQuestion.isEmpty())
        return true;
    const QStringList given = answersOf(question.whenQuestion);
    const bool any = std::any_of(given.cbegin(), given.cend(), [&](const QString& a) {
        return question.whenAnswers.contains(a);
    });
    if (!any)
        return false;
    const Question* condition = this->question(question.whenQuestion);
    return condition && applies(*condition, answers, alsoSymptoms);
}

QList<const Question*> Questionnaire::applicableQuestions(const Answers& answers,
                                                          const QStringList& alsoSymptoms) const
{
    QList<const Question*> result;
    for (const Question& q : m_questions) {
        if (applies(q, answers, alsoSymptoms))
            result.append(&q);
    }
    return result;
}

bool Questionnaire::validate(const Answers& answers, const QString& source, QString* error) const
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Question* q = question(it.key());
        if (!q) {
            QStringList ids;
            for (const Question& known : m_questions)
                ids.append(known.id);
            *error = u"%1: \"%2\" is not a question id (known: %3)"_s.arg(source, it.key(),
                                                                          ids.join(u", "_s));
            return false;
        }
        if (q->kind == Question::Kind::Choice && !q->answer(it.value())) {
            *error = u"%1: \"%2\": \"%3\" is not one of its answers (%4)"_s.arg(
                source, it.key(), it.value(), q->answerIds().join(u", "_s));
            return false;
        }
    }
    return true;
}

} // namespace rtcare::diagnosis
