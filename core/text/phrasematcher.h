// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace rtcare::text {

// Finds many phrases in a normalised text (normalisedText()) in one pass. A phrase made of
// ASCII letters and digits matches at word starts only ("pro" not in "improve"); a trailing
// * lets it end anywhere ("freez*": freezes, freezing), otherwise it must end at a word
// end. Chinese phrases match anywhere. Phrases are given in lower case.
class PhraseMatcher
{
public:
    struct Hit
    {
        int payload = 0;
        qsizetype start = 0;
        qsizetype end = 0; // one past the last character
    };

    // False (nothing added) for an empty phrase. An open-ended phrase may be followed by
    // anything ("iphone" in "iphone13"); the caller decides where its match ends.
    bool add(const QString& phrase, int payload, bool openEnd = false);
    [[nodiscard]] bool isEmpty() const { return m_phrases.isEmpty(); }

    // Every occurrence of every phrase, by start position (longer first at the same start).
    [[nodiscard]] QList<Hit> findAll(QStringView text) const;

private:
    struct Phrase
    {
        QString text;
        bool ascii = false; // starts with an ASCII letter or digit: word-start rule
        bool prefix = false;
        bool openEnd = false;
        int payload = 0;
    };
    QList<Phrase> m_phrases;
    QHash<char16_t, QList<int>> m_byFirstChar;
};

// ASCII letter or digit (after normalisation, so lower case).
[[nodiscard]] inline bool isAsciiWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

} // namespace rtcare::text
