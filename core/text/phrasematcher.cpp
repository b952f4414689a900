// SPDX-License-Identifier: MIT
#include "text/phrasematcher.h"

#include <algorithm>

namespace rtcare::text {

bool PhraseMatcher::add(const QString& phrase, int payload, bool openEnd)
{
    Phrase p;
    p.text = phrase.toLower();
    p.prefix = p.text.endsWith(u'*');
    if (p.prefix)
        p.text.chop(1);
    if (p.text.isEmpty())
        return false;
    p.ascii = isAsciiWordChar(p.text.front());
    p.payload = payload;
    p.openEnd = openEnd;
    const int index = int(m_phrases.size());
    m_phrases.append(p);
    QList<int>& bucket = m_byFirstChar[p.text.front().unicode()];
    bucket.append(index);
    // Longer phrases first within a bucket.
    std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int b) {
        return m_phrases.at(a).text.size() > m_phrases.at(b).text.size();
    });
    return true;
}

QList<PhraseMatcher::Hit> PhraseMatcher::findAll(QStringView text) const
{
    QList<Hit> hits;
    const qsizetype n = text.size();
    for (qsizetype at = 0; at < n; ++at) {
        const auto bucket = m_byFirstChar.constFind(text.at(at).unicode());
        if (bucket == m_byFirstChar.cend())
            continue;
        const bool wordStart = at == 0 || !isAsciiWordChar(text.at(at - 1));
        for (const int index : *bucket) {
            const Phrase& phrase = m_phrases.at(index);
            if (phrase.ascii && !wordStart)
                continue;
            if (!text.mid(at).startsWith(phrase.text))
                continue;
            qsizetype end = at + phrase.text.size();
            if (isAsciiWordChar(phrase.text.back()) && !phrase.openEnd) {
                if (phrase.prefix) {
                    while (end < n && isAsciiWordChar(text.at(end)))
                        ++end;
                } else if (end < n && isAsciiWordChar(text.at(end))) {
                    continue;
                }
            }
            hits.append({phrase.payload, at, end});
        }
    }
    return hits;
}

} // namespace rtcare::text
