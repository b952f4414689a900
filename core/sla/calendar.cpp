// SPDX-License-Identifier: MIT
#include "sla/calendar.h"

#include <algorithm>
#include <limits>

// How an office calendar maps wall-clock hours to absolute time
// ----------------------------------------------------------------
// Each local working interval [date + start, date + end) is converted to UTC on its own,
// so a DST change between two days (or inside a day) moves the interval, not the clock.
// Local times that a DST change makes special are resolved like this:
//  * a time that does not exist (spring-forward gap, e.g. 02:30 in Berlin on the last
//    Sunday of March) is taken as the instant of the transition, i.e. the first instant
//    after the gap. An interval that lies entirely inside a gap is empty.
//  * a time that exists twice (fall-back overlap) is taken as its first occurrence when
//    it starts an interval and as its last occurrence when it ends one: the office is open
//    for as long as the wall clock shows a time inside its hours.
// Intervals are kept in order and never overlap in UTC, so no business second is counted
// twice. The conversion uses QTimeZone::offsetFromUtc only (no QDateTime in a zone), so
// the result does not depend on how a Qt version resolves gaps and overlaps.

namespace rtcare {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // QDate(1970, 1, 1).toJulianDay()
constexpr qint64 kWalkDays = 3 * 366 + 2;       // "within the next 3 years"
constexpr qint64 kMaxBetweenDays = 100 * 366;   // businessSecondsBetween looks no further
constexpr qint64 kMaxSeconds = 100LL * 366 * 86'400;
const QTime kEndOfDay(23, 59, 59, 999);

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if (a % b != 0 && (a < 0) != (b < 0))
        --q;
    return q;
}

QDateTime utcFromMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// "Local msecs" below are milliseconds since 1970-01-01T00:00 on the zone's wall clock.
class ZoneMapper
{
public:
    explicit ZoneMapper(const QTimeZone& zone) : m_zone(zone) {}

    [[nodiscard]] qint64 offsetMsAt(qint64 utcMs) const
    {
        return qint64(m_zone.offsetFromUtc(utcFromMSecs(utcMs))) * 1000;
    }

    [[nodiscard]] QDate localDate(qint64 utcMs) const
    {
        const qint64 local = utcMs + offsetMsAt(utcMs);
        return QDate::fromJulianDay(floorDiv(local, kDayMs) + kJulianDayOfEpoch);
    }

    // The UTC instant of a wall-clock time; see the comment at the top for gaps/overlaps.
    [[nodiscard]] qint64 toUtc(qint64 local, bool lastOccurrence) const
    {
        const qint64 before = offsetMsAt(local - kDayMs);
        const qint64 after = offsetMsAt(local + kDayMs);
        if (before == after)
            return local - before;
        const qint64 withBefore = local - before;
        const qint64 withAfter = local - after;
        const bool beforeValid = offsetMsAt(withBefore) == before;
        const bool afterValid = offsetMsAt(withAfter) == after;
        if (beforeValid && afterValid)
            return lastOccurrence ? std::max(withBefore, withAfter)
                                  : std::min(withBefore, withAfter);
        if (beforeValid)
            return withBefore;
        if (afterValid)
            return withAfter;
        // In a gap: the transition lies between the two candidates.
        const qint64 low = std::min(withBefore, withAfter);
        const QDateTime transition = m_zone.nextTransition(utcFromMSecs(low - 1)).atUtc;
        return transition.isValid() ? transition.toMSecsSinceEpoch() : low;
    }

private:
    const QTimeZone& m_zone;
};

// Calls visit(startUtcMs, endUtcMs) for each working interval of `days` local dates from
// `first` on, in time order, until visit returns false.
template <typename Visit>
void walk(const BusinessCalendar& calendar, const ZoneMapper& mapper, QDate first, qint64 days,
          Visit&& visit)
{
    qint64 lastEnd = std::numeric_limits<qint64>::min();
    QDate day = first;
    for (qint64 i = 0; i < days; ++i, day = day.addDays(1)) {
        const QList<BusinessCalendar::Interval>& intervals = calendar.hoursOn(day);
        if (intervals.isEmpty())
            continue;
        const qint64 midnight = (day.toJulianDay() - kJulianDayOfEpoch) * kDayMs;
        // Usually one offset serves the whole day: no transition within a day either side.
        const qint64 offset = mapper.offsetMsAt(midnight - kDayMs);
        const bool steady = offset == mapper.offsetMsAt(midnight + 2 * kDayMs);
        for (const BusinessCalendar::Interval& interval : intervals) {
            const qint64 localStart = midnight + interval.start.msecsSinceStartOfDay();
            const qint64 localEnd = interval.end == kEndOfDay
                                        ? midnight + kDayMs
                                        : midnight + interval.end.msecsSinceStartOfDay();
            qint64 start = steady ? localStart - offset : mapper.toUtc(localStart, false);
            const qint64 end = steady ? localEnd - offset : mapper.toUtc(localEnd, true);
            start = std::max(start, lastEnd);
            if (end <= start)
                continue;
            lastEnd = end;
            if (!visit(start, end))
                return;
        }
    }
}

// Sorted by start, touching or overlapping intervals merged, empty ones dropped.
QList<BusinessCalendar::Interval> normalized(QList<BusinessCalendar::Interval> intervals)
{
    intervals.removeIf([](const BusinessCalendar::Interval& interval) {
        return !interval.start.isValid() || !interval.end.isValid()
               || interval.end <= interval.start;
    });
    std::sort(intervals.begin(), intervals.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    QList<BusinessCalendar::Interval> merged;
    for (const BusinessCalendar::Interval& interval : intervals) {
        if (!merged.isEmpty() && interval.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, interval.end);
        else
            merged.append(interval);
    }
    return merged;
}

} // namespace

BusinessCalendar::BusinessCalendar() = default;

BusinessCalendar BusinessCalendar::always()
{
    return {};
}

BusinessCalendar BusinessCalendar::office(const QTimeZone& zone, const WeekHours& hours,
                                          const QSet<QDate>& holidays)
{
    return office(zone, hours, holidays, {});
}

BusinessCalendar BusinessCalendar::office(const QTimeZone& zone, const WeekHours& hours,
                                          const QSet<QDate>& holidays,
                                          const QSet<QDate>& workdays)
{
    BusinessCalendar calendar;
    calendar.m_always = false;
    calendar.m_zone = zone;
    for (std::size_t day = 0; day < hours.size(); ++day)
        calendar.m_hours.at(day) = normalized(hours.at(day));
    calendar.m_holidays = holidays;
    calendar.m_workdays = workdays;
    return calendar;
}

const QList<BusinessCalendar::Interval>& BusinessCalendar::hoursOn(QDate date) const
{
    static const QList<Interval> kNone;
    static const QList<Interval> kAllDay{{QTime(0, 0), kEndOfDay}};
    if (m_always)
        return kAllDay;
    if (!date.isValid() || m_holidays.contains(date))
        return kNone;
    const QList<Interval>& own = m_hours.at(static_cast<std::size_t>(date.dayOfWeek() - 1));
    if (!own.isEmpty() || m_workdays.isEmpty() || !m_workdays.contains(date))
        return own;
    for (const QList<Interval>& intervals : m_hours) {
        if (!intervals.isEmpty())
            return intervals;
    }
    return kNone;
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime& startUtc, qint64 seconds) const
{
    if (!startUtc.isValid())
        return {};
    const qint64 startMs = startUtc.toMSecsSinceEpoch();
    const qint64 wanted = std::clamp<qint64>(seconds, 0, kMaxSeconds) * 1000;
    if (m_always)
        return utcFromMSecs(startMs + wanted);
    if (!m_zone.isValid())
        return {};

    const ZoneMapper mapper(m_zone);
    qint64 remaining = wanted;
    qint64 result = 0;
    bool found = false;
    walk(*this, mapper, mapper.localDate(startMs).addDays(-1), kWalkDays,
         [&](qint64 start, qint64 end) {
             if (end <= startMs)
                 return true;
             start = std::max(start, startMs);
             if (remaining <= end - start) {
                 result = start + remaining;
                 found = true;
                 return false;
             }
             remaining -= end - start;
             return true;
         });
    return found ? utcFromMSecs(result) : QDateTime();
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime& fromUtc,
                                                const QDateTime& toUtc) const
{
    if (!fromUtc.isValid() || !toUtc.isValid())
        return 0;
    const qint64 fromMs = fromUtc.toMSecsSinceEpoch();
    const qint64 toMs = toUtc.toMSecsSinceEpoch();
    if (toMs <= fromMs)
        return 0;
    if (m_always)
        return (toMs - fromMs) / 1000;
    if (!m_zone.isValid())
        return 0;

    const ZoneMapper mapper(m_zone);
    const QDate first = mapper.localDate(fromMs).addDays(-1);
    const qint64 days = std::min(mapper.localDate(toMs).toJulianDay() - first.toJulianDay() + 1,
                                 kMaxBetweenDays);
    qint64 total = 0;
    walk(*this, mapper, first, days, [&](qint64 start, qint64 end) {
        if (start >= toMs)
            return false;
        total += std::max<qint64>(0, std::min(end, toMs) - std::max(start, fromMs));
        return true;
    });
    return total / 1000;
}

} // namespace rtcare
