// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace rtcare::diagnosis {

// What the customer told the agent: question id -> answer id (choice questions) or the
// text typed (text questions such as the device model). Stored on the ticket as a JSON
// object in tickets.diagnosis_answers.
using Answers = QMap<QString, QString>;

[[nodiscard]] QString answersToJson(const Answers& answers);
// Parses {"question": "answer", ...}. On failure *error says what is wrong and where,
// e.g. "answers.json: \"network\": the answer must be a string". Checking the ids against
// a questionnaire is Questionnaire::validate's job.
[[nodiscard]] std::optional<Answers> answersFromJson(const QByteArray& json, const QString& source,
                                                     QString* error);

} // namespace rtcare::diagnosis
