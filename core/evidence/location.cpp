// SPDX-License-Identifier: MIT
#include "evidence/location.h"

#include <algorithm>

namespace rtcare::evidence {

namespace {

bool anyMedia(const CallMetrics& m)
{
    return std::any_of(m.connections.begin(), m.connections.end(),
                       [](const ConnectionSummary& c) { return c.carriedMedia; });
}

qint64 firstEventTime(const ConnectionSummary& c, qint64 fallback)
{
    return c.events.empty() ? fallback : c.events.front().t;
}

bool recovered(const ConnectionSummary& c)
{
    return c.finalState == QLatin1String("connected");
}

void addConnectionFindings(const CallMetrics& m, Assessment& a)
{
    const bool media = anyMedia(m);
    for (const ConnectionSummary& c : m.connections) {
        if (!c.failed)
            continue;
        Finding f;
        f.side = Side::Connection;
        f.profileId = QStringLiteral("connection-state");
        f.metric = c.everConnected ? QStringLiteral("connection_lost")
                                   : QStringLiteral("connection_failed");
        f.from = c.everConnected ? c.connectedAt : firstEventTime(c, m.start);
        f.to = c.failedAt;
        // Seconds it worked before it was lost, or seconds it tried.
        f.value = double(std::max<qint64>(0, f.to - f.from)) / 1000.0;
        // The call's own connection failing decides; so does any failure when no media
        // flowed at all. A side connection failing while the call ran is reported only.
        if (c.carriedMedia || !media) {
            f.level = recovered(c) ? Level::Warn : Level::Bad;
        } else {
            f.level = Level::Warn;
            f.decides = false;
        }
        a.findings.push_back(f);
    }
}

void addDeviceFinding(const CallMetrics& m, Assessment& a)
{
    const SenderSummary* s = cpuLimitedSender(m);
    if (!s)
        return;
    Finding f;
    f.metric = QStringLiteral("cpu_limited");
    f.side = Side::Device;
    f.value = s->cpuPct;
    f.rest = s->fpsOtherwise;
    f.level = levelOf(s->cpuPct, {kCpuLimitedWarnPct, kCpuLimitedBadPct});
    f.threshold = f.level == Level::Bad ? kCpuLimitedBadPct : kCpuLimitedWarnPct;
    f.profileId = QStringLiteral("cpu-share-of-video-time");
    f.from = s->cpuFrom > 0 ? s->cpuFrom : m.start;
    f.to = s->cpuTo > s->cpuFrom ? s->cpuTo : m.end;
    a.findings.push_back(f);
}

int rank(const Finding& f)
{
    static const QStringList order{QStringLiteral("connection_lost"),
                                   QStringLiteral("connection_failed"),
                                   QStringLiteral("loss_up"),
                                   QStringLiteral("loss_down"),
                                   QStringLiteral("freezes"),
                                   QStringLiteral("jitter"),
                                   QStringLiteral("rtt"),
                                   QStringLiteral("cpu_limited"),
                                   QStringLiteral("bandwidth_limited"),
                                   QStringLiteral("mos")};
    return int(order.indexOf(f.metric));
}

bool supports(Side verdict, Side finding)
{
    if (verdict == Side::Both)
        return finding == Side::Uplink || finding == Side::Downlink || finding == Side::Both;
    return verdict == finding;
}

} // namespace

const ConnectionSummary* failedConnection(const CallMetrics& m)
{
    const ConnectionSummary* found = nullptr;
    for (const ConnectionSummary& c : m.connections) {
        if (c.failed && c.carriedMedia)
            return &c;
        if (c.failed && !found)
            found = &c;
    }
    return found;
}

const ConnectionSummary* relayedConnection(const CallMetrics& m)
{
    for (const ConnectionSummary& c : m.connections) {
        if (c.carriedMedia && (c.relayed() || c.overTcp()))
            return &c;
    }
    return nullptr;
}

const SenderSummary* cpuLimitedSender(const CallMetrics& m)
{
    const SenderSummary* most = nullptr;
    for (const SenderSummary& s : m.senders) {
        if (known(s.cpuPct) && s.cpuPct >= kCpuLimitedWarnPct && (!most || s.cpuPct > most->cpuPct))
            most = &s;
    }
    return most;
}

void addPathFindings(const CallMetrics& m, Assessment& a)
{
    addConnectionFindings(m, a);
    addDeviceFinding(m, a);
    // Delay and jitter on a route through a relay or over TCP belong to that route: the
    // relay adds a leg, TCP retransmits instead of dropping.
    if (relayedConnection(m)) {
        for (Finding& f : a.findings) {
            if (f.metric == QLatin1String("rtt") || f.metric == QLatin1String("jitter") ||
                (f.metric == QLatin1String("freezes") && f.side == Side::Both))
                f.side = Side::Relay;
        }
    }
}

void decideVerdict(Assessment& a)
{
    std::stable_sort(a.findings.begin(), a.findings.end(), [](const Finding& x, const Finding& y) {
        if (x.level != y.level)
            return x.level > y.level;
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        return x.to - x.from > y.to - y.from;
    });
    // MOS says how bad, not where; findings that decide nothing are only reported.
    const auto deciding = [](const Finding& f) { return f.decides && f.side != Side::None; };
    Level top = Level::Ok;
    for (const Finding& f : a.findings) {
        if (deciding(f))
            top = std::max(top, f.level);
    }
    bool connection = false, up = false, down = false, path = false, relay = false, device = false,
         farEnd = false;
    for (const Finding& f : a.findings) {
        if (!deciding(f) || f.level != top)
            continue;
        connection = connection || f.side == Side::Connection;
        up = up || f.side == Side::Uplink;
        down = down || f.side == Side::Downlink;
        path = path || f.side == Side::Both;
        relay = relay || f.side == Side::Relay;
        device = device || f.side == Side::Device;
        farEnd = farEnd || f.side == Side::FarEnd;
    }
    a.verdict = connection   ? Side::Connection
                : up && down ? Side::Both
                : up         ? Side::Uplink
                : down       ? Side::Downlink
                : path       ? Side::Both
                : relay      ? Side::Relay
                : device     ? Side::Device
                : farEnd     ? Side::FarEnd
                             : Side::None;
    a.reasons.clear();
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        const Finding& f = a.findings[i];
        if (a.verdict != Side::None && deciding(f) && f.level == top && supports(a.verdict, f.side))
            a.reasons.push_back(i);
    }
    if (!a.reasons.empty()) {
        a.from = a.findings[a.reasons.front()].from;
        a.to = a.findings[a.reasons.front()].to;
    }
}

} // namespace rtcare::evidence
