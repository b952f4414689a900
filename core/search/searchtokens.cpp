// SPDX-License-Identifier: MIT
#include "search/searchtokens.h"

#include "text/texttokens.h"

#include <algorithm>

namespace rtcare::search {

namespace {

enum class Kind
{
    Space,
    Han,
    Word
};

// What one code point at `i` of normalised text is (surrogate pairs read whole).
Kind kindAt(QStringView text, qsizetype i, qsizetype* width)
{
    const QChar c = text.at(i);
    char32_t code = c.unicode();
    *width = 1;
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        code = QChar::surrogateToUcs4(c, text.at(i + 1));
        *width = 2;
    }
    if (text::isHan(code))
        return Kind::Han;
    if (code < 0x80)
        return (code >= 'a' && code <= 'z') || (code >= '0' && code <= '9') ? Kind::Word
                                                                            : Kind::Space;
    return QChar::isLetterOrNumber(code) ? Kind::Word : Kind::Space;
}

struct Run
{
    Kind kind = Kind::Space;
    QStringList units; // Han: one code point each; Word: the whole word
};

QList<Run> runsOf(QStringView original)
{
    const QString text = text::normalisedText(original);
    QList<Run> runs;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype width = 1;
        const Kind kind = kindAt(text, i, &width);
        if (kind == Kind::Space) {
            i += width;
            continue;
        }
        Run run{kind, {}};
        QString word;
        while (i < text.size()) {
            qsizetype w = 1;
            if (kindAt(text, i, &w) != kind)
                break;
            if (kind == Kind::Han)
                run.units.append(text.mid(i, w));
            else
                word += QStringView(text).mid(i, w);
            i += w;
        }
        if (kind == Kind::Word)
            run.units.append(word);
        runs.append(run);
    }
    return runs;
}

QString quoted(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// A word as PostgreSQL's tsvector and tsquery read it: quoted, quotes and backslashes
// doubled, cut to kServerWordChars (not inside a surrogate pair).
QString serverQuoted(QStringView word)
{
    qsizetype size = word.size();
    if (size > kServerWordChars) {
        size = kServerWordChars;
        if (word.at(size - 1).isHighSurrogate())
            --size;
    }
    QString escaped = word.first(size).toString();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString prefixTerm(const QString& word, QuerySyntax syntax)
{
    if (syntax == QuerySyntax::Fts5)
        return quoted(word) + QLatin1Char('*');
    return serverQuoted(word) + QLatin1String(":*");
}

QString phraseTerm(const QStringList& words, QuerySyntax syntax)
{
    if (syntax == QuerySyntax::Fts5)
        return quoted(words.join(QLatin1Char(' ')));
    QStringList quotedWords;
    for (const QString& word : words)
        quotedWords << serverQuoted(word);
    return QLatin1Char('(') + quotedWords.join(QLatin1String(" <-> ")) + QLatin1Char(')');
}

} // namespace

QString indexTokens(QStringView text)
{
    QString out;
    out.reserve(text.size() * 3);
    auto add = [&out](QStringView token) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += token;
    };
    for (const Run& run : runsOf(text)) {
        if (run.kind == Kind::Word) {
            add(run.units.front());
            continue;
        }
        for (qsizetype k = 0; k + 1 < run.units.size(); ++k)
            add(run.units.at(k) + run.units.at(k + 1));
        add(run.units.back());
    }
    return out;
}

QString matchExpression(QStringView text, QuerySyntax syntax)
{
    QStringList parts;
    for (const Run& run : runsOf(text)) {
        if (run.kind == Kind::Word || run.units.size() == 1) {
            parts << prefixTerm(run.units.front(), syntax);
        } else {
            QStringList bigrams;
            for (qsizetype k = 0; k + 1 < run.units.size(); ++k)
                bigrams << run.units.at(k) + run.units.at(k + 1);
            parts << phraseTerm(bigrams, syntax);
        }
    }
    return parts.join(andOperator(syntax));
}

QString exactTerm(const QString& word, QuerySyntax syntax)
{
    return syntax == QuerySyntax::Fts5 ? quoted(word) : serverQuoted(word);
}

QLatin1String andOperator(QuerySyntax syntax)
{
    return syntax == QuerySyntax::Fts5 ? QLatin1String(" AND ") : QLatin1String(" & ");
}

QLatin1String orOperator(QuerySyntax syntax)
{
    return syntax == QuerySyntax::Fts5 ? QLatin1String(" OR ") : QLatin1String(" | ");
}

QString serverVector(QStringView tokens)
{
    QString out;
    out.reserve(tokens.size() * 2);
    qsizetype position = 0;
    for (const QStringView word : tokens.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        // PostgreSQL keeps positions up to 16,383; later words share the last one.
        out += serverQuoted(word) + QLatin1Char(':') +
               QString::number(std::min<qsizetype>(++position, 16383));
    }
    return out;
}

QStringList queryPieces(QStringView text)
{
    QStringList pieces;
    for (const Run& run : runsOf(text))
        pieces << run.units.join(QString());
    return pieces;
}

QString tagToken(QStringView kind, QStringView id)
{
    QString token = QLatin1Char('x') + kind.toString();
    for (const QChar c : id) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            token += c;
        else if (c >= u'A' && c <= u'Z')
            token += c.toLower();
    }
    return token;
}

} // namespace rtcare::search
