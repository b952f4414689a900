// SPDX-License-Identifier: MIT
#include "catch.h"
#include "testsupport.h"

#include "sla/clock.h"

#include <QSignalSpy>

using namespace rtcare;
using rtcare::test::TempDatabase;
using rtcare::test::utc;

TEST_CASE("filing a complaint numbers it, sets its tier and starts the first-response clock")
{
    TempDatabase t;
    const Ticket network = t.create(Category::Network);
    CHECK(network.number == QStringLiteral("RTC-20261124-0001"));
    CHECK(network.priority == QStringLiteral("high"));
    CHECK(network.status == TicketStatus::New);
    CHECK(network.firstResponseDue == utc("2026-11-24T10:15:00Z"));

    const Ticket quality = t.create(Category::AvQuality);
    CHECK(quality.number == QStringLiteral("RTC-20261124-0002"));
    CHECK(quality.firstResponseDue == utc("2026-11-24T10:30:00Z"));

    const Ticket compat = t.create(Category::Compatibility);
    CHECK(compat.priority == QStringLiteral("medium_low"));
    CHECK(compat.firstResponseDue == utc("2026-11-25T10:00:00Z"));

    // The next day starts a new sequence.
    t.now = utc("2026-11-25T08:00:00Z");
    CHECK(t.create(Category::Feature).number == QStringLiteral("RTC-20261125-0001"));

    const auto stored = t.repository->findByNumber(network.number);
    REQUIRE(stored);
    CHECK(stored->uuid == network.uuid);
    CHECK(stored->customer.name == QStringLiteral("张伟"));
    const QList<AuditEntry> history = t.repository->history(network.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == QStringLiteral("create"));
    CHECK(history[0].actor == QStringLiteral("tester"));
}

TEST_CASE("an enterprise customer's key-business complaint goes to the top tier")
{
    TempDatabase t;
    CHECK(t.create(Category::Compatibility, QStringLiteral("Acme"), true, true).priority
          == QStringLiteral("high"));
    CHECK(t.create(Category::Compatibility, QStringLiteral("Acme"), true, false).priority
          == QStringLiteral("medium_low"));
    CHECK(t.create(Category::Feature, QStringLiteral("Solo"), false, true).priority
          == QStringLiteral("medium"));
}

TEST_CASE("a complaint without a customer name is refused")
{
    TempDatabase t;
    NewTicket input;
    input.customer.name = QStringLiteral("   ");
    QString error;
    CHECK_FALSE(t.repository->create(input, &error));
    CHECK(error.contains(QStringLiteral("name")));
}

TEST_CASE("sending the first response stops the clock and is audited")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::Network); // due 10:15
    QSignalSpy changed(t.repository.get(), &TicketRepository::ticketChanged);

    t.now = utc("2026-11-24T10:12:00Z");
    QString error;
    REQUIRE(t.repository->apply(ticket.id, TicketAction::SendFirstResponse, &error));
    CHECK(changed.count() == 1);
    const Ticket after = *t.repository->find(ticket.id);
    CHECK(after.status == TicketStatus::Acknowledged);
    CHECK(after.firstResponseAt == utc("2026-11-24T10:12:00Z"));

    t.now = utc("2026-11-24T11:00:00Z"); // long after the due time: the clock stays "met"
    CHECK(firstResponseClock(SlaPolicy::builtIn(), after, t.now).id() == QStringLiteral("met"));

    const QList<AuditEntry> history = t.repository->history(ticket.id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].field == QStringLiteral("status"));
    CHECK(history[1].oldValue == QStringLiteral("new"));
    CHECK(history[1].newValue == QStringLiteral("acknowledged"));
    CHECK(history[2].field == QStringLiteral("first_response_at"));
    CHECK(history[2].reason == QStringLiteral("met"));

    // Twice is not possible.
    CHECK_FALSE(t.repository->apply(ticket.id, TicketAction::SendFirstResponse, &error));
    CHECK(error.contains(after.number));
}

TEST_CASE("a late first response is recorded as missed")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::Network); // due 10:15
    t.now = utc("2026-11-24T10:20:00Z");
    QString error;
    REQUIRE(t.repository->apply(ticket.id, TicketAction::SendFirstResponse, &error));
    CHECK(t.repository->history(ticket.id).constLast().reason == QStringLiteral("missed"));
    CHECK(firstResponseClock(SlaPolicy::builtIn(), *t.repository->find(ticket.id), t.now).id()
          == QStringLiteral("missed"));
}

TEST_CASE("the lifecycle runs through investigation, waiting, resolution, closing and reopening")
{
    TempDatabase t;
    const qint64 id = t.create(Category::AvQuality).id;
    QString error;
    CHECK_FALSE(t.repository->apply(id, TicketAction::Resolve, &error)); // no first response yet
    CHECK(error.contains(QStringLiteral("Resolve")));

    REQUIRE(t.repository->apply(id, TicketAction::SendFirstResponse, &error));
    t.now = t.now.addSecs(600);
    REQUIRE(t.repository->apply(id, TicketAction::WaitForCustomer, &error));
    CHECK(t.repository->find(id)->waitingSince == t.now);
    t.now = t.now.addSecs(3600); // the customer answers after an hour
    REQUIRE(t.repository->apply(id, TicketAction::Investigate, &error));
    Ticket ticket = *t.repository->find(id);
    CHECK(ticket.waitingSeconds == 3600);
    CHECK_FALSE(ticket.waitingSince.isValid());

    REQUIRE(t.repository->apply(id, TicketAction::Escalate, &error));
    t.now = t.now.addSecs(7200);
    REQUIRE(t.repository->apply(id, TicketAction::Resolve, &error));
    ticket = *t.repository->find(id);
    CHECK(ticket.status == TicketStatus::Resolved);
    CHECK(ticket.resolvedAt == t.now);
    REQUIRE(t.repository->apply(id, TicketAction::Close, &error));
    REQUIRE(t.repository->apply(id, TicketAction::Reopen, &error));
    ticket = *t.repository->find(id);
    CHECK(ticket.status == TicketStatus::Investigating);
    CHECK_FALSE(ticket.resolvedAt.isValid());

    QStringList statuses;
    for (const AuditEntry& entry : t.repository->history(id)) {
        if (entry.field == QStringLiteral("status"))
            statuses.append(entry.newValue);
    }
    CHECK(statuses == QStringList{QStringLiteral("acknowledged"), QStringLiteral("waiting_customer"),
                                  QStringLiteral("investigating"), QStringLiteral("escalated"),
                                  QStringLiteral("resolved"), QStringLiteral("closed"),
                                  QStringLiteral("investigating")});
}

TEST_CASE("a priority changes only with a reason, and a pending clock follows the new tier")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::Compatibility); // medium_low: due in 24 h
    QString error;
    CHECK_FALSE(t.repository->changePriority(ticket.id, QStringLiteral("high"), QStringLiteral("  "),
                                             &error));
    CHECK(t.repository->find(ticket.id)->priority == QStringLiteral("medium_low"));
    CHECK_FALSE(t.repository->changePriority(ticket.id, QStringLiteral("urgent"),
                                             QStringLiteral("VIP"), &error));
    CHECK(error.contains(QStringLiteral("urgent")));

    t.now = utc("2026-11-24T10:05:00Z");
    REQUIRE(t.repository->changePriority(ticket.id, QStringLiteral("high"),
                                         QStringLiteral("Whole class cannot join"), &error));
    const Ticket after = *t.repository->find(ticket.id);
    CHECK(after.priority == QStringLiteral("high"));
    // Due is computed from the filing time with the new tier's 15 minutes.
    CHECK(after.firstResponseDue == utc("2026-11-24T10:15:00Z"));

    const QList<AuditEntry> history = t.repository->history(ticket.id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].field == QStringLiteral("priority"));
    CHECK(history[1].oldValue == QStringLiteral("medium_low"));
    CHECK(history[1].newValue == QStringLiteral("high"));
    CHECK(history[1].reason == QStringLiteral("Whole class cannot join"));
    CHECK(history[1].actor == QStringLiteral("tester"));
    CHECK(history[2].field == QStringLiteral("first_response_due"));
}
