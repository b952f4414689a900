// SPDX-License-Identifier: MIT
// Reading promised times. The words are data (promised-times.json); the grammar is here:
// find the time words ("atoms": a day, a weekday, a date, a period, a part of the day, a
// clock time, a duration), join neighbours into one phrase ("by" "noon" "Friday",
// "明天" "上午" "10点" "前"), then resolve the phrase against the agent's clock.
#include "replies/promisedtime.h"

#include "replies/tonechecker.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace rtcare::replies {

namespace {

using Marker = TimeVocabulary::Marker;

enum class Kind
{
    Ignore,
    Weekday,
    Day,
    Period,
    Part,
    Clock,
    Date,
    Duration
};

struct Atom
{
    Kind kind = Kind::Ignore;
    qsizetype start = 0;
    qsizetype end = 0;
    bool weak = false; // "8号", "一点": a time only beside other time words or "by"/"前"
    int dayOffset = 0;
    QString part; // Part id: a part of the day, or the one a day word carries ("tonight")
    int weekday = 0;
    QString modifier; // next, this, coming, last
    int year = 0;
    int month = 0;        // 0: a day of the month alone ("8号", "the 8th")
    int monthsAhead = -1; // a day of this (0) or next (1) month: "本月20日", "下个月5号"
    int day = 0;
    QString period;
    int hour = -1;
    int minute = 0;
    QChar meridiem; // 'a', 'p' or none
    bool twentyFour = false;
    double seconds = 0;
    int workingDays = 0;
    enum class Relation
    {
        Within,
        After,
        Ago
    } relation = Relation::Within;
};

double numberValue(const TimeVocabulary& v, const QString& word)
{
    if (word.isEmpty())
        return -1;
    const QString k = TimeVocabulary::key(word);
    if (const auto it = v.numbers.constFind(k); it != v.numbers.cend())
        return it.value();
    qsizetype split = k.indexOf(QLatin1Char('-'));
    if (split < 0)
        split = k.indexOf(QLatin1Char(' '));
    if (split > 0) {
        const double tens = v.numbers.value(k.left(split), -1);
        const double ones = v.numbers.value(k.mid(split + 1), -1);
        if (tens >= 0 && ones >= 0)
            return tens + ones;
    }
    return chineseNumber(word);
}

// Every match in the whole reply. PCRE2 checks that the subject is valid UTF-16 on every
// call, a good part of the time of a short pattern over a long draft: the caller checks
// once (`valid`) for all the patterns.
QRegularExpressionMatchIterator scan(const QRegularExpression& re, const QString& text, bool valid)
{
    return re.globalMatch(text, 0, QRegularExpression::NormalMatch,
                          valid ? QRegularExpression::DontCheckSubjectStringMatchOption
                                : QRegularExpression::NoMatchOption);
}

bool captured(const QRegularExpressionMatch& m, QStringView name)
{
    return m.capturedStart(name) >= 0;
}

void readWords(const TimeVocabulary& v, const QString& text, QList<Atom>& atoms)
{
    using Word = TimeVocabulary::Word;
    for (const TimeVocabulary::WordMatch& m : v.findWords(text)) {
        Atom a;
        a.start = m.start;
        a.end = m.end;
        switch (m.word->kind) {
        case Word::Kind::Ignore:
            a.kind = Kind::Ignore;
            break;
        case Word::Kind::Weekday:
            a.kind = Kind::Weekday;
            a.weekday = m.word->weekday;
            a.modifier = m.word->modifier;
            break;
        case Word::Kind::Day:
            a.kind = Kind::Day;
            a.dayOffset = m.word->day.offset;
            a.part = m.word->day.part;
            break;
        case Word::Kind::Period:
            a.kind = Kind::Period;
            a.period = m.word->id;
            break;
        case Word::Kind::Part:
            a.kind = Kind::Part;
            a.part = m.word->id;
            break;
        }
        atoms.append(a);
    }
}

void readClocks(const TimeVocabulary& v, const QString& text, bool valid, QList<Atom>& atoms)
{
    for (const TimeVocabulary::Pattern& pattern : v.clock) {
        if (!pattern.mayMatch(text))
            continue;
        QRegularExpressionMatchIterator it = scan(pattern.re, text, valid);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a;
            a.kind = Kind::Clock;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            QString hour;
            if (captured(m, u"h1")) {
                hour = m.captured(u"h1");
                a.minute = m.captured(u"m1").toInt();
                a.meridiem = m.captured(u"ap").toLower().at(0);
            } else if (captured(m, u"h2")) {
                hour = m.captured(u"h2");
                a.minute = m.captured(u"m2").toInt();
                a.twentyFour = hour.startsWith(QLatin1Char('0'));
            } else if (captured(m, u"h3")) {
                hour = m.captured(u"h3");
            } else if (captured(m, u"h4")) {
                hour = m.captured(u"h4");
                const QString minutes = m.captured(u"m4");
                if (minutes == QStringLiteral("半"))
                    a.minute = 30;
                else if (minutes == QStringLiteral("一刻"))
                    a.minute = 15;
                else if (minutes == QStringLiteral("三刻"))
                    a.minute = 45;
                else if (!minutes.isEmpty() && minutes != QStringLiteral("整"))
                    a.minute =
                        int(chineseNumber(QString(minutes).remove(QStringLiteral("分")).trimmed()));
                // "一点" is also "a little" (晚一点): a Chinese numeral alone needs company.
                a.weak = !hour.front().isDigit() && minutes.isEmpty();
            } else {
                hour = m.captured(u"h5");
                a.start = m.capturedStart(u"h5");
            }
            a.hour = int(chineseNumber(hour));
            a.twentyFour = a.twentyFour || a.hour == 0 || a.hour >= 13;
            if (a.hour < 0 || a.hour > 24 || a.minute < 0 || a.minute > 59)
                continue;
            atoms.append(a);
        }
    }
}

void readDates(const TimeVocabulary& v, const QString& text, bool valid, QList<Atom>& atoms)
{
    for (const TimeVocabulary::Pattern& pattern : v.date) {
        if (!pattern.mayMatch(text))
            continue;
        QRegularExpressionMatchIterator it = scan(pattern.re, text, valid);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a;
            a.kind = Kind::Date;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            const auto month = [&](QStringView name) {
                return v.months.value(TimeVocabulary::key(m.captured(name)));
            };
            if (captured(m, u"mon1")) {
                a.month = month(u"mon1");
                a.day = m.captured(u"d1").toInt();
                a.year = m.captured(u"y1").toInt();
            } else if (captured(m, u"mon2")) {
                a.month = month(u"mon2");
                a.day = m.captured(u"d2").toInt();
                a.year = m.captured(u"y2").toInt();
            } else if (captured(m, u"y3")) {
                a.year = m.captured(u"y3").toInt();
                a.month = m.captured(u"mo3").toInt();
                a.day = m.captured(u"d3").toInt();
            } else if (captured(m, u"mo4")) {
                a.year = m.captured(u"y4").toInt();
                a.month = int(chineseNumber(m.captured(u"mo4")));
                a.day = int(chineseNumber(m.captured(u"d4")));
            } else if (captured(m, u"d7")) { // 下个月5号, 本月20日
                a.day = int(chineseNumber(m.captured(u"d7")));
                a.monthsAhead = m.captured(u"rel").startsWith(QStringLiteral("下")) ? 1 : 0;
            } else if (captured(m, u"d5")) { // 8号: also a line, a room, a size
                a.day = int(chineseNumber(m.captured(u"d5")));
                a.weak = true;
            } else {
                a.day = m.captured(u"d6").toInt(); // the 8th
            }
            if (a.day < 1 || a.day > 31 || a.month < 0 || a.month > 12)
                continue;
            atoms.append(a);
        }
    }
}

void readDurations(const TimeVocabulary& v, const QString& text, bool valid, QList<Atom>& atoms)
{
    for (const TimeVocabulary::Pattern& pattern : v.duration) {
        if (!pattern.mayMatch(text))
            continue;
        QRegularExpressionMatchIterator it = scan(pattern.re, text, valid);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a;
            a.kind = Kind::Duration;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            double count = -1;
            QString unit;
            if (captured(m, u"u1")) {
                unit = m.captured(u"u1");
                count = numberValue(v, m.captured(captured(m, u"n2") ? u"n2" : u"n1"));
                // "within the hour", "in the next minute"; never "in the days ahead".
                if (!captured(m, u"n1") && captured(m, u"the") &&
                    v.unitSeconds.value(TimeVocabulary::key(unit)) <= 3600 &&
                    v.unitSeconds.value(TimeVocabulary::key(unit)) > 0)
                    count = 1;
                if (captured(m, u"half1") || captured(m, u"half2"))
                    count += 0.5;
            } else if (captured(m, u"halfhour")) {
                unit = QStringLiteral("hour");
                count = 0.5;
            } else {
                QString suffix;
                if (captured(m, u"q")) {
                    unit = QStringLiteral("分钟");
                    count = 15 * chineseNumber(m.captured(u"q"));
                    suffix = m.captured(u"sufq");
                } else {
                    unit = m.captured(u"u5");
                    count = captured(m, u"halfonly") ? 0.5 : numberValue(v, m.captured(u"n5"));
                    if (captured(m, u"half5"))
                        count += 0.5;
                    suffix = m.captured(u"suf");
                }
                a.relation = suffix.endsWith(QStringLiteral("前"))   ? Atom::Relation::Ago
                             : suffix.endsWith(QStringLiteral("后")) ? Atom::Relation::After
                                                                     : Atom::Relation::Within;
            }
            if (count <= 0)
                continue;
            const QString unitKey = TimeVocabulary::key(unit);
            if (unitKey == QStringLiteral("日")) {
                a.seconds = count * 86400;
            } else if (!v.unitSeconds.contains(unitKey)) {
                continue;
            } else if (v.unitSeconds.value(unitKey) == 0) {
                a.workingDays = int(std::ceil(count));
            } else {
                a.seconds = count * double(v.unitSeconds.value(unitKey));
            }
            atoms.append(a);
        }
    }
    QRegularExpressionMatchIterator it = scan(v.relativeWord, text, valid);
    while (it.hasNext()) {
        const QRegularExpressionMatch word = it.next();
        const qsizetype from = std::max<qsizetype>(0, word.capturedStart() - 40);
        const QRegularExpressionMatch m =
            v.relativeCount.match(text.mid(from, word.capturedStart() - from));
        const double count = numberValue(v, m.captured(u"n3"));
        const QString unit = TimeVocabulary::key(m.captured(u"u3"));
        if (!m.hasMatch() || count <= 0 || !v.unitSeconds.contains(unit))
            continue;
        Atom a;
        a.kind = Kind::Duration;
        a.start = from + m.capturedStart();
        a.end = word.capturedEnd();
        const QString rel = TimeVocabulary::key(word.captured(u"rel"));
        a.relation = rel == QLatin1String("from now") || rel == QLatin1String("later")
                         ? Atom::Relation::After
                         : Atom::Relation::Ago;
        if (v.unitSeconds.value(unit) == 0)
            a.workingDays = int(std::ceil(count));
        else
            a.seconds = count * double(v.unitSeconds.value(unit));
        atoms.append(a);
    }
}

// The atoms of one phrase and what stands around it.
struct Group
{
    QList<Atom> atoms;
    qsizetype start = 0;
    qsizetype end = 0;
    bool deadline = false;
    bool notDue = false;

    [[nodiscard]] const Atom* find(Kind kind) const
    {
        for (const Atom& a : atoms)
            if (a.kind == kind)
                return &a;
        return nullptr;
    }
};

QDate addWorkingDays(QDate day, int count)
{
    while (count > 0) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            --count;
    }
    return day;
}

// The clock time of a phrase: am/pm, then the part of the day ("下午4点半", "tonight at
// 8"), then office hours (1-6 without either is afternoon). 24:00 is 23:59.
std::optional<QTime> clockTime(const Atom& clock, const TimeVocabulary::Part* part)
{
    int hour = clock.hour;
    const QString meridiem = part ? part->meridiem : QString();
    if (clock.meridiem == QLatin1Char('p') && hour < 12)
        hour += 12;
    else if (clock.meridiem == QLatin1Char('a') && hour == 12)
        hour = 0;
    else if (clock.meridiem.isNull()) {
        if (meridiem == QLatin1String("pm") && hour < 12)
            hour += 12;
        else if (meridiem == QLatin1String("pm") && part->id == QLatin1String("evening") &&
                 hour == 12)
            hour = 24; // 晚上12点: midnight
        else if (meridiem == QLatin1String("noon") && hour >= 1 && hour <= 3)
            hour += 12;
        else if (meridiem.isEmpty() && !clock.twentyFour && hour >= 1 && hour <= 6)
            hour += 12;
    }
    if (hour == 24)
        return QTime(23, 59);
    if (hour > 23)
        return std::nullopt;
    return QTime(hour, clock.minute);
}

TimePhrase resolve(const TimeVocabulary& v, const QString& text, const Group& g,
                   const QDateTime& nowUtc, const QDateTime& nowLocal, const QTimeZone& zone)
{
    TimePhrase phrase;
    phrase.start = g.start;
    phrase.length = g.end - g.start;
    phrase.text = text.mid(g.start, g.end - g.start);
    phrase.chinese = containsChinese(phrase.text);
    phrase.deadline = g.deadline;
    const QDate today = nowLocal.date();
    const auto past = [&phrase] {
        phrase.past = true;
        return phrase;
    };

    if (const Atom* d = g.find(Kind::Duration)) {
        if (d->relation == Atom::Relation::Ago)
            return past();
        phrase.deadline = phrase.deadline || d->relation == Atom::Relation::Within;
        if (!g.notDue)
            phrase.due = d->workingDays > 0 ? QDateTime(addWorkingDays(today, d->workingDays),
                                                        nowLocal.time(), zone)
                                                  .toUTC()
                                            : nowUtc.addMSecs(qint64(d->seconds * 1000));
        return phrase;
    }

    const Atom* dayAtom = g.find(Kind::Day);
    const Atom* partAtom = g.find(Kind::Part);
    const Atom* clock = g.find(Kind::Clock);
    const Atom* weekday = g.find(Kind::Weekday);
    const Atom* date = g.find(Kind::Date);
    const Atom* period = g.find(Kind::Period);
    const QString partId = partAtom ? partAtom->part : dayAtom ? dayAtom->part : QString();
    const TimeVocabulary::Part* part =
        v.parts.contains(partId) ? &*v.parts.constFind(partId) : nullptr;

    QTime time(18, 0);
    bool late = true;
    if (clock) {
        const std::optional<QTime> t = clockTime(*clock, part);
        if (!t)
            return phrase;
        time = *t;
        late = false;
    } else if (part) {
        time = QTime(part->hour, part->minute);
        late = part->late;
    }

    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QDate day;
    bool bare = false;
    bool comingWeekday = false;
    if (date) {
        if (date->monthsAhead >= 0) {
            const QDate month = today.addMonths(date->monthsAhead);
            day = QDate(month.year(), month.month(), date->day);
            if (day.isValid() && day < today)
                return past();
        } else if (date->month == 0) {
            day = QDate(today.year(), today.month(), date->day);
            if (!day.isValid() || day < today) {
                const QDate next = today.addMonths(1);
                day = QDate(next.year(), next.month(), date->day);
            }
        } else {
            day = QDate(date->year ? date->year : today.year(), date->month, date->day);
            if (date->year == 0 && day.isValid() && day < today)
                day = QDate(today.year() + 1, date->month, date->day);
        }
        if (!day.isValid())
            return phrase;
    } else if (weekday && !dayAtom) { // "tomorrow, Friday": the day said outright wins
        QString modifier = weekday->modifier;
        if (period && period->period == QLatin1String("next_week"))
            modifier = QStringLiteral("next");
        else if (period && period->period == QLatin1String("end_of_week"))
            modifier = QStringLiteral("this");
        if (modifier == QLatin1String("last"))
            return past();
        if (modifier == QLatin1String("next"))
            day = monday.addDays(7 + weekday->weekday - 1);
        else if (modifier == QLatin1String("this"))
            day = monday.addDays(weekday->weekday - 1);
        else {
            day = today.addDays((weekday->weekday - today.dayOfWeek() + 7) % 7);
            comingWeekday = true;
        }
    } else if (period) {
        if (period->period == QLatin1String("end_of_week")) {
            day = monday.addDays(4);
            if (day < today) { // already the weekend: the end of this week is Sunday night
                day = monday.addDays(6);
                if (!clock)
                    time = QTime(23, 59);
            }
        } else if (period->period == QLatin1String("next_week")) {
            day = monday.addDays(7 + 4);
        } else if (period->period == QLatin1String("end_of_month")) {
            day = QDate(today.year(), today.month(), today.daysInMonth());
        } else {
            day = QDate(today.year(), 12, 31);
        }
    } else if (dayAtom) {
        if (dayAtom->dayOffset < 0)
            return past();
        day = today.addDays(dayAtom->dayOffset);
    } else if (part && part->today && !clock) {
        day = today;
    } else {
        bare = true;
        day = today;
    }

    QDateTime due(day, time, zone);
    if (due <= nowUtc) {
        if (bare)
            due = QDateTime(day.addDays(1), time, zone);
        else if (comingWeekday && day == today)
            due = QDateTime(day.addDays(7), time, zone);
        else if (day == today && late)
            due = QDateTime(day, QTime(23, 59), zone);
        if (due <= nowUtc)
            return past();
    }
    if (!g.notDue)
        phrase.due = due.toUTC();
    return phrase;
}

// Reads the marker before ("by", "before", "until", "在") and after ("前", "以内", "以后",
// "at the latest") a group.
void readMarkers(const TimeVocabulary& v, const QString& text, Group& g)
{
    if (g.find(Kind::Duration))
        return;
    const qsizetype from = std::max<qsizetype>(0, g.start - 24);
    const QRegularExpressionMatch before = v.markerBefore.match(text.mid(from, g.start - from));
    if (before.hasMatch()) {
        const Marker kind = v.markersBefore.value(TimeVocabulary::key(before.captured(u"m")));
        if (kind == Marker::Deadline) {
            g.deadline = true;
            g.start = from + before.capturedStart();
        } else if (kind == Marker::NotDue) {
            g.notDue = true;
        }
    }
    const QRegularExpressionMatch after = v.markerAfter.match(text.mid(g.end, 16));
    if (after.hasMatch()) {
        const Marker kind = v.markersAfter.value(TimeVocabulary::key(after.captured(u"m")));
        if (kind == Marker::Deadline) {
            g.deadline = true;
            g.end += after.capturedEnd();
        } else {
            g.notDue = true;
        }
    }
}

} // namespace

double chineseNumber(QStringView word)
{
    bool ok = false;
    const double n = word.toDouble(&ok);
    if (ok)
        return n;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    double value = 0;
    int current = -1;
    for (const QChar c : word) {
        if (c == QChar(u'两'))
            current = 2;
        else if (c == QChar(u'〇'))
            current = 0;
        else if (const qsizetype d = digits.indexOf(c); d >= 0)
            current = int(d);
        else if (c == QChar(u'十'))
            value += 10 * (current < 0 ? 1 : current), current = 0;
        else if (c == QChar(u'百'))
            value += 100 * (current < 0 ? 1 : current), current = 0;
        else
            return -1;
    }
    if (word.isEmpty())
        return -1;
    return value + std::max(current, 0);
}

QList<TimePhrase> readTimePhrases(const QString& text, const QDateTime& nowUtc,
                                  const QTimeZone& zone, const TimeVocabulary& vocabulary)
{
    QList<TimePhrase> phrases;
    if (text.isEmpty())
        return phrases;
    QList<Atom> found;
    const bool valid = QStringView(text).isValidUtf16();
    readWords(vocabulary, text, found);
    readClocks(vocabulary, text, valid, found);
    readDates(vocabulary, text, valid, found);
    readDurations(vocabulary, text, valid, found);
    if (found.isEmpty())
        return phrases;
    // Where two readings overlap, the one that starts first and then the longer one wins.
    std::sort(found.begin(), found.end(), [](const Atom& a, const Atom& b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    QList<Atom> atoms;
    for (const Atom& a : std::as_const(found))
        if (atoms.isEmpty() || a.start >= atoms.constLast().end)
            atoms.append(a);

    const QDateTime nowLocal = nowUtc.toTimeZone(zone);
    QList<Group> groups;
    for (const Atom& a : std::as_const(atoms)) {
        if (a.kind == Kind::Ignore)
            continue;
        if (!groups.isEmpty()) {
            Group& g = groups.last();
            const QString between = text.mid(g.end, a.start - g.end);
            if (a.kind != Kind::Duration && !g.find(Kind::Duration) &&
                vocabulary.gap.match(between).hasMatch()) {
                // A second word of a kind the phrase has only widens it: "first thing
                // Monday morning" is first thing.
                if (!g.find(a.kind))
                    g.atoms.append(a);
                g.end = a.end;
                static const QRegularExpression deadlineWord(
                    QStringLiteral("\\b(?:by|before)\\b"),
                    QRegularExpression::CaseInsensitiveOption);
                g.deadline = g.deadline || deadlineWord.match(between).hasMatch();
                continue;
            }
        }
        groups.append({{a}, a.start, a.end});
    }
    for (Group& g : groups) {
        // "Tuesday (Dec 8)": the phrase takes the bracket it opened.
        const QString inside = text.mid(g.start, g.end - g.start);
        for (const auto& [open, close] : {std::pair(u'(', u')'), std::pair(u'（', u'）')})
            if (inside.count(QChar(open)) > inside.count(QChar(close)) && g.end < text.size() &&
                text.at(g.end) == QChar(close))
                ++g.end;
        readMarkers(vocabulary, text, g);
        if (g.atoms.size() == 1 && g.atoms.first().weak && !g.deadline)
            continue;
        phrases.append(resolve(vocabulary, text, g, nowUtc, nowLocal, zone));
    }
    return phrases;
}

} // namespace rtcare::replies
