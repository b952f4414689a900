// SPDX-License-Identifier: MIT
#pragma once

#include "sla/clock.h"
#include "sla/policy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace rtcare::replies {

// A time promised in a reply ("within 2 hours", "by 18:00 today", "两小时内", "明天中午前").
struct CommitmentCandidate
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    QDateTime due; // UTC
};

// Finds the times `text` promises, resolving them against `nowUtc` in `zone` (the agent's
// local time; see readTimePhrases() for how each phrase is read). Only promises count: a
// time in a sentence where we commit to a next step ("I'll update you by 18:00 tomorrow",
// "技术同事会在两小时内联系您", "明天中午前给您答复"); not one gone by, the customer's own
// plans, a request to the customer, a negation or a question. Ordered by position.
[[nodiscard]] QList<CommitmentCandidate> findCommitments(const QString& text,
                                                         const QDateTime& nowUtc,
                                                         const QTimeZone& zone = QTimeZone::systemTimeZone());

// A stored commitment.
struct Commitment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime promisedAt;
    QDateTime dueAt;
    QString text;
    QString state = QStringLiteral("open"); // open, kept, broken
    QDateTime closedAt;
};

// The countdown of a commitment, with the policy's warning steps over promisedAt..dueAt:
// "on_track", "warning_50"/"_75"/"_90", "overdue", "kept", "broken".
struct CommitmentClock
{
    QString state;
    int warningStep = 0;
    qint64 remainingSeconds = 0;
};

[[nodiscard]] CommitmentClock commitmentClock(const SlaPolicy& policy, const Commitment& c,
                                              const QDateTime& nowUtc);

// The same countdown in the shape of a first-response clock, so the queue chip, the detail
// pane and the notifications show it with the same words and shapes: OnTrack, Warning (the
// highest warning step reached, elapsedPercent of promisedAt..dueAt) or Breached while
// open; Met when kept, Missed when broken. `due` is the commitment's due time.
[[nodiscard]] ClockStatus commitmentClockStatus(const SlaPolicy& policy, const Commitment& c,
                                                const QDateTime& nowUtc);

} // namespace rtcare::replies
