// SPDX-License-Identifier: MIT
#include "reports/pdftext.h"

#include <QFontDatabase>
#include <QHash>
#include <QList>
#include <QRawFont>

namespace rtcare {

namespace {

constexpr char16_t kFirstRadical = 0x2E80;
constexpr char16_t kLastRadical = 0x2FDF;

bool isRadical(char16_t code)
{
    return code >= kFirstRadical && code <= kLastRadical;
}

QString codeRange(char16_t first, char16_t last)
{
    QString text;
    for (char32_t code = first; code <= last; ++code)
        text += QChar(char16_t(code));
    return text;
}

// Radical -> the ideograph drawn with the same glyph, in the CJK fonts among `families`.
QHash<char16_t, char16_t> radicalIdeographs(const QStringList& families)
{
    QHash<char16_t, char16_t> map;
    const QString radicals = codeRange(kFirstRadical, kLastRadical);
    // Unified ideographs first (the common ones), then extension A.
    const QString ideographs = codeRange(0x4E00, 0x9FFF) + codeRange(0x3400, 0x4DBF);
    for (const QString& family : families) {
        const QRawFont raw = QRawFont::fromFont(QFont(family), QFontDatabase::SimplifiedChinese);
        if (!raw.isValid())
            continue;
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i)
            if (ideographGlyphs.at(i) != 0 && !byGlyph.contains(ideographGlyphs.at(i)))
                byGlyph.insert(ideographGlyphs.at(i), ideographs.at(i).unicode());
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            const auto found = byGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && found != byGlyph.cend())
                map.insert(radicals.at(i).unicode(), *found);
        }
    }
    return map;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The <XXXX> codes of one line of a map: offsets of their four hex digits.
QList<qsizetype> fourDigitCodes(const QByteArray& pdf, qsizetype from, qsizetype to)
{
    QList<qsizetype> codes;
    for (qsizetype i = from; i < to; ++i) {
        if (pdf.at(i) != '<')
            continue;
        const qsizetype close = pdf.indexOf('>', i);
        if (close < 0 || close > to)
            break;
        if (close - i == 5)
            codes << i + 1;
        else
            codes << -1; // a code of another length: never rewritten, but counted
        i = close;
    }
    return codes;
}

char16_t codeAt(const QByteArray& pdf, qsizetype at)
{
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int digit = hexValue(pdf.at(i));
        if (digit < 0)
            return 0;
        value = value * 16 + digit;
    }
    return char16_t(value);
}

void writeCode(QByteArray* pdf, qsizetype at, char16_t code)
{
    const QByteArray hex = QByteArray::number(code, 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        (*pdf)[at + i] = hex.at(i);
}

} // namespace

int repairPdfToUnicode(QByteArray* pdf, const QFont& font)
{
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    const QStringList families =
        font.families().isEmpty() ? QStringList{font.family()} : font.families();
    const QString key = families.join(QLatin1Char('\n'));
    if (!cache.contains(key))
        cache.insert(key, radicalIdeographs(families));
    const QHash<char16_t, char16_t>& map = cache[key];
    if (map.isEmpty())
        return 0;
    const auto fix = [&](qsizetype at) {
        const char16_t code = codeAt(*pdf, at);
        const auto found = map.constFind(code);
        if (!isRadical(code) || found == map.cend())
            return 0;
        writeCode(pdf, at, *found);
        return 1;
    };
    int fixed = 0;
    for (qsizetype begin = pdf->indexOf("begincmap"); begin >= 0;
         begin = pdf->indexOf("begincmap", begin + 1)) {
        const qsizetype end = pdf->indexOf("endcmap", begin);
        if (end < 0)
            break;
        enum
        {
            Other,
            Ranges,
            Chars
        } section = Other;
        for (qsizetype line = begin; line < end;) {
            qsizetype next = pdf->indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = pdf->mid(line, next - line).trimmed();
            if (text.endsWith("beginbfrange"))
                section = Ranges;
            else if (text.endsWith("beginbfchar"))
                section = Chars;
            else if (text == "endbfrange" || text == "endbfchar")
                section = Other;
            else if (section != Other) {
                // bfrange: <first> <last> <start> or <first> <last> [<code> ...];
                // bfchar: <source> <code>. Only the codes a glyph maps to are rewritten,
                // and a start code only when its range is a single glyph.
                const QList<qsizetype> codes = fourDigitCodes(*pdf, line, next);
                const qsizetype sources = section == Ranges ? 2 : 1;
                const bool list = text.contains('[');
                const bool single = section == Chars || list ||
                                    (codes.size() == 3 && codes.at(0) >= 0 && codes.at(1) >= 0 &&
                                     codeAt(*pdf, codes.at(0)) == codeAt(*pdf, codes.at(1)));
                if (single)
                    for (qsizetype i = sources; i < codes.size(); ++i)
                        if (codes.at(i) >= 0)
                            fixed += fix(codes.at(i));
            }
            line = next + 1;
        }
        begin = end;
    }
    return fixed;
}

} // namespace rtcare
