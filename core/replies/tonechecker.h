// SPDX-License-Identifier: MIT
#pragma once

#include "replies/tonemodel.h"
#include "replies/tonerules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace rtcare::replies {

// One highlighted span of a draft. Offsets are in QString characters (UTF-16 units).
struct ToneFinding
{
    QString category;
    QString rule;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    QString message;
    QString suggestion;
    QString replacement;

    [[nodiscard]] QJsonObject toJson() const;
};

// What the readiness line shows.
struct Readiness
{
    bool noBlame = true;
    bool hasAction = false;
    bool hasTime = false;
    bool placeholdersFilled = true;
};

// Lints a reply. `language` is "en", "zh" or "auto" (every rule runs). Messages come in
// the language of the rule ("zh" rules explain in Chinese) unless `uiLanguage` says.
//
// With a tone model (tonemodel.h) the model reads the whole reply and decides each fault
// category: a built-in rule's match stays a finding only when the model gives its category at least
// the category's `with_rule` probability or the match's clause pushes toward it, and a category the model is sure of (its
// `threshold`) is a finding even when no rule matched, on the clause that pushed hardest
// toward it (rule id "model.<category>"). Unfilled placeholders are the rules' alone.
// Without a model the rules decide alone.
class ToneChecker
{
public:
    explicit ToneChecker(const ToneRuleSet& rules = ToneRuleSet::builtIn(),
                         std::shared_ptr<const ToneModel> model = ToneModel::builtIn())
        : m_rules(rules), m_model(std::move(model))
    {
    }

    [[nodiscard]] QList<ToneFinding> check(const QString& text,
                                           const QString& language = QStringLiteral("auto"),
                                           const QString& uiLanguage = QString()) const;
    [[nodiscard]] static Readiness readiness(const QString& text,
                                             const QList<ToneFinding>& findings);
    // The sorted, distinct categories of a list of findings.
    [[nodiscard]] static QStringList categories(const QList<ToneFinding>& findings);

    [[nodiscard]] const ToneModel* model() const { return m_model.get(); }

private:
    // Keeps, drops or adds findings per fault category as the model judged the reply.
    void applyModel(const ToneJudgement& judgement, const QString& text, bool zh,
                    QList<ToneFinding>& findings) const;

    ToneRuleSet m_rules;
    std::shared_ptr<const ToneModel> m_model;
};

// Whether `text` holds Chinese (CJK unified ideographs): the language a message about it
// is written in when the caller does not say.
[[nodiscard]] bool containsChinese(QStringView text);

// Whether a reply names a step the agent takes or gives ("I'll call", a ticket, numbered
// steps, "请先关闭…") / mentions a time ("within 2 hours", "明天", "18:00").
[[nodiscard]] bool hasConcreteAction(const QString& text);
[[nodiscard]] bool mentionsTime(const QString& text);

} // namespace rtcare::replies
