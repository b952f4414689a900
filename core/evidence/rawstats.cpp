// SPDX-License-Identifier: MIT
#include "evidence/rawstats.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace rtcare::evidence {

QString StatObject::lastText(const QString& member) const
{
    const auto it = texts.constFind(member);
    return it == texts.cend() || it->empty() ? QString() : it->back().v;
}

PeerConnectionStats& RawStats::connection(const QString& id)
{
    for (PeerConnectionStats& pc : connections) {
        if (pc.id == id)
            return pc;
    }
    PeerConnectionStats added;
    added.id = id;
    connections.push_back(std::move(added));
    return connections.back();
}

bool isNumericMember(const QString& member)
{
    static const QSet<QString> members{
        // standard getStats()
        QStringLiteral("currentRoundTripTime"), QStringLiteral("roundTripTime"),
        QStringLiteral("availableOutgoingBitrate"), QStringLiteral("jitter"),
        QStringLiteral("packetsLost"), QStringLiteral("packetsReceived"),
        QStringLiteral("packetsSent"), QStringLiteral("bytesReceived"), QStringLiteral("bytesSent"),
        QStringLiteral("framesPerSecond"), QStringLiteral("freezeCount"),
        QStringLiteral("totalFreezesDuration"), QStringLiteral("concealedSamples"),
        QStringLiteral("silentConcealedSamples"), QStringLiteral("totalSamplesReceived"),
        QStringLiteral("fractionLost"), QStringLiteral("selected"), QStringLiteral("nominated"),
        QStringLiteral("remoteSource"), QStringLiteral("frameHeight"), QStringLiteral("frameWidth"),
        QStringLiteral("ssrc"), // matches the two sides of a call (legacy reports too)
        // legacy goog reports
        QStringLiteral("googRtt"), QStringLiteral("googJitterReceived"),
        QStringLiteral("googFrameRateReceived"), QStringLiteral("googFrameRateSent"),
        QStringLiteral("googAvailableSendBandwidth"), QStringLiteral("googActiveConnection"),
        QStringLiteral("googCpuLimitedResolution"),
        QStringLiteral("googBandwidthLimitedResolution"), QStringLiteral("googFrameHeightSent"),
        QStringLiteral("googFrameHeightReceived"),
        // CSV columns mapped onto metrics (see csvstats.cpp)
        QStringLiteral("lossPercent"), QStringLiteral("bitrate")};
    return members.contains(member);
}

bool isTextMember(const QString& member)
{
    static const QSet<QString> members{
        QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("mediaType"),
        QStringLiteral("selectedCandidatePairId"), QStringLiteral("qualityLimitationReason"),
        QStringLiteral("state"), QStringLiteral("googActiveConnection"), QStringLiteral("localId"),
        // the path: candidate pairs and candidates
        QStringLiteral("localCandidateId"), QStringLiteral("remoteCandidateId"),
        QStringLiteral("candidateType"), QStringLiteral("protocol"),
        QStringLiteral("relayProtocol"), QStringLiteral("networkType"),
        QStringLiteral("transport"), // legacy candidates
        QStringLiteral("googLocalCandidateType"), QStringLiteral("googRemoteCandidateType"),
        QStringLiteral("googTransportType"),
        // the device: codec implementations
        QStringLiteral("encoderImplementation"), QStringLiteral("decoderImplementation"),
        QStringLiteral("codecImplementationName")};
    return members.contains(member);
}

bool isKeptMember(const QString& member)
{
    return isNumericMember(member) || isTextMember(member) ||
           member == QLatin1String("qualityLimitationDurations");
}

bool isInterestingType(const QString& type)
{
    static const QSet<QString> types{QStringLiteral("inbound-rtp"),
                                     QStringLiteral("outbound-rtp"),
                                     QStringLiteral("remote-inbound-rtp"),
                                     QStringLiteral("candidate-pair"),
                                     QStringLiteral("transport"),
                                     QStringLiteral("track"),
                                     QStringLiteral("inboundrtp"),
                                     QStringLiteral("outboundrtp"), // old Firefox
                                     QStringLiteral("ssrc"),
                                     QStringLiteral("googCandidatePair"),
                                     QStringLiteral("candidatepair"),
                                     QStringLiteral("local-candidate"),
                                     QStringLiteral("candidate"), // Chrome 86 ids
                                     QStringLiteral("remote-candidate"),
                                     QStringLiteral("localcandidate"), // legacy and old Firefox
                                     QStringLiteral("remotecandidate"),
                                     QStringLiteral("VideoBwe")};
    return types.contains(type);
}

bool toNumber(const QJsonValue& value, double* out)
{
    double v = 0;
    if (value.isDouble()) {
        v = value.toDouble();
    } else if (value.isBool()) {
        v = value.toBool() ? 1 : 0;
    } else if (value.isString()) {
        const QString text = value.toString();
        if (text == QLatin1String("true"))
            v = 1;
        else if (text == QLatin1String("false"))
            v = 0;
        else {
            bool ok = false;
            v = text.toDouble(&ok);
            if (!ok)
                return false;
        }
    } else {
        return false;
    }
    if (!std::isfinite(v))
        return false;
    *out = v;
    return true;
}

void addMember(StatObject& object, const QString& member, const QJsonValue& value, qint64 t)
{
    if (member == QLatin1String("qualityLimitationDurations")) {
        const QJsonObject durations =
            value.isObject() ? value.toObject()
                             : QJsonDocument::fromJson(value.toString().toUtf8()).object();
        for (const char* reason : {"cpu", "bandwidth", "other", "none"}) {
            double v = 0;
            if (toNumber(durations.value(QLatin1String(reason)), &v))
                object
                    .numbers[QStringLiteral("qualityLimitationDurations.") + QLatin1String(reason)]
                    .push_back({t, v});
        }
        return;
    }
    if (isTextMember(member) && value.isString()) {
        TextSeries& series = object.texts[member];
        const QString text = value.toString();
        // Descriptive members keep their changes only (a long rtcstats dump repeats them
        // in every snapshot); the limitation reason is counted, so every sample stays.
        if (member == QLatin1String("qualityLimitationReason") || series.empty() ||
            series.back().v != text)
            series.push_back({t, text});
    }
    if (isNumericMember(member)) {
        double v = 0;
        if (toNumber(value, &v))
            object.numbers[member].push_back({t, v});
    }
}

namespace {

// "\"connected\"" (Chrome 117+ quotes the value), "connected", or an object.
QString eventText(const QJsonValue& value)
{
    QString text = value.toString().trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text;
}

bool asksIceRestart(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject().value(QLatin1String("iceRestart")).toBool();
    const QString text = value.toString();
    return text.contains(QLatin1String("iceRestart: true")) ||
           text.contains(QLatin1String("\"iceRestart\":true"));
}

} // namespace

bool addEvent(PeerConnectionStats& pc, const QString& method, const QJsonValue& value, qint64 t,
              QStringList* warnings)
{
    QString name = method.toLower();
    if (name.startsWith(QLatin1String("on")))
        name = name.mid(2);
    ConnectionEvent event{t, {}, {}};
    if (name == QLatin1String("iceconnectionstatechange") ||
        name == QLatin1String("legacyiceconnectionstatechange")) {
        event.kind = QStringLiteral("ice");
        event.state = eventText(value);
    } else if (name == QLatin1String("connectionstatechange")) {
        event.kind = QStringLiteral("connection");
        event.state = eventText(value);
    } else if (name == QLatin1String("restartice") ||
               (name == QLatin1String("createoffer") && asksIceRestart(value))) {
        event.kind = QStringLiteral("restart");
    } else if (name == QLatin1String("close")) {
        event.kind = QStringLiteral("close");
    } else {
        return false;
    }
    if ((event.kind == QLatin1String("ice") || event.kind == QLatin1String("connection")) &&
        (event.state.isEmpty() || event.state.size() > 32))
        return false;
    if (pc.events.size() >= kMaxEventsPerConnection) {
        if (!pc.eventsCut && warnings)
            *warnings << QStringLiteral("%1: more than %2 connection events; the rest ignored")
                             .arg(pc.id)
                             .arg(kMaxEventsPerConnection);
        pc.eventsCut = true;
        return false;
    }
    pc.events.push_back(std::move(event));
    return true;
}

} // namespace rtcare::evidence
