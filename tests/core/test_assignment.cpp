// SPDX-License-Identifier: MIT
// Issue 18: who has a ticket. Taking and assigning are audited; a ticket a colleague has
// just taken is not silently taken over; the queue's "Mine" filter and its assignee column.
// Runs on both engines (RTCARE_TEST_ENGINE, testsupport.h).
#include "catch.h"
#include "testsupport.h"

#include "storage/currentagent.h"

using namespace rtcare;
using rtcare::test::TempDatabase;

TEST_CASE("assignment: take and assign are audited with who and when")
{
    TempDatabase t;
    t.repository->setActor(QStringLiteral("王芳"));
    const Ticket ticket = t.create(Category::Network);
    CHECK(ticket.assignee == QStringLiteral("王芳")); // the creator has it

    t.repository->setActor(QStringLiteral("李娜"));
    t.now = t.now.addSecs(60);
    QString error;
    REQUIRE(t.repository->take(ticket.id, QStringLiteral("王芳"), &error));
    CHECK(t.repository->find(ticket.id)->assignee == QStringLiteral("李娜"));

    t.now = t.now.addSecs(60);
    REQUIRE(t.repository->assign(ticket.id, QStringLiteral("Lin Feng"), std::nullopt, &error));
    const Ticket stored = *t.repository->find(ticket.id);
    CHECK(stored.assignee == QStringLiteral("Lin Feng"));
    CHECK(stored.updatedAt == t.now);

    const QList<AuditEntry> history = t.repository->history(ticket.id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == QStringLiteral("take"));
    CHECK(history[1].actor == QStringLiteral("李娜"));
    CHECK(history[1].field == QStringLiteral("assignee"));
    CHECK(history[1].oldValue == QStringLiteral("王芳"));
    CHECK(history[1].newValue == QStringLiteral("李娜"));
    CHECK(history[2].action == QStringLiteral("assign"));
    CHECK(history[2].actor == QStringLiteral("李娜"));
    CHECK(history[2].newValue == QStringLiteral("Lin Feng"));
    CHECK(history[2].at == t.now);

    // Giving it to who already has it changes nothing and says so.
    CHECK_FALSE(t.repository->assign(ticket.id, QStringLiteral("Lin Feng"), std::nullopt, &error));
    CHECK(error.contains(QStringLiteral("Lin Feng")));
    CHECK_FALSE(t.repository->assign(ticket.id, QStringLiteral("  "), std::nullopt, &error));
    CHECK(t.repository->history(ticket.id).size() == 3);
}

TEST_CASE("assignment: a ticket a colleague has just taken is not overwritten")
{
    TempDatabase t;
    t.repository->setActor(QStringLiteral("intake"));
    const Ticket ticket = t.create(Category::AvQuality);

    // Two agents looked at the queue while "intake" had the ticket; 小王 takes it first.
    t.repository->setActor(QStringLiteral("小王"));
    QString error;
    REQUIRE(t.repository->take(ticket.id, QStringLiteral("intake"), &error));
    t.repository->setActor(QStringLiteral("小李"));
    CHECK_FALSE(t.repository->take(ticket.id, QStringLiteral("intake"), &error));
    CHECK(error.contains(QStringLiteral("小王")));
    CHECK(error.contains(ticket.number));
    CHECK(t.repository->find(ticket.id)->assignee == QStringLiteral("小王"));
    CHECK(t.repository->history(ticket.id).size() == 2); // create, 小王's take

    // Having seen who has it now, 小李 may take it over deliberately.
    REQUIRE(t.repository->take(ticket.id, QStringLiteral("小王"), &error));
    CHECK(t.repository->find(ticket.id)->assignee == QStringLiteral("小李"));
}

TEST_CASE("assignment: the queue shows who has each ticket and filters to mine")
{
    TempDatabase t;
    t.repository->setActor(QStringLiteral("王芳"));
    const Ticket first = t.create(Category::Network, QStringLiteral("客户甲"));
    const Ticket second = t.create(Category::Network, QStringLiteral("客户乙"));
    t.repository->setActor(QStringLiteral("李娜"));
    const Ticket third = t.create(Category::AvQuality, QStringLiteral("客户丙"));
    QString error;
    REQUIRE(t.repository->assign(second.id, QStringLiteral("李娜"), std::nullopt, &error));

    QueueQuery query(*t.database);
    query.setFilter(QueueFilter::All);
    const QList<QueueRow> all = query.page(0, 50, t.now);
    REQUIRE(all.size() == 3);
    QHash<QString, QString> assignees;
    for (const QueueRow& row : all)
        assignees.insert(row.number, row.assignee);
    CHECK(assignees.value(first.number) == QStringLiteral("王芳"));
    CHECK(assignees.value(second.number) == QStringLiteral("李娜"));
    CHECK(assignees.value(third.number) == QStringLiteral("李娜"));

    query.setAssignee(QStringLiteral("李娜"));
    CHECK(query.count(t.now) == 2);
    QStringList mine = rtcare::test::numbers(query.page(0, 50, t.now));
    mine.sort();
    CHECK(mine == QStringList{second.number, third.number});
    query.setSearch(QStringLiteral("客户乙"));
    CHECK(rtcare::test::numbers(query.page(0, 50, t.now)) == QStringList{second.number});
    query.setSearch(QString());
    query.setAssignee(QStringLiteral("王芳"));
    CHECK(rtcare::test::numbers(query.page(0, 50, t.now)) == QStringList{first.number});
    query.setAssignee(std::nullopt);
    CHECK(query.count(t.now) == 3);

    // The colleagues one can assign to: everyone who has a ticket, and me.
    const QStringList agents = knownAgents(*t.database, QStringLiteral("Zhou"));
    CHECK(agents.contains(QStringLiteral("王芳")));
    CHECK(agents.contains(QStringLiteral("李娜")));
    CHECK(agents.contains(QStringLiteral("Zhou")));
    CHECK(agents.count(QStringLiteral("李娜")) == 1);
    // Me: the login role on a server, the local name on a file.
    const QString me = currentAgent(*t.database, QStringLiteral("Zhou"));
    if (t.database->isServer()) {
        const auto location = DatabaseLocation::parse(t.path(), nullptr);
        REQUIRE(location);
        REQUIRE(location->server);
        // The URL names the login role (else libpq takes the system user's name).
        const QString login = location->server->user.isEmpty() ? qEnvironmentVariable("USER")
                                                               : location->server->user;
        CHECK(me == login);
    } else {
        CHECK(me == QStringLiteral("Zhou"));
    }
}

TEST_CASE("assignment: a status change decided on what a colleague has just changed is refused")
{
    TempDatabase t;
    t.repository->setActor(QStringLiteral("小王"));
    const Ticket ticket = t.create(Category::Network);
    QString error;
    REQUIRE(t.repository->apply(ticket.id, TicketAction::SendFirstResponse, &error));

    // A colleague's desktop on the same database.
    TicketRepository colleague(*t.database, t.repository->policy());
    colleague.setActor(QStringLiteral("李娜"));
    colleague.setClock([&t] { return t.now; });
    // 小王 decides to wait for the customer on the ticket as read; in that very moment (the
    // clock is read between the read and the write) 李娜 resolves it.
    bool raced = false;
    t.repository->setClock([&] {
        if (!raced) {
            raced = true;
            QString colleagueError;
            REQUIRE(colleague.apply(ticket.id, TicketAction::Resolve, &colleagueError));
        }
        return t.now;
    });
    CHECK_FALSE(t.repository->apply(ticket.id, TicketAction::WaitForCustomer, &error));
    CHECK(raced);
    CHECK(error.contains(ticket.number));
    // Her change stands; the history is one chain (acknowledged -> resolved), nothing lost.
    const Ticket stored = *t.repository->find(ticket.id);
    CHECK(stored.status == TicketStatus::Resolved);
    CHECK_FALSE(stored.waitingSince.isValid());
    QStringList chain;
    for (const AuditEntry& entry : t.repository->history(ticket.id))
        if (entry.field == QStringLiteral("status"))
            chain << entry.oldValue + QStringLiteral("->") + entry.newValue;
    CHECK(chain == QStringList{QStringLiteral("new->acknowledged"),
                               QStringLiteral("acknowledged->resolved")});
}
