// SPDX-License-Identifier: MIT
#pragma once

#include "text/texttokens.h"

#include <QList>
#include <QString>

#include <vector>

namespace rtcare::replies {

// What the tone model reads of a reply's words: text::modelTokens(), with the words said in
// quotation marks (a colleague's earlier "肯定是您网络问题", a customer's "guarantee") and
// the words a negation covers up to the end of its clause ("不是您设置错了", "not your
// network") marked, so that they count apart from the same words said outright: denying
// the customer's fault is not blaming them, and quoting a promise is not making it.
[[nodiscard]] QList<text::TextToken> scopedToneTokens(const QString& text);

// Which characters of a reply are said in quotation marks, and which a negation covers.
class ToneScopes
{
public:
    // What a character of the reply is: said plainly, quoted, covered by a negation, or
    // part of the negation's own words.
    enum Scope : char { Plain = 0, Quoted = 1, Negated = 2, Cue = 3 };

    [[nodiscard]] static ToneScopes of(const QString& text);
    [[nodiscard]] bool quoted(qsizetype position) const { return at(position) == Quoted; }
    [[nodiscard]] bool negated(qsizetype position) const { return at(position) == Negated; }
    // What starts at `position` is denied: it is in a negation's scope, or starts on the
    // negation's own last character right before its scope (a pattern "是您…的问题" read
    // in "不是您网络的问题"). "不是我们的问题" starts on the negation's first character and
    // is not denied: it denies the team's part.
    [[nodiscard]] bool denied(qsizetype position) const
    {
        return negated(position) || (at(position) == Cue && negated(position + 1));
    }

private:
    [[nodiscard]] Scope at(qsizetype position) const
    {
        return position >= 0 && position < qsizetype(m_scope.size()) ? m_scope[std::size_t(position)]
                                                                     : Plain;
    }
    std::vector<Scope> m_scope;
};

// The same with the scopes already read (the checker reads them once per draft).
[[nodiscard]] QList<text::TextToken> scopedToneTokens(const QString& text, const ToneScopes& scopes);

// The marks (prefixes of a token's text), for tests and the model's documentation.
[[nodiscard]] QString quotedMark();
[[nodiscard]] QString negatedMark();

} // namespace rtcare::replies
