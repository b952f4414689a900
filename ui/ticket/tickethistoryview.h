// SPDX-License-Identifier: MIT
#pragma once

#include "storage/audit.h"

#include <QList>
#include <QTreeWidget>

namespace rtcare {

class SlaPolicy;

// A ticket's history, one line per change: when (local time), who, what, old → new, why.
class TicketHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Change, Reason, ColumnCount };

    explicit TicketHistoryView(const SlaPolicy& policy, QWidget* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);

private:
    [[nodiscard]] QString whatText(const AuditEntry& entry) const;
    [[nodiscard]] QString reasonText(const AuditEntry& entry) const;
    [[nodiscard]] QString valueText(const AuditEntry& entry, const QString& value) const;
    [[nodiscard]] QString replyText(const QString& value) const;
    [[nodiscard]] QString commitmentText(const QString& value) const;

    const SlaPolicy& m_policy;
};

} // namespace rtcare
