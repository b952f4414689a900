// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace rtcare {

// When the SLA clock runs. "always" (24x7) runs on absolute time; an office calendar runs
// only inside its working hours, in its own IANA time zone, and stops on holidays.
// DST is handled by converting each local working interval to UTC separately.
class BusinessCalendar
{
public:
    struct Interval
    {
        QTime start; // local time, inclusive
        QTime end;   // local time, exclusive; 24:00 is written as QTime(23,59,59,999)
    };
    // Index 0 = Monday ... 6 = Sunday (ISO day of week - 1).
    using WeekHours = std::array<QList<Interval>, 7>;

    BusinessCalendar(); // 24x7
    [[nodiscard]] static BusinessCalendar always();
    [[nodiscard]] static BusinessCalendar office(const QTimeZone& zone, const WeekHours& hours,
                                                 const QSet<QDate>& holidays);
    // As above, plus make-up working days (e.g. mainland China's 调休 Saturdays): dates on
    // which the office works although their weekday has no hours. Such a day is worked with
    // the hours of the first weekday (Monday first) that has any. A holiday wins over a
    // make-up day on the same date.
    [[nodiscard]] static BusinessCalendar office(const QTimeZone& zone, const WeekHours& hours,
                                                 const QSet<QDate>& holidays,
                                                 const QSet<QDate>& workdays);

    [[nodiscard]] bool isAlways() const { return m_always; }
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
    [[nodiscard]] const WeekHours& hours() const { return m_hours; }
    [[nodiscard]] const QSet<QDate>& holidays() const { return m_holidays; }
    [[nodiscard]] const QSet<QDate>& workdays() const { return m_workdays; }
    // The local working intervals of one date (none on holidays and closed days).
    [[nodiscard]] const QList<Interval>& hoursOn(QDate date) const;

    // The instant at which `seconds` of business time have passed since `startUtc`.
    // For an office calendar that starts outside working hours, counting begins at the
    // next working interval. Returns an invalid QDateTime when the calendar has no
    // working time at all within the next 3 years (more precisely: when `seconds` of
    // working time are not reached within 3 years). Negative `seconds` count as 0.
    // Wall-clock times skipped or repeated by a DST change: see calendar.cpp.
    [[nodiscard]] QDateTime addBusinessSeconds(const QDateTime& startUtc, qint64 seconds) const;
    // Business seconds between two instants (0 when to <= from).
    [[nodiscard]] qint64 businessSecondsBetween(const QDateTime& fromUtc,
                                                const QDateTime& toUtc) const;

private:
    bool m_always = true;
    QTimeZone m_zone;
    WeekHours m_hours;
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};

} // namespace rtcare
