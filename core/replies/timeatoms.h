// SPDX-License-Identifier: MIT
// The time words of a reply ("atoms"), before they are joined into phrases and resolved
// (promisedtime.cpp): a day, a weekday, a date, a period, a part of the day, a clock time,
// a duration. Internal to core/replies.
#pragma once

#include "replies/timevocabulary.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

namespace rtcare::replies {

enum class TimeAtomKind
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

struct TimeAtom
{
    TimeAtomKind kind = TimeAtomKind::Ignore;
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

// The time words of `text`, in order, none overlapping: where two readings overlap, the one
// that starts first and then the longer one wins ("the day after tomorrow" over "tomorrow",
// "8 Dec" over "by 8").
[[nodiscard]] QList<TimeAtom> readTimeAtoms(const TimeVocabulary& vocabulary, const QString& text);

// "十二" -> 12, "两" -> 2, "二十四" -> 24, "一百" -> 100, "3" -> 3; -1 when not a number.
[[nodiscard]] double chineseNumber(QStringView word);

} // namespace rtcare::replies
