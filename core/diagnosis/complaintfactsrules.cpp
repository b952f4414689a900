// SPDX-License-Identifier: MIT
// Loading and checking the fact vocabulary (resources/diagnosis/facts.json).
#include "diagnosis/complaintfacts.h"

#include "diagnosis/diagnosisfiles.h"
#include "model/callcontext.h"
#include "text/texttokens.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <string_view>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

// "华为mate" is also written "华为 mate": the alias with a space where Chinese meets ASCII.
QStringList spacedVariants(const QString& alias)
{
    QStringList variants{alias};
    QString spaced;
    for (qsizetype i = 0; i < alias.size(); ++i) {
        if (i > 0) {
            const bool hanBefore = text::isHan(alias.at(i - 1).unicode());
            const bool hanHere = text::isHan(alias.at(i).unicode());
            if (hanBefore != hanHere && alias.at(i) != u' ' && alias.at(i - 1) != u' ')
                spaced += u' ';
        }
        spaced += alias.at(i);
    }
    if (spaced != alias)
        variants.append(spaced);
    return variants;
}

std::optional<QRegularExpression> compile(const QJsonValue& value, const QString& where,
                                          QString* error)
{
    const QString pattern = value.toString();
    if (pattern.isEmpty() && value.isString()) {
        *error = where + u": empty pattern"_s;
        return std::nullopt;
    }
    if (pattern.isEmpty())
        return std::nullopt;
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
        *error = u"%1: %2 at offset %3"_s.arg(where, re.errorString()).arg(re.patternErrorOffset());
        return std::nullopt;
    }
    re.optimize();
    return re;
}

} // namespace

class FactReaderLoader
{
public:
    static bool loadChoice(const QJsonObject& root, const char* key, const QStringList& known,
                           const QString& source, FactReader::Choice* choice, QString* error)
    {
        const QString where = source + u": "_s + QLatin1String(key);
        const QJsonObject object = root.value(QLatin1String(key)).toObject();
        choice->minimum = object.value("minimum"_L1).toDouble(3);
        const QJsonArray entries = object.value("ids"_L1).toArray();
        if (entries.isEmpty()) {
            *error = where + u".ids: at least one entry is needed"_s;
            return false;
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QString id = entry.value("id"_L1).toString();
            const QString at = u"%1.ids[%2]"_s.arg(where).arg(i);
            if (!known.contains(id)) {
                *error = u"%1.id: '%2' is not one of %3"_s.arg(at, id, known.join(u", "_s));
                return false;
            }
            const int target = int(choice->ids.size());
            choice->ids.append(id);
            for (const char* language : {"zh", "en", "patterns"}) {
                const bool pattern = language == std::string_view("patterns");
                const QJsonArray list = entry.value(QLatin1String(language)).toArray();
                for (qsizetype j = 0; j < list.size(); ++j) {
                    const QJsonArray pair = list.at(j).toArray();
                    const QString phrase = pattern ? pair.at(0).toString()
                                                   : text::normalisedText(pair.at(0).toString()).trimmed();
                    const double weight = pair.at(1).toDouble(0);
                    const QString item = u"%1.%2[%3]"_s.arg(at, QLatin1String(language)).arg(j);
                    if (pair.size() != 2 || phrase.isEmpty() || weight <= 0 || weight > 10) {
                        *error = item + u": a pair [\"words\", weight 0-10] is needed"_s;
                        return false;
                    }
                    if (pattern) {
                        QString problem;
                        std::optional<QRegularExpression> re = compile(phrase, item, &problem);
                        if (!re) {
                            *error = problem;
                            return false;
                        }
                        choice->patterns.append({*re, target, weight});
                        continue;
                    }
                    const int cue = int(choice->cues.size());
                    choice->cues.append({target, weight});
                    choice->matcher.add(phrase, cue);
                }
            }
        }
        return true;
    }

    static std::optional<FactReader> load(const QJsonObject& root, const QString& source,
                                          QString* error)
    {
        FactReader r;
        if (!loadChoice(root, "scenario", scenarioIds(), source, &r.m_scenario, error)
            || !loadChoice(root, "network", networkIds(), source, &r.m_network, error))
            return std::nullopt;
        r.m_network.skipWorking = true;
        if (!r.m_network.ids.contains("cross_border"_L1)) {
            *error = source + u": network.ids: cross_border is needed"_s;
            return std::nullopt;
        }
        const QJsonObject places = root.value("places"_L1).toObject();
        r.m_crossBorderWeight = places.value("weight"_L1).toDouble(4);
        const QJsonArray regions = places.value("regions"_L1).toArray();
        for (qsizetype i = 0; i < regions.size(); ++i) {
            const QJsonObject region = regions.at(i).toObject();
            const QString id = region.value("region"_L1).toString();
            if (id.isEmpty()) {
                *error = u"%1: places.regions[%2].region: missing"_s.arg(source).arg(i);
                return std::nullopt;
            }
            const int index = int(r.m_regions.size());
            r.m_regions.append(id);
            for (const char* language : {"zh", "en"}) {
                for (const QJsonValue& name : region.value(QLatin1String(language)).toArray())
                    r.m_places.add(text::normalisedText(name.toString()).trimmed(), index);
            }
        }

        const QJsonObject working = root.value("fine_cues"_L1).toObject();
        for (const char* language : {"zh", "en"}) {
            for (const QJsonValue& value : working.value(QLatin1String(language)).toArray())
                r.m_working.add(text::normalisedText(value.toString()).trimmed(), 0);
        }

        const QJsonObject deviceWords = root.value("device_words"_L1).toObject();
        for (const char* language : {"zh", "en"}) {
            for (const QJsonValue& value : deviceWords.value(QLatin1String(language)).toArray())
                r.m_deviceWords.add(text::normalisedText(value.toString()).trimmed(), 0);
        }

        const QJsonObject spelling = root.value("spelling"_L1).toObject();
        for (auto it = spelling.constBegin(); it != spelling.constEnd(); ++it)
            r.m_spelling.insert(it.key(), it.value().toString());

        const QJsonArray devices = root.value("devices"_L1).toArray();
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QJsonObject d = devices.at(i).toObject();
            const QString at = u"%1: devices[%2]"_s.arg(source).arg(i);
            FactReader::Series series;
            series.name = d.value("name"_L1).toString();
            const QJsonArray aliases = d.value("aliases"_L1).toArray();
            if (series.name.isEmpty() || aliases.isEmpty()) {
                *error = at + u": a name and at least one alias are needed"_s;
                return std::nullopt;
            }
            QString problem;
            series.model = compile(d.value("model"_L1), at + u".model"_s, &problem);
            if (!problem.isEmpty()) {
                *error = problem;
                return std::nullopt;
            }
            series.required = d.value("required"_L1).toBool();
            if (series.required && !series.model) {
                *error = at + u": 'required' needs a model pattern"_s;
                return std::nullopt;
            }
            series.attach = d.value("attach"_L1).toBool();
            series.lowerLetters = d.value("lower_letters"_L1).toBool();
            const int index = int(r.m_series.size());
            r.m_series.append(series);
            for (const QJsonValue& alias : aliases) {
                for (const QString& variant :
                     spacedVariants(text::normalisedText(alias.toString()).trimmed()))
                    r.m_deviceAliases.add(variant, index, true);
            }
        }

        const QJsonArray systems = root.value("systems"_L1).toArray();
        for (qsizetype i = 0; i < systems.size(); ++i) {
            const QJsonObject s = systems.at(i).toObject();
            const QString at = u"%1: systems[%2]"_s.arg(source).arg(i);
            FactReader::System system;
            system.name = s.value("name"_L1).toString();
            const QJsonArray aliases = s.value("aliases"_L1).toArray();
            if (system.name.isEmpty() || aliases.isEmpty()) {
                *error = at + u": a name and at least one alias are needed"_s;
                return std::nullopt;
            }
            QString problem;
            system.version = compile(s.value("version"_L1), at + u".version"_s, &problem);
            if (problem.isEmpty())
                system.qualifier = compile(s.value("qualifier"_L1), at + u".qualifier"_s, &problem);
            if (!problem.isEmpty()) {
                *error = problem;
                return std::nullopt;
            }
            system.bare = s.value("bare"_L1).toBool();
            const int index = int(r.m_systems.size());
            r.m_systems.append(system);
            for (const QJsonValue& alias : aliases) {
                for (const QString& variant :
                     spacedVariants(text::normalisedText(alias.toString()).trimmed()))
                    r.m_systemAliases.add(variant, index, true);
            }
        }
        return r;
    }
};

std::optional<FactReader> FactReader::fromJson(const QByteArray& json, const QString& source,
                                               QString* error)
{
    const std::optional<QJsonObject> root = parseObject({json, source}, error);
    if (!root)
        return std::nullopt;
    return FactReaderLoader::load(*root, source, error);
}

std::optional<FactReader> FactReader::load(QString* error)
{
    const std::optional<DataFile> file = readDataFile(u"facts.json"_s, error);
    if (!file)
        return std::nullopt;
    return fromJson(file->data, file->source, error);
}

const FactReader& FactReader::builtIn()
{
    static const FactReader reader = [] {
        QFile file(u":/rtcare/diagnosis/facts.json"_s);
        file.open(QIODevice::ReadOnly);
        QString error;
        std::optional<FactReader> parsed = fromJson(file.readAll(), u"facts.json"_s, &error);
        if (!parsed)
            qFatal("built-in fact vocabulary: %s", qPrintable(error));
        return *parsed;
    }();
    return reader;
}

} // namespace rtcare::diagnosis
