// SPDX-License-Identifier: MIT
#include "text/texttokens.h"

using namespace Qt::StringLiterals;

namespace rtcare::text {

namespace {

bool isAsciiWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

// One UTF-16 unit folded: full-width ASCII to ASCII, the ideographic space to a space,
// compatibility forms to their first normalised unit, then lower case.
QChar folded(QChar c)
{
    char16_t u = c.unicode();
    if (u < 0x80)
        return QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    if (u >= 0xFF01 && u <= 0xFF5E)
        u = char16_t(u - 0xFEE0);
    else if (u == 0x3000)
        u = u' ';
    else if (u == 0x2019 || u == 0x2018)
        u = u'\'';
    else if (!c.isSurrogate() && c.decompositionTag() != QChar::NoDecomposition
             && c.decompositionTag() != QChar::Canonical) {
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KC);
        if (decomposed.size() == 1)
            u = decomposed.at(0).unicode();
    }
    return QChar(u).toLower();
}

} // namespace

bool isHan(char32_t codePoint)
{
    return (codePoint >= 0x4E00 && codePoint <= 0x9FFF) || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
           || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
           || (codePoint >= 0x20000 && codePoint <= 0x2FA1F);
}

QString normalisedText(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar* out = result.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = folded(text.at(i));
    return result;
}

QList<TextToken> modelTokens(QStringView original, qsizetype maxTokens)
{
    const QString text = normalisedText(original);
    QList<TextToken> tokens;
    tokens.reserve(std::min<qsizetype>(maxTokens, text.size()));
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && tokens.size() < maxTokens) {
        const QChar c = text.at(i);
        if (isAsciiWordChar(c)) {
            qsizetype j = i + 1;
            bool digitsOnly = c.isDigit();
            while (j < n) {
                const QChar d = text.at(j);
                if (isAsciiWordChar(d)) {
                    digitsOnly = digitsOnly && d.isDigit();
                    ++j;
                } else if (d == u'\'' && j + 1 < n && isAsciiWordChar(text.at(j + 1))) {
                    digitsOnly = false;
                    ++j;
                } else {
                    break;
                }
            }
            tokens.append({digitsOnly ? u"0"_s : text.mid(i, j - i), i, j - i});
            i = j;
            continue;
        }
        char32_t codePoint = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        if (c == u'!' || c == u'?' || isHan(codePoint)) {
            tokens.append({text.mid(i, width), i, width});
        } else if (!QChar::isSpace(codePoint) && !QChar::isPunct(codePoint)
                   && QChar::category(codePoint) != QChar::Other_Control
                   && QChar::category(codePoint) != QChar::Other_Format
                   && QChar::category(codePoint) != QChar::Mark_NonSpacing
                   && QChar::category(codePoint) != QChar::Other_Surrogate) {
            tokens.append({text.mid(i, width), i, width});
        }
        i += width;
    }
    return tokens;
}

QString tokenLine(const QList<TextToken>& tokens)
{
    QString line;
    for (const TextToken& token : tokens) {
        if (!line.isEmpty())
            line += u' ';
        line += token.text;
    }
    return line;
}

} // namespace rtcare::text
