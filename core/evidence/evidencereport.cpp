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

// The route of the call's media: the first connection that carried media, else the first.
QJsonValue pathSummary(const CallMetrics& m)
{
    const ConnectionSummary* chosen = nullptr;
    for (const ConnectionSummary& c : m.connections) {
        if (!chosen || (c.carriedMedia && !chosen->carriedMedia))
            chosen = &c;
    }
    if (!chosen)
        return {};
    return QJsonObject{{QStringLiteral("connection"), chosen->id},
                       {QStringLiteral("relayed"), chosen->relayed()},
                       {QStringLiteral("tcp"), chosen->overTcp()},
                       {QStringLiteral("local_type"), chosen->local.type},
                       {QStringLiteral("remote_type"), chosen->remote.type},
                       {QStringLiteral("network_type"), chosen->local.networkType}};
}

} // namespace

QJsonObject statsReport(const CallMetrics& m, const Assessment& a, const EvidenceSentences& s)
{
    QJsonObject report = m.toJson();
    report.remove(QStringLiteral("intervals"));
    // The streams' per-interval counts are for pairing; scripts get the ssrcs.
    report.remove(QStringLiteral("rtp_streams"));
    QJsonArray ssrcs[2];
    for (const RtpStreamCounts& r : m.rtpStreams)
        ssrcs[r.direction == Direction::Inbound ? 0 : 1].append(double(r.ssrc));
    report.insert(QStringLiteral("ssrcs"), QJsonObject{{QStringLiteral("inbound"), ssrcs[0]},
                                                       {QStringLiteral("outbound"), ssrcs[1]}});
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
    report.insert(QStringLiteral("noticeable_time_s"),
                  QJsonObject{{QStringLiteral("uplink"), std::round(a.warnSecondsUp)},
                              {QStringLiteral("downlink"), std::round(a.warnSecondsDown)}});
    QJsonArray reasons;
    for (const std::size_t i : a.reasons) {
        const Finding& f = a.findings[i];
        reasons.append(QJsonObject{{QStringLiteral("metric"), f.metric},
                                   {QStringLiteral("profile"), f.profileId},
                                   {QStringLiteral("text"), f.describe()}});
    }
    report.insert(QStringLiteral("location"),
                  QJsonObject{{QStringLiteral("segment"), sideId(a.verdict)},
                              {QStringLiteral("reasons"), reasons},
                              {QStringLiteral("path"), pathSummary(m)}});
    QJsonArray limitation;
    for (const SenderSummary& sender : m.senders)
        limitation.append(
            QJsonObject{{QStringLiteral("id"), sender.id},
                        {QStringLiteral("quality_limitation_pct"),
                         sender.toJson().value(QStringLiteral("quality_limitation_pct"))}});
    report.insert(QStringLiteral("quality_limitation_pct"), limitation);
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
    out += QStringLiteral("Bad time:   uplink %1 s, downlink %2 s (noticeable %3 s, %4 s)\n")
               .arg(std::round(a.badSecondsUp))
               .arg(std::round(a.badSecondsDown))
               .arg(std::round(a.warnSecondsUp))
               .arg(std::round(a.warnSecondsDown));
    int number = 0;
    for (const ConnectionSummary& c : m.connections) {
        const QString pair =
            c.local.type.isEmpty() && c.remote.type.isEmpty()
                ? QStringLiteral("no selected pair")
                : QStringLiteral("%1 -> %2 over %3%4")
                      .arg(c.local.type, c.remote.type,
                           c.local.protocol.isEmpty() ? c.remote.protocol : c.local.protocol,
                           c.local.relayProtocol.isEmpty()
                               ? QString()
                               : QStringLiteral(" (relay via %1)").arg(c.local.relayProtocol));
        out +=
            QStringLiteral("%1 %2: %3, %4, connect %5, %6 ICE restart(s)%7\n")
                .arg(number++ == 0 ? QStringLiteral("Connection:") : QStringLiteral("           "),
                     c.id, c.finalState.isEmpty() ? QStringLiteral("state unknown") : c.finalState,
                     pair, show(c.connectMs, " ms"))
                .arg(c.iceRestarts)
                .arg(c.carriedMedia ? QString() : QStringLiteral(", no media"));
    }
    for (const SenderSummary& sender : m.senders) {
        out += QStringLiteral("Sender:     %1 (%2): limited by cpu %3, bandwidth %4, other %5\n")
                   .arg(sender.id,
                        sender.encoder.isEmpty() ? QStringLiteral("encoder ?") : sender.encoder,
                        show(sender.cpuPct, " %"), show(sender.bandwidthPct, " %"),
                        show(sender.otherPct, " %"));
    }
    if (m.truncated)
        out += QStringLiteral("Truncated:  yes, the file covers only the time above\n");
    out += QStringLiteral("Verdict:    %1 (profile %2)\n").arg(sideId(a.verdict), a.profileId);
    for (const std::size_t i : a.reasons)
        out += QStringLiteral("  because %1\n").arg(a.findings[i].describe());
    if (!a.findings.empty())
        out += QStringLiteral("Findings:\n");
    for (const Finding& f : a.findings)
        out += QStringLiteral("  - %1\n").arg(f.describe());
    for (const QString& w : m.warnings)
        out += QStringLiteral("Warning:    %1\n").arg(w);
    out += QStringLiteral("\n%1\n").arg(s.text(language));
    return out;
}

QString pairText(const PairAssessment& pair, const EvidenceSentences& s, const QString& language)
{
    const CallPairing& p = pair.pairing;
    QStringList ssrcs;
    for (const qint64 x : p.sharedSsrcs())
        ssrcs << QString::number(x);
    QString out =
        QStringLiteral("Both sides: overlap %1 s, shared ssrc(s) %2\n")
            .arg(double(p.overlapMs()) / 1000, 0, 'f', 1)
            .arg(ssrcs.isEmpty() ? QStringLiteral("none") : ssrcs.join(QStringLiteral(", ")));
    if (!p.sameCall) {
        out += QStringLiteral("Not the same call: %1. No combined verdict.\n").arg(p.why);
        return out;
    }
    out += QStringLiteral("Together:   %1 (profile %2)\n").arg(pair.verdictId(), pair.profileId);
    for (const QString& reason : pair.reasons)
        out += QStringLiteral("  because %1\n").arg(reason);
    out += QStringLiteral("\n%1\n").arg(s.text(language));
    return out;
}

} // namespace rtcare::evidence
