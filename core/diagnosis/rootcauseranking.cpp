// SPDX-License-Identifier: MIT
#include "diagnosis/rootcauseranking.h"

#include "diagnosis/diagnosisfiles.h"
#include "diagnosis/rootcause.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

QString RankedCause::why(const QString& language) const
{
    QStringList reasons;
    QStringList against;
    for (const Contribution& c : contributions) {
        const QString text = c.evidence.forLanguage(language);
        if (text.isEmpty())
            continue;
        (c.weight > 0 ? reasons : against).append(text);
    }
    QString line;
    if (reasons.isEmpty()) {
        line = QCoreApplication::translate("rtcare::RootCauseRanking", "no answer points here yet");
    } else {
        line = reasons.join(u" + "_s) + u" → "_s + rootCauseDisplayName(cause);
    }
    if (!against.isEmpty()) {
        //: %1 the answers that speak against a root cause, joined by " + "
        line += QCoreApplication::translate("rtcare::RootCauseRanking", " (against: %1)")
                    .arg(against.join(u" + "_s));
    }
    return line;
}

QList<RankedCause> rankRootCauses(const Questionnaire& questionnaire, const Answers& answers,
                                  const QString& evidenceHint)
{
    QList<RankedCause> ranking;
    for (const QString& cause : questionnaire.causes())
        ranking.append({cause, questionnaire.prior(cause), 0, {}});
    // The customer's answers, then what the call statistics show.
    QList<std::pair<const Question*, const AnswerOption*>> given;
    for (const Question* question : questionnaire.applicableQuestions(answers))
        given.append({question, question->answer(answers.value(question->id))});
    if (const Question* evidence = questionnaire.evidenceQuestion(); evidence && !evidenceHint.isEmpty())
        given.append({evidence, evidence->answer(evidenceHint)});
    for (const auto& [question, option] : std::as_const(given)) {
        if (!option)
            continue;
        for (RankedCause& ranked : ranking) {
            const double weight = option->weights.value(ranked.cause);
            if (weight == 0)
                continue;
            ranked.score += weight;
            ranked.contributions.append({question->id, option->id, weight, option->evidence});
        }
    }
    double total = 0;
    for (const RankedCause& ranked : ranking)
        total += std::max(0.0, ranked.score);
    for (RankedCause& ranked : ranking) {
        if (total > 0)
            ranked.confidence = std::max(0.0, ranked.score) / total;
        else
            ranked.confidence = ranked.cause == "unknown"_L1 ? 1.0 : 0.0;
        std::stable_sort(
            ranked.contributions.begin(), ranked.contributions.end(),
            [](const Contribution& a, const Contribution& b) { return a.weight > b.weight; });
    }
    std::stable_sort(
        ranking.begin(), ranking.end(),
        [](const RankedCause& a, const RankedCause& b) { return a.confidence > b.confidence; });
    return ranking;
}

std::optional<NextSteps> NextSteps::fromJson(const QByteArray& json, const QString& source,
                                             QString* error)
{
    const std::optional<QJsonObject> root = parseObject({json, source}, error);
    if (!root)
        return std::nullopt;
    NextSteps result;
    const QJsonObject steps = root->value("steps"_L1).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        if (!isRootCause(it.key())) {
            *error = u"%1: steps: unknown root cause '%2'"_s.arg(source, it.key());
            return std::nullopt;
        }
        QList<LocalizedText> list;
        for (const QJsonValue& step : it.value().toArray())
            list.append(localizedText(step));
        result.m_steps.insert(it.key(), list);
    }
    return result;
}

std::optional<NextSteps> NextSteps::load(QString* error)
{
    const std::optional<DataFile> file = readDataFile(u"advice.json"_s, error);
    if (!file)
        return std::nullopt;
    return fromJson(file->data, file->source, error);
}

const NextSteps& NextSteps::builtIn()
{
    static const NextSteps steps = [] {
        QFile file(u":/rtcare/diagnosis/advice.json"_s);
        file.open(QIODevice::ReadOnly);
        QString error;
        std::optional<NextSteps> parsed = fromJson(file.readAll(), u"advice.json"_s, &error);
        if (!parsed)
            qFatal("built-in advice: %s", qPrintable(error));
        return *parsed;
    }();
    return steps;
}

} // namespace rtcare::diagnosis
