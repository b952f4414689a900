// SPDX-License-Identifier: MIT
// The first-response clock: states, warning steps, remaining time, and duration text.
#include "catch.h"

#include "sla/clock.h"

#include <limits>

using namespace rtcare;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

SlaPolicy parse(const QByteArray& json)
{
    QString error;
    std::optional<SlaPolicy> policy = SlaPolicy::fromJson(json, QStringLiteral("test.json"), &error);
    INFO(error.toStdString());
    REQUIRE(policy.has_value());
    return *policy;
}

// One office tier (30 min, Asia/Shanghai 09:00-17:30 Mon-Fri) and one 24x7 tier.
const QByteArray kOfficePolicy = R"json({
  "version": 1,
  "calendars": {
    "24x7": {"type": "always"},
    "office": {"type": "office", "timezone": "Asia/Shanghai",
               "hours": {"mon": ["09:00-17:30"], "tue": ["09:00-17:30"], "wed": ["09:00-17:30"],
                         "thu": ["09:00-17:30"], "fri": ["09:00-17:30"]}}
  },
  "tiers": [
    {"id": "office", "name": {"en": "Office"}, "first_response_minutes": 30, "calendar": "office"},
    {"id": "slow", "name": {"en": "Slow"}, "first_response_minutes": 100, "calendar": "24x7"}
  ],
  "warnings": [60]
})json";

} // namespace

TEST_CASE("24x7 high tier: created 10:00Z, due 10:15Z", "[sla][clock]")
{
    const SlaPolicy& policy = SlaPolicy::builtIn();
    const QString high = QStringLiteral("high");
    const QDateTime created = utc(2026, 11, 24, 10, 0);
    const QDateTime due = policy.firstResponseDue(high, created);
    REQUIRE(due == utc(2026, 11, 24, 10, 15));
    const auto at = [&](int minute, int second) {
        return firstResponseClock(policy, high, created, due, QDateTime(),
                                  utc(2026, 11, 24, 10, minute, second));
    };

    // 10:05: 300 of 900 s = 33.3 %: below the first step
    const ClockStatus early = at(5, 0);
    CHECK(early.state == ClockStatus::State::OnTrack);
    CHECK(early.id() == QLatin1String("on_track"));
    CHECK(early.displayName() == QLatin1String("On track"));
    CHECK(early.elapsedPercent == Approx(100.0 / 3.0));
    CHECK(early.remainingSeconds == 600);
    CHECK(early.due == due);
    CHECK(early.isRunning());

    // 10:07:30: 450 / 900 = 50 % exactly -> warning_50, 450 s left
    const ClockStatus half = at(7, 30);
    CHECK(half.state == ClockStatus::State::Warning);
    CHECK(half.warningStep == 50);
    CHECK(half.id() == QLatin1String("warning_50"));
    CHECK(half.displayName() == QLatin1String("50 % used"));
    CHECK(half.elapsedPercent == Approx(50.0));
    CHECK(half.remainingSeconds == 450);
    // 10:07:29 is one second short of 50 %
    CHECK(at(7, 29).id() == QLatin1String("on_track"));

    // 10:12: 720 / 900 = 80 % -> warning_75
    CHECK(at(12, 0).id() == QLatin1String("warning_75"));
    CHECK(at(12, 0).displayName() == QLatin1String("75 % used"));
    // 10:14: 840 / 900 = 93.3 % -> warning_90, 60 s left
    const ClockStatus late = at(14, 0);
    CHECK(late.id() == QLatin1String("warning_90"));
    CHECK(late.remainingSeconds == 60);
    // 10:15:00 exactly: due, not yet past it
    CHECK(at(15, 0).id() == QLatin1String("warning_90"));
    CHECK(at(15, 0).remainingSeconds == 0);

    // 10:16: past due -> breached, 960 / 900 = 106.7 %, remaining -60
    const ClockStatus breached = at(16, 0);
    CHECK(breached.state == ClockStatus::State::Breached);
    CHECK(breached.id() == QLatin1String("breached"));
    CHECK(breached.displayName() == QLatin1String("Breached"));
    CHECK(breached.remainingSeconds == -60);
    CHECK(breached.elapsedPercent == Approx(960.0 / 9.0));
    CHECK(breached.isRunning());
}

TEST_CASE("a first response stops the clock", "[sla][clock]")
{
    const SlaPolicy& policy = SlaPolicy::builtIn();
    const QString high = QStringLiteral("high");
    const QDateTime created = utc(2026, 11, 24, 10, 0);
    const QDateTime due = utc(2026, 11, 24, 10, 15);
    const QDateTime later = utc(2026, 11, 25, 9, 0); // "now" no longer matters

    // Responded 10:14:59: met, 1 s to spare, measured at the response: 899 / 900 s
    const ClockStatus met = firstResponseClock(policy, high, created, due,
                                               utc(2026, 11, 24, 10, 14, 59), later);
    CHECK(met.state == ClockStatus::State::Met);
    CHECK(met.id() == QLatin1String("met"));
    CHECK(met.displayName() == QLatin1String("Met"));
    CHECK(met.remainingSeconds == 1);
    CHECK(met.elapsedPercent == Approx(899.0 / 9.0));
    CHECK_FALSE(met.isRunning());
    // Responded exactly at 10:15:00: still met
    CHECK(firstResponseClock(policy, high, created, due, due, later).id() == QLatin1String("met"));

    // Responded 10:15:01: missed by 1 s
    const ClockStatus missed = firstResponseClock(policy, high, created, due,
                                                  utc(2026, 11, 24, 10, 15, 1), later);
    CHECK(missed.state == ClockStatus::State::Missed);
    CHECK(missed.id() == QLatin1String("missed"));
    CHECK(missed.displayName() == QLatin1String("Missed"));
    CHECK(missed.remainingSeconds == -1);
    CHECK_FALSE(missed.isRunning());
}

TEST_CASE("the stored due time is not recomputed", "[sla][clock]")
{
    const SlaPolicy& policy = SlaPolicy::builtIn();
    const QDateTime created = utc(2026, 11, 24, 10, 0);
    // A ticket filed under an older policy with a 20 min target: at 10:16 it is not
    // breached, 4 min left; the percentage follows the current policy (16 / 15 min).
    const ClockStatus status = firstResponseClock(policy, QStringLiteral("high"), created,
                                                  utc(2026, 11, 24, 10, 20), QDateTime(),
                                                  utc(2026, 11, 24, 10, 16));
    CHECK(status.due == utc(2026, 11, 24, 10, 20));
    CHECK(status.remainingSeconds == 240);
    CHECK(status.state == ClockStatus::State::Warning);
    CHECK(status.warningStep == 90);

    // Without a stored due time the policy's is used: 10:15
    const ClockStatus computed = firstResponseClock(policy, QStringLiteral("high"), created,
                                                    QDateTime(), QDateTime(),
                                                    utc(2026, 11, 24, 10, 5));
    CHECK(computed.due == utc(2026, 11, 24, 10, 15));
    CHECK(computed.remainingSeconds == 600);

    // Unknown tier and no due time: nothing to measure against, but no nonsense either.
    const ClockStatus unknown = firstResponseClock(policy, QStringLiteral("urgent"), created,
                                                   QDateTime(), QDateTime(),
                                                   utc(2026, 11, 24, 10, 5));
    CHECK(unknown.state == ClockStatus::State::OnTrack);
    CHECK_FALSE(unknown.due.isValid());
    CHECK(unknown.elapsedPercent == 0);
}

TEST_CASE("clock on an office calendar counts business time only", "[sla][clock]")
{
    const SlaPolicy policy = parse(kOfficePolicy);
    Ticket ticket;
    ticket.priority = QStringLiteral("office");
    // Fri 2026-11-27 17:20 local = 09:20Z; due Mon 2026-11-30 09:20 local = 01:20Z
    ticket.createdAt = utc(2026, 11, 27, 9, 20);
    ticket.firstResponseDue = policy.firstResponseDue(ticket.priority, ticket.createdAt);
    REQUIRE(ticket.firstResponseDue == utc(2026, 11, 30, 1, 20));

    // Sat 12:00 local (04:00Z): 10 of 30 business min = 33.3 %, on track; the wall clock
    // says Sat 04:00Z -> Mon 01:20Z = 45 h 20 min = 163200 s remaining.
    const ClockStatus saturday = firstResponseClock(policy, ticket, utc(2026, 11, 28, 4, 0));
    CHECK(saturday.id() == QLatin1String("on_track"));
    CHECK(saturday.elapsedPercent == Approx(100.0 / 3.0));
    CHECK(saturday.remainingSeconds == 163200);

    // Mon 09:08 local (01:08Z): 10 + 8 = 18 of 30 min = 60 % -> this policy's only step
    const ClockStatus monday = firstResponseClock(policy, ticket, utc(2026, 11, 30, 1, 8));
    CHECK(monday.id() == QLatin1String("warning_60"));
    CHECK(monday.displayName() == QLatin1String("60 % used"));
    CHECK(monday.remainingSeconds == 12 * 60);
    // Mon 09:07 local: 17 / 30 = 56.7 %: on track
    CHECK(firstResponseClock(policy, ticket, utc(2026, 11, 30, 1, 7)).id()
          == QLatin1String("on_track"));

    // Responded Mon 09:25 local (01:25Z): missed by 5 min; 35 / 30 business min used
    ticket.firstResponseAt = utc(2026, 11, 30, 1, 25);
    const ClockStatus missed = firstResponseClock(policy, ticket, utc(2026, 12, 1, 0, 0));
    CHECK(missed.id() == QLatin1String("missed"));
    CHECK(missed.remainingSeconds == -300);
    CHECK(missed.elapsedPercent == Approx(35.0 * 100.0 / 30.0));
}

TEST_CASE("duration text", "[sla][clock]")
{
    // under an hour: m:ss
    CHECK(formatDuration(0) == QLatin1String("0:00"));
    CHECK(formatDuration(42) == QLatin1String("0:42"));
    CHECK(formatDuration(14 * 60 + 5) == QLatin1String("14:05"));
    CHECK(formatDuration(3599) == QLatin1String("59:59"));
    // under a day: "h min", minutes zero-padded, seconds dropped
    CHECK(formatDuration(3600) == QLatin1String("1 h 00 min"));
    CHECK(formatDuration(3 * 3600 + 5 * 60 + 59) == QLatin1String("3 h 05 min"));
    CHECK(formatDuration(86399) == QLatin1String("23 h 59 min"));
    // a day or more: "d h"
    CHECK(formatDuration(86400) == QLatin1String("1 d 0 h"));
    CHECK(formatDuration(2 * 86400 + 4 * 3600 + 59 * 60) == QLatin1String("2 d 4 h"));
    CHECK(formatDuration(45 * 86400) == QLatin1String("45 d 0 h"));
    // negatives: absolute value
    CHECK(formatDuration(-60) == QLatin1String("1:00"));
    CHECK(formatDuration(-(3 * 3600 + 5 * 60)) == QLatin1String("3 h 05 min"));
    CHECK_FALSE(formatDuration(std::numeric_limits<qint64>::min()).isEmpty());
}
