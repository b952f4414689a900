// SPDX-License-Identifier: MIT
// Ticket lifecycle rules (model/status.h) and customer-facing ticket numbers.
#include "catch.h"

#include "model/status.h"
#include "model/ticketnumber.h"

#include <map>
#include <utility>

using namespace rtcare;

namespace {

using S = TicketStatus;
using A = TicketAction;

// The intended table, written out in full: every allowed (status, action) -> status.
// Anything not listed is forbidden.
const std::map<std::pair<S, A>, S>& allowedTable()
{
    static const std::map<std::pair<S, A>, S> table{
        {{S::New, A::SendFirstResponse}, S::Acknowledged},

        {{S::Acknowledged, A::Investigate}, S::Investigating},
        {{S::Acknowledged, A::WaitForCustomer}, S::WaitingCustomer},
        {{S::Acknowledged, A::Escalate}, S::Escalated},
        {{S::Acknowledged, A::Resolve}, S::Resolved},

        {{S::Investigating, A::WaitForCustomer}, S::WaitingCustomer},
        {{S::Investigating, A::Escalate}, S::Escalated},
        {{S::Investigating, A::Resolve}, S::Resolved},

        {{S::WaitingCustomer, A::Investigate}, S::Investigating},
        {{S::WaitingCustomer, A::Escalate}, S::Escalated},
        {{S::WaitingCustomer, A::Resolve}, S::Resolved},

        {{S::Escalated, A::Investigate}, S::Investigating},
        {{S::Escalated, A::WaitForCustomer}, S::WaitingCustomer},
        {{S::Escalated, A::Resolve}, S::Resolved},

        {{S::Resolved, A::Close}, S::Closed},
        {{S::Resolved, A::Reopen}, S::Investigating},
        {{S::Closed, A::Reopen}, S::Investigating},
    };
    return table;
}

} // namespace

TEST_CASE("lifecycle: every status and action against the intended table", "[model][lifecycle]")
{
    int allowed = 0;
    for (S from : kAllStatuses) {
        QList<A> expectedActions;
        for (A action : kAllActions) {
            INFO(statusId(from).toStdString() << " + " << actionId(action).toStdString());
            const auto it = allowedTable().find({from, action});
            const std::optional<S> result = statusAfter(from, action);
            if (it == allowedTable().end()) {
                CHECK_FALSE(result.has_value());
            } else {
                REQUIRE(result.has_value());
                CHECK(*result == it->second);
                expectedActions.append(action);
                ++allowed;
            }
        }
        // allowedActions lists exactly the allowed ones, in kAllActions order.
        CHECK(allowedActions(from) == expectedActions);
    }
    CHECK(allowed == 17);
    CHECK(allowedActions(S::New) == QList<A>{A::SendFirstResponse});
    CHECK(allowedActions(S::Closed) == QList<A>{A::Reopen});
}

TEST_CASE("lifecycle: ids and names", "[model][lifecycle]")
{
    const QStringList statusIds{
        QStringLiteral("new"),           QStringLiteral("acknowledged"),
        QStringLiteral("investigating"), QStringLiteral("waiting_customer"),
        QStringLiteral("escalated"),     QStringLiteral("resolved"),
        QStringLiteral("closed")};
    for (std::size_t i = 0; i < kAllStatuses.size(); ++i) {
        const S status = kAllStatuses.at(i);
        CHECK(statusId(status) == statusIds.at(static_cast<qsizetype>(i)));
        CHECK(statusFromId(statusId(status)) == status);
        CHECK_FALSE(statusDisplayName(status).isEmpty());
    }
    const QStringList actionIds{
        QStringLiteral("send_first_response"), QStringLiteral("investigate"),
        QStringLiteral("wait_for_customer"),   QStringLiteral("escalate"),
        QStringLiteral("resolve"),             QStringLiteral("close"),
        QStringLiteral("reopen")};
    for (std::size_t i = 0; i < kAllActions.size(); ++i) {
        const A action = kAllActions.at(i);
        CHECK(actionId(action) == actionIds.at(static_cast<qsizetype>(i)));
        CHECK(actionFromId(actionId(action)) == action);
        CHECK_FALSE(actionDisplayName(action).isEmpty());
    }
    CHECK_FALSE(statusFromId(u"").has_value());
    CHECK_FALSE(statusFromId(u"New").has_value());
    CHECK_FALSE(statusFromId(u"waiting").has_value());
    CHECK_FALSE(actionFromId(u"send").has_value());
    CHECK_FALSE(actionFromId(u"reopen ").has_value());

    CHECK(isOpen(S::New));
    CHECK(isOpen(S::Acknowledged));
    CHECK(isOpen(S::Investigating));
    CHECK(isOpen(S::WaitingCustomer));
    CHECK(isOpen(S::Escalated));
    CHECK_FALSE(isOpen(S::Resolved));
    CHECK_FALSE(isOpen(S::Closed));
}

TEST_CASE("ticket numbers", "[model][ticketnumber]")
{
    const std::optional<TicketNumber> number = TicketNumber::parse(u"RTC-20261124-0007");
    REQUIRE(number.has_value());
    CHECK(number->date == QDate(2026, 11, 24));
    CHECK(number->sequence == 7);
    CHECK(number->toString() == QLatin1String("RTC-20261124-0007"));
    CHECK(TicketNumber{QDate(2026, 11, 24), 7}.toString() == QLatin1String("RTC-20261124-0007"));
    CHECK(TicketNumber::dayPrefix(QDate(2026, 1, 5)) == QLatin1String("RTC-20260105-"));

    // More than 9999 a day: five digits
    const std::optional<TicketNumber> big = TicketNumber::parse(u"RTC-20261124-12345");
    REQUIRE(big.has_value());
    CHECK(big->sequence == 12345);
    CHECK(big->toString() == QLatin1String("RTC-20261124-12345"));
    CHECK(TicketNumber{QDate(2026, 11, 24), 10000}.toString()
          == QLatin1String("RTC-20261124-10000"));

    const QStringList malformed{
        QString(),
        QStringLiteral("RTC-20261124"),
        QStringLiteral("RTC-20261124-"),
        QStringLiteral("RTC-20261124-007"),   // fewer than four digits
        QStringLiteral("rtc-20261124-0007"),  // prefix is upper case
        QStringLiteral("RTX-20261124-0007"),
        QStringLiteral("RTC20261124-00007"),  // missing dash after RTC
        QStringLiteral("RTC-20261124_0007"),
        QStringLiteral("RTC-2026-11-24-0007"),
        QStringLiteral("RTC-20261324-0007"),  // month 13
        QStringLiteral("RTC-20260230-0007"),  // 30 February
        QStringLiteral("RTC-20261124-0000"),  // sequences start at 1
        QStringLiteral("RTC-20261124-00007"), // one spelling per number: no extra zeros
        QStringLiteral("RTC-20261124-00a7"),
        QStringLiteral("RTC-20261124--007"),
        QStringLiteral("RTC-20261124-+007"),
        QStringLiteral("RTC-20261124-0007 "),
        QStringLiteral(" RTC-20261124-0007"),
        QStringLiteral("RTC-20261124-99999999999"), // does not fit
        QStringLiteral("RTC-20261124-\uFF10\uFF10\uFF10\uFF17"), // full-width digits
        QStringLiteral("RTC-2026112a-0007"),
        QStringLiteral("RTC-+2026112-0007"),
        QStringLiteral("RTC-2026 124-0007"),
    };
    for (const QString& text : malformed) {
        INFO(text.toStdString());
        CHECK_FALSE(TicketNumber::parse(text).has_value());
    }
}
