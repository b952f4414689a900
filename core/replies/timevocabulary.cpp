// SPDX-License-Identifier: MIT
#include "replies/timevocabulary.h"

#include "replies/overridefile.h"

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

// A word as a pattern: metacharacters escaped, any run of spaces, either apostrophe, and
// word boundaries around English words (not around Chinese ones: they have no spaces).
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
    if (!word.isEmpty() && isAsciiWordChar(word.front()))
        pattern.prepend(QStringLiteral("\\b"));
    if (!word.isEmpty() && isAsciiWordChar(word.back()))
        pattern += QStringLiteral("\\b");
    return pattern;
}

// The longest words first, so "the day after tomorrow" wins over "tomorrow".
QString alternation(QStringList words)
{
    std::sort(words.begin(), words.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    words.removeDuplicates();
    QStringList patterns;
    for (const QString& w : std::as_const(words))
        patterns << wordPattern(w);
    return QStringLiteral("(?:%1)").arg(patterns.join(QLatin1Char('|')));
}

QRegularExpression compiled(const QString& pattern, const QString& what, QStringList* errors)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
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

    QStringList dayWords;
    for (const QJsonValue& d : o.value(QLatin1String("days")).toArray()) {
        const QJsonObject day = d.toObject();
        for (const QString& w : words(day)) {
            v.days.insert(key(w), {day.value(QLatin1String("offset")).toInt(),
                                   day.value(QLatin1String("part")).toString()});
            dayWords << w;
        }
    }
    QStringList partWords;
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
        for (const QString& w : words(entry)) {
            v.partWords.insert(key(w), part.id);
            partWords << w;
        }
    }
    for (const Day& d : std::as_const(v.days))
        if (!d.part.isEmpty() && !v.parts.contains(d.part))
            errors->append(QStringLiteral("%1: a day names unknown part '%2'").arg(source, d.part));

    QStringList weekdayWords;
    for (const QJsonValue& w : o.value(QLatin1String("weekdays")).toArray())
        for (const QString& word : words(w.toObject())) {
            v.weekdays.insert(key(word), w.toObject().value(QLatin1String("day")).toInt());
            weekdayWords << word;
        }
    QStringList modifierWords;
    const QJsonObject modifiers = o.value(QLatin1String("weekday_modifiers")).toObject();
    for (auto it = modifiers.begin(); it != modifiers.end(); ++it)
        for (const QString& word : stringsOf(it.value())) {
            v.weekdayModifiers.insert(key(word), it.key());
            modifierWords << word;
        }
    QStringList monthWords;
    for (const QJsonValue& m : o.value(QLatin1String("months")).toArray())
        for (const QString& word : words(m.toObject())) {
            v.months.insert(key(word), m.toObject().value(QLatin1String("month")).toInt());
            monthWords << word;
        }
    QStringList periodWords;
    for (const QJsonValue& p : o.value(QLatin1String("periods")).toArray())
        for (const QString& word : words(p.toObject())) {
            v.periods.insert(key(word), p.toObject().value(QLatin1String("id")).toString());
            periodWords << word;
        }
    const QStringList ignoreWords = stringsOf(o.value(QLatin1String("ignore")));

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

    if (v.numbers.isEmpty() || v.unitSeconds.isEmpty() || v.days.isEmpty() || v.parts.isEmpty() ||
        v.weekdays.size() < 7 || v.months.size() < 12 || beforeWords.isEmpty() ||
        afterWords.isEmpty())
        errors->append(QStringLiteral("%1: numbers, units, days, parts, weekdays, months and "
                                      "markers are all needed")
                           .arg(source));
    if (!errors->isEmpty())
        return v;

    const auto compile = [&](const QString& pattern, const char* what) {
        return compiled(pattern, QStringLiteral("%1: %2").arg(source, QLatin1String(what)), errors);
    };
    v.words = compile(
        QStringLiteral(
            R"((?<ignore>%1)|(?<weekday>(?:(?<mod>%2)\s*)?(?<wd>%3))|(?<day>%4)|(?<period>%5)|(?<part>%6))")
            .arg(alternation(ignoreWords), alternation(modifierWords), alternation(weekdayWords),
                 alternation(dayWords), alternation(periodWords), alternation(partWords)),
        "words");
    static const QString zhNumber = QStringLiteral("[零〇一二两三四五六七八九十]");
    v.clock = compile(
        QStringLiteral(
            R"((?<![\d.:])(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))?\s*(?<ap>[ap])\.?\s?m(?![a-z])\.?)"
            R"(|(?<![\d.:])(?<h2>\d{1,2})\s*[:：]\s*(?<m2>\d{2})(?![\d:]))"
            R"(|(?<![\d.])(?<h3>\d{1,2})\s*o['’]?clock\b)"
            R"(|(?<![\d零〇一二两三四五六七八九十])(?<h4>\d{1,2}|%1{1,3})\s*(?:点钟|点|點|时)(?:\s*(?<m4>半|一刻|三刻|整|(?:\d{1,2}|%1{1,3})(?:\s*分)?))?)"
            R"(|\b(?:by|at|before|around|until|till|after|from)\s+(?<h5>\d{1,2})(?!\d|[:.,]\d|\s*(?:%|[ap]\.?\s?m\b|o['’]?clock|percent|per\b|ms\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|hours?\b|hrs?\b|h\b|days?\b|weeks?\b|months?\b|years?\b|times\b|x\b|fps\b|kbps\b|mbps\b|kb\b|mb\b|gb\b|db\b|people\b|users\b|of\b|out\b|or\b|and\b|to\b|-|/)))")
            .arg(zhNumber),
        "clock");
    const QString month = alternation(monthWords);
    v.date = compile(
        QStringLiteral(
            R"((?<mon1>%1)\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y1>\d{4})\b)?)"
            R"(|(?<![\d.])(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>%1)\.?(?:,?\s+(?<y2>\d{4})\b)?)"
            R"(|(?<!\d)(?<y3>\d{4})-(?<mo3>\d{1,2})-(?<d3>\d{1,2})(?!\d))"
            R"(|(?:(?<y4>\d{4})\s*年\s*)?(?<mo4>\d{1,2}|%2{1,3})\s*月\s*(?<d4>\d{1,2}|%2{1,3})\s*(?:日|号|號))"
            R"(|(?<![\d月一二三四五六七八九十])(?<d5>\d{1,2}|%2{1,3})\s*(?:号|號|日))"
            R"(|\bthe\s+(?<d6>\d{1,2})(?:st|nd|rd|th)\b)")
            .arg(month, QStringLiteral("[一二三四五六七八九十]")),
        "date");
    v.duration = compile(
        QStringLiteral(
            R"(\b(?:in\s+less\s+than|in\s+under|inside\s+of|within|inside|under|less\s+than|in)\s+(?<the>the\s+next\s+|the\s+coming\s+|the\s+|next\s+)?(?:(?:about|around|roughly|approximately|approx\.?|another|just)\s+)?(?:(?<n1>%1)(?:\s*(?:-|–|to|or)\s*(?<n2>%1))?(?<half1>\s+and\s+a\s+half)?\s*)?(?<u1>%2)(?<half2>\s+and\s+a\s+half)?)"
            R"(|\b(?:within|in)\s+(?:the\s+next\s+|about\s+|around\s+|roughly\s+|just\s+)?(?<halfhour>half\s+an?\s+hour|a\s+half[\s-]hour|half[\s-]an[\s-]hour|half[\s-]hour)\b)"
            R"(|\b(?<n3>%1)\s*(?<u3>%2)\s+(?<rel>from\s+now|later|ago|before|earlier)\b)"
            R"(|(?:(?<n5>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)\s*个?\s*(?<half5>半)?|(?<halfonly>半))\s*个?\s*(?<u5>%3|日(?=之内|以内|内))\s*(?<suf>之内|以内|内|里|之后|以后|后|之前|以前|前))"
            R"(|(?<q>[一二三两])刻钟\s*(?<sufq>之内|以内|内|之后|以后|后|之前|以前|前))")
            .arg(number, alternation(unitsEn), alternation(unitsZh)),
        "duration");
    v.markerBefore =
        compile(QStringLiteral(R"((?<m>%1)(?:\s+the)?\s*$)").arg(alternation(beforeWords)),
                "markers before");
    v.markerAfter =
        compile(QStringLiteral(R"(^\s*(?<m>%1))").arg(alternation(afterWords)), "markers after");
    v.gap = compile(
        QStringLiteral(R"(^(?:\s|,|\b(?:at|on|by|the|of|in|around|about|this|before)\b)*$)"),
        "gap");

    const QJsonObject cues = o.value(QLatin1String("cues")).toObject();
    const auto cue = [&](const char* name) {
        QStringList alternatives;
        for (const QString& p : stringsOf(cues.value(QLatin1String(name))))
            alternatives << QStringLiteral("(?:%1)").arg(p);
        if (alternatives.isEmpty())
            errors->append(QStringLiteral("%1: cues.%2 is empty").arg(source, QLatin1String(name)));
        return compile(alternatives.join(QLatin1Char('|')), name);
    };
    v.cues.promise = cue("promise");
    v.cues.request = cue("request");
    v.cues.schedule = cue("schedule");
    v.cues.scheduleAfter = cue("schedule_after");
    v.cues.past = cue("past");
    v.cues.negation = cue("negation");
    v.cues.questionEnd =
        compile(cues.value(QLatin1String("question_end")).toString(), "question_end");
    v.cues.clauseBreak =
        compile(cues.value(QLatin1String("clause_break")).toString(), "clause_break");
    return v;
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
