// SPDX-License-Identifier: MIT
// Times promised in a reply (commitments) count down in the queue and the detail pane and
// are announced at 75 % and when overdue, like first-response clocks (issue 4).
#include "catch.h"
#include "uitestfixture.h"

#include "queue/queuemodel.h"
#include "replies/commitments.h"
#include "replies/replystore.h"
#include "queue/slanotifier.h"
#include "ticket/ticketdetailpane.h"

#include <QSignalSpy>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

// Sends a reply promising "within 2 hours" (records the first response too).
void promiseTwoHours(UiFixture& f, const Ticket& ticket)
{
    const QString text = u"An engineer will call you within 2 hours."_s;
    QString error;
    const auto sent =
        replies::ReplyStore(*f.repository)
            .markSent(ticket.id, text, {}, {},
                      replies::findCommitments(text, f.now, QTimeZone::utc()), &error);
    INFO(error.toStdString());
    REQUIRE(sent);
}

void closePromise(UiFixture& f, const Ticket& ticket, const QString& state)
{
    replies::ReplyStore store(*f.repository);
    QString error;
    REQUIRE(store.closeCommitment(store.commitments(ticket.id).first().id, state, &error));
}

int rowOf(const QueueModel& model, const Ticket& ticket)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row, QueueModel::Number), QueueModel::TicketIdRole)
                .toLongLong() == ticket.id)
            return row;
    return -1;
}

} // namespace

TEST_CASE("the queue's clock shows the promise countdown once the first response is sent",
          "[ui][queuemodel][promiseclock]")
{
    UiFixture f;
    const Ticket promised = f.file(u"Promised"_s, Category::Feature);
    const Ticket answered = f.file(u"Answered"_s, Category::Feature);
    const Ticket pending = f.file(u"Pending"_s, Category::Feature);
    promiseTwoHours(f, promised);
    f.act(answered.id, TicketAction::SendFirstResponse);

    QueueModel model(*f.repository);
    model.setFilter(QueueFilter::All);
    const auto clockCell = [&](const Ticket& t, int role = Qt::DisplayRole) {
        return model.data(model.index(rowOf(model, t), QueueModel::Clock), role);
    };
    REQUIRE(rowOf(model, promised) >= 0);
    CHECK(clockCell(promised).toString() == u"Promise: 2:00:00 left");
    CHECK(clockCell(promised, QueueModel::ClockKindRole).toString() == u"promise");
    CHECK(clockCell(promised, QueueModel::ClockStatusRole).toString() == u"on_track");
    CHECK(clockCell(promised, Qt::ToolTipRole).toString().contains(u"within 2 hours"_s));
    // Without a promise the clock stays the first response's.
    CHECK(clockCell(answered).toString() == u"Met");
    CHECK(clockCell(answered, QueueModel::ClockKindRole).toString() == u"first_response");
    CHECK(clockCell(pending).toString() == u"2:00:00 left");

    f.advanceMinutes(95); // 79 % of the promised two hours
    CHECK(clockCell(promised).toString() == u"Promise: 79 % · 25:00 left");
    CHECK(clockCell(promised, QueueModel::ClockStatusRole).toString() == u"warning_75");

    f.advanceMinutes(26); // a minute late
    CHECK(clockCell(promised).toString() == u"Promise: Overdue 1:00");
    CHECK(clockCell(promised, QueueModel::ClockStatusRole).toString() == u"breached");
    model.refresh();
    CHECK(model.counts().breached == 2); // the late promise and the pending first response

    closePromise(f, promised, u"kept"_s);
    model.refresh();
    CHECK(clockCell(promised).toString() == u"Met");
    CHECK(model.counts().breached == 1);
}

TEST_CASE("the detail pane lists open promises with their countdown", "[ui][promiseclock]")
{
    UiFixture f;
    const Ticket t = f.file(u"Promised"_s, Category::Feature);
    TicketDetailPane pane(*f.repository);
    pane.showTicket(t.id);
    CHECK(pane.promisesText().isEmpty());

    promiseTwoHours(f, t);
    pane.reload();
    CHECK(pane.promisesText() == u"“within 2 hours” · 2:00:00 left · due by 04:00"_s);
    f.advanceMinutes(121);
    pane.updateClock();
    CHECK(pane.promisesText() == u"“within 2 hours” · Overdue 1:00 · due by 04:00"_s);

    closePromise(f, t, u"broken"_s);
    pane.reload();
    CHECK(pane.promisesText().isEmpty());
}

TEST_CASE("SlaNotifier announces a promise at 75 % and when overdue, once each",
          "[ui][notifier][slanotifier][promiseclock]")
{
    UiFixture f;
    const Ticket t = f.file(u"Promised"_s, Category::Feature);
    promiseTwoHours(f, t);
    SlaNotifier notifier(*f.repository);
    QSignalSpy announced(&notifier, &SlaNotifier::announced);

    f.advanceMinutes(60); // 50 %: the first-response clock stopped, the promise is on track
    CHECK(notifier.checkNow().isEmpty());

    f.advanceMinutes(31); // 91 of 120 minutes: past 75 %
    const QString risk = notifier.checkNow();
    REQUIRE(announced.count() == 1);
    CHECK(risk ==
          u"The promise on ticket %1 (“within 2 hours”) is due soon, by 04:00."_s.arg(t.number));

    f.advanceMinutes(10);
    CHECK(notifier.checkNow().isEmpty()); // told once
    CHECK(announced.count() == 1);

    f.advanceMinutes(20); // overdue
    const QString overdue = notifier.checkNow();
    REQUIRE(announced.count() == 2);
    CHECK(overdue == u"The promise on ticket %1 (“within 2 hours”) is overdue."_s.arg(t.number));

    f.advanceMinutes(30);
    CHECK(notifier.checkNow().isEmpty());
    CHECK(announced.count() == 2);
}

TEST_CASE("SlaNotifier says nothing of a promise marked kept",
          "[ui][notifier][slanotifier][promiseclock]")
{
    UiFixture f;
    const Ticket kept = f.file(u"Kept"_s, Category::Feature);
    const Ticket open = f.file(u"Open"_s, Category::Feature);
    promiseTwoHours(f, kept);
    promiseTwoHours(f, open);
    SlaNotifier notifier(*f.repository);

    f.advanceMinutes(30);
    closePromise(f, kept, u"kept"_s);
    f.advanceMinutes(61); // past 75 % for both; only the open one is told
    const QString risk = notifier.checkNow();
    CHECK(risk.contains(open.number));
    CHECK_FALSE(risk.contains(kept.number));

    closePromise(f, open, u"kept"_s);
    f.advanceMinutes(40); // past due: both are kept, nothing to tell
    CHECK(notifier.checkNow().isEmpty());
    CHECK(SlaNotifier::promiseMessageFor({}).isEmpty());
}
