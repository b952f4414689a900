// SPDX-License-Identifier: MIT
#include "queue/clocktext.h"

#include <QDateTime>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare {

QString ClockText::countdown(qint64 seconds)
{
    const qint64 value = seconds < 0 ? -seconds : seconds;
    if (value > 24 * 3600)
        return formatDuration(value);
    const qint64 hours = value / 3600;
    const qint64 minutes = (value % 3600) / 60;
    const qint64 secs = value % 60;
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

QString ClockText::target(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ClockText::chip(const ClockStatus& clock)
{
    switch (clock.state) {
    case ClockStatus::State::OnTrack:
        //: Countdown of a first-response clock, %1 is the time left, e.g. "12:05".
        return tr("%1 left").arg(countdown(clock.remainingSeconds));
    case ClockStatus::State::Warning:
        //: %1 is the share of the first-response target used (e.g. 75), %2 the time left.
        return tr("%1 % · %2 left")
            .arg(qFloor(clock.elapsedPercent))
            .arg(countdown(clock.remainingSeconds));
    case ClockStatus::State::Breached:
        //: %1 is how long ago the first response was due, e.g. "5:10".
        return tr("Overdue %1").arg(countdown(clock.remainingSeconds));
    case ClockStatus::State::Met:
        //: The first response was sent in time.
        return tr("Met");
    case ClockStatus::State::Missed:
        //: %1 is how late the first response was sent, e.g. "12:00".
        return tr("Missed by %1").arg(countdown(clock.remainingSeconds));
    }
    return {};
}

QString ClockText::promiseChip(const ClockStatus& clock)
{
    //: Queue chip of a time promised to the customer; %1 is the countdown chip, e.g.
    //: "1:20:00 left", "80 % · 12:00 left" or "Overdue 5:10".
    return tr("Promise: %1").arg(chip(clock));
}

QString ClockText::describePromise(const QString& promiseText, const ClockStatus& clock)
{
    const QString due = clock.due.isValid()
                            ? clock.due.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                            : QString();
    if (clock.state == ClockStatus::State::Breached)
        //: %1 the promised words ("within 2 hours"), %2 due time, %3 how long overdue.
        return tr("Promised “%1”, due by %2: overdue by %3. Mark it kept or broken on the "
                  "Reply tab.")
            .arg(promiseText, due, countdown(clock.remainingSeconds));
    //: %1 the promised words ("within 2 hours"), %2 due time, %3 time left, %4 share used.
    return tr("Promised “%1”, due by %2 (%3 left, %4 % of the time used).")
        .arg(promiseText, due, countdown(clock.remainingSeconds))
        .arg(qFloor(std::max(0.0, clock.elapsedPercent)));
}

QString ClockText::dueTime(const QDateTime& dueUtc, const QDateTime& nowUtc)
{
    if (!dueUtc.isValid())
        return {};
    const QDateTime due = dueUtc.toLocalTime();
    if (nowUtc.isValid() && due.date() == nowUtc.toLocalTime().date())
        return due.toString(u"HH:mm"_s);
    return due.toString(u"MM-dd HH:mm"_s);
}

QString ClockText::describe(const ClockStatus& clock)
{
    const QString due = clock.due.isValid()
                            ? clock.due.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                            : QString();
    switch (clock.state) {
    case ClockStatus::State::OnTrack:
    case ClockStatus::State::Warning:
        return tr("First response due by %1 (%2 left, %3 % of the target used).")
            .arg(due, countdown(clock.remainingSeconds))
            .arg(qFloor(clock.elapsedPercent));
    case ClockStatus::State::Breached:
        return tr("First response was due by %1 and is overdue by %2.")
            .arg(due, countdown(clock.remainingSeconds));
    case ClockStatus::State::Met:
        return tr("First response sent in time (due by %1).").arg(due);
    case ClockStatus::State::Missed:
        return tr("First response sent %1 late (due by %2).")
            .arg(countdown(clock.remainingSeconds), due);
    }
    return {};
}

QStringList ClockText::widestChips()
{
    const qint64 longCountdown = 23 * 3600 + 59 * 60 + 59; // "23:59:59"
    const qint64 manyDays = 99 * 24 * 3600 + 23 * 3600;    // "99 d 23 h"
    ClockStatus onTrack;
    onTrack.state = ClockStatus::State::OnTrack;
    onTrack.remainingSeconds = longCountdown;
    ClockStatus warning;
    warning.state = ClockStatus::State::Warning;
    warning.elapsedPercent = 99;
    warning.remainingSeconds = longCountdown;
    ClockStatus breached;
    breached.state = ClockStatus::State::Breached;
    breached.remainingSeconds = -manyDays;
    ClockStatus met;
    met.state = ClockStatus::State::Met;
    ClockStatus missed;
    missed.state = ClockStatus::State::Missed;
    missed.remainingSeconds = -longCountdown;
    return {chip(onTrack),        chip(warning),        chip(breached),       chip(met),
            chip(missed),         promiseChip(onTrack), promiseChip(warning),
            promiseChip(breached)};
}

} // namespace rtcare
