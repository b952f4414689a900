// SPDX-License-Identifier: MIT
#include "evidence/webrtcinternals.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace rtcare::evidence {

namespace {

struct Entry
{
    QString member;
    QJsonObject object;
};

qint64 isoMs(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QJsonArray valuesOf(const QJsonObject& entry)
{
    const QJsonValue values = entry.value(QLatin1String("values"));
    if (values.isArray()) // some tools re-save dumps with the arrays already parsed
        return values.toArray();
    return QJsonDocument::fromJson(values.toString().toUtf8()).array();
}

// Older dumps give event times as the browser's local clock, formatted for its locale
// ("03/09/2024, 19:11:13", "9/3/2024, 7:11:13 PM"): the seconds since local midnight.
std::optional<int> secondsOfDay(const QString& text)
{
    static const QRegularExpression clock(
        QStringLiteral("(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\s*([AaPp])\\.?\\s*[Mm])?"));
    const QRegularExpressionMatch m = clock.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    const int second = m.captured(3).toInt();
    if (const QString half = m.captured(4).toLower(); !half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return hour * 3600 + minute * 60 + second;
}

struct LoggedEvent
{
    QString type;
    QJsonValue value;
    qint64 t = 0;   // epoch ms, when the dump gives it
    int clock = -1; // else the seconds of the local day
};

// Reads the peer connection's updateLog. Epoch times (Chrome 117+) are used as they are;
// local clock times are placed on the statistics' time line: the zone offset is taken as
// the whole quarter hour nearest to the gap between the first event and the first sample
// (a call's log starts within minutes of its first statistics), and times that go back
// cross midnight.
void readUpdateLog(const QJsonArray& log, qint64 firstSample, PeerConnectionStats& pc,
                   RawStats& out)
{
    std::vector<LoggedEvent> events;
    for (const QJsonValue& v : log) {
        const QJsonObject e = v.toObject();
        LoggedEvent event{e.value(QLatin1String("type")).toString(),
                          e.value(QLatin1String("value")), 0, -1};
        if (event.type.isEmpty())
            continue;
        const QJsonValue stamp = e.value(QLatin1String("timestamp"));
        double epoch = 0;
        if (toNumber(stamp, &epoch) && epoch > 0)
            event.t = qint64(epoch);
        else if (const std::optional<int> s =
                     secondsOfDay(e.value(QLatin1String("time")).toString()))
            event.clock = *s;
        events.push_back(std::move(event));
    }
    const auto clocked = std::find_if(events.begin(), events.end(),
                                      [](const LoggedEvent& e) { return e.clock >= 0; });
    if (clocked != events.end() && firstSample > 0) {
        constexpr qint64 day = 86'400'000;
        const qint64 midnight = firstSample - firstSample % day; // UTC midnight of the sample
        const qint64 sampleOfDay = firstSample % day;
        qint64 offset = qint64(clocked->clock) * 1000 - sampleOfDay; // local - UTC, roughly
        offset = qint64(std::llround(double(offset) / 900'000.0)) * 900'000;
        while (offset > 14 * 3'600'000)
            offset -= day;
        while (offset < -12 * 3'600'000)
            offset += day;
        qint64 previous = std::numeric_limits<qint64>::min();
        qint64 wraps = 0;
        for (LoggedEvent& e : events) {
            if (e.clock < 0)
                continue;
            qint64 t = midnight + qint64(e.clock) * 1000 - offset + wraps;
            if (previous != std::numeric_limits<qint64>::min() && t < previous - 60'000) {
                wraps += day;
                t += day;
            }
            e.t = t;
            previous = t;
        }
        out.warnings << QStringLiteral("%1: the event log gives local clock times to the second "
                                       "(no zone); placed on the statistics' time line at UTC%2%3")
                            .arg(pc.id, offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                            .arg(QStringLiteral("%1:%2")
                                     .arg(std::abs(offset) / 3'600'000, 2, 10, QLatin1Char('0'))
                                     .arg(std::abs(offset) / 60'000 % 60, 2, 10, QLatin1Char('0')));
    }
    for (const LoggedEvent& e : events) {
        if (e.t > 0)
            addEvent(pc, e.type, e.value, e.t, &out.warnings);
    }
}

bool startsWithCodeAndDigit(const QString& id, QLatin1String code)
{
    return id.size() > code.size() && id.startsWith(code) && id.at(code.size()).isDigit();
}

} // namespace

QString typeFromStatId(const QString& id)
{
    struct Prefix
    {
        QLatin1String prefix;
        const char* type;
    };
    static const Prefix longIds[] = {
        {QLatin1String("RTCInboundRTP"), "inbound-rtp"},
        {QLatin1String("RTCOutboundRTP"), "outbound-rtp"},
        {QLatin1String("RTCRemoteInboundRtp"), "remote-inbound-rtp"},
        {QLatin1String("RTCRemoteOutboundRTP"), "remote-outbound-rtp"},
        {QLatin1String("RTCIceCandidatePair_"), "candidate-pair"},
        {QLatin1String("RTCTransport_"), "transport"},
        {QLatin1String("RTCMediaStreamTrack_"), "track"},
        {QLatin1String("RTCIceCandidate_"), "candidate"}, // local or remote: the pair says
    };
    for (const Prefix& p : longIds) {
        if (id.startsWith(p.prefix))
            return QString::fromLatin1(p.type);
    }
    if (startsWithCodeAndDigit(id, QLatin1String("IT")))
        return QStringLiteral("inbound-rtp");
    if (startsWithCodeAndDigit(id, QLatin1String("OT")))
        return QStringLiteral("outbound-rtp");
    if (id.startsWith(QLatin1String("RIA")) || id.startsWith(QLatin1String("RIV")))
        return QStringLiteral("remote-inbound-rtp");
    if (id.startsWith(QLatin1String("CP")))
        return QStringLiteral("candidate-pair");
    if (startsWithCodeAndDigit(id, QLatin1String("T")))
        return QStringLiteral("transport");
    return {};
}

bool isWebrtcInternals(const QJsonObject& root)
{
    const QJsonValue pcs = root.value(QLatin1String("PeerConnections"));
    if (!pcs.isObject())
        return false;
    const QJsonObject object = pcs.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().toObject().contains(QLatin1String("stats")))
            return true;
    }
    // An internals dump of a page without calls: still this format, just empty.
    return root.contains(QLatin1String("UserAgent")) &&
           !root.contains(QLatin1String("peerConnections"));
}

bool readWebrtcInternals(const QJsonObject& root, RawStats& out, QString* error)
{
    out.format = QString::fromLatin1(kFormatInternals);
    const QJsonObject pcs = root.value(QLatin1String("PeerConnections")).toObject();
    for (auto pcIt = pcs.begin(); pcIt != pcs.end(); ++pcIt) {
        const QJsonValue statsValue = pcIt.value().toObject().value(QLatin1String("stats"));
        const QJsonValue log = pcIt.value().toObject().value(QLatin1String("updateLog"));
        if (!statsValue.isObject()) {
            // A connection that never got as far as statistics: only its log says anything.
            if (log.isArray() && !log.toArray().isEmpty())
                readUpdateLog(log.toArray(), 0, out.connection(pcIt.key()), out);
            continue;
        }
        const QJsonObject stats = statsValue.toObject();
        // Group "<id>-<member>" keys by id; derived "<id>-[...]" series are skipped.
        QHash<QString, std::vector<Entry>> byId;
        for (auto it = stats.begin(); it != stats.end(); ++it) {
            const QString key = it.key();
            if (key.contains(QLatin1String("-[")))
                continue;
            const qsizetype dash = key.lastIndexOf(QLatin1Char('-'));
            if (dash <= 0)
                continue;
            const QString member = key.mid(dash + 1);
            if (member != QLatin1String("timestamp") && !isKeptMember(member))
                continue;
            if (!it.value().isObject()) {
                out.warnings
                    << QStringLiteral("%1: %2 is not a series; skipped").arg(pcIt.key(), key);
                continue;
            }
            byId[key.left(dash)].push_back({member, it.value().toObject()});
        }
        PeerConnectionStats& pc = out.connection(pcIt.key());
        qint64 firstSample = 0;
        for (auto idIt = byId.begin(); idIt != byId.end(); ++idIt) {
            const QString& id = idIt.key();
            QString type;
            std::vector<double> stamps;
            for (const Entry& e : idIt.value()) {
                if (type.isEmpty())
                    type = e.object.value(QLatin1String("statsType")).toString();
                if (e.member == QLatin1String("type")) {
                    const QJsonArray values = valuesOf(e.object);
                    if (!values.isEmpty() && type.isEmpty())
                        type = values.last().toString();
                }
                if (e.member == QLatin1String("timestamp")) {
                    const QJsonArray values = valuesOf(e.object);
                    stamps.reserve(std::size_t(values.size()));
                    for (const QJsonValue& v : values)
                        stamps.push_back(v.toDouble());
                }
            }
            if (type.isEmpty())
                type = typeFromStatId(id);
            if (!isInterestingType(type))
                continue;
            StatObject& object = pc.objects[id];
            object.type = type;
            for (const Entry& e : idIt.value()) {
                if (e.member == QLatin1String("timestamp") || e.member == QLatin1String("type"))
                    continue;
                const QJsonArray values = valuesOf(e.object);
                const qsizetype n = values.size();
                if (n == 0)
                    continue;
                if (n >= kInternalsSeriesLimit)
                    out.truncated = true;
                const qint64 start = isoMs(e.object.value(QLatin1String("startTime")));
                const qint64 end = isoMs(e.object.value(QLatin1String("endTime")));
                const auto m = qsizetype(stamps.size());
                for (qsizetype i = 0; i < n; ++i) {
                    qint64 t = 0;
                    if (m > 0) {
                        // Series of one id end together: align from the end.
                        const qsizetype k = m - n + i;
                        if (k < 0)
                            continue;
                        t = qint64(stamps[std::size_t(k)]);
                    } else {
                        t = n == 1 ? end : start + (end - start) * i / (n - 1);
                    }
                    addMember(object, e.member, values.at(i), t);
                    if (t > 0 && (firstSample == 0 || t < firstSample))
                        firstSample = t;
                }
            }
        }
        if (log.isArray())
            readUpdateLog(log.toArray(), firstSample, pc, out);
    }
    Q_UNUSED(error);
    return true;
}

} // namespace rtcare::evidence
