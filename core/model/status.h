// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rtcare {

// Ticket lifecycle: new -> acknowledged (first response sent) -> investigating /
// waiting on customer / escalated to engineering -> resolved -> closed; reopen.
enum class TicketStatus {
    New,
    Acknowledged,
    Investigating,
    WaitingCustomer,
    Escalated,
    Resolved,
    Closed
};

inline constexpr std::array<TicketStatus, 7> kAllStatuses{
    TicketStatus::New,         TicketStatus::Acknowledged, TicketStatus::Investigating,
    TicketStatus::WaitingCustomer, TicketStatus::Escalated, TicketStatus::Resolved,
    TicketStatus::Closed};

// What an agent does to a ticket. Each action is allowed from some statuses only.
enum class TicketAction {
    SendFirstResponse, // new -> acknowledged; stops the first-response clock
    Investigate,       // -> investigating
    WaitForCustomer,   // -> waiting_customer; the waiting time is recorded
    Escalate,          // -> escalated (to engineering)
    Resolve,           // -> resolved
    Close,             // resolved -> closed
    Reopen             // resolved/closed -> investigating
};

inline constexpr std::array<TicketAction, 7> kAllActions{
    TicketAction::SendFirstResponse, TicketAction::Investigate, TicketAction::WaitForCustomer,
    TicketAction::Escalate,          TicketAction::Resolve,     TicketAction::Close,
    TicketAction::Reopen};

[[nodiscard]] QString statusId(TicketStatus status); // "new", "waiting_customer", ...
[[nodiscard]] std::optional<TicketStatus> statusFromId(QStringView id);
[[nodiscard]] QString statusDisplayName(TicketStatus status);
// Open = still needs work (anything before resolved).
[[nodiscard]] bool isOpen(TicketStatus status);

[[nodiscard]] QString actionId(TicketAction action); // "send_first_response", ...
[[nodiscard]] std::optional<TicketAction> actionFromId(QStringView id);
[[nodiscard]] QString actionDisplayName(TicketAction action);

// The status an action leads to, or nothing when the action is not allowed from `from`.
[[nodiscard]] std::optional<TicketStatus> statusAfter(TicketStatus from, TicketAction action);
[[nodiscard]] QList<TicketAction> allowedActions(TicketStatus from);

} // namespace rtcare
