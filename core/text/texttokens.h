// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace rtcare::text {

// One token of a message as the learned text models read it, with where it stands in the
// original text (so an explanation can quote the customer's own words).
struct TextToken
{
    QString text;         // normalised: lower case, full-width folded to half width
    qsizetype start = 0;  // in the original text, UTF-16 units
    qsizetype length = 0; // in the original text, UTF-16 units
};

// The text as the models and the fact reader compare it: full-width letters, digits and
// punctuation folded to ASCII, compatibility forms decomposed (NFKC per character, so
// positions keep), lower case, curly apostrophes straight. One output unit per input unit.
[[nodiscard]] QString normalisedText(QStringView text);

// The tokens the text models are trained and run on:
// - each Chinese (Han) character is a token (the model's word n-grams then read pairs);
// - a run of ASCII letters and digits (with inner apostrophes) is a token; a number alone
//   becomes "0" (versions and counts say nothing about the kind of problem);
// - "!" and "?" are tokens (how upset the customer is); other punctuation and spaces are
//   dropped; any other character (emoji, kana, symbols) is a token of its own.
// At most `maxTokens` tokens are returned (the rest of a very long text is not read).
[[nodiscard]] QList<TextToken> modelTokens(QStringView text, qsizetype maxTokens = 4000);

// The tokens joined by single spaces: one line of a fastText training or input file.
[[nodiscard]] QString tokenLine(const QList<TextToken>& tokens);

[[nodiscard]] bool isHan(char32_t codePoint);

} // namespace rtcare::text
