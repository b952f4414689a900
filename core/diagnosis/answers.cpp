// SPDX-License-Identifier: MIT
#include "diagnosis/answers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

QString answersToJson(const Answers& answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Answers> answersFromJson(const QByteArray& json, const QString& source,
                                       QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: not valid JSON at offset %2: %3"_s.arg(source)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"%1: expected a JSON object of question id -> answer id"_s.arg(source);
        return std::nullopt;
    }
    Answers answers;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            *error = u"%1: \"%2\": the answer must be a string"_s.arg(source, it.key());
            return std::nullopt;
        }
        const QString value = it.value().toString().trimmed();
        if (!value.isEmpty())
            answers.insert(it.key(), value);
    }
    return answers;
}

} // namespace rtcare::diagnosis
