// SPDX-License-Identifier: MIT
#include "evidence/rawstats.h"

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
    connections.push_back(PeerConnectionStats{id, {}});
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
        QStringLiteral("totalSamplesReceived"), QStringLiteral("fractionLost"),
        QStringLiteral("selected"), QStringLiteral("nominated"), QStringLiteral("remoteSource"),
        // legacy goog reports
        QStringLiteral("googRtt"), QStringLiteral("googJitterReceived"),
        QStringLiteral("googFrameRateReceived"), QStringLiteral("googFrameRateSent"),
        QStringLiteral("googAvailableSendBandwidth"), QStringLiteral("googActiveConnection"),
        // CSV columns mapped onto metrics (see csvstats.cpp)
        QStringLiteral("lossPercent"), QStringLiteral("bitrate")};
    return members.contains(member);
}

bool isTextMember(const QString& member)
{
    static const QSet<QString> members{QStringLiteral("type"),
                                       QStringLiteral("kind"),
                                       QStringLiteral("mediaType"),
                                       QStringLiteral("selectedCandidatePairId"),
                                       QStringLiteral("qualityLimitationReason"),
                                       QStringLiteral("state"),
                                       QStringLiteral("googActiveConnection"),
                                       QStringLiteral("localId")};
    return members.contains(member);
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
    if (isTextMember(member) && value.isString())
        object.texts[member].push_back({t, value.toString()});
    if (isNumericMember(member)) {
        double v = 0;
        if (toNumber(value, &v))
            object.numbers[member].push_back({t, v});
    }
}

} // namespace rtcare::evidence
