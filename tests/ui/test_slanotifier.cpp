// SPDX-License-Identifier: MIT
#include "catch.h"
#include "uitestfixture.h"

#include "queue/slanotifier.h"

#include <QSignalSpy>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

TEST_CASE("SlaNotifier announces at-risk and breached first responses", "[ui][notifier]")
{
    UiFixture f;
    SlaNotifier notifier(*f.repository); // no tray on the offscreen platform: no crash
    QSignalSpy announced(&notifier, &SlaNotifier::announced);
    const Ticket t = f.file(u"A"_s, Category::Network); // 15 minutes

    f.advanceMinutes(5);
    CHECK(notifier.checkNow().isEmpty());
    CHECK(announced.count() == 0);

    f.advanceMinutes(7); // 80 %: past the 75 % at-risk step
    const QString risk = notifier.checkNow();
    REQUIRE(announced.count() == 1);
    CHECK(announced.at(0).at(0).toString() == risk);
    CHECK(risk.contains(t.number));
    CHECK(risk.contains(u"at risk"_s));

    f.advanceMinutes(1);
    CHECK(notifier.checkNow().isEmpty()); // announced once
    CHECK(announced.count() == 1);

    f.advanceMinutes(3); // past due
    const QString breached = notifier.checkNow();
    REQUIRE(announced.count() == 2);
    CHECK(breached.contains(t.number));
    CHECK(breached.contains(u"breached"_s));
    CHECK_FALSE(breached.contains(u"at risk"_s));
}

TEST_CASE("SlaNotifier makes one message of several crossings", "[ui][notifier]")
{
    UiFixture f;
    SlaNotifier notifier(*f.repository);
    QSignalSpy announced(&notifier, &SlaNotifier::announced);
    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers << f.file(u"C%1"_s.arg(i), Category::Network).number;
    const Ticket answered = f.file(u"Answered"_s, Category::Network);
    f.act(answered.id, TicketAction::SendFirstResponse);

    f.advanceMinutes(16); // at risk and breached within one check: told once, as breached
    const QString message = notifier.checkNow();
    REQUIRE(announced.count() == 1);
    CHECK(message.startsWith(u"3 tickets breached their first-response time: "_s));
    for (const QString& number : numbers)
        CHECK(message.contains(number));
    CHECK_FALSE(message.contains(answered.number));
    CHECK_FALSE(message.contains(u"at risk"_s));
}

TEST_CASE("SlaNotifier shortens long lists and survives a clock going back", "[ui][notifier]")
{
    QList<QueueQuery::Crossing> crossings;
    for (int i = 1; i <= 7; ++i) {
        QueueQuery::Crossing crossing;
        crossing.row.number = u"RTC-20260310-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        crossing.breached = i <= 2;
        crossings << crossing;
    }
    const QString message = SlaNotifier::messageFor(crossings);
    CHECK(message.startsWith(u"2 tickets breached their first-response time: RTC-20260310-0001, RTC-20260310-0002."_s));
    CHECK(message.contains(u"5 tickets are at risk of missing their first-response time: "_s));
    CHECK(SlaNotifier::messageFor({crossings.at(6)}).contains(u"Ticket RTC-20260310-0007 is at risk"_s));
    CHECK(SlaNotifier::messageFor({}).isEmpty());

    QList<QueueQuery::Crossing> many;
    for (int i = 1; i <= 8; ++i) {
        QueueQuery::Crossing crossing;
        crossing.row.number = u"N%1"_s.arg(i);
        crossing.breached = true;
        many << crossing;
    }
    CHECK(SlaNotifier::messageFor(many).contains(u"N1, N2, N3, N4, N5 and 3 more"_s));

    UiFixture f;
    SlaNotifier notifier(*f.repository);
    f.advanceMinutes(-30);
    CHECK(notifier.checkNow().isEmpty());
    CHECK(notifier.lastCheck() == f.now);
}
