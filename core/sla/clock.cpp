// SPDX-License-Identifier: MIT
#include "sla/clock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {

constexpr const char* kOnTrack = QT_TRANSLATE_NOOP("rtcare::Clock", "On track");
constexpr const char* kWarning = QT_TRANSLATE_NOOP("rtcare::Clock", "%1 % used");
constexpr const char* kBreached = QT_TRANSLATE_NOOP("rtcare::Clock", "Breached");
constexpr const char* kMet = QT_TRANSLATE_NOOP("rtcare::Clock", "Met");
constexpr const char* kMissed = QT_TRANSLATE_NOOP("rtcare::Clock", "Missed");

constexpr const char* kHoursMinutes = QT_TRANSLATE_NOOP("rtcare::Duration", "%1 h %2 min");
constexpr const char* kDaysHours = QT_TRANSLATE_NOOP("rtcare::Duration", "%1 d %2 h");

QString clockText(const char* source)
{
    return QCoreApplication::translate("rtcare::Clock", source);
}

qint64 secondsBetween(const QDateTime& from, const QDateTime& to)
{
    return (to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch()) / 1000;
}

} // namespace

QString ClockStatus::id() const
{
    switch (state) {
    case State::OnTrack:
        return u"on_track"_s;
    case State::Warning:
        return u"warning_%1"_s.arg(warningStep);
    case State::Breached:
        return u"breached"_s;
    case State::Met:
        return u"met"_s;
    case State::Missed:
        return u"missed"_s;
    }
    return {};
}

QString ClockStatus::displayName() const
{
    switch (state) {
    case State::OnTrack:
        return clockText(kOnTrack);
    case State::Warning:
        return clockText(kWarning).arg(warningStep);
    case State::Breached:
        return clockText(kBreached);
    case State::Met:
        return clockText(kMet);
    case State::Missed:
        return clockText(kMissed);
    }
    return {};
}

ClockStatus firstResponseClock(const SlaPolicy& policy, const QString& tierId,
                               const QDateTime& createdUtc, const QDateTime& dueUtc,
                               const QDateTime& firstResponseUtc, const QDateTime& nowUtc)
{
    ClockStatus status;
    // The stored due time is authoritative; compute it only when the ticket has none.
    status.due = dueUtc.isValid() ? dueUtc : policy.firstResponseDue(tierId, createdUtc);

    if (firstResponseUtc.isValid()) {
        status.elapsedPercent = policy.elapsedPercent(tierId, createdUtc, firstResponseUtc);
        const bool met = !status.due.isValid() || firstResponseUtc <= status.due;
        status.state = met ? ClockStatus::State::Met : ClockStatus::State::Missed;
        status.remainingSeconds = status.due.isValid()
                                      ? secondsBetween(firstResponseUtc, status.due)
                                      : 0;
        return status;
    }

    status.elapsedPercent = policy.elapsedPercent(tierId, createdUtc, nowUtc);
    if (!status.due.isValid())
        return status; // no target to measure against: on track
    status.remainingSeconds = secondsBetween(nowUtc, status.due);
    if (nowUtc > status.due) {
        status.state = ClockStatus::State::Breached;
        return status;
    }
    const QList<int> steps = policy.warningSteps();
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (status.elapsedPercent >= *it) {
            status.state = ClockStatus::State::Warning;
            status.warningStep = *it;
            break;
        }
    }
    return status;
}

ClockStatus firstResponseClock(const SlaPolicy& policy, const Ticket& ticket,
                               const QDateTime& nowUtc)
{
    return firstResponseClock(policy, ticket.priority, ticket.createdAt, ticket.firstResponseDue,
                              ticket.firstResponseAt, nowUtc);
}

QString formatDuration(qint64 seconds)
{
    // Magnitude without overflow for the most negative value.
    const quint64 total = seconds < 0 ? quint64(0) - quint64(seconds) : quint64(seconds);
    if (total < 3600) {
        return u"%1:%2"_s.arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    }
    if (total < 86400) {
        return QCoreApplication::translate("rtcare::Duration", kHoursMinutes)
            .arg(total / 3600)
            .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("rtcare::Duration", kDaysHours)
        .arg(total / 86400)
        .arg((total % 86400) / 3600);
}

} // namespace rtcare
