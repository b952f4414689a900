// SPDX-License-Identifier: MIT
#include "diagnosis/categorymodel.h"

#include "diagnosis/diagnosisfiles.h"
#include "model/category.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <mutex>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

const QString kSettingsFile = u"category-model.json"_s;

bool readNumber(const QJsonObject& object, const char* key, double min, double max,
                double* value, const QString& where, QString* error)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        *error = u"%1.%2: a number from %3 to %4 is needed"_s.arg(where, QLatin1String(key))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *value = v.toDouble();
    return true;
}

std::shared_ptr<const CategoryModel> loadModel(const CategoryModelSettings& settings,
                                               const QString& explicitPath, QString* error)
{
    QString path = explicitPath;
    if (path.isEmpty()) {
        const QString user = QDir(overrideFolder()).filePath(settings.modelFile);
        path = QFile::exists(user) ? user : u":/rtcare/diagnosis/"_s + settings.modelFile;
    }
    QString problem;
    std::shared_ptr<const text::TextModel> model = text::TextModel::fromFile(path, &problem);
    if (!model) {
        *error = problem;
        return nullptr;
    }
    for (const QString& label : model->labels()) {
        if (!categoryFromId(label)) {
            *error = u"%1: label '%2' is not a category (network, av_quality, feature, "
                     "compatibility, other)"_s.arg(path, label);
            return nullptr;
        }
    }
    return std::make_shared<const CategoryModel>(model, settings);
}

std::optional<CategoryModelSettings> readSettings(QString* error)
{
    const std::optional<DataFile> file = readDataFile(kSettingsFile, error);
    if (!file)
        return std::nullopt;
    return CategoryModelSettings::fromJson(file->data, file->source, error);
}

} // namespace

std::optional<CategoryModelSettings> CategoryModelSettings::fromJson(const QByteArray& json,
                                                                     const QString& source,
                                                                     QString* error)
{
    const std::optional<QJsonObject> root = parseObject({json, source}, error);
    if (!root)
        return std::nullopt;
    CategoryModelSettings settings;
    const QString modelFile = root->value("model"_L1).toString();
    if (modelFile.isEmpty() || modelFile.contains(u'/') || modelFile.contains(u'\\')) {
        *error = u"%1: model: the model's file name (in the same folder) is needed"_s.arg(source);
        return std::nullopt;
    }
    settings.modelFile = modelFile;
    QString problem;
    const std::optional<text::TrainingSettings> training =
        text::TrainingSettings::fromJson(root->value("training"_L1).toObject(), &problem);
    if (!training) {
        *error = u"%1: %2"_s.arg(source, problem);
        return std::nullopt;
    }
    settings.training = *training;
    const QJsonObject combination = root->value("combination"_L1).toObject();
    const QString where = source + u": combination"_s;
    CombinationSettings& c = settings.combination;
    if (!readNumber(combination, "rule_weight", 0, 20, &c.ruleWeight, where, error)
        || !readNumber(combination, "confinement_weight", 0, 20, &c.confinementWeight, where,
                       error)
        || !readNumber(combination, "contrast_weight", 0, 20, &c.contrastWeight, where, error)
        || !readNumber(combination, "answer_weight", 0, 20, &c.answerWeight, where, error)
        || !readNumber(combination, "temperature", 0.05, 20, &c.temperature, where, error)
        || !readNumber(combination, "low_confidence", 0, 1, &c.lowConfidence, where, error)
        || !readNumber(combination, "short_text", 0, 1000, &c.shortText, where, error))
        return std::nullopt;
    return settings;
}

std::shared_ptr<const CategoryModel> CategoryModel::load(QString* error)
{
    const std::optional<CategoryModelSettings> settings = readSettings(error);
    if (!settings)
        return nullptr;
    return loadModel(*settings, QString(), error);
}

std::shared_ptr<const CategoryModel> CategoryModel::loadWithModelFile(const QString& path,
                                                                     QString* error)
{
    const std::optional<CategoryModelSettings> settings = readSettings(error);
    if (!settings)
        return nullptr;
    return loadModel(*settings, path, error);
}

std::shared_ptr<const CategoryModel> CategoryModel::shared(QString* problem)
{
    static std::once_flag once;
    static std::shared_ptr<const CategoryModel> model;
    static QString message;
    std::call_once(once, [] { model = load(&message); });
    if (problem)
        *problem = model ? QString() : message;
    return model;
}

} // namespace rtcare::diagnosis
