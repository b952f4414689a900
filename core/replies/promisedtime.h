// SPDX-License-Identifier: MIT
#pragma once

#include "replies/timeatoms.h"
#include "replies/timevocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace rtcare::replies {

// A time phrase in a reply ("by 18:00 tomorrow", "下周一", "一个半小时内", "yesterday at
// 3pm"), read the way a person means it in the agent's time zone. Whether it is a promise
// is decided elsewhere (findCommitments): this only says what time it names.
struct TimePhrase
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    // When it is due (UTC); invalid when the phrase names no time still ahead: one gone by
    // ("yesterday at 3pm", "3天前", "at 9:00 today" at 10:00) or a start rather than an end
    // ("until 6pm", "下午3点以后").
    QDateTime due;
    bool past = false;     // it names a time gone by
    bool deadline = false; // an end point: "by …", "before …", "within …", "…前", "…内"
    bool chinese = false;  // written in Chinese
};

// Every time phrase in `text`, in order. `nowUtc` and `zone` are the agent's clock.
//
// The conventions: a day named without an hour is 18:00 that day; tonight 21:00; this
// afternoon 18:00; a morning 12:00; noon 12:00; an evening 21:00; today, end of day, EOD
// and 下班前 18:00 today (23:59 once 18:00 has passed; the same for an afternoon or an
// evening of today); first thing 10:00; next Monday / 下周一 the Monday of the next
// calendar week (weeks start on Monday); a weekday alone the coming one (today while its
// time is still ahead, else a week later); an explicit date already past this year is next
// year's; a clock time without a day is its next occurrence; 1-6 o'clock without am/pm or
// a part of the day is afternoon; "within N" is now + N, N working days skip weekends.
[[nodiscard]] QList<TimePhrase>
readTimePhrases(const QString& text, const QDateTime& nowUtc, const QTimeZone& zone,
                const TimeVocabulary& vocabulary = TimeVocabulary::builtIn());

} // namespace rtcare::replies
