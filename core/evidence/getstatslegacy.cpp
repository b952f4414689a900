// SPDX-License-Identifier: MIT
#include "evidence/getstatslegacy.h"

#include <QDateTime>
#include <QJsonArray>

namespace rtcare::evidence {

bool isGetStatsLegacy(const QJsonObject& root)
{
    return root.value(QLatin1String("peerConnections")).isObject();
}

bool readGetStatsLegacy(const QJsonObject& root, RawStats& out, QString* error)
{
    out.format = QString::fromLatin1(kFormatLegacy);
    const QJsonObject pcs = root.value(QLatin1String("peerConnections")).toObject();
    for (auto pcIt = pcs.begin(); pcIt != pcs.end(); ++pcIt) {
        if (!pcIt.value().isArray()) {
            *error = QStringLiteral("peerConnections.%1 is not a list of events").arg(pcIt.key());
            return false;
        }
        PeerConnectionStats& pc = out.connection(pcIt.key());
        const QJsonArray events = pcIt.value().toArray();
        for (const QJsonValue& eventValue : events) {
            const QJsonObject event = eventValue.toObject();
            const QString type = event.value(QLatin1String("type")).toString();
            if (type != QLatin1String("getStats") && type != QLatin1String("getstats")) {
                const QDateTime at = QDateTime::fromString(
                    event.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
                if (at.isValid())
                    addEvent(pc, type, event.value(QLatin1String("value")), at.toMSecsSinceEpoch(),
                             &out.warnings);
                continue;
            }
            const QJsonObject reports = event.value(QLatin1String("value")).toObject();
            const QDateTime time = QDateTime::fromString(
                event.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            for (auto it = reports.begin(); it != reports.end(); ++it) {
                const QJsonObject report = it.value().toObject();
                const QString reportType = report.value(QLatin1String("type")).toString();
                // Chrome of that era also lists shim "inboundrtp"/"outboundrtp" reports that
                // repeat the ssrc reports (with RTCP jitter in other units): skip them.
                if (!isInterestingType(reportType) || reportType == QLatin1String("inboundrtp") ||
                    reportType == QLatin1String("outboundrtp"))
                    continue;
                qint64 t = time.isValid() ? time.toMSecsSinceEpoch() : 0;
                double stamp = 0;
                if (!time.isValid() && toNumber(report.value(QLatin1String("timestamp")), &stamp))
                    t = qint64(stamp);
                StatObject& object = pc.objects[it.key()];
                object.type = reportType;
                for (auto m = report.begin(); m != report.end(); ++m)
                    addMember(object, m.key(), m.value(), t);
            }
        }
    }
    return true;
}

} // namespace rtcare::evidence
