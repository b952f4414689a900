// SPDX-License-Identifier: MIT
// Reading promised times. The words are data (promised-times.json); the grammar is here:
// find the time words ("atoms": a day, a weekday, a date, a period, a part of the day, a
// clock time, a duration), join neighbours into one phrase ("by" "noon" "Friday",
// "明天" "上午" "10点" "前"), then resolve the phrase against the agent's clock.
#include "replies/promisedtime.h"

#include "replies/timeatoms.h"
#include "replies/tonechecker.h"

#include <algorithm>
#include <optional>

namespace rtcare::replies {

namespace {

using Marker = TimeVocabulary::Marker;
using Kind = TimeAtomKind;
using Atom = TimeAtom;

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

QList<TimePhrase> readTimePhrases(const QString& text, const QDateTime& nowUtc,
                                  const QTimeZone& zone, const TimeVocabulary& vocabulary)
{
    QList<TimePhrase> phrases;
    if (text.isEmpty())
        return phrases;
    const QList<Atom> atoms = readTimeAtoms(vocabulary, text);
    if (atoms.isEmpty())
        return phrases;

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
