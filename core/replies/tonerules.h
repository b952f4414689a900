// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace rtcare::replies {

// One tone rule (resources/replies/tone-rules.json): precompiled patterns of a category
// (blame, empty_apology, over_promise, vague_advice, unfilled_placeholder) with what the
// agent is told and a better phrasing. "pattern" is one regular expression or a list of
// them (alternatives of one concept: many small expressions run much faster than one big
// alternation, and the composer lints on every keystroke). `unlessSentence` /
// `unlessReply` cancel a match when the sentence / the whole reply also shows evidence,
// an action or concrete steps.
struct ToneRule
{
    QString id;
    QString category;
    QString language; // "en", "zh" or "any"
    QString explanationEn;
    QString explanationZh;
    QString suggestionEn;
    QString suggestionZh;
    QString replacement; // one-key replacement for the matched span; may be empty
    QList<QRegularExpression> patterns;
    QRegularExpression unlessSentence;
    QRegularExpression unlessReply;
    // A built-in rule: the tone model may overrule its match (tonechecker.h). A team's own
    // rule always stands.
    bool builtIn = false;
};

[[nodiscard]] QStringList toneCategories();

class ToneRuleSet
{
public:
    // Parses a rule file; `source` names it in errors ("tone-rules.json: rule 'x': ...").
    // Entries with errors are skipped and reported; the rest are kept.
    [[nodiscard]] static ToneRuleSet fromJson(const QByteArray& json, const QString& source,
                                              QStringList* errors);
    // The built-in rules (resources/replies/tone-rules.json).
    [[nodiscard]] static const ToneRuleSet& builtIn();
    // The built-in rules with a user file's rules replacing those of the same id (or
    // added). A malformed file or entry is reported in `errors`; the built-in set stays.
    [[nodiscard]] static ToneRuleSet withOverride(const QString& path, QStringList* errors);

    // The built-in rules with those of a document (the team server's, teamdata.h) on top;
    // `source` names it in errors.
    [[nodiscard]] static ToneRuleSet withOverrideJson(const QByteArray& json,
                                                      const QString& source, QStringList* errors);

    [[nodiscard]] const QList<ToneRule>& rules() const { return m_rules; }
    [[nodiscard]] const ToneRule* rule(const QString& id) const;

private:
    QList<ToneRule> m_rules;
};

} // namespace rtcare::replies
