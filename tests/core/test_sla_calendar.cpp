// SPDX-License-Identifier: MIT
// BusinessCalendar: 24x7 and office calendars, holidays, make-up days and DST.
// Every expectation is worked out by hand in the comment next to it. No test depends on
// the machine's time zone or the current time: all instants are written in UTC.
#include "catch.h"

#include "sla/calendar.h"

using rtcare::BusinessCalendar;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QTimeZone zone(const char* id)
{
    const QTimeZone result{QByteArray(id)};
    REQUIRE(result.isValid());
    return result;
}

BusinessCalendar::Interval hours(int startHour, int startMinute, int endHour, int endMinute)
{
    return {QTime(startHour, startMinute),
            endHour == 24 ? QTime(23, 59, 59, 999) : QTime(endHour, endMinute)};
}

// Monday to Friday, one interval a day.
BusinessCalendar weekdays(const char* zoneId, BusinessCalendar::Interval interval,
                          const QSet<QDate>& holidays = {}, const QSet<QDate>& workdays = {})
{
    BusinessCalendar::WeekHours week;
    for (int day = 0; day < 5; ++day)
        week.at(static_cast<std::size_t>(day)) = {interval};
    return BusinessCalendar::office(zone(zoneId), week, holidays, workdays);
}

BusinessCalendar shanghai(const QSet<QDate>& holidays = {})
{
    return weekdays("Asia/Shanghai", hours(9, 0, 17, 30), holidays);
}

QSet<QDate> range(QDate first, QDate last)
{
    QSet<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1))
        days.insert(day);
    return days;
}

} // namespace

TEST_CASE("24x7 calendar is plain absolute time", "[sla][calendar]")
{
    const BusinessCalendar always = BusinessCalendar::always();
    CHECK(always.isAlways());
    CHECK(BusinessCalendar().isAlways());
    // 10:00 + 900 s = 10:15
    CHECK(always.addBusinessSeconds(utc(2026, 11, 24, 10, 0), 900) == utc(2026, 11, 24, 10, 15));
    // 1440 min = one day later, over a weekend: the 24x7 clock never stops
    CHECK(always.addBusinessSeconds(utc(2026, 11, 27, 17, 20), 86400) == utc(2026, 11, 28, 17, 20));
    CHECK(always.businessSecondsBetween(utc(2026, 11, 24, 10, 0), utc(2026, 11, 24, 10, 16)) == 960);
    CHECK(always.businessSecondsBetween(utc(2026, 11, 24, 10, 16), utc(2026, 11, 24, 10, 0)) == 0);
    // Europe/Berlin springs forward at 2026-03-29 01:00Z. 00:30Z + 3 h is 03:30Z, whatever
    // the wall clocks say (01:30 CET -> 05:30 CEST).
    CHECK(always.addBusinessSeconds(utc(2026, 3, 29, 0, 30), 3 * 3600) == utc(2026, 3, 29, 3, 30));
    CHECK(always.businessSecondsBetween(utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 3, 30)) == 10800);
    // The result is in UTC even when the input is written with an offset.
    const QDateTime shanghaiTime(QDate(2026, 11, 24), QTime(18, 0), zone("Asia/Shanghai"));
    const QDateTime due = always.addBusinessSeconds(shanghaiTime, 60);
    CHECK(due == utc(2026, 11, 24, 10, 1));
    CHECK(due.timeSpec() == Qt::UTC);
    // Negative spans count as 0; an invalid start gives an invalid result.
    CHECK(always.addBusinessSeconds(utc(2026, 11, 24, 10, 0), -5) == utc(2026, 11, 24, 10, 0));
    CHECK_FALSE(always.addBusinessSeconds(QDateTime(), 60).isValid());
    CHECK(always.businessSecondsBetween(QDateTime(), utc(2026, 11, 24, 10, 0)) == 0);
}

TEST_CASE("office calendar: Asia/Shanghai 09:00-17:30 Mon-Fri", "[sla][calendar]")
{
    const BusinessCalendar office = shanghai();
    CHECK_FALSE(office.isAlways());

    // Tue 2026-11-24 10:00 local = 02:00Z; inside hours: + 30 min = 10:30 local = 02:30Z
    CHECK(office.addBusinessSeconds(utc(2026, 11, 24, 2, 0), 1800) == utc(2026, 11, 24, 2, 30));

    // Fri 2026-11-27 17:20 local = 09:20Z. 10 min until 17:30, 20 min left for Monday
    // 2026-11-30 09:00 -> 09:20 local = 01:20Z.
    CHECK(office.addBusinessSeconds(utc(2026, 11, 27, 9, 20), 1800) == utc(2026, 11, 30, 1, 20));
    CHECK(office.businessSecondsBetween(utc(2026, 11, 27, 9, 20), utc(2026, 11, 30, 1, 20))
          == 1800);

    // Sat 2026-11-28 10:00 local = 02:00Z: closed, counting starts Mon 09:00 local;
    // + 30 min = Mon 09:30 local = 01:30Z.
    CHECK(office.addBusinessSeconds(utc(2026, 11, 28, 2, 0), 1800) == utc(2026, 11, 30, 1, 30));
    // Sat 10:00 -> Sun 23:00 local: nothing worked.
    CHECK(office.businessSecondsBetween(utc(2026, 11, 28, 2, 0), utc(2026, 11, 29, 15, 0)) == 0);

    // Fri 17:00 local (09:00Z) + 30 min ends exactly at closing time 17:30 (09:30Z): Friday.
    CHECK(office.addBusinessSeconds(utc(2026, 11, 27, 9, 0), 1800) == utc(2026, 11, 27, 9, 30));
    // Starting at closing time with nothing to add: the next working instant, Mon 09:00
    // local = 01:00Z.
    CHECK(office.addBusinessSeconds(utc(2026, 11, 27, 9, 30), 0) == utc(2026, 11, 30, 1, 0));
    // Starting before opening (Tue 07:00 local = Mon 23:00Z) + 0 -> Tue 09:00 local = 01:00Z
    CHECK(office.addBusinessSeconds(utc(2026, 11, 23, 23, 0), 0) == utc(2026, 11, 24, 1, 0));

    // 24 h of business time from Mon 2026-11-23 09:00 local (01:00Z): a day is 8.5 h, so
    // Mon 8.5 + Tue 8.5 = 17 h, 7 h into Wed: Wed 16:00 local = 08:00Z.
    CHECK(office.addBusinessSeconds(utc(2026, 11, 23, 1, 0), 24 * 3600) == utc(2026, 11, 25, 8, 0));
    // One week Mon 00:00 local -> next Mon 00:00 local = 5 * 8.5 h = 153000 s
    CHECK(office.businessSecondsBetween(utc(2026, 11, 22, 16, 0), utc(2026, 11, 29, 16, 0))
          == 153000);
}

TEST_CASE("office calendar: holidays and make-up working days", "[sla][calendar]")
{
    // National Day 2026-10-01..07. Wed 2026-09-30 17:20 local (09:20Z) + 30 min: 10 min on
    // Wednesday, Thu 1 .. Wed 7 are holidays, 20 min on Thu 2026-10-08 = 09:20 local = 01:20Z.
    const BusinessCalendar withHolidays = shanghai(range(QDate(2026, 10, 1), QDate(2026, 10, 7)));
    CHECK(withHolidays.addBusinessSeconds(utc(2026, 9, 30, 9, 20), 1800)
          == utc(2026, 10, 8, 1, 20));
    CHECK(withHolidays.businessSecondsBetween(utc(2026, 9, 30, 9, 20), utc(2026, 10, 8, 1, 20))
          == 1800);
    CHECK(withHolidays.hoursOn(QDate(2026, 10, 1)).isEmpty());
    CHECK(withHolidays.hoursOn(QDate(2026, 10, 8)).size() == 1);

    // Make-up Saturday 2026-10-10 is worked with the weekday hours: Fri 2026-10-09 17:20
    // local (09:20Z) + 30 min -> Sat 09:20 local = 01:20Z (not Monday).
    const BusinessCalendar withWorkday = weekdays(
        "Asia/Shanghai", hours(9, 0, 17, 30), range(QDate(2026, 10, 1), QDate(2026, 10, 7)),
        {QDate(2026, 10, 10)});
    CHECK(withWorkday.addBusinessSeconds(utc(2026, 10, 9, 9, 20), 1800)
          == utc(2026, 10, 10, 1, 20));
    CHECK(withWorkday.hoursOn(QDate(2026, 10, 10)).size() == 1);
    CHECK(withWorkday.hoursOn(QDate(2026, 10, 11)).isEmpty());
    // A holiday wins over a make-up day on the same date.
    const BusinessCalendar conflicting = weekdays("Asia/Shanghai", hours(9, 0, 17, 30),
                                                  {QDate(2026, 10, 10)}, {QDate(2026, 10, 10)});
    CHECK(conflicting.hoursOn(QDate(2026, 10, 10)).isEmpty());
}

TEST_CASE("office calendar: several intervals a day and 24:00", "[sla][calendar]")
{
    BusinessCalendar::WeekHours week;
    // Tuesday with a lunch break, given out of order on purpose (the factory sorts).
    week.at(1) = {hours(13, 0, 18, 0), hours(9, 0, 12, 0)};
    week.at(5) = {hours(20, 0, 24, 0)}; // Saturday evening up to midnight
    week.at(6) = {hours(0, 0, 2, 0)};   // Sunday night
    const BusinessCalendar office = BusinessCalendar::office(zone("UTC"), week, {});
    REQUIRE(office.hoursOn(QDate(2026, 11, 24)).size() == 2);
    CHECK(office.hoursOn(QDate(2026, 11, 24)).first().start == QTime(9, 0));

    // Tue 11:50 + 30 min: 10 min before the break, 20 min after it -> 13:20
    CHECK(office.addBusinessSeconds(utc(2026, 11, 24, 11, 50), 1800) == utc(2026, 11, 24, 13, 20));
    // Tue 08:00 -> 19:00 = 3 h + 5 h
    CHECK(office.businessSecondsBetween(utc(2026, 11, 24, 8, 0), utc(2026, 11, 24, 19, 0))
          == 8 * 3600);
    // Sat 23:50 + 20 min runs through midnight without a pause -> Sun 00:10
    CHECK(office.addBusinessSeconds(utc(2026, 11, 28, 23, 50), 1200) == utc(2026, 11, 29, 0, 10));
    // Sat 23:00 -> Sun 01:00 = 2 h
    CHECK(office.businessSecondsBetween(utc(2026, 11, 28, 23, 0), utc(2026, 11, 29, 1, 0)) == 7200);
}

TEST_CASE("office calendar without working time gives an invalid due time", "[sla][calendar]")
{
    // No hours at all: the walk is bounded (3 years) and returns an invalid QDateTime.
    const BusinessCalendar closed = BusinessCalendar::office(zone("Asia/Shanghai"), {}, {});
    CHECK_FALSE(closed.addBusinessSeconds(utc(2026, 11, 24, 2, 0), 60).isValid());
    CHECK(closed.businessSecondsBetween(utc(2026, 1, 1, 0, 0), utc(2027, 1, 1, 0, 0)) == 0);
    // Enough hours exist but the target lies more than 3 years of walking away:
    // 10,000 h at 8.5 h per working day is ~1176 working days (~4.5 years).
    CHECK_FALSE(shanghai().addBusinessSeconds(utc(2026, 11, 24, 2, 0), 10000LL * 3600).isValid());
}

TEST_CASE("office calendar across DST: Europe/Berlin spring forward", "[sla][calendar][dst]")
{
    const BusinessCalendar berlin = weekdays("Europe/Berlin", hours(9, 0, 17, 0));
    // Fri 2026-03-27 16:50 CET (UTC+1) = 15:50Z. 10 min until 17:00 CET = 16:00Z.
    // Clocks go forward on Sun 2026-03-29. Mon 2026-03-30 09:00 CEST (UTC+2) = 07:00Z,
    // + the remaining 20 min = 07:20Z. (A fixed CET offset would say 08:20Z.)
    CHECK(berlin.addBusinessSeconds(utc(2026, 3, 27, 15, 50), 1800) == utc(2026, 3, 30, 7, 20));
    CHECK(berlin.businessSecondsBetween(utc(2026, 3, 27, 15, 50), utc(2026, 3, 30, 7, 20)) == 1800);
    // Mon 07:00Z is 09:00 CEST: open. Before it (06:30Z = 08:30 CEST) nothing counts.
    CHECK(berlin.businessSecondsBetween(utc(2026, 3, 27, 16, 0), utc(2026, 3, 30, 7, 0)) == 0);

    // A Sunday worked round the clock: 2026-03-29 has 23 hours. Local midnight Sat/Sun is
    // 2026-03-28 23:00Z (CET); Sun/Mon midnight is 2026-03-29 22:00Z (CEST): 23 h = 82800 s.
    BusinessCalendar::WeekHours sunday;
    sunday.at(6) = {hours(0, 0, 24, 0)};
    const BusinessCalendar allSunday = BusinessCalendar::office(zone("Europe/Berlin"), sunday, {});
    CHECK(allSunday.businessSecondsBetween(utc(2026, 3, 28, 12, 0), utc(2026, 3, 30, 12, 0))
          == 23 * 3600);
}

TEST_CASE("office calendar: local times in a spring-forward gap", "[sla][calendar][dst]")
{
    // On 2026-03-29 Berlin jumps from 02:00 CET to 03:00 CEST (at 01:00Z): 02:30 does not
    // exist. It is taken as the transition instant, 01:00Z (= 03:00 CEST). So Sunday
    // 02:30-04:00 is worked from 01:00Z to 04:00 CEST = 02:00Z: one hour.
    BusinessCalendar::WeekHours week;
    week.at(6) = {hours(2, 30, 4, 0)};
    const BusinessCalendar gap = BusinessCalendar::office(zone("Europe/Berlin"), week, {});
    CHECK(gap.addBusinessSeconds(utc(2026, 3, 28, 12, 0), 0) == utc(2026, 3, 29, 1, 0));
    CHECK(gap.addBusinessSeconds(utc(2026, 3, 28, 12, 0), 1800) == utc(2026, 3, 29, 1, 30));
    CHECK(gap.businessSecondsBetween(utc(2026, 3, 28, 12, 0), utc(2026, 3, 30, 0, 0)) == 3600);

    // An interval entirely inside the gap (02:00-03:00) is empty that day: the next one is
    // Sunday 2026-04-05 02:00 CEST = 00:00Z. + 60 s = 00:01Z. No crash, no endless loop.
    week.at(6) = {hours(2, 0, 3, 0)};
    const BusinessCalendar inGap = BusinessCalendar::office(zone("Europe/Berlin"), week, {});
    CHECK(inGap.addBusinessSeconds(utc(2026, 3, 28, 12, 0), 60) == utc(2026, 4, 5, 0, 1));
    CHECK(inGap.businessSecondsBetween(utc(2026, 3, 28, 12, 0), utc(2026, 3, 30, 0, 0)) == 0);
}

TEST_CASE("office calendar across DST: America/New_York fall back", "[sla][calendar][dst]")
{
    const BusinessCalendar newYork = weekdays("America/New_York", hours(9, 0, 17, 0));
    // Fri 2026-10-30 16:45 EDT (UTC-4) = 20:45Z. 15 min until 17:00 EDT = 21:00Z.
    // Clocks go back on Sun 2026-11-01 (02:00 EDT -> 01:00 EST). Mon 2026-11-02 09:00 EST
    // (UTC-5) = 14:00Z, + the remaining 15 min = 14:15Z. (A fixed EDT offset: 13:15Z.)
    CHECK(newYork.addBusinessSeconds(utc(2026, 10, 30, 20, 45), 1800) == utc(2026, 11, 2, 14, 15));
    CHECK(newYork.businessSecondsBetween(utc(2026, 10, 30, 20, 45), utc(2026, 11, 2, 14, 15))
          == 1800);
    // Mon 13:30Z is 08:30 EST: still closed, so nothing counts since Friday's close.
    CHECK(newYork.businessSecondsBetween(utc(2026, 10, 30, 21, 0), utc(2026, 11, 2, 13, 30)) == 0);
    // Whole Monday: 14:00Z .. 22:00Z = 8 h
    CHECK(newYork.businessSecondsBetween(utc(2026, 11, 2, 0, 0), utc(2026, 11, 3, 0, 0))
          == 8 * 3600);

    // A Sunday worked round the clock: 2026-11-01 has 25 hours. Local midnight Sat/Sun is
    // 04:00Z (EDT), Sun/Mon midnight is 2026-11-02 05:00Z (EST): 25 h = 90000 s.
    BusinessCalendar::WeekHours sunday;
    sunday.at(6) = {hours(0, 0, 24, 0)};
    const BusinessCalendar allSunday = BusinessCalendar::office(zone("America/New_York"), sunday, {});
    CHECK(allSunday.businessSecondsBetween(utc(2026, 10, 31, 12, 0), utc(2026, 11, 2, 12, 0))
          == 25 * 3600);
    // Sun 00:00 EDT (04:00Z) + 24 h of business time = 04:00Z Monday = Sun 23:00 EST.
    CHECK(allSunday.addBusinessSeconds(utc(2026, 11, 1, 4, 0), 24 * 3600) == utc(2026, 11, 2, 4, 0));

    // 01:00-01:30 happens twice that night. The interval starts at the first 01:00 (EDT,
    // 05:00Z) and ends at the last 01:30 (EST, 06:30Z): 1.5 h.
    sunday.at(6) = {hours(1, 0, 1, 30)};
    const BusinessCalendar overlap = BusinessCalendar::office(zone("America/New_York"), sunday, {});
    CHECK(overlap.addBusinessSeconds(utc(2026, 10, 31, 12, 0), 0) == utc(2026, 11, 1, 5, 0));
    CHECK(overlap.businessSecondsBetween(utc(2026, 10, 31, 12, 0), utc(2026, 11, 2, 0, 0)) == 5400);
}

TEST_CASE("businessSecondsBetween undoes addBusinessSeconds", "[sla][calendar]")
{
    const QList<BusinessCalendar> calendars{
        shanghai(range(QDate(2026, 10, 1), QDate(2026, 10, 7))),
        weekdays("Europe/Berlin", hours(9, 0, 17, 0)),
        weekdays("America/New_York", hours(9, 0, 17, 0)),
        BusinessCalendar::always(),
    };
    // Starts every 37 min 13 s over two weeks around each DST change / holiday; spans from
    // one second to more than a working week.
    const QList<QDateTime> origins{utc(2026, 9, 24, 0, 0), utc(2026, 3, 22, 0, 0),
                                   utc(2026, 10, 26, 0, 0)};
    const QList<qint64> spans{0, 1, 59, 600, 1800, 7200, 30600, 86400, 200000};
    int checked = 0;
    for (const BusinessCalendar& calendar : calendars) {
        for (const QDateTime& origin : origins) {
            for (qint64 offset = 0; offset < 14 * 86400; offset += 37 * 60 + 13) {
                const QDateTime start = origin.addSecs(offset);
                QDateTime previous;
                for (qint64 span : spans) {
                    const QDateTime end = calendar.addBusinessSeconds(start, span);
                    REQUIRE(end.isValid());
                    REQUIRE(end >= start);
                    if (previous.isValid())
                        REQUIRE(end >= previous); // more business time never ends earlier
                    previous = end;
                    INFO("start " << start.toString(Qt::ISODate).toStdString() << " span "
                                  << span);
                    REQUIRE(calendar.businessSecondsBetween(start, end) == span);
                    ++checked;
                }
            }
        }
    }
    CHECK(checked > 10000);
}
