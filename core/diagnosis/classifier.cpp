// SPDX-License-Identifier: MIT
#include "diagnosis/classifier.h"
#include "text/listjoin.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

constexpr qsizetype kLookBehind = 60; // characters searched for a clause start
constexpr qsizetype kChineseAfter = 10;
constexpr qsizetype kEnglishAfter = 40;
const QString kConfinement = u"confinement"_s;

bool isAsciiWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// `needle` inside `haystack` as whole words.
bool containsWords(QStringView haystack, QStringView needle)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool startOk = at == 0 || !isAsciiWordChar(haystack.at(at - 1));
        const bool endOk = end >= haystack.size() || !isAsciiWordChar(haystack.at(end)) ||
                           !isAsciiWordChar(needle.back());
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

QString quoted(const QString& text)
{
    return u"“"_s + text + u"”"_s;
}

} // namespace

qsizetype Classifier::clauseStart(const QString& text, qsizetype position, bool english) const
{
    const Negation& rules = english ? m_en : m_zh;
    const qsizetype floor = std::max<qsizetype>(0, position - kLookBehind);
    qsizetype start = floor;
    const QStringView window = QStringView(text).mid(floor, position - floor);
    for (const QString& separator : rules.breaks) {
        const qsizetype at = window.lastIndexOf(separator);
        if (at >= 0)
            start = std::max(start, floor + at + separator.size());
    }
    return start;
}

bool Classifier::negatedBefore(const QString& text, qsizetype position, bool english,
                               QString* cue) const
{
    if (!english) {
        qsizetype p = position;
        while (p > 0 && text.at(p - 1).isSpace())
            --p;
        const qsizetype start = clauseStart(text, position, false);
        for (const QString& negation : m_zh.before) {
            if (p - negation.size() >= start &&
                QStringView(text).mid(p - negation.size(), negation.size()) == negation) {
                *cue = negation;
                return true;
            }
        }
        return false;
    }
    const qsizetype start = clauseStart(text, position, true);
    const QStringList words = text.mid(start, position - start).split(u' ', Qt::SkipEmptyParts);
    const QString window =
        words.mid(std::max<qsizetype>(0, words.size() - m_englishWindowWords)).join(u' ');
    for (const QString& negation : m_en.before) {
        if (containsWords(window, negation)) {
            *cue = negation;
            return true;
        }
    }
    return false;
}

bool Classifier::negatedAfter(const QString& text, qsizetype end, bool english, QString* cue) const
{
    const Negation& rules = english ? m_en : m_zh;
    qsizetype stop = std::min(text.size(), end + (english ? kEnglishAfter : kChineseAfter));
    const QStringView rest = QStringView(text).mid(end, stop - end);
    for (const QString& separator : rules.breaks) {
        const qsizetype at = rest.indexOf(separator);
        if (at >= 0)
            stop = std::min(stop, end + at);
    }
    const QStringView clause = QStringView(text).mid(end, stop - end);
    for (const QString& negation : rules.after) {
        if (english ? containsWords(clause, negation) : clause.contains(negation)) {
            *cue = negation;
            return true;
        }
    }
    return false;
}

Classification Classifier::classify(const QString& input, TextLanguage language,
                                   const QMap<QString, QString>& answers) const
{
    Classification result;
    QString text = input.toLower();
    text.replace(u'’', u'\'');
    text.replace(u'\t', u' ');
    const QString& shown = text.size() == input.size() ? input : text;
    std::vector<char> taken(static_cast<std::size_t>(text.size()), 0);

    // One pass finds every keyword occurrence; then longer keywords claim their characters
    // first (the same order as searching keyword by keyword, longest first).
    struct Candidate
    {
        int keyword;
        qsizetype at;
        qsizetype end;
    };
    std::vector<Candidate> candidates;
    const QStringView view(text);
    for (qsizetype at = 0; at < text.size(); ++at) {
        const auto bucket = m_byFirstChar.constFind(text.at(at).unicode());
        if (bucket == m_byFirstChar.cend())
            continue;
        for (const int index : *bucket) {
            const Keyword& keyword = m_keywords.at(index);
            if ((language == TextLanguage::Chinese && keyword.english) ||
                (language == TextLanguage::English && !keyword.english) ||
                !view.mid(at).startsWith(keyword.text))
                continue;
            qsizetype end = at + keyword.text.size();
            if (keyword.english) {
                if (at > 0 && isAsciiWordChar(text.at(at - 1)))
                    continue;
                if (keyword.prefix) {
                    while (end < text.size() && isAsciiWordChar(text.at(end)))
                        ++end;
                } else if (end < text.size() && isAsciiWordChar(text.at(end))) {
                    continue;
                }
            }
            candidates.push_back({index, at, end});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.keyword != b.keyword ? a.keyword < b.keyword : a.at < b.at;
    });
    for (const Candidate& candidate : candidates) {
        const Keyword& keyword = m_keywords.at(candidate.keyword);
        const auto first = taken.begin() + candidate.at;
        const auto last = taken.begin() + candidate.end;
        if (std::find(first, last, 1) != last)
            continue;
        std::fill(first, last, 1);
        const Symptom& symptom = m_symptoms.at(keyword.symptom);
        TextMatch match{symptom.id,
                        symptom.category,
                        shown.mid(candidate.at, candidate.end - candidate.at),
                        candidate.at,
                        false,
                        QString()};
        match.negated = negatedBefore(text, candidate.at, keyword.english, &match.negation) ||
                        negatedAfter(text, candidate.end, keyword.english, &match.negation);
        result.matches.append(match);
    }

    auto findConfinement = [&](const QList<QRegularExpression>& patterns, bool english) {
        for (const QRegularExpression& pattern : patterns) {
            QRegularExpressionMatchIterator it = pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                TextMatch match{kConfinement,
                                Category::Compatibility,
                                shown.mid(m.capturedStart(), m.capturedLength()),
                                m.capturedStart(),
                                false,
                                QString()};
                match.negated = negatedBefore(text, m.capturedStart(), english, &match.negation);
                result.confined = result.confined || !match.negated;
                result.confinedByText = result.confined;
                result.matches.append(match);
            }
        }
    };
    if (language != TextLanguage::English)
        findConfinement(m_confinementZh, false);
    if (language != TextLanguage::Chinese)
        findConfinement(m_confinementEn, true);
    std::stable_sort(
        result.matches.begin(), result.matches.end(),
        [](const TextMatch& a, const TextMatch& b) { return a.position < b.position; });

    // What the diagnosis answers say, after the text's own words.
    for (const AnswerRule& rule : m_answerRules) {
        if (answers.value(rule.question) != rule.answer)
            continue;
        const auto symptom = std::find_if(m_symptoms.cbegin(), m_symptoms.cend(),
                                          [&](const Symptom& s) { return s.id == rule.symptom; });
        const Category category =
            symptom == m_symptoms.cend() ? Category::Compatibility : symptom->category;
        TextMatch match{rule.symptom, category, rule.question + u'=' + rule.answer, text.size(),
                        false, QString(), true};
        result.confined = result.confined || rule.symptom == kConfinement;
        result.matches.append(match);
    }

    double prefillWeight = 0;
    for (const TextMatch& match : std::as_const(result.matches)) {
        if (match.symptom == kConfinement) {
            result.names.insert(kConfinement, m_confinementName);
            continue;
        }
        const auto symptom = std::find_if(m_symptoms.cbegin(), m_symptoms.cend(),
                                          [&](const Symptom& s) { return s.id == match.symptom; });
        result.names.insert(symptom->id, symptom->name);
        if (match.negated || result.symptoms.contains(symptom->id))
            continue;
        result.symptoms.append(symptom->id);
        result.scores[symptom->category] += symptom->weight;
        if (!match.fromAnswer)
            result.textScores[symptom->category] += symptom->weight;
        if (!symptom->prefill.isEmpty() && symptom->weight > prefillWeight) {
            result.prefillSymptom = symptom->prefill;
            prefillWeight = symptom->weight;
        }
        if (!symptom->prefill.isEmpty() && !result.prefillSymptoms.contains(symptom->prefill))
            result.prefillSymptoms.append(symptom->prefill);
    }
    if (!result.prefillSymptom.isEmpty()) {
        result.prefillSymptoms.removeOne(result.prefillSymptom);
        result.prefillSymptoms.prepend(result.prefillSymptom);
    }

    if (result.confined) {
        result.category = Category::Compatibility;
    } else {
        double best = 0;
        for (Category category : kAllCategories) {
            if (result.scores.value(category) > best) {
                best = result.scores.value(category);
                result.category = category;
            }
        }
    }
    result.ruleCategory = result.category;
    return result;
}

QStringList Classification::reasons(const QString& language) const
{
    QStringList confinements;
    QStringList decisive; // the winning category's words
    QStringList supporting;
    QStringList ignored;
    QStringList seen;
    for (const TextMatch& match : matches) {
        const QString name = names.value(match.symptom).forLanguage(language);
        if (match.fromAnswer) {
            if (seen.contains(match.symptom))
                continue;
            seen.append(match.symptom);
            //: %1 a symptom or "confined to one model or system", %2 the category
            const QString line = QCoreApplication::translate("rtcare::Classifier",
                                                             "an answer: %1 → %2")
                                     .arg(name, categoryDisplayName(match.category));
            if (match.symptom == kConfinement)
                confinements.append(line);
            else
                (match.category == category ? decisive : supporting).append(line);
        } else if (match.negated) {
            //: %1 the words as written, %2 the negation found near them
            ignored.append(QCoreApplication::translate("rtcare::Classifier",
                                                       "%1: negated by “%2”, not counted")
                               .arg(quoted(match.text), match.negation));
        } else if (match.symptom == kConfinement) {
            seen.append(match.symptom);
            //: %1 the words as written, %2 "confined to one model or system"
            confinements.append(
                QCoreApplication::translate("rtcare::Classifier", "%1: %2, so compatibility wins")
                    .arg(quoted(match.text), name));
        } else if (!seen.contains(match.symptom)) {
            seen.append(match.symptom);
            //: %1 the words as written, %2 the symptom, %3 the category it points to
            const QString line =
                QCoreApplication::translate("rtcare::Classifier", "%1: %2 → %3")
                    .arg(quoted(match.text), name, categoryDisplayName(match.category));
            (match.category == category ? decisive : supporting).append(line);
        }
    }
    if (confinedByContrast && category == Category::Compatibility) {
        //: %1 the device/system with the problem, %2 the one that works, as the customer wrote them
        confinements.prepend(QCoreApplication::translate("rtcare::Classifier",
                                                         "%1 has the problem, %2 works: confined "
                                                         "to one device or system")
                                 .arg(quoted(contrastProblem), quoted(contrastWorking)));
    }
    QStringList result;
    if (modelUsed && lowConfidence) {
        //: %1 a percentage, %2 and %3 two categories
        result.append(QCoreApplication::translate("rtcare::Classifier",
                                                  "not sure (%1 %): %2 or %3; ask the customer "
                                                  "what they saw")
                          .arg(qRound(confidence * 100))
                          .arg(categoryDisplayName(category), categoryDisplayName(runnerUp)));
    }
    const bool rulesDecided = !decisive.isEmpty() || !confinements.isEmpty();
    if (modelUsed && (!rulesDecided || ruleCategory != category)) {
        QStringList words;
        for (const ModelWords& w : modelWords)
            words.append(quoted(w.text));
        if (words.isEmpty()) {
            //: %1 the category, %2 a percentage
            result.append(QCoreApplication::translate("rtcare::Classifier",
                                                      "the text model reads the whole message as "
                                                      "%1 (%2 %)")
                              .arg(categoryDisplayName(category))
                              .arg(qRound(confidence * 100)));
        } else {
            //: %1 the customer's words, %2 the category, %3 a percentage
            result.append(QCoreApplication::translate("rtcare::Classifier",
                                                      "%1: read as %2 by the text model (%3 %)")
                              .arg(joinList(words), categoryDisplayName(category))
                              .arg(qRound(confidence * 100)));
        }
        return result + confinements + decisive + supporting + ignored;
    }
    result += confinements + decisive + supporting;
    if (result.isEmpty())
        result.append(QCoreApplication::translate("rtcare::Classifier",
                                                  "no complaint words recognised, so: other"));
    return result + ignored;
}

} // namespace rtcare::diagnosis
