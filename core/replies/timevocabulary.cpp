// SPDX-License-Identifier: MIT
#include "replies/timevocabulary.h"

#include "replies/overridefile.h"
#include "replies/tonechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rtcare::replies {

namespace {

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}

// A word as a pattern: metacharacters escaped, any run of spaces, either apostrophe.
QString wordPattern(const QString& word)
{
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}-/");
    QString pattern;
    for (const QChar c : word) {
        if (c == QLatin1Char(' '))
            pattern += QStringLiteral("\\s+");
        else if (c == QLatin1Char('\''))
            pattern += QStringLiteral("['’]");
        else if (special.contains(c))
            pattern += QLatin1Char('\\') + c;
        else
            pattern += c;
    }
    return pattern;
}

// Any of `words`, the longest first so "the day after tomorrow" wins over "tomorrow".
// English words stand alone (word boundaries around them; one \b around the whole
// group lets the regex engine skip positions fast); Chinese words have no spaces to
// stand between.
QString alternation(QStringList words)
{
    std::sort(words.begin(), words.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    words.removeDuplicates();
    QStringList english;
    QStringList other;
    for (const QString& w : std::as_const(words)) {
        if (w.isEmpty())
            continue;
        const bool starts = isAsciiWordChar(w.front());
        const bool ends = isAsciiWordChar(w.back());
        if (starts && ends)
            english << wordPattern(w);
        else
            other << (starts ? QStringLiteral("\\b") : QString()) + wordPattern(w) +
                         (ends ? QStringLiteral("\\b") : QString());
    }
    QStringList groups;
    if (!english.isEmpty())
        groups << QStringLiteral("\\b(?:%1)\\b").arg(english.join(QLatin1Char('|')));
    if (!other.isEmpty())
        groups << other.join(QLatin1Char('|'));
    return QStringLiteral("(?:%1)").arg(groups.join(QLatin1Char('|')));
}

QRegularExpression compiled(const QString& pattern, const QString& what, QStringList* errors)
{
    // No Unicode properties: \b and \w stay ASCII (an English word next to a Chinese one
    // still stands alone), and matching is several times faster.
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid())
        errors->append(QStringLiteral("%1: %2 at %3")
                           .arg(what, re.errorString())
                           .arg(re.patternErrorOffset()));
    re.optimize();
    return re;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

QString TimeVocabulary::key(QStringView text)
{
    QString k = text.toString().toLower().simplified();
    k.replace(QChar(0x2019), QLatin1Char('\''));
    return k;
}

TimeVocabulary TimeVocabulary::fromJson(const QByteArray& json, const QString& source,
                                        QStringList* errors)
{
    TimeVocabulary v;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors->append(
            QStringLiteral("%1: not a JSON object (%2)").arg(source, parseError.errorString()));
        return v;
    }
    const QJsonObject o = doc.object();
    const auto words = [](const QJsonObject& entry) {
        return stringsOf(entry.value(QLatin1String("words")));
    };

    QStringList numberWords;
    const QJsonObject numbers = o.value(QLatin1String("numbers")).toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        v.numbers.insert(key(it.key()), it.value().toDouble());
        numberWords << it.key();
    }
    QStringList tens;
    QStringList ones;
    for (auto it = v.numbers.cbegin(); it != v.numbers.cend(); ++it) {
        if (it.value() >= 20 && it.value() <= 90 && int(it.value()) % 10 == 0)
            tens << it.key();
        if (it.value() >= 1 && it.value() <= 9 && it.key().size() > 2)
            ones << it.key();
    }
    const QString number = QStringLiteral(R"((?:\d+(?:\.\d+)?|%1[-\s]%2|%3))")
                               .arg(alternation(tens), alternation(ones), alternation(numberWords));

    QStringList unitsEn;
    QStringList unitsZh;
    for (const QJsonValue& u : o.value(QLatin1String("units")).toArray()) {
        const QJsonObject unit = u.toObject();
        const qint64 seconds = unit.value(QLatin1String("working_days")).toBool()
                                   ? 0
                                   : qint64(unit.value(QLatin1String("seconds")).toDouble());
        for (const QString& w : words(unit)) {
            v.unitSeconds.insert(key(w), seconds);
            (isAsciiWordChar(w.front()) ? unitsEn : unitsZh) << w;
        }
    }

    using Kind = Word::Kind;
    for (const QJsonValue& d : o.value(QLatin1String("days")).toArray()) {
        const QJsonObject entry = d.toObject();
        Word word;
        word.kind = Kind::Day;
        word.day = {entry.value(QLatin1String("offset")).toInt(),
                    entry.value(QLatin1String("part")).toString()};
        for (const QString& w : words(entry))
            v.addWord(w, word);
    }
    for (const QJsonValue& p : o.value(QLatin1String("parts")).toArray()) {
        const QJsonObject entry = p.toObject();
        Part part;
        part.id = entry.value(QLatin1String("id")).toString();
        part.hour = entry.value(QLatin1String("hour")).toInt(18);
        part.minute = entry.value(QLatin1String("minute")).toInt(0);
        part.meridiem = entry.value(QLatin1String("meridiem")).toString();
        part.late = entry.value(QLatin1String("late")).toBool();
        part.today = entry.value(QLatin1String("today")).toBool();
        if (part.id.isEmpty() || part.hour < 0 || part.hour > 23 || part.minute < 0 ||
            part.minute > 59) {
            errors->append(
                QStringLiteral("%1: part '%2': needs an id and a valid hour").arg(source, part.id));
            continue;
        }
        v.parts.insert(part.id, part);
        Word word;
        word.kind = Kind::Part;
        word.id = part.id;
        for (const QString& w : words(entry))
            v.addWord(w, word);
    }
    const QJsonObject modifiers = o.value(QLatin1String("weekday_modifiers")).toObject();
    int weekdayCount = 0;
    for (const QJsonValue& w : o.value(QLatin1String("weekdays")).toArray()) {
        Word word;
        word.kind = Kind::Weekday;
        word.weekday = w.toObject().value(QLatin1String("day")).toInt();
        weekdayCount += word.weekday >= 1 && word.weekday <= 7 ? 1 : 0;
        for (const QString& name : words(w.toObject())) {
            v.addWord(name, word);
            // "next Monday", "下周一": a modifier before the weekday, spaced as its language.
            for (auto it = modifiers.begin(); it != modifiers.end(); ++it)
                for (const QString& modifier : stringsOf(it.value())) {
                    const bool english = isAsciiWordChar(modifier.back());
                    if (english != isAsciiWordChar(name.front()))
                        continue;
                    Word modified = word;
                    modified.modifier = it.key();
                    v.addWord(modifier + (english ? QStringLiteral(" ") : QString()) + name,
                              modified);
                }
        }
    }
    QStringList monthWords;
    for (const QJsonValue& m : o.value(QLatin1String("months")).toArray())
        for (const QString& word : words(m.toObject())) {
            v.months.insert(key(word), m.toObject().value(QLatin1String("month")).toInt());
            monthWords << word;
        }
    for (const QJsonValue& p : o.value(QLatin1String("periods")).toArray()) {
        Word word;
        word.kind = Kind::Period;
        word.id = p.toObject().value(QLatin1String("id")).toString();
        for (const QString& w : words(p.toObject()))
            v.addWord(w, word);
    }
    Word ignore;
    ignore.kind = Kind::Ignore;
    for (const QString& w : stringsOf(o.value(QLatin1String("ignore"))))
        v.addWord(w, ignore);
    for (const Word& w : v.m_words)
        if (!w.day.part.isEmpty() && !v.parts.contains(w.day.part))
            errors->append(
                QStringLiteral("%1: a day names unknown part '%2'").arg(source, w.day.part));

    const QJsonObject markers = o.value(QLatin1String("markers")).toObject();
    QStringList beforeWords;
    QStringList afterWords;
    const auto addMarkers = [&](const char* name, QHash<QString, Marker>& into, QStringList& all,
                                Marker kind) {
        for (const QString& word : stringsOf(markers.value(QLatin1String(name)))) {
            into.insert(key(word), kind);
            all << word;
        }
    };
    addMarkers("deadline_before", v.markersBefore, beforeWords, Marker::Deadline);
    addMarkers("point_before", v.markersBefore, beforeWords, Marker::Point);
    addMarkers("not_due_before", v.markersBefore, beforeWords, Marker::NotDue);
    addMarkers("deadline_after", v.markersAfter, afterWords, Marker::Deadline);
    addMarkers("not_due_after", v.markersAfter, afterWords, Marker::NotDue);

    if (v.numbers.isEmpty() || v.unitSeconds.isEmpty() || v.parts.isEmpty() || weekdayCount < 7 ||
        v.months.size() < 12 || beforeWords.isEmpty() || afterWords.isEmpty())
        errors->append(QStringLiteral("%1: numbers, units, days, parts, weekdays, months and "
                                      "markers are all needed")
                           .arg(source));
    if (!errors->isEmpty())
        return v;

    const auto compile = [&](const QString& pattern, const char* what) {
        return compiled(pattern, QStringLiteral("%1: %2").arg(source, QLatin1String(what)), errors);
    };
    static const QString zhNumber = QStringLiteral("[零〇一二两三四五六七八九十]");
    // English and Chinese apart: a Chinese pattern runs only on text with its characters
    // ("点", "月", "小时"), so a reply without them costs nothing for it.
    const auto pattern = [&](const QString& re, const char* what, const QString& triggers) {
        return Pattern{compile(re, what), triggers};
    };
    v.clock = {
        pattern(
            QStringLiteral(
                R"((?<![\d.:])(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))?\s*(?<ap>[ap])(?:\.\s?m\.?|\s?m)(?![a-z]))"
                R"(|(?<![\d.:])(?<h2>\d{1,2})\s*[:：]\s*(?<m2>\d{2})(?![\d:]))"
                R"(|(?<![\d.])(?<h3>\d{1,2})\s*o['’]?clock\b)"
                R"(|\b(?:by|at|before|around|until|till|after|from)\s+(?<h5>\d{1,2})(?!\d|[:.,]\d|\s*(?:%|[ap]\.?\s?m\b|o['’]?clock|percent|per\b|ms\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|hours?\b|hrs?\b|h\b|days?\b|weeks?\b|months?\b|years?\b|times\b|x\b|fps\b|kbps\b|mbps\b|kb\b|mb\b|gb\b|db\b|people\b|users\b|of\b|out\b|or\b|and\b|to\b|-|/)))"),
            "clock", QString()),
        pattern(
            QStringLiteral(
                R"((?<![\d零〇一二两三四五六七八九十])(?<h4>\d{1,2}|%1{1,3})\s*(?:点钟|点|點|时)(?:\s*(?<m4>半|一刻|三刻|整|(?:\d{1,2}|%1{1,3})(?:\s*分)?))?)")
                .arg(zhNumber),
            "clock (Chinese)", QStringLiteral("点點时")),
    };
    const QString month = alternation(monthWords);
    v.date = {
        pattern(
            QStringLiteral(
                R"((?<mon1>%1)\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y1>\d{4})\b)?)"
                R"(|(?<![\d.])(?:\bthe\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>%1)(?:,?\s+(?<y2>\d{4})\b)?)"
                R"(|(?<!\d)(?<y3>\d{4})-(?<mo3>\d{1,2})-(?<d3>\d{1,2})(?!\d))"
                R"(|\bthe\s+(?<d6>\d{1,2})(?:st|nd|rd|th)\b)")
                .arg(month),
            "date", QString()),
        pattern(
            QStringLiteral(
                R"((?:(?<y4>\d{4})\s*年\s*)?(?<mo4>\d{1,2}|%1{1,3})\s*月\s*(?<d4>\d{1,2}|%1{1,3})\s*(?:日|号|號))"
                R"(|(?<rel>下个?月|本月|这个?月)\s*(?<d7>\d{1,2}|%1{1,3})\s*(?:号|號|日))"
                R"(|(?<![\d月一二三四五六七八九十])(?<d5>\d{1,2}|%1{1,3})\s*(?:号|號|日))")
                .arg(QStringLiteral("[一二三四五六七八九十]")),
            "date (Chinese)", QStringLiteral("号號日")),
    };
    QString unitTriggers;
    for (const QString& unit : std::as_const(unitsZh))
        if (!unitTriggers.contains(unit.back()))
            unitTriggers += unit.back();
    v.duration = {
        pattern(
            QStringLiteral(
                R"(\b(?:in\s+less\s+than|in\s+under|inside\s+of|within|inside|under|less\s+than|in)\s+(?<the>the\s+next\s+|the\s+coming\s+|the\s+|next\s+)?(?:(?:about|around|roughly|approximately|approx\.?|another|just)\s+)?(?:(?<n1>%1)(?:\s*(?:-|–|to|or)\s*(?<n2>%1))?(?<half1>\s+and\s+a\s+half)?\s*)?(?<u1>%2)(?<half2>\s+and\s+a\s+half)?)"
                R"(|\b(?:within|in)\s+(?:the\s+next\s+|about\s+|around\s+|roughly\s+|just\s+)?(?<halfhour>half\s+an?\s+hour|a\s+half[\s-]hour|half[\s-]an[\s-]hour|half[\s-]hour)\b)")
                .arg(number, alternation(unitsEn)),
            "duration", QString()),
        pattern(
            QStringLiteral(
                R"((?:(?<n5>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)\s*个?\s*(?<half5>半)?|(?<halfonly>半))\s*个?\s*(?<u5>%1|日(?=之内|以内|内))\s*(?<suf>之内|以内|内|里|之后|以后|后|之前|以前|前))"
                R"(|(?<q>[一二三两])刻钟\s*(?<sufq>之内|以内|内|之后|以后|后|之前|以前|前))")
                .arg(alternation(unitsZh)),
            "duration (Chinese)", unitTriggers + QStringLiteral("日钟")),
    };
    // "2 hours ago", "3 days from now": found from the word after the count, which is rarer
    // than a number word ("a", "one") to start from.
    v.relativeWord = compile(QStringLiteral(R"(\b(?<rel>from\s+now|later|ago|before|earlier)\b)"),
                             "relative word");
    v.relativeCount =
        compile(QStringLiteral(R"(\b(?<n3>%1)\s*(?<u3>%2)\s+$)").arg(number, alternation(unitsEn)),
                "relative count");
    v.markerBefore =
        compile(QStringLiteral(R"((?<m>%1)(?:\s+the)?\s*$)").arg(alternation(beforeWords)),
                "markers before");
    v.markerAfter = compile(QStringLiteral(R"(^[\s)）]*(?<m>%1))").arg(alternation(afterWords)),
                            "markers after");
    v.gap =
        compile(QStringLiteral(
                    R"(^(?:\s|[,()（）]|\b(?:at|on|by|the|of|in|around|about|this|before)\b)*$)"),
                "gap");

    const QJsonObject cues = o.value(QLatin1String("cues")).toObject();
    const auto alternativesOf = [&](const char* name, int language) {
        QStringList alternatives;
        for (const QString& p : stringsOf(cues.value(QLatin1String(name))))
            if (language < 0 || containsChinese(p) == (language == 1))
                alternatives << QStringLiteral("(?:%1)").arg(p);
        return alternatives;
    };
    const auto cue = [&](const char* name) {
        if (alternativesOf(name, -1).isEmpty())
            errors->append(QStringLiteral("%1: cues.%2 is empty").arg(source, QLatin1String(name)));
        // An empty side never matches.
        const auto side = [&](int language) {
            const QStringList alternatives = alternativesOf(name, language);
            return compile(alternatives.isEmpty() ? QStringLiteral("(?!)")
                                                  : alternatives.join(QLatin1Char('|')),
                           name);
        };
        return Cue{side(0), side(1)};
    };
    const auto single = [&](const char* name) {
        const QStringList alternatives = alternativesOf(name, -1);
        if (alternatives.isEmpty())
            errors->append(QStringLiteral("%1: cues.%2 is empty").arg(source, QLatin1String(name)));
        return compile(alternatives.join(QLatin1Char('|')), name);
    };
    v.cues.promise = cue("promise");
    v.cues.request = cue("request");
    v.cues.condition = cue("condition");
    v.cues.schedule = cue("schedule");
    v.cues.past = cue("past");
    v.cues.negation = cue("negation");
    v.cues.scheduleBefore = single("schedule_before");
    v.cues.scheduleAfter = single("schedule_after");
    v.cues.questionEnd =
        compile(cues.value(QLatin1String("question_end")).toString(), "question_end");
    v.cues.clauseBreak =
        compile(cues.value(QLatin1String("clause_break")).toString(), "clause_break");
    return v;
}

bool TimeVocabulary::Pattern::mayMatch(const QString& text) const
{
    if (triggers.isEmpty())
        return true;
    for (const QChar c : triggers)
        if (text.contains(c))
            return true;
    return false;
}

void TimeVocabulary::addWord(const QString& text, const Word& word)
{
    int node = 0;
    for (const QChar c : key(text)) {
        const auto it = m_trie[std::size_t(node)].next.constFind(c.unicode());
        if (it != m_trie[std::size_t(node)].next.cend()) {
            node = it.value();
            continue;
        }
        m_trie.push_back({});
        const int added = int(m_trie.size() - 1);
        m_trie[std::size_t(node)].next.insert(c.unicode(), added);
        node = added;
    }
    if (node != 0 && m_trie[std::size_t(node)].word < 0) { // the first entry of a word wins
        m_words.push_back(word);
        m_trie[std::size_t(node)].word = int(m_words.size() - 1);
    }
}

QList<TimeVocabulary::WordMatch> TimeVocabulary::findWords(const QString& text) const
{
    QList<WordMatch> found;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // English words start a word: not "day" in "Monday".
        if (i > 0 && isAsciiWordChar(text.at(i)) && isAsciiWordChar(text.at(i - 1))) {
            ++i;
            continue;
        }
        int node = 0;
        qsizetype j = i;
        WordMatch best;
        while (j < size) {
            QChar c = text.at(j);
            qsizetype next = j + 1;
            if (c.isSpace()) { // any run of spaces reads as one
                c = QLatin1Char(' ');
                while (next < size && text.at(next).isSpace())
                    ++next;
            } else if (c == QChar(0x2019)) {
                c = QLatin1Char('\'');
            } else if (c.unicode() < 128) {
                c = c.toLower();
            }
            const auto it = m_trie[std::size_t(node)].next.constFind(c.unicode());
            if (it == m_trie[std::size_t(node)].next.cend())
                break;
            node = it.value();
            j = next;
            const int word = m_trie[std::size_t(node)].word;
            // ... and end one: not "mon" in "month".
            if (word >= 0 &&
                !(isAsciiWordChar(text.at(j - 1)) && j < size && isAsciiWordChar(text.at(j))))
                best = {i, j, &m_words[std::size_t(word)]};
        }
        if (best.word) {
            found.append(best);
            i = best.end;
        } else {
            ++i;
        }
    }
    return found;
}

const TimeVocabulary& TimeVocabulary::builtIn()
{
    static const TimeVocabulary vocabulary =
        parseBuiltIn(QStringLiteral(":/rtcare/replies/promised-times.json"),
                     "promised-times vocabulary", [](const QByteArray& json, QStringList* errors) {
                         return fromJson(json, QStringLiteral("promised-times.json"), errors);
                     });
    return vocabulary;
}

} // namespace rtcare::replies
