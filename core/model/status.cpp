// SPDX-License-Identifier: MIT
#include "model/status.h"

#include <QCoreApplication>

namespace rtcare {

namespace {
struct StatusInfo
{
    const char* id;
    const char* name;
};

constexpr std::array<StatusInfo, 7> kStatusInfo{{
    {"new", QT_TRANSLATE_NOOP("rtcare::Status", "New")},
    {"acknowledged", QT_TRANSLATE_NOOP("rtcare::Status", "Acknowledged")},
    {"investigating", QT_TRANSLATE_NOOP("rtcare::Status", "Investigating")},
    {"waiting_customer", QT_TRANSLATE_NOOP("rtcare::Status", "Waiting on customer")},
    {"escalated", QT_TRANSLATE_NOOP("rtcare::Status", "Escalated to engineering")},
    {"resolved", QT_TRANSLATE_NOOP("rtcare::Status", "Resolved")},
    {"closed", QT_TRANSLATE_NOOP("rtcare::Status", "Closed")},
}};

constexpr std::array<StatusInfo, 7> kActionInfo{{
    {"send_first_response", QT_TRANSLATE_NOOP("rtcare::Action", "First response sent")},
    {"investigate", QT_TRANSLATE_NOOP("rtcare::Action", "Investigate")},
    {"wait_for_customer", QT_TRANSLATE_NOOP("rtcare::Action", "Wait for customer")},
    {"escalate", QT_TRANSLATE_NOOP("rtcare::Action", "Escalate to engineering")},
    {"resolve", QT_TRANSLATE_NOOP("rtcare::Action", "Resolve")},
    {"close", QT_TRANSLATE_NOOP("rtcare::Action", "Close")},
    {"reopen", QT_TRANSLATE_NOOP("rtcare::Action", "Reopen")},
}};

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<StatusInfo, N>& table, QStringView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(table[i].id))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

QString statusId(TicketStatus status)
{
    return QString::fromLatin1(kStatusInfo.at(static_cast<std::size_t>(status)).id);
}

std::optional<TicketStatus> statusFromId(QStringView id)
{
    return fromId<TicketStatus>(kStatusInfo, id);
}

QString statusDisplayName(TicketStatus status)
{
    return QCoreApplication::translate("rtcare::Status",
                                       kStatusInfo.at(static_cast<std::size_t>(status)).name);
}

bool isOpen(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed;
}

QString actionId(TicketAction action)
{
    return QString::fromLatin1(kActionInfo.at(static_cast<std::size_t>(action)).id);
}

std::optional<TicketAction> actionFromId(QStringView id)
{
    return fromId<TicketAction>(kActionInfo, id);
}

QString actionDisplayName(TicketAction action)
{
    return QCoreApplication::translate("rtcare::Action",
                                       kActionInfo.at(static_cast<std::size_t>(action)).name);
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
