// SPDX-License-Identifier: MIT
// Issue 18, collision: "‹colleague› is replying" comes from heartbeat rows that expire by
// time. Runs on both engines (RTCARE_TEST_ENGINE, testsupport.h).
#include "catch.h"
#include "testsupport.h"

#include "storage/presence.h"

using namespace rtcare;
using rtcare::test::TempDatabase;

TEST_CASE("presence: colleagues replying are shown until they leave or their heartbeat expires")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::Network);
    const Ticket other = t.create(Category::AvQuality, QStringLiteral("Li Lei"));
    PresenceStore presence(*t.database);
    QString error;
    REQUIRE(presence.beat(ticket.id, QStringLiteral("王芳"), t.now, &error));
    REQUIRE(presence.beat(ticket.id, QStringLiteral("li_na"), t.now, &error));

    // Each sees the other, never themselves.
    CHECK(presence.replying(ticket.id, t.now, QStringLiteral("li_na")) ==
          QStringList{QStringLiteral("王芳")});
    CHECK(presence.replying(ticket.id, t.now, QStringLiteral("王芳")) ==
          QStringList{QStringLiteral("li_na")});
    CHECK(presence.replying(other.id, t.now, QString()).isEmpty());

    // The queue row says it too, to the reader's colleagues only.
    QueueQuery query(*t.database);
    query.setFilter(QueueFilter::All);
    query.setReader(QStringLiteral("li_na"));
    for (const QueueRow& row : query.page(0, 10, t.now)) {
        if (row.id == ticket.id)
            CHECK(row.replying == QStringList{QStringLiteral("王芳")});
        else
            CHECK(row.replying.isEmpty());
    }

    // 王芳's desktop goes away without a word: after the expiry nobody sees her.
    const QDateTime later = t.now.addSecs(kPresenceExpirySeconds + 1);
    REQUIRE(presence.beat(ticket.id, QStringLiteral("li_na"), later, &error));
    CHECK(presence.replying(ticket.id, later, QStringLiteral("zhou")) ==
          QStringList{QStringLiteral("li_na")});
    // A heartbeat renews; leaving removes at once.
    REQUIRE(presence.beat(ticket.id, QStringLiteral("王芳"), later, &error));
    CHECK(presence.replying(ticket.id, later, QStringLiteral("zhou")).size() == 2);
    REQUIRE(presence.leave(ticket.id, QStringLiteral("王芳"), &error));
    CHECK(presence.replying(ticket.id, later, QStringLiteral("li_na")).isEmpty());
}
