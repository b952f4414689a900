// SPDX-License-Identifier: MIT
// Loading and checking the classification rules (resources/diagnosis/classification.json).
#include "diagnosis/classifier.h"

#include "diagnosis/diagnosisfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

class ClassifierLoader
{
public:
    static std::optional<Classifier> load(const QJsonObject& root, const QString& source,
                                          QString* error)
    {
        Classifier c;
        const QJsonArray symptoms = root.value("symptoms"_L1).toArray();
        if (symptoms.isEmpty()) {
            *error = u"%1: symptoms: at least one symptom is needed"_s.arg(source);
            return std::nullopt;
        }
        for (qsizetype i = 0; i < symptoms.size(); ++i) {
            const QJsonObject s = symptoms.at(i).toObject();
            const QString where = u"%1: symptoms[%2]"_s.arg(source).arg(i);
            Classifier::Symptom symptom;
            symptom.id = s.value("id"_L1).toString();
            if (symptom.id.isEmpty()) {
                *error = where + u".id: missing"_s;
                return std::nullopt;
            }
            const std::optional<Category> category =
                categoryFromId(s.value("category"_L1).toString());
            if (!category) {
                *error = u"%1.category: '%2' is not a category (network, av_quality, feature, "
                         "compatibility, other)"_s.arg(where, s.value("category"_L1).toString());
                return std::nullopt;
            }
            symptom.category = *category;
            symptom.weight = s.value("weight"_L1).toDouble(1);
            symptom.prefill = s.value("prefill"_L1).toString();
            symptom.name = localizedText(s.value("name"_L1));
            const int index = static_cast<int>(c.m_symptoms.size());
            c.m_symptoms.append(symptom);
            for (const auto& [key, english] : {std::pair{"zh", false}, std::pair{"en", true}}) {
                for (const QJsonValue& value : s.value(QLatin1String(key)).toArray()) {
                    QString text = value.toString().toLower().trimmed();
                    const bool prefix = text.endsWith(u'*');
                    if (prefix)
                        text.chop(1);
                    if (text.isEmpty()) {
                        *error = u"%1.%2: empty keyword"_s.arg(where, QLatin1String(key));
                        return std::nullopt;
                    }
                    c.m_keywords.append({text, english, prefix, index});
                }
            }
        }
        std::stable_sort(c.m_keywords.begin(), c.m_keywords.end(),
                         [](const Classifier::Keyword& a, const Classifier::Keyword& b) {
                             return a.text.size() > b.text.size();
                         });
        for (int i = 0; i < c.m_keywords.size(); ++i)
            c.m_byFirstChar[c.m_keywords.at(i).text.front().unicode()].append(i);

        const QJsonObject confinement = root.value("confinement"_L1).toObject();
        c.m_confinementName = localizedText(confinement.value("name"_L1));
        for (const auto& [key, list] :
             {std::pair{"zh", &c.m_confinementZh}, std::pair{"en", &c.m_confinementEn}}) {
            const QJsonArray patterns = confinement.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < patterns.size(); ++i) {
                QRegularExpression re(patterns.at(i).toString(),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
                if (!re.isValid()) {
                    *error = u"%1: confinement.%2[%3]: %4 at offset %5"_s.arg(source)
                                 .arg(QLatin1String(key))
                                 .arg(i)
                                 .arg(re.errorString())
                                 .arg(re.patternErrorOffset());
                    return std::nullopt;
                }
                re.optimize();
                list->append(re);
            }
        }

        const QJsonArray answerRules = root.value("answers"_L1).toArray();
        for (qsizetype i = 0; i < answerRules.size(); ++i) {
            const QJsonObject r = answerRules.at(i).toObject();
            Classifier::AnswerRule rule{r.value("question"_L1).toString(),
                                        r.value("answer"_L1).toString(),
                                        r.value("symptom"_L1).toString()};
            const bool known =
                rule.symptom == "confinement"_L1
                || std::any_of(c.m_symptoms.cbegin(), c.m_symptoms.cend(),
                               [&rule](const Classifier::Symptom& s) { return s.id == rule.symptom; });
            if (rule.question.isEmpty() || rule.answer.isEmpty() || !known) {
                *error = u"%1: answers[%2]: needs a question, an answer and a known symptom "
                         "(or \"confinement\")"_s.arg(source)
                             .arg(i);
                return std::nullopt;
            }
            c.m_answerRules.append(rule);
        }

        const QJsonObject negation = root.value("negation"_L1).toObject();
        for (const auto& [key, target] : {std::pair{"zh", &c.m_zh}, std::pair{"en", &c.m_en}}) {
            const QJsonObject n = negation.value(QLatin1String(key)).toObject();
            auto list = [&n](const char* name) {
                QStringList result;
                for (const QJsonValue& value : n.value(QLatin1String(name)).toArray())
                    result.append(value.toString().toLower());
                // Longest first, so "没有再" is preferred over "没".
                std::stable_sort(
                    result.begin(), result.end(),
                    [](const QString& a, const QString& b) { return a.size() > b.size(); });
                return result;
            };
            target->before = list("before");
            target->after = list("after");
            target->breaks = list("breaks");
        }
        c.m_englishWindowWords = negation.value("english_window_words"_L1).toInt(3);
        return c;
    }
};

std::optional<Classifier> Classifier::fromJson(const QByteArray& json, const QString& source,
                                               QString* error)
{
    const std::optional<QJsonObject> root = parseObject({json, source}, error);
    if (!root)
        return std::nullopt;
    return ClassifierLoader::load(*root, source, error);
}

std::optional<Classifier> Classifier::load(QString* error)
{
    const std::optional<DataFile> file = readDataFile(u"classification.json"_s, error);
    if (!file)
        return std::nullopt;
    return fromJson(file->data, file->source, error);
}

const Classifier& Classifier::builtIn()
{
    static const Classifier classifier = [] {
        QFile file(u":/rtcare/diagnosis/classification.json"_s);
        file.open(QIODevice::ReadOnly);
        QString error;
        std::optional<Classifier> parsed =
            fromJson(file.readAll(), u"classification.json"_s, &error);
        if (!parsed)
            qFatal("built-in classification rules: %s", qPrintable(error));
        return *parsed;
    }();
    return classifier;
}

std::optional<TextLanguage> textLanguageFromId(QStringView id)
{
    if (id == u"auto")
        return TextLanguage::Auto;
    if (id == u"zh" || id == u"zh_CN")
        return TextLanguage::Chinese;
    if (id == u"en")
        return TextLanguage::English;
    return std::nullopt;
}

} // namespace rtcare::diagnosis

namespace rtcare::diagnosis {

QString Classifier::symptomName(const QString& id, const QString& language) const
{
    for (const Symptom& symptom : m_symptoms) {
        if (symptom.id == id)
            return symptom.name.forLanguage(language);
    }
    return id == "confinement"_L1 ? m_confinementName.forLanguage(language) : id;
}

QStringList Classifier::symptomIds() const
{
    QStringList ids;
    for (const Symptom& symptom : m_symptoms)
        ids << symptom.id;
    return ids;
}

QStringList Classifier::keywords(const QString& symptomId) const
{
    QStringList out;
    for (const Keyword& keyword : m_keywords) {
        if (m_symptoms.at(keyword.symptom).id == symptomId)
            out << (keyword.prefix ? keyword.text + u'*' : keyword.text);
    }
    return out;
}

} // namespace rtcare::diagnosis
