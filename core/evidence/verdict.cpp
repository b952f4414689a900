// SPDX-License-Identifier: MIT
#include "evidence/verdict.h"

#include "evidence/location.h"

#include <QDateTime>

#include <algorithm>

namespace rtcare::evidence {

namespace {

constexpr double kBandwidthLimitedWarnPct = 30;

double mean(const std::vector<double>& v)
{
    if (v.empty())
        return kNone;
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}

struct Span
{
    std::size_t first = 0;
    std::size_t last = 0; // inclusive
};

// The longest run of intervals at or above `limit` (one clean interval inside a run
// does not break it). Runs of a single interval are ignored unless the call is short:
// one bad 10-second sample is not what the user lived through.
std::optional<Span> longestRun(const std::vector<double>& values, double limit, bool lowerIsWorse)
{
    std::optional<Span> best;
    std::optional<Span> current;
    std::size_t gap = 0;
    const auto isBad = [&](double v) {
        return known(v) && (lowerIsWorse ? v < limit : v >= limit);
    };
    const auto consider = [&] {
        if (current && (!best || current->last - current->first > best->last - best->first))
            best = current;
    };
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (isBad(values[i])) {
            if (!current)
                current = Span{i, i};
            current->last = i;
            gap = 0;
        } else if (current && ++gap > 1) {
            consider();
            current.reset();
            gap = 0;
        }
    }
    consider();
    if (best && best->first == best->last && values.size() > 3)
        return std::nullopt;
    return best;
}

struct MetricView
{
    const char* id;
    Side side;
    Limit limit;
    bool lowerIsWorse;
    bool useMedian; // rtt and jitter: median over the window; loss: mean
};

} // namespace

QString levelId(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Bad:
        return QStringLiteral("bad");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString sideId(Side side)
{
    switch (side) {
    case Side::Uplink:
        return QStringLiteral("uplink");
    case Side::Downlink:
        return QStringLiteral("downlink");
    case Side::Both:
        return QStringLiteral("both");
    case Side::FarEnd:
        return QStringLiteral("far_end");
    case Side::Device:
        return QStringLiteral("device");
    case Side::Relay:
        return QStringLiteral("relay_path");
    case Side::Connection:
        return QStringLiteral("connection_failed");
    case Side::None:
        break;
    }
    return QStringLiteral("none");
}

QString causeHintId(Side side, bool hasData)
{
    if (!hasData && side != Side::Connection) // a connection that never came up has no media
        return QStringLiteral("unknown");
    switch (side) {
    case Side::Uplink:
    case Side::Downlink:
    case Side::Both:
        return QStringLiteral("user_network");
    case Side::FarEnd:
        return QStringLiteral("remote_party");
    case Side::Device:
    case Side::Relay:
    case Side::Connection:
        return sideId(side);
    case Side::None:
        break;
    }
    return QStringLiteral("not_network");
}

Level levelOf(double value, const Limit& limit, bool lowerIsWorse)
{
    if (!known(value))
        return Level::Unknown;
    if (lowerIsWorse)
        return value < limit.bad ? Level::Bad : value < limit.warn ? Level::Warn : Level::Ok;
    return value >= limit.bad ? Level::Bad : value >= limit.warn ? Level::Warn : Level::Ok;
}

QString Finding::describe() const
{
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
            QStringLiteral("HH:mm:ss"));
    };
    QString what;
    if (metric == QLatin1String("connection_lost"))
        what = QStringLiteral("worked %1 s, then failed").arg(value, 0, 'f', 1);
    else if (metric == QLatin1String("connection_failed"))
        what = QStringLiteral("never connected in %1 s").arg(value, 0, 'f', 1);
    else
        what = QStringLiteral("%1 (limit %2)").arg(value, 0, 'f', 1).arg(threshold, 0, 'g', 3);
    return QStringLiteral("%1 %2: %3, %4, from %5 to %6, %7%8")
        .arg(metric, levelId(level), what, profileId, time(from), time(to), sideId(side),
             decides ? QString() : QStringLiteral(" (reported only)"));
}

QJsonObject Finding::toJson() const
{
    const auto num = [](double v) {
        return known(v) ? QJsonValue(std::round(v * 100) / 100) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("metric"), metric},
        {QStringLiteral("side"), sideId(side)},
        {QStringLiteral("level"), levelId(level)},
        {QStringLiteral("value"), num(value)},
        {QStringLiteral("rest_of_call"), num(rest)},
        {QStringLiteral("threshold"), num(threshold)},
        {QStringLiteral("profile"), profileId},
        {QStringLiteral("decides"), decides},
        {QStringLiteral("from"),
         QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("text"), describe()}};
}

Assessment assess(const CallMetrics& m, const ThresholdProfile& profile)
{
    Assessment a;
    a.profileId = profile.id;
    a.from = m.start;
    a.to = m.end;
    a.rtt = levelOf(m.rttMs.median, profile.rttMs);
    a.jitter = levelOf(m.jitterMs.median, profile.jitterMs);
    a.lossDown = levelOf(m.lossDown(), profile.lossPct);
    a.lossUp = levelOf(m.lossUp(), profile.lossPct);
    a.mos = levelOf(m.mosMedian, profile.mos, true);
    const std::size_t n = m.intervals.size();
    a.badIntervals.assign(n, false);
    if (n == 0) { // no media figures: a connection that never came up still says something
        addPathFindings(m, a);
        decideVerdict(a);
        return a;
    }

    // One definition of a bad (or noticeable) interval, per direction: the cards' "time in
    // bad intervals" and the timeline's shading both read it. RTT counts for both
    // directions; jitter, freezes and MOS (computed from the received loss) for the downlink.
    a.uplinkLevels.assign(n, Level::Unknown);
    a.downlinkLevels.assign(n, Level::Unknown);
    a.intervalLevels.assign(n, Level::Unknown);
    for (std::size_t i = 0; i < n; ++i) {
        const Interval& in = m.intervals[i];
        const double seconds = double(in.end - in.start) / 1000.0;
        const Level rtt = levelOf(in.rttMs, profile.rttMs);
        const Level up = std::max(rtt, levelOf(in.lossUp, profile.lossPct));
        const double freezeRate =
            seconds > 0 ? in.freezeSeconds * 60 / seconds : kNone; // seconds per minute
        const Level freezes =
            in.freezeSeconds > 0
                ? levelOf(freezeRate, {kFreezeWarnSecondsPerMinute, kFreezeBadSecondsPerMinute})
                : Level::Unknown;
        const Level down = std::max({rtt, levelOf(in.lossDown, profile.lossPct),
                                     levelOf(in.jitterMs, profile.jitterMs), freezes,
                                     levelOf(in.mos, profile.mos, true)});
        a.uplinkLevels[i] = up;
        a.downlinkLevels[i] = down;
        a.intervalLevels[i] = std::max(up, down);
        a.badIntervals[i] = a.intervalLevels[i] == Level::Bad;
        if (up == Level::Bad)
            a.badSecondsUp += seconds;
        else if (up == Level::Warn)
            a.warnSecondsUp += seconds;
        if (down == Level::Bad)
            a.badSecondsDown += seconds;
        else if (down == Level::Warn)
            a.warnSecondsDown += seconds;
    }

    const MetricView views[] = {
        {"loss_up", Side::Uplink, profile.lossPct, false, false},
        {"loss_down", Side::Downlink, profile.lossPct, false, false},
        {"jitter", Side::Downlink, profile.jitterMs, false, true},
        {"rtt", Side::Both, profile.rttMs, false, true},
        {"mos", Side::None, profile.mos, true, true},
    };
    for (const MetricView& view : views) {
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Interval& in = m.intervals[i];
            const QLatin1String id(view.id);
            values[i] = id == QLatin1String("loss_up")     ? in.lossUp
                        : id == QLatin1String("loss_down") ? in.lossDown
                        : id == QLatin1String("jitter")    ? in.jitterMs
                        : id == QLatin1String("rtt")       ? in.rttMs
                                                           : in.mos;
        }
        const std::optional<Span> run = longestRun(values, view.limit.warn, view.lowerIsWorse);
        if (!run)
            continue;
        std::vector<double> inside, outside;
        for (std::size_t i = 0; i < n; ++i) {
            if (!known(values[i]))
                continue;
            (i >= run->first && i <= run->last ? inside : outside).push_back(values[i]);
        }
        Finding f;
        f.metric = QString::fromLatin1(view.id);
        f.side = view.side;
        f.value = view.useMedian ? percentile(inside, 50) : mean(inside);
        f.rest = view.useMedian ? percentile(outside, 50) : mean(outside);
        f.level = levelOf(f.value, view.limit, view.lowerIsWorse);
        if (f.level != Level::Warn && f.level != Level::Bad)
            continue;
        f.threshold = f.level == Level::Bad ? view.limit.bad : view.limit.warn;
        f.profileId = profile.id;
        f.from = m.intervals[run->first].start;
        f.to = m.intervals[run->last].end;
        a.findings.push_back(f);
    }

    const bool downlinkTrouble =
        std::any_of(a.findings.begin(), a.findings.end(),
                    [](const Finding& f) { return f.side == Side::Downlink; });
    if (m.freezeSeconds >= 1) {
        std::size_t first = n, last = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (m.intervals[i].freezeSeconds > 0) {
                first = std::min(first, i);
                last = i;
            }
        }
        const double minutes = std::max(1.0 / 6, m.durationSeconds() / 60);
        Finding f;
        f.metric = QStringLiteral("freezes");
        f.value = m.freezeSeconds / minutes;
        f.level = f.value >= kFreezeBadSecondsPerMinute    ? Level::Bad
                  : f.value >= kFreezeWarnSecondsPerMinute ? Level::Warn
                                                           : Level::Ok;
        f.threshold =
            f.level == Level::Bad ? kFreezeBadSecondsPerMinute : kFreezeWarnSecondsPerMinute;
        // Freezes while packets reached this user intact point at the sender; freezes
        // during loss or jitter on this user's side point at this user's downlink; during
        // delay alone, at the path (which a relayed route then takes over).
        bool ownTrouble = downlinkTrouble;
        bool delay = false;
        for (std::size_t i = 0; i < n; ++i) {
            const Interval& in = m.intervals[i];
            if (in.freezeSeconds <= 0)
                continue;
            if (levelOf(in.lossDown, profile.lossPct) >= Level::Warn ||
                levelOf(in.jitterMs, profile.jitterMs) >= Level::Warn)
                ownTrouble = true;
            else if (levelOf(in.rttMs, profile.rttMs) >= Level::Warn)
                delay = true;
        }
        f.side = ownTrouble ? Side::Downlink : delay ? Side::Both : Side::FarEnd;
        f.profileId = QStringLiteral("freeze-seconds-per-minute");
        f.from = first < n ? m.intervals[first].start : m.start;
        f.to = first < n ? m.intervals[last].end : m.end;
        if (f.level != Level::Ok)
            a.findings.push_back(f);
    }
    if (known(m.limitedByBandwidthPct) && m.limitedByBandwidthPct >= kBandwidthLimitedWarnPct) {
        Finding f;
        f.metric = QStringLiteral("bandwidth_limited");
        f.side = Side::Uplink;
        f.level = Level::Warn;
        f.value = m.limitedByBandwidthPct;
        f.threshold = kBandwidthLimitedWarnPct;
        f.profileId = QStringLiteral("share-of-call");
        f.from = m.start;
        f.to = m.end;
        f.decides = false;
        a.findings.push_back(f);
    }
    addPathFindings(m, a);
    // MOS says how bad, not where: it takes the side of the other findings.
    for (Finding& f : a.findings) {
        if (f.metric == QLatin1String("mos"))
            f.side = Side::None;
    }

    decideVerdict(a);
    return a;
}

} // namespace rtcare::evidence
