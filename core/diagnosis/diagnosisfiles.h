// SPDX-License-Identifier: MIT
#pragma once

#include "sla/policy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace rtcare::diagnosis {

// The diagnosis data files (questionnaire.json, classification.json, advice.json,
// incident.json, device-models.json) are built in under ":/rtcare/diagnosis/". A file of
// the same name in the override folder replaces the built-in one: $RTCARE_DIAGNOSIS_DIR
// when set, else <AppConfigLocation>/diagnosis (Linux: ~/.config/RTCare/rtcare/diagnosis).
[[nodiscard]] QString overrideFolder();

struct DataFile
{
    QByteArray data;
    QString source; // the path read, for messages: "questionnaire.json" or a user path
};

// The override file when present, else the built-in one. Nothing, with *error, when the
// override exists but cannot be read.
[[nodiscard]] std::optional<DataFile> readDataFile(const QString& name, QString* error);

// Parses a JSON object; on failure *error names the source and the offset.
[[nodiscard]] std::optional<QJsonObject> parseObject(const DataFile& file, QString* error);

// {"zh_CN": "...", "en": "..."}; a plain string serves both languages.
[[nodiscard]] LocalizedText localizedText(const QJsonValue& value);

// "zh_CN" or "en" for the application's current language.
[[nodiscard]] QString currentLanguage();

} // namespace rtcare::diagnosis
