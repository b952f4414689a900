// SPDX-License-Identifier: MIT
#include "evidence/callpath.h"

#include "evidence/streammodel.h"
#include "evidence/webrtcinternals.h"

#include <algorithm>

namespace rtcare::evidence {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMaxStoredEvents = 400; // per connection, in the stored summary

QString typeOf(const QString& id, const StatObject& object)
{
    QString type = object.type;
    if (type.isEmpty())
        type = object.lastText(QStringLiteral("type"));
    if (type.isEmpty())
        type = typeFromStatId(id);
    return type;
}

CandidateInfo candidate(const StatObject* object)
{
    CandidateInfo info;
    if (!object)
        return info;
    info.type = normalisedCandidateType(object->lastText(QStringLiteral("candidateType")));
    info.protocol = object->lastText(QStringLiteral("protocol")).toLower();
    if (info.protocol.isEmpty())
        info.protocol = object->lastText(QStringLiteral("transport")).toLower();
    info.relayProtocol = object->lastText(QStringLiteral("relayProtocol")).toLower();
    info.networkType = object->lastText(QStringLiteral("networkType")).toLower();
    if (info.networkType == QLatin1String("unknown"))
        info.networkType.clear();
    return info;
}

SelectedPath pathOfPair(const PeerConnectionStats& pc, const StatObject& pair, qint64 since)
{
    SelectedPath path;
    path.since = since;
    const auto find = [&](const QString& id) -> const StatObject* {
        const auto it = pc.objects.constFind(id);
        return it == pc.objects.cend() ? nullptr : &it.value();
    };
    path.local = candidate(find(pair.lastText(QStringLiteral("localCandidateId"))));
    path.remote = candidate(find(pair.lastText(QStringLiteral("remoteCandidateId"))));
    // Legacy goog pairs name the types themselves.
    if (path.local.type.isEmpty())
        path.local.type =
            normalisedCandidateType(pair.lastText(QStringLiteral("googLocalCandidateType")));
    if (path.remote.type.isEmpty())
        path.remote.type =
            normalisedCandidateType(pair.lastText(QStringLiteral("googRemoteCandidateType")));
    const QString transport = pair.lastText(QStringLiteral("googTransportType")).toLower();
    if (path.local.protocol.isEmpty())
        path.local.protocol = transport;
    if (path.remote.protocol.isEmpty())
        path.remote.protocol = transport;
    return path;
}

// The first time a 0/1 flag series is 1, or -1.
qint64 firstSet(const StatObject& object, const char* member)
{
    for (const Sample& s : object.numbers.value(QLatin1String(member))) {
        if (s.v == 1)
            return s.t;
    }
    return -1;
}

bool isConnected(const QString& state)
{
    return state == QLatin1String("connected") || state == QLatin1String("completed");
}

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

// The value of a text series at time t (the last sample at or before t).
QString textAt(const TextSeries& series, qint64 t)
{
    QString value;
    for (const TextSample& s : series) {
        if (s.t > t)
            break;
        value = s.v;
    }
    return value;
}

// Increments of a cumulative series over its whole length (a drop restarts from zero).
double increase(const Series& s)
{
    double total = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const double d = s[i].v - s[i - 1].v;
        total += d >= 0 ? d : s[i].v;
    }
    return total;
}

QJsonValue num(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(std::round(v * 10) / 10);
}

double numberIn(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : kNaN;
}

QJsonObject candidateJson(const CandidateInfo& c)
{
    QJsonObject o{{QStringLiteral("type"), c.type}, {QStringLiteral("protocol"), c.protocol}};
    if (!c.relayProtocol.isEmpty())
        o.insert(QStringLiteral("relay_protocol"), c.relayProtocol);
    if (!c.networkType.isEmpty())
        o.insert(QStringLiteral("network_type"), c.networkType);
    return o;
}

CandidateInfo candidateFrom(const QJsonObject& o)
{
    return {o.value(QLatin1String("type")).toString(),
            o.value(QLatin1String("protocol")).toString(),
            o.value(QLatin1String("relay_protocol")).toString(),
            o.value(QLatin1String("network_type")).toString()};
}

} // namespace

QString normalisedCandidateType(const QString& type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("local") || t == QLatin1String("host"))
        return QStringLiteral("host");
    if (t == QLatin1String("stun") || t == QLatin1String("serverreflexive") ||
        t == QLatin1String("srflx"))
        return QStringLiteral("srflx");
    if (t == QLatin1String("prflx") || t == QLatin1String("peerreflexive"))
        return QStringLiteral("prflx");
    if (t == QLatin1String("relay") || t == QLatin1String("relayed"))
        return QStringLiteral("relay");
    return {};
}

ConnectionPath buildPath(const PeerConnectionStats& pc)
{
    ConnectionPath path;
    path.id = pc.id;
    path.events = pc.events;
    std::stable_sort(path.events.begin(), path.events.end(),
                     [](const ConnectionEvent& a, const ConnectionEvent& b) { return a.t < b.t; });

    std::vector<SelectedPath> selected;
    for (auto it = pc.objects.cbegin(); it != pc.objects.cend(); ++it) {
        if (typeOf(it.key(), it.value()) != QLatin1String("transport"))
            continue;
        for (const TextSample& s : it->texts.value(QStringLiteral("selectedCandidatePairId"))) {
            const auto pair = pc.objects.constFind(s.v);
            if (pair != pc.objects.cend())
                selected.push_back(pathOfPair(pc, pair.value(), s.t));
        }
    }
    if (selected.empty()) {
        // Firefox marks the selected pair; legacy Chrome the active connection.
        for (auto it = pc.objects.cbegin(); it != pc.objects.cend(); ++it) {
            const QString type = typeOf(it.key(), it.value());
            if (type != QLatin1String("candidate-pair") && type != QLatin1String("candidatepair") &&
                type != QLatin1String("googCandidatePair"))
                continue;
            qint64 since = firstSet(it.value(), "selected");
            if (since < 0)
                since = firstSet(it.value(), "googActiveConnection");
            if (since >= 0)
                selected.push_back(pathOfPair(pc, it.value(), since));
        }
    }
    std::sort(selected.begin(), selected.end(),
              [](const SelectedPath& a, const SelectedPath& b) { return a.since < b.since; });
    for (SelectedPath& s : selected) {
        if (path.selected.empty() || !(path.selected.back().local == s.local) ||
            !(path.selected.back().remote == s.remote))
            path.selected.push_back(std::move(s));
    }
    return path;
}

bool ConnectionSummary::relayed() const
{
    return local.type == QLatin1String("relay") || remote.type == QLatin1String("relay");
}

bool ConnectionSummary::overTcp() const
{
    return local.protocol == QLatin1String("tcp") || remote.protocol == QLatin1String("tcp") ||
           local.relayProtocol == QLatin1String("tcp") ||
           local.relayProtocol == QLatin1String("tls");
}

ConnectionSummary summariseConnection(const ConnectionPath& path, bool carriedMedia)
{
    ConnectionSummary c;
    c.id = path.id;
    c.carriedMedia = carriedMedia;
    if (!path.selected.empty()) {
        c.local = path.selected.back().local;
        c.remote = path.selected.back().remote;
        c.pathChanges = int(path.selected.size()) - 1;
    }
    qint64 attemptAt = 0;
    qint64 iceConnectedAt = 0;
    QString lastIce;
    QString lastConnection;
    bool closed = false;
    bool wasConnected = false;
    int backToChecking = 0;
    int restartEvents = 0;
    const bool hasIce =
        std::any_of(path.events.begin(), path.events.end(),
                    [](const ConnectionEvent& e) { return e.kind == QLatin1String("ice"); });
    for (const ConnectionEvent& e : path.events) {
        const bool ice = e.kind == QLatin1String("ice");
        const bool connection = e.kind == QLatin1String("connection");
        if (e.kind == QLatin1String("restart")) {
            ++restartEvents;
            c.events.push_back(e);
            continue;
        }
        if (e.kind == QLatin1String("close")) {
            closed = true;
            c.events.push_back(e);
            continue;
        }
        if (!ice && !connection)
            continue;
        const QString& previous = ice ? lastIce : lastConnection;
        if (e.state == previous)
            continue; // repeated ("completed" twice)
        if (ice && e.state == QLatin1String("checking") && wasConnected)
            ++backToChecking;
        if ((ice && e.state == QLatin1String("checking")) ||
            (connection && e.state == QLatin1String("connecting"))) {
            if (attemptAt == 0)
                attemptAt = e.t;
        }
        if (isConnected(e.state)) {
            wasConnected = true;
            c.everConnected = true;
            if (connection && c.connectedAt == 0)
                c.connectedAt = e.t;
            if (ice && iceConnectedAt == 0)
                iceConnectedAt = e.t;
        }
        if (e.state == QLatin1String("disconnected") && wasConnected && ice == hasIce)
            ++c.disconnects;
        if (e.state == QLatin1String("failed")) {
            c.failed = true;
            if (c.failedAt == 0)
                c.failedAt = e.t;
        }
        (ice ? lastIce : lastConnection) = e.state;
        c.events.push_back(e);
    }
    if (c.events.size() > kMaxStoredEvents) { // the first and the last ones matter most
        c.events.erase(c.events.begin() + kMaxStoredEvents / 2,
                       c.events.end() - kMaxStoredEvents / 2);
    }
    if (c.connectedAt == 0)
        c.connectedAt = iceConnectedAt;
    if (attemptAt > 0 && c.connectedAt >= attemptAt)
        c.connectMs = double(c.connectedAt - attemptAt);
    c.iceRestarts = std::max(restartEvents, backToChecking);
    c.finalState = !lastConnection.isEmpty()               ? lastConnection
                   : lastIce == QLatin1String("completed") ? QStringLiteral("connected")
                                                           : lastIce;
    if (closed && !c.failed)
        c.finalState = QStringLiteral("closed");
    return c;
}

SenderSummary summariseSender(const MediaStream& s)
{
    SenderSummary out;
    out.id = s.id;
    for (auto it = s.implementation.rbegin(); it != s.implementation.rend(); ++it) {
        if (!it->v.isEmpty() && it->v != QLatin1String("unknown")) {
            out.encoder = it->v;
            break;
        }
    }
    // The browser's own account of the time per reason, when it gives one.
    const double cpu = increase(s.limitCpu);
    const double bandwidth = increase(s.limitBandwidth);
    const double other = increase(s.limitOther);
    const double none = increase(s.limitNone);
    double total = cpu + bandwidth + other + none;
    double shares[4] = {cpu, bandwidth, other, none};
    if (total <= 0 && s.limitation.size() >= 2) {
        // Else the reason samples, each standing for the time to the next one.
        total = 0;
        std::fill(std::begin(shares), std::end(shares), 0.0);
        for (std::size_t i = 0; i + 1 < s.limitation.size(); ++i) {
            const auto span = double(s.limitation[i + 1].t - s.limitation[i].t) / 1000.0;
            if (span <= 0)
                continue;
            const QString& r = s.limitation[i].v;
            shares[r == QLatin1String("cpu")         ? 0
                   : r == QLatin1String("bandwidth") ? 1
                   : r == QLatin1String("other")     ? 2
                                                     : 3] += span;
            total += span;
        }
    }
    if (total > 0) {
        out.cpuPct = 100 * shares[0] / total;
        out.bandwidthPct = 100 * shares[1] / total;
        out.otherPct = 100 * shares[2] / total;
        out.nonePct = 100 * shares[3] / total;
        out.seconds = total;
    }
    for (const TextSample& x : s.limitation) {
        if (x.v == QLatin1String("cpu")) {
            if (out.cpuFrom == 0)
                out.cpuFrom = x.t;
            out.cpuTo = x.t;
        }
    }
    std::vector<double> fps, fpsCpu, fpsRest, height, heightCpu, heightRest;
    for (const Sample& x : s.fps) {
        fps.push_back(x.v);
        (textAt(s.limitation, x.t) == QLatin1String("cpu") ? fpsCpu : fpsRest).push_back(x.v);
    }
    for (const Sample& x : s.frameHeight) {
        if (x.v <= 0)
            continue;
        height.push_back(x.v);
        (textAt(s.limitation, x.t) == QLatin1String("cpu") ? heightCpu : heightRest).push_back(x.v);
    }
    out.fpsMedian = medianOf(fps);
    out.fpsCpuLimited = medianOf(fpsCpu);
    out.fpsOtherwise = medianOf(fpsRest);
    out.heightMedian = medianOf(height);
    out.heightCpuLimited = medianOf(heightCpu);
    out.heightOtherwise = medianOf(heightRest);
    return out;
}

QJsonObject ConnectionSummary::toJson() const
{
    QJsonArray log;
    for (const ConnectionEvent& e : events)
        log.append(QJsonArray{double(e.t), e.kind, e.state});
    QJsonObject pair{
        {QStringLiteral("local_type"), local.type},
        {QStringLiteral("remote_type"), remote.type},
        {QStringLiteral("protocol"), local.protocol.isEmpty() ? remote.protocol : local.protocol},
        {QStringLiteral("relay_protocol"),
         local.relayProtocol.isEmpty() ? QJsonValue() : QJsonValue(local.relayProtocol)},
        {QStringLiteral("local"), candidateJson(local)},
        {QStringLiteral("remote"), candidateJson(remote)}};
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("state_final"),
         finalState.isEmpty() ? QJsonValue() : QJsonValue(finalState)},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("ever_connected"), everConnected},
        {QStringLiteral("connected_at_ms"),
         connectedAt > 0 ? QJsonValue(double(connectedAt)) : QJsonValue()},
        {QStringLiteral("failed_at_ms"),
         failedAt > 0 ? QJsonValue(double(failedAt)) : QJsonValue()},
        {QStringLiteral("connect_ms"), num(connectMs)},
        {QStringLiteral("ice_restarts"), iceRestarts},
        {QStringLiteral("disconnects"), disconnects},
        {QStringLiteral("carried_media"), carriedMedia},
        {QStringLiteral("path_changes"), pathChanges},
        {QStringLiteral("selected_pair"),
         local.type.isEmpty() && remote.type.isEmpty() ? QJsonValue() : QJsonValue(pair)},
        {QStringLiteral("events"), log}};
}

ConnectionSummary ConnectionSummary::fromJson(const QJsonObject& o)
{
    ConnectionSummary c;
    c.id = o.value(QLatin1String("id")).toString();
    c.finalState = o.value(QLatin1String("state_final")).toString();
    c.failed = o.value(QLatin1String("failed")).toBool();
    c.everConnected = o.value(QLatin1String("ever_connected")).toBool();
    c.connectedAt = qint64(o.value(QLatin1String("connected_at_ms")).toDouble());
    c.failedAt = qint64(o.value(QLatin1String("failed_at_ms")).toDouble());
    c.connectMs = numberIn(o, "connect_ms");
    c.iceRestarts = o.value(QLatin1String("ice_restarts")).toInt();
    c.disconnects = o.value(QLatin1String("disconnects")).toInt();
    c.carriedMedia = o.value(QLatin1String("carried_media")).toBool();
    c.pathChanges = o.value(QLatin1String("path_changes")).toInt();
    const QJsonObject pair = o.value(QLatin1String("selected_pair")).toObject();
    c.local = candidateFrom(pair.value(QLatin1String("local")).toObject());
    c.remote = candidateFrom(pair.value(QLatin1String("remote")).toObject());
    for (const QJsonValue& v : o.value(QLatin1String("events")).toArray()) {
        const QJsonArray e = v.toArray();
        c.events.push_back({qint64(e.at(0).toDouble()), e.at(1).toString(), e.at(2).toString()});
    }
    return c;
}

QJsonObject SenderSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("encoder"), encoder.isEmpty() ? QJsonValue() : QJsonValue(encoder)},
        {QStringLiteral("quality_limitation_pct"),
         QJsonObject{{QStringLiteral("cpu"), num(cpuPct)},
                     {QStringLiteral("bandwidth"), num(bandwidthPct)},
                     {QStringLiteral("other"), num(otherPct)},
                     {QStringLiteral("none"), num(nonePct)}}},
        {QStringLiteral("limitation_seconds"), num(seconds)},
        {QStringLiteral("fps"), QJsonObject{{QStringLiteral("median"), num(fpsMedian)},
                                            {QStringLiteral("cpu_limited"), num(fpsCpuLimited)},
                                            {QStringLiteral("otherwise"), num(fpsOtherwise)}}},
        {QStringLiteral("frame_height"),
         QJsonObject{{QStringLiteral("median"), num(heightMedian)},
                     {QStringLiteral("cpu_limited"), num(heightCpuLimited)},
                     {QStringLiteral("otherwise"), num(heightOtherwise)}}},
        {QStringLiteral("cpu_from_ms"), cpuFrom > 0 ? QJsonValue(double(cpuFrom)) : QJsonValue()},
        {QStringLiteral("cpu_to_ms"), cpuTo > 0 ? QJsonValue(double(cpuTo)) : QJsonValue()}};
}

SenderSummary SenderSummary::fromJson(const QJsonObject& o)
{
    SenderSummary s;
    s.id = o.value(QLatin1String("id")).toString();
    s.encoder = o.value(QLatin1String("encoder")).toString();
    const QJsonObject q = o.value(QLatin1String("quality_limitation_pct")).toObject();
    s.cpuPct = numberIn(q, "cpu");
    s.bandwidthPct = numberIn(q, "bandwidth");
    s.otherPct = numberIn(q, "other");
    s.nonePct = numberIn(q, "none");
    s.seconds = o.value(QLatin1String("limitation_seconds")).toDouble();
    const QJsonObject fps = o.value(QLatin1String("fps")).toObject();
    s.fpsMedian = numberIn(fps, "median");
    s.fpsCpuLimited = numberIn(fps, "cpu_limited");
    s.fpsOtherwise = numberIn(fps, "otherwise");
    const QJsonObject height = o.value(QLatin1String("frame_height")).toObject();
    s.heightMedian = numberIn(height, "median");
    s.heightCpuLimited = numberIn(height, "cpu_limited");
    s.heightOtherwise = numberIn(height, "otherwise");
    s.cpuFrom = qint64(o.value(QLatin1String("cpu_from_ms")).toDouble());
    s.cpuTo = qint64(o.value(QLatin1String("cpu_to_ms")).toDouble());
    return s;
}

} // namespace rtcare::evidence
