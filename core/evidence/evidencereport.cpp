// SPDX-License-Identifier: MIT
#include "evidence/evidencereport.h"

#include <QDateTime>
#include <QJsonArray>

namespace rtcare::evidence {

namespace {

QString show(double v, const char* unit)
{
    return known(v) ? QStringLiteral("%1%2").arg(v, 0, 'f', v < 10 ? 1 : 0).arg(QLatin1String(unit))
                    : QStringLiteral("-");
}

} // namespace

QJsonObject statsReport(const CallMetrics& m, const Assessment& a, const EvidenceSentences& s)
{
    QJsonObject report = m.toJson();
    report.remove(QStringLiteral("intervals"));
    report.remove(QStringLiteral("start_ms"));
    report.remove(QStringLiteral("end_ms"));
    report.insert(QStringLiteral("start"),
                  QDateTime::fromMSecsSinceEpoch(m.start, Qt::UTC).toString(Qt::ISODateWithMs));
    report.insert(QStringLiteral("end"),
                  QDateTime::fromMSecsSinceEpoch(m.end, Qt::UTC).toString(Qt::ISODateWithMs));
    report.insert(QStringLiteral("duration_s"), std::round(m.durationSeconds() * 10) / 10);
    report.insert(QStringLiteral("intervals"), int(m.intervals.size()));
    report.insert(QStringLiteral("profile"), a.profileId);
    report.insert(QStringLiteral("verdict"), sideId(a.verdict));
    report.insert(QStringLiteral("cause_hint"), causeHintId(a.verdict, m.hasData()));
    report.insert(
        QStringLiteral("verdict_window"),
        QJsonObject{{QStringLiteral("from"),
                     QDateTime::fromMSecsSinceEpoch(a.from, Qt::UTC).toString(Qt::ISODate)},
                    {QStringLiteral("to"),
                     QDateTime::fromMSecsSinceEpoch(a.to, Qt::UTC).toString(Qt::ISODate)}});
    report.insert(QStringLiteral("bad_time_s"),
                  QJsonObject{{QStringLiteral("uplink"), std::round(a.badSecondsUp)},
                              {QStringLiteral("downlink"), std::round(a.badSecondsDown)}});
    QJsonArray findings;
    for (const Finding& f : a.findings)
        findings.append(f.toJson());
    report.insert(QStringLiteral("findings"), findings);
    report.insert(QStringLiteral("sentence"),
                  QJsonObject{{QStringLiteral("zh_CN"), s.zhCN}, {QStringLiteral("en"), s.en}});
    return report;
}

QString statsText(const CallMetrics& m, const Assessment& a, const EvidenceSentences& s,
                  const QString& language)
{
    QString out;
    out += QStringLiteral("Format:     %1, %2 s, %3 inbound / %4 outbound stream(s)\n")
               .arg(m.format)
               .arg(m.durationSeconds(), 0, 'f', 1)
               .arg(m.inboundStreams)
               .arg(m.outboundStreams);
    out +=
        QStringLiteral("RTT:        median %1, p95 %2, max %3\n")
            .arg(show(m.rttMs.median, " ms"), show(m.rttMs.p95, " ms"), show(m.rttMs.max, " ms"));
    out += QStringLiteral("Jitter:     median %1, p95 %2\n")
               .arg(show(m.jitterMs.median, " ms"), show(m.jitterMs.p95, " ms"));
    out += QStringLiteral("Loss down:  audio %1, video %2\n")
               .arg(show(m.lossInboundAudio, " %"), show(m.lossInboundVideo, " %"));
    out += QStringLiteral("Loss up:    audio %1, video %2\n")
               .arg(show(m.lossOutboundAudio, " %"), show(m.lossOutboundVideo, " %"));
    out +=
        QStringLiteral("Freezes:    %1, %2\n").arg(m.freezeCount).arg(show(m.freezeSeconds, " s"));
    out += QStringLiteral("MOS:        median %1, min %2\n")
               .arg(show(m.mosMedian, ""), show(m.mosMin, ""));
    out += QStringLiteral("Bad time:   uplink %1 s, downlink %2 s\n")
               .arg(std::round(a.badSecondsUp))
               .arg(std::round(a.badSecondsDown));
    out += QStringLiteral("Verdict:    %1 (profile %2)\n").arg(sideId(a.verdict), a.profileId);
    for (const Finding& f : a.findings)
        out += QStringLiteral("  - %1\n").arg(f.describe());
    for (const QString& w : m.warnings)
        out += QStringLiteral("Warning:    %1\n").arg(w);
    out += QStringLiteral("\n%1\n").arg(s.text(language));
    return out;
}

} // namespace rtcare::evidence
