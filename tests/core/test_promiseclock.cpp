// SPDX-License-Identifier: MIT
// The countdown of a time promised in a reply (a commitment) in the queue: its clock, the
// At risk / Breached filters and counts, and the crossings the notifier announces.
#include "catch.h"
#include "testsupport.h"

#include "replies/commitments.h"
#include "replies/replystore.h"
#include "storage/queuequery.h"

using namespace rtcare;
using namespace rtcare::replies;
using rtcare::test::numbers;
using rtcare::test::TempDatabase;

namespace {

// Sends a reply promising "within 2 hours" on `ticket`; returns the stored commitment.
Commitment promiseTwoHours(TempDatabase& t, const Ticket& ticket)
{
    ReplyStore store(*t.repository);
    const QString text = QStringLiteral("An engineer will call you within 2 hours.");
    QString error;
    const auto sent = store.markSent(ticket.id, text, {}, {},
                                     findCommitments(text, t.now, QTimeZone::utc()), &error);
    INFO(error.toStdString());
    REQUIRE(sent);
    const QList<Commitment> made = store.commitments(ticket.id);
    REQUIRE(made.size() == 1);
    return made.first();
}

} // namespace

TEST_CASE("a promise counts down on track, warns at 75 % and is overdue after its time",
          "[replies][commitments][promiseclock]")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::Feature); // medium, 2 h first response
    const Commitment c = promiseTwoHours(t, ticket);
    CHECK(c.promisedAt == t.now);
    CHECK(c.dueAt == t.now.addSecs(7200));
    const SlaPolicy& policy = SlaPolicy::builtIn();

    t.now = t.now.addSecs(30 * 60); // 25 %
    ClockStatus clock = commitmentClockStatus(policy, c, t.now);
    CHECK(clock.id() == QStringLiteral("on_track"));
    CHECK(clock.remainingSeconds == 90 * 60);

    t.now = t.now.addSecs(60 * 60); // 90 min of 120: 75 %
    clock = commitmentClockStatus(policy, c, t.now);
    CHECK(clock.id() == QStringLiteral("warning_75"));
    CHECK(clock.elapsedPercent == Approx(75.0));
    CHECK(clock.remainingSeconds == 30 * 60);

    t.now = t.now.addSecs(31 * 60); // a minute past due
    clock = commitmentClockStatus(policy, c, t.now);
    CHECK(clock.id() == QStringLiteral("breached"));
    CHECK(clock.remainingSeconds == -60);
    CHECK(commitmentClock(policy, c, t.now).state == QStringLiteral("overdue"));
}

TEST_CASE("the queue carries a ticket's earliest open promise and files late ones under At risk "
          "and Breached",
          "[replies][commitments][promiseclock]")
{
    TempDatabase t;
    const QDateTime start = t.now;
    const Ticket promised = t.create(Category::Feature);
    const Ticket plain = t.create(Category::Compatibility); // pending, 24 h: never late here
    promiseTwoHours(t, promised);

    QueueQuery query(*t.database);
    query.setFilter(QueueFilter::All);
    QList<QueueRow> rows = query.page(0, 10, start);
    REQUIRE(rows.size() == 2);
    const QueueRow& withPromise = rows.at(0).id == promised.id ? rows.at(0) : rows.at(1);
    const QueueRow& without = rows.at(0).id == promised.id ? rows.at(1) : rows.at(0);
    CHECK(withPromise.promiseDue == start.addSecs(7200));
    CHECK(withPromise.promisedAt == start);
    CHECK(withPromise.promiseText == QStringLiteral("within 2 hours"));
    CHECK_FALSE(without.promiseDue.isValid());

    const auto filtered = [&](QueueFilter filter, const QDateTime& now) {
        query.setFilter(filter);
        return numbers(query.page(0, 10, now));
    };
    QDateTime now = start.addSecs(60 * 60); // 50 %
    CHECK(filtered(QueueFilter::AtRisk, now).isEmpty());
    CHECK(filtered(QueueFilter::Breached, now).isEmpty());
    CHECK(query.counts(now).atRisk == 0);

    now = start.addSecs(95 * 60); // 79 %: at risk
    CHECK(filtered(QueueFilter::AtRisk, now) == QStringList{promised.number});
    CHECK(query.count(now) == 1);
    CHECK(filtered(QueueFilter::Breached, now).isEmpty());
    CHECK(query.counts(now).atRisk == 1);
    CHECK(query.counts(now).breached == 0);

    now = start.addSecs(121 * 60); // overdue
    CHECK(filtered(QueueFilter::AtRisk, now).isEmpty());
    CHECK(filtered(QueueFilter::Breached, now) == QStringList{promised.number});
    CHECK(query.counts(now).atRisk == 0);
    CHECK(query.counts(now).breached == 1);
    CHECK_FALSE(filtered(QueueFilter::Breached, now).contains(plain.number));

    // Kept: no longer counted, and the queue row carries no promise.
    ReplyStore store(*t.repository);
    QString error;
    REQUIRE(store.closeCommitment(store.commitments(promised.id).first().id, QStringLiteral("kept"),
                                  &error));
    CHECK(filtered(QueueFilter::Breached, now).isEmpty());
    CHECK(query.counts(now).breached == 0);
    query.setFilter(QueueFilter::All);
    for (const QueueRow& row : query.page(0, 10, now))
        CHECK_FALSE(row.promiseDue.isValid());
}

TEST_CASE("promise crossings: at risk once, overdue once, nothing once kept",
          "[replies][commitments][promiseclock]")
{
    TempDatabase t;
    const QDateTime start = t.now;
    const Ticket first = t.create(Category::Feature);
    const Ticket second = t.create(Category::Feature);
    promiseTwoHours(t, first);
    promiseTwoHours(t, second);
    QueueQuery query(*t.database);

    const auto at = [&](int minutes) { return start.addSecs(minutes * 60); };
    CHECK(query.promiseCrossings(at(0), at(80)).isEmpty());
    QList<QueueQuery::PromiseCrossing> crossed =
        query.promiseCrossings(at(80), at(91)); // 75 % = 90 min
    REQUIRE(crossed.size() == 2);
    CHECK_FALSE(crossed.at(0).overdue);
    CHECK(crossed.at(0).text == QStringLiteral("within 2 hours"));
    CHECK(query.promiseCrossings(at(91), at(100)).isEmpty()); // told once per step

    ReplyStore store(*t.repository);
    QString error;
    REQUIRE(store.closeCommitment(store.commitments(second.id).first().id, QStringLiteral("broken"),
                                  &error));
    crossed = query.promiseCrossings(at(100), at(121));
    REQUIRE(crossed.size() == 1);
    CHECK(crossed.first().number == first.number);
    CHECK(crossed.first().overdue);
    CHECK(query.promiseCrossings(at(121), at(200)).isEmpty());

    // Both lines crossed within one check: told once, as overdue.
    const Ticket third = t.create(Category::Feature);
    t.now = at(300);
    promiseTwoHours(t, third);
    crossed = query.promiseCrossings(at(301), at(430));
    REQUIRE(crossed.size() == 1);
    CHECK(crossed.first().overdue);
}
