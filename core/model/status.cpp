// SPDX-License-Identifier: MIT
#include "model/status.h"

#include "model/idtable.h"

namespace rtcare {

namespace {
constexpr auto kStatusContext = "rtcare::Status";
constexpr auto kActionContext = "rtcare::Action";
// In the order of the TicketStatus enum.
constexpr std::array<idtable::Entry, 7> kStatuses{{
    {"new", QT_TRANSLATE_NOOP("rtcare::Status", "New")},
    {"acknowledged", QT_TRANSLATE_NOOP("rtcare::Status", "Acknowledged")},
    {"investigating", QT_TRANSLATE_NOOP("rtcare::Status", "Investigating")},
    {"waiting_customer", QT_TRANSLATE_NOOP("rtcare::Status", "Waiting on customer")},
    {"escalated", QT_TRANSLATE_NOOP("rtcare::Status", "Escalated to engineering")},
    {"resolved", QT_TRANSLATE_NOOP("rtcare::Status", "Resolved")},
    {"closed", QT_TRANSLATE_NOOP("rtcare::Status", "Closed")},
}};

// In the order of the TicketAction enum.
constexpr std::array<idtable::Entry, 7> kActions{{
    {"send_first_response", QT_TRANSLATE_NOOP("rtcare::Action", "First response sent")},
    {"investigate", QT_TRANSLATE_NOOP("rtcare::Action", "Investigate")},
    {"wait_for_customer", QT_TRANSLATE_NOOP("rtcare::Action", "Wait for customer")},
    {"escalate", QT_TRANSLATE_NOOP("rtcare::Action", "Escalate to engineering")},
    {"resolve", QT_TRANSLATE_NOOP("rtcare::Action", "Resolve")},
    {"close", QT_TRANSLATE_NOOP("rtcare::Action", "Close")},
    {"reopen", QT_TRANSLATE_NOOP("rtcare::Action", "Reopen")},
}};

template <typename Enum>
std::optional<Enum> enumFromId(std::span<const idtable::Entry> table, QStringView id)
{
    const int index = idtable::indexOf(table, id);
    return index < 0 ? std::nullopt : std::optional(static_cast<Enum>(index));
}
} // namespace

QString statusId(TicketStatus status)
{
    return idtable::idAt(kStatuses, static_cast<int>(status));
}

std::optional<TicketStatus> statusFromId(QStringView id)
{
    return enumFromId<TicketStatus>(kStatuses, id);
}

QString statusDisplayName(TicketStatus status)
{
    return idtable::nameAt(kStatuses, kStatusContext, static_cast<int>(status));
}

bool isOpen(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed;
}

QString actionId(TicketAction action)
{
    return idtable::idAt(kActions, static_cast<int>(action));
}

std::optional<TicketAction> actionFromId(QStringView id)
{
    return enumFromId<TicketAction>(kActions, id);
}

QString actionDisplayName(TicketAction action)
{
    return idtable::nameAt(kActions, kActionContext, static_cast<int>(action));
}

std::optional<TicketStatus> statusAfter(TicketStatus from, TicketAction action)
{
    using S = TicketStatus;
    const bool working = from == S::Acknowledged || from == S::Investigating
                         || from == S::WaitingCustomer || from == S::Escalated;
    switch (action) {
    case TicketAction::SendFirstResponse:
        return from == S::New ? std::optional(S::Acknowledged) : std::nullopt;
    case TicketAction::Investigate:
        return working && from != S::Investigating ? std::optional(S::Investigating)
                                                   : std::nullopt;
    case TicketAction::WaitForCustomer:
        return working && from != S::WaitingCustomer ? std::optional(S::WaitingCustomer)
                                                     : std::nullopt;
    case TicketAction::Escalate:
        return working && from != S::Escalated ? std::optional(S::Escalated) : std::nullopt;
    case TicketAction::Resolve:
        return working ? std::optional(S::Resolved) : std::nullopt;
    case TicketAction::Close:
        return from == S::Resolved ? std::optional(S::Closed) : std::nullopt;
    case TicketAction::Reopen:
        return from == S::Resolved || from == S::Closed ? std::optional(S::Investigating)
                                                        : std::nullopt;
    }
    return std::nullopt;
}

QList<TicketAction> allowedActions(TicketStatus from)
{
    QList<TicketAction> result;
    for (TicketAction action : kAllActions) {
        if (statusAfter(from, action))
            result.append(action);
    }
    return result;
}

} // namespace rtcare
