// SPDX-License-Identifier: MIT
#include "replies/tonerules.h"

#include "replies/overridefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::replies {

namespace {

QRegularExpression compile(const QString& pattern, bool caseInsensitive)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(pattern, options);
    re.optimize();
    return re;
}

} // namespace

QStringList toneCategories()
{
    return {QStringLiteral("blame"), QStringLiteral("empty_apology"),
            QStringLiteral("over_promise"), QStringLiteral("vague_advice"),
            QStringLiteral("unfilled_placeholder")};
}

ToneRuleSet ToneRuleSet::fromJson(const QByteArray& json, const QString& source,
                                  QStringList* errors)
{
    ToneRuleSet set;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors->append(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                           .arg(source, parseError.errorString())
                           .arg(parseError.offset));
        return set;
    }
    const QJsonArray rules = doc.object().value(QLatin1String("rules")).toArray();
    const QStringList categories = toneCategories();
    int index = 0;
    for (const QJsonValue& value : rules) {
        ++index;
        const QJsonObject o = value.toObject();
        ToneRule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        const QString entry = rule.id.isEmpty() ? QStringLiteral("#%1").arg(index) : rule.id;
        const auto bad = [&](const QString& why) {
            errors->append(QStringLiteral("%1: rule '%2': %3").arg(source, entry, why));
        };
        if (rule.id.isEmpty()) {
            bad(QStringLiteral("missing \"id\""));
            continue;
        }
        rule.category = o.value(QLatin1String("category")).toString();
        if (!categories.contains(rule.category)) {
            bad(QStringLiteral("unknown category '%1'").arg(rule.category));
            continue;
        }
        rule.language = o.value(QLatin1String("lang")).toString(QStringLiteral("any"));
        const bool ci = o.value(QLatin1String("case_insensitive")).toBool(true);
        const QJsonValue patternValue = o.value(QLatin1String("pattern"));
        QStringList expressions;
        if (patternValue.isArray()) {
            for (const QJsonValue& v : patternValue.toArray())
                expressions.append(v.toString());
        } else {
            expressions.append(patternValue.toString());
        }
        QString patternError;
        for (const QString& expression : std::as_const(expressions)) {
            const QRegularExpression re = compile(expression, ci);
            if (expression.isEmpty() || !re.isValid()) {
                patternError = expression.isEmpty() ? QStringLiteral("empty") : re.errorString();
                break;
            }
            rule.patterns.append(re);
        }
        if (!patternError.isEmpty()) {
            bad(QStringLiteral("invalid pattern: %1").arg(patternError));
            continue;
        }
        const QString unlessSentence = o.value(QLatin1String("unless_sentence")).toString();
        const QString unlessReply = o.value(QLatin1String("unless_reply")).toString();
        if (!unlessSentence.isEmpty())
            rule.unlessSentence = compile(unlessSentence, true);
        if (!unlessReply.isEmpty())
            rule.unlessReply = compile(unlessReply, true);
        if (!rule.unlessSentence.isValid() || !rule.unlessReply.isValid()) {
            bad(QStringLiteral("invalid unless_sentence/unless_reply pattern"));
            continue;
        }
        const QJsonObject explanation = o.value(QLatin1String("explanation")).toObject();
        const QJsonObject suggestion = o.value(QLatin1String("suggestion")).toObject();
        rule.explanationEn = explanation.value(QLatin1String("en")).toString();
        rule.explanationZh = explanation.value(QLatin1String("zh_CN")).toString();
        rule.suggestionEn = suggestion.value(QLatin1String("en")).toString();
        rule.suggestionZh = suggestion.value(QLatin1String("zh_CN")).toString();
        rule.replacement = o.value(QLatin1String("replacement")).toString();
        if (rule.explanationEn.isEmpty() || rule.explanationZh.isEmpty()) {
            bad(QStringLiteral("explanation needs \"en\" and \"zh_CN\""));
            continue;
        }
        set.m_rules.append(rule);
    }
    return set;
}

const ToneRuleSet& ToneRuleSet::builtIn()
{
    static const ToneRuleSet set =
        parseBuiltIn(QStringLiteral(":/rtcare/replies/tone-rules.json"), "tone rules",
                     [](const QByteArray& json, QStringList* errors) {
                         ToneRuleSet parsed =
                             fromJson(json, QStringLiteral("tone-rules.json"), errors);
                         for (ToneRule& rule : parsed.m_rules)
                             rule.builtIn = true;
                         return parsed;
                     });
    return set;
}

ToneRuleSet ToneRuleSet::withOverride(const QString& path, QStringList* errors)
{
    ToneRuleSet set = builtIn();
    applyOverrideFile(set.m_rules, path, errors, [&](const QByteArray& json) {
        return fromJson(json, path, errors).m_rules;
    });
    return set;
}

ToneRuleSet ToneRuleSet::withOverrideJson(const QByteArray& json, const QString& source,
                                          QStringList* errors)
{
    ToneRuleSet set = builtIn();
    applyOverride(set.m_rules, fromJson(json, source, errors).m_rules);
    return set;
}

const ToneRule* ToneRuleSet::rule(const QString& id) const
{
    for (const ToneRule& r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace rtcare::replies
