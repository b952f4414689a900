// SPDX-License-Identifier: MIT
#include "replies/tonescope.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace rtcare::replies {

namespace {

// Where a negation's scope ends: the clause's punctuation, or a turn to what is the case
// ("不是…，而是…", "not …, but …").
bool endsScope(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case u';': case u'\n': case u',': case u':': case u'(':
    case u')': case u'。': case u'！': case u'？': case u'；': case u'，': case u'：': case u'…':
    case u'（': case u'）': case u'、':
        return true;
    default:
        return false;
    }
}

// Negation cues in the normalised (lower-case, full-width folded) text. "是不是" asks
// rather than denies, so it is not one.
const QRegularExpression& negationCue()
{
    static const QRegularExpression cue(
        u"(?<!是)(?:不是|并非|并不是|不怪|不赖|不关|不能怪|不在于)"
        u"|\\b(?:not|never|no|nothing)\\b|n't\\b"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return cue;
}

const QRegularExpression& scopeTurn()
{
    static const QRegularExpression turn(u"而是|\\bbut\\b|\\binstead\\b"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    return turn;
}

using Scope = ToneScopes::Scope;

void markQuotes(const QString& original, std::vector<Scope>& scope)
{
    const qsizetype n = original.size();
    bool inAscii = false;
    qsizetype asciiStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = original.at(i).unicode();
        char16_t close = 0;
        if (c == u'“')
            close = u'”';
        else if (c == u'「')
            close = u'」';
        else if (c == u'『')
            close = u'』';
        if (close != 0) {
            const qsizetype end = original.indexOf(QChar(close), i + 1);
            if (end < 0)
                continue;
            for (qsizetype k = i + 1; k < end; ++k)
                scope[std::size_t(k)] = ToneScopes::Quoted;
            i = end;
            continue;
        }
        if (c == u'"') {
            if (inAscii) {
                for (qsizetype k = asciiStart; k < i; ++k)
                    scope[std::size_t(k)] = ToneScopes::Quoted;
            } else {
                asciiStart = i + 1;
            }
            inAscii = !inAscii;
        }
    }
}

void markNegations(const QString& normalised, std::vector<Scope>& scope)
{
    const qsizetype n = normalised.size();
    QRegularExpressionMatchIterator it = negationCue().globalMatch(normalised);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        qsizetype end = m.capturedEnd();
        while (end < n && !endsScope(normalised.at(end)))
            ++end;
        // The turn is looked for in the clause alone (a long draft has many negations).
        const QString clause = normalised.mid(m.capturedEnd(), end - m.capturedEnd());
        const QRegularExpressionMatch turn = scopeTurn().match(clause);
        if (turn.hasMatch())
            end = m.capturedEnd() + turn.capturedStart();
        for (qsizetype k = m.capturedStart(); k < m.capturedEnd(); ++k) {
            if (scope[std::size_t(k)] == ToneScopes::Plain)
                scope[std::size_t(k)] = ToneScopes::Cue;
        }
        for (qsizetype k = m.capturedEnd(); k < end; ++k) {
            if (scope[std::size_t(k)] == ToneScopes::Plain)
                scope[std::size_t(k)] = ToneScopes::Negated;
        }
    }
}

} // namespace

QString quotedMark()
{
    return u"q_"_s;
}

QString negatedMark()
{
    return u"n_"_s;
}

ToneScopes ToneScopes::of(const QString& text)
{
    ToneScopes scopes;
    scopes.m_scope.assign(std::size_t(text.size()), ToneScopes::Plain);
    markQuotes(text, scopes.m_scope);
    markNegations(text::normalisedText(text), scopes.m_scope);
    return scopes;
}

QList<text::TextToken> scopedToneTokens(const QString& text)
{
    return scopedToneTokens(text, ToneScopes::of(text));
}

QList<text::TextToken> scopedToneTokens(const QString& text, const ToneScopes& scopes)
{
    QList<text::TextToken> tokens = text::modelTokens(text);
    const QString quoted = quotedMark();
    const QString negated = negatedMark();
    for (text::TextToken& token : tokens) {
        if (scopes.quoted(token.start))
            token.text.prepend(quoted);
        else if (scopes.negated(token.start))
            token.text.prepend(negated);
    }
    return tokens;
}

} // namespace rtcare::replies
