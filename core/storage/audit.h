// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace rtcare {

// One line of a ticket's history: who changed what, when, from what to what, and why.
struct AuditEntry
{
    qint64 ticketId = 0;
    QDateTime at;     // UTC
    QString actor;    // agent name, "import", "rtcare"
    QString action;   // "create", "status", "priority", "first_response", "import", ...
    QString field;    // the changed field, empty for whole-ticket events
    QString oldValue;
    QString newValue;
    QString reason;   // required for priority changes
};

} // namespace rtcare
