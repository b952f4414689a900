// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosisfiles.h"

#include "model/inputlimits.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

QString overrideFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("RTCARE_DIAGNOSIS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"diagnosis"_s);
}

std::optional<DataFile> readDataFile(const QString& name, QString* error)
{
    const QString userPath = QDir(overrideFolder()).filePath(name);
    const bool user = QFile::exists(userPath);
    QString problem;
    const std::optional<QByteArray> bytes =
        limits::readFile(user ? userPath : u":/rtcare/diagnosis/"_s + name,
                         limits::kDataFileBytes, u"a diagnosis data file"_s, &problem);
    if (!bytes) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return DataFile{*bytes, user ? userPath : name};
}

std::optional<QJsonObject> parseObject(const DataFile& file, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1: not valid JSON at offset %2: %3"_s.arg(file.source)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = u"%1: must hold a JSON object"_s.arg(file.source);
        return std::nullopt;
    }
    return document.object();
}

LocalizedText localizedText(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject object = value.toObject();
    return {object.value("zh_CN"_L1).toString(), object.value("en"_L1).toString()};
}

QString currentLanguage()
{
    return QLocale().name().startsWith("zh"_L1) ? u"zh_CN"_s : u"en"_s;
}

} // namespace rtcare::diagnosis
