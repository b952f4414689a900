// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"
#include "sla/policy.h"

#include <QDateTime>
#include <QString>

namespace rtcare {

// The state of a ticket's first-response clock at one instant.
struct ClockStatus
{
    enum class State {
        OnTrack,  // running, below the first warning step
        Warning,  // running, at or past warningStep % of the target
        Breached, // running, past the due time
        Met,      // stopped: first response at or before the due time
        Missed    // stopped: first response after the due time
    };

    State state = State::OnTrack;
    int warningStep = 0;          // the highest warning step reached (50, 75, 90), when Warning
    double elapsedPercent = 0;    // business time elapsed / target, in percent
    qint64 remainingSeconds = 0;  // due - now in wall-clock seconds (negative once breached);
                                  // for stopped clocks: due - first response
    QDateTime due;

    // "on_track", "warning_50", "warning_75", "warning_90", "breached", "met", "missed"
    [[nodiscard]] QString id() const;
    // Short text for people, translated: "On track", "75 % used", "Breached", "Met", "Missed".
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isRunning() const
    {
        return state == State::OnTrack || state == State::Warning || state == State::Breached;
    }
};

// The first-response clock of a ticket, from its tier, creation time, due time and first
// response. `createdUtc`/`dueUtc` come from the ticket; the due time is not recomputed.
[[nodiscard]] ClockStatus firstResponseClock(const SlaPolicy& policy, const QString& tierId,
                                             const QDateTime& createdUtc,
                                             const QDateTime& dueUtc,
                                             const QDateTime& firstResponseUtc,
                                             const QDateTime& nowUtc);
[[nodiscard]] ClockStatus firstResponseClock(const SlaPolicy& policy, const Ticket& ticket,
                                             const QDateTime& nowUtc);

// "14:05" (m:ss under an hour), "1 h 05 min" (under a day), "2 d 3 h": a duration for a
// countdown, translated. Negative durations are written as their absolute value; the caller
// says "overdue".
[[nodiscard]] QString formatDuration(qint64 seconds);

} // namespace rtcare
