// SPDX-License-Identifier: MIT
#pragma once

#include "replies/tonerules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

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
class ToneChecker
{
public:
    explicit ToneChecker(const ToneRuleSet& rules = ToneRuleSet::builtIn()) : m_rules(rules) {}

    [[nodiscard]] QList<ToneFinding> check(const QString& text,
                                           const QString& language = QStringLiteral("auto"),
                                           const QString& uiLanguage = QString()) const;
    [[nodiscard]] static Readiness readiness(const QString& text,
                                             const QList<ToneFinding>& findings);
    // The sorted, distinct categories of a list of findings.
    [[nodiscard]] static QStringList categories(const QList<ToneFinding>& findings);

private:
    ToneRuleSet m_rules;
};

// Whether `text` holds Chinese (CJK unified ideographs): the language a message about it
// is written in when the caller does not say.
[[nodiscard]] bool containsChinese(QStringView text);

} // namespace rtcare::replies
