// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"
#include "sla/policy.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rtcare::ticketjson {

// One ticket as a JSON object of schema "rtcare.ticket/1":
// {"schema","uuid","number","created_at","customer":{"name","contact","enterprise",
//  "key_business"},"channel","category","priority","status","scenario","network",
//  "device_model","os","region","description","first_response_at","resolved_at",
//  "root_cause","assignee"}; times are ISO 8601 in UTC.
inline constexpr auto kSchema = "rtcare.ticket/1";

[[nodiscard]] QJsonObject toJson(const Ticket& ticket);

// Reads and checks one object. Missing uuid/number are left empty (the importer assigns
// them); a missing priority is derived from the policy. On failure returns nothing and
// *error names the field: "customer.name: must be a non-empty string".
[[nodiscard]] std::optional<Ticket> fromJson(const QJsonObject& object, const SlaPolicy& policy,
                                             QString* error);

} // namespace rtcare::ticketjson
