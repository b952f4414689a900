// SPDX-License-Identifier: MIT
#include "evidence/webrtcinternals.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

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
        if (!statsValue.isObject())
            continue;
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
            if (member != QLatin1String("timestamp") && !isNumericMember(member) &&
                !isTextMember(member))
                continue;
            if (!it.value().isObject()) {
                out.warnings
                    << QStringLiteral("%1: %2 is not a series; skipped").arg(pcIt.key(), key);
                continue;
            }
            byId[key.left(dash)].push_back({member, it.value().toObject()});
        }
        PeerConnectionStats& pc = out.connection(pcIt.key());
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
                }
            }
        }
    }
    Q_UNUSED(error);
    return true;
}

} // namespace rtcare::evidence
