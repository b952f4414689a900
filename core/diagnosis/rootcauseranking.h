// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/answers.h"
#include "diagnosis/questionnaire.h"

#include <QList>
#include <QString>

namespace rtcare::diagnosis {

// One answer's push on one root cause.
struct Contribution
{
    QString questionId;
    QString answerId;
    double weight = 0;
    LocalizedText evidence;
};

struct RankedCause
{
    QString cause;                     // root cause id
    double score = 0;                  // prior + sum of the weights of the answers given
    double confidence = 0;             // 0..1: the cause's share of all positive scores
    QList<Contribution> contributions; // strongest push first

    // "other participants fine + only on this network → The customer's network"
    [[nodiscard]] QString why(const QString& language) const;
};

// Ranks the questionnaire's root causes for the answers given. Only answers to questions
// that apply count. score(c) = prior(c) + sum of weights; confidence(c) = max(0, score(c)) /
// sum over all causes of max(0, score); when no cause scores above zero, "unknown" gets 1.
// Ordered by confidence, ties in the questionnaire's order of causes.
// `evidenceHint` is what the ticket's call statistics say (EvidenceStore::causeHint):
// "user_network", "remote_party" or "not_network" add the weights of the questionnaire's
// evidence question; empty or "unknown" add nothing.
[[nodiscard]] QList<RankedCause> rankRootCauses(const Questionnaire& questionnaire,
                                                const Answers& answers,
                                                const QString& evidenceHint = {});

// The agent's next best steps per root cause, from resources/diagnosis/advice.json.
class NextSteps
{
public:
    [[nodiscard]] static std::optional<NextSteps> fromJson(const QByteArray& json,
                                                           const QString& source, QString* error);
    [[nodiscard]] static std::optional<NextSteps> load(QString* error);
    [[nodiscard]] static const NextSteps& builtIn();

    [[nodiscard]] QList<LocalizedText> forCause(const QString& cause) const
    {
        return m_steps.value(cause);
    }

private:
    QHash<QString, QList<LocalizedText>> m_steps;
};

} // namespace rtcare::diagnosis
