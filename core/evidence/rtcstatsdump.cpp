// SPDX-License-Identifier: MIT
#include "evidence/rtcstatsdump.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rtcare::evidence {

bool readRtcStatsDump(QIODevice& device, const QString& fileName, RawStats& out,
                      const ProgressFn& progress, QString* error)
{
    out.format = QString::fromLatin1(kFormatRtcStats);
    // The current full state of every peer connection's interesting stat objects.
    QHash<QString, QHash<QString, QJsonObject>> current;
    const qint64 total = device.size();
    qint64 lineNumber = 0;
    qint64 lastTime = 0;
    QHash<QString, qint64> lastStatsTime; // per peer connection
    qint64 snapshots = 0;
    int badLines = 0;
    while (!device.atEnd()) {
        // Read in 64 KiB pieces: readLine(max) would allocate the whole maximum each time.
        QByteArray line = device.readLine(64 * 1024);
        while (!line.endsWith('\n') && !device.atEnd() && line.size() < kMaxRtcStatsLine)
            line += device.readLine(64 * 1024);
        ++lineNumber;
        if (line.size() >= kMaxRtcStatsLine && !line.endsWith('\n')) {
            *error = QStringLiteral("%1:%2: line is longer than %3 MiB; not an rtcstats dump")
                         .arg(fileName)
                         .arg(lineNumber)
                         .arg(kMaxRtcStatsLine / (1024 * 1024));
            return false;
        }
        if (progress && lineNumber % 64 == 0 && !progress(device.pos(), total)) {
            *error = QStringLiteral("%1: import cancelled").arg(fileName);
            return false;
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // A dump cut off while writing ends with half a line: warn, keep the rest.
            const bool lastLine = device.atEnd();
            if (lastLine && snapshots > 0) {
                out.warnings << QStringLiteral("%1:%2: the last line is incomplete (%3); ignored")
                                    .arg(fileName)
                                    .arg(lineNumber)
                                    .arg(parseError.errorString());
                break;
            }
            if (++badLines > 3 || snapshots == 0) {
                *error = QStringLiteral("%1:%2: not valid JSON: %3 at column %4")
                             .arg(fileName)
                             .arg(lineNumber)
                             .arg(parseError.errorString())
                             .arg(parseError.offset + 1);
                return false;
            }
            out.warnings << QStringLiteral("%1:%2: not valid JSON; line skipped")
                                .arg(fileName)
                                .arg(lineNumber);
            continue;
        }
        if (document.isObject() && lineNumber == 1)
            continue; // rtcstats-server header line
        const QJsonArray entry = document.array();
        if (!document.isArray() || entry.size() < 3 || !entry.at(0).isString()) {
            *error = QStringLiteral("%1:%2: expected [method, peerConnectionId, payload, time]")
                         .arg(fileName)
                         .arg(lineNumber);
            return false;
        }
        const QString method = entry.at(0).toString();
        if (entry.size() > 3 && entry.at(3).isDouble())
            lastTime = qint64(entry.at(3).toDouble());
        const QString pcId = entry.at(1).toString();
        if (method != QLatin1String("getstats") && method != QLatin1String("getStats")) {
            if (pcId.isEmpty() || entry.size() < 4 || !entry.at(3).isDouble())
                continue;
            // Lines are appended as things happen: an event stamped before statistics that
            // precede it in the file has a wrong stamp, and its place in the file says when
            // it happened.
            qint64 time = lastTime;
            const qint64 statsTime = lastStatsTime.value(pcId, 0);
            if (time < statsTime - 1000) {
                out.warnings << QStringLiteral("%1:%2: %3 of %4 is stamped %5 s before the "
                                               "statistics above it; taken in file order")
                                    .arg(fileName)
                                    .arg(lineNumber)
                                    .arg(method, pcId)
                                    .arg(double(statsTime - time) / 1000.0, 0, 'f', 1);
                time = statsTime;
            }
            addEvent(out.connection(pcId), method, entry.at(2), time, &out.warnings);
            continue;
        }
        lastStatsTime.insert(pcId, std::max(lastStatsTime.value(pcId, 0), lastTime));
        if (!entry.at(2).isObject()) {
            out.warnings << QStringLiteral("%1:%2: getstats without an object; skipped")
                                .arg(fileName)
                                .arg(lineNumber);
            continue;
        }
        if (entry.size() < 4 || !entry.at(3).isDouble()) {
            out.warnings << QStringLiteral(
                                "%1:%2: getstats without a time; the previous one is used")
                                .arg(fileName)
                                .arg(lineNumber);
        }
        ++snapshots;
        const QJsonObject payload = entry.at(2).toObject();
        QHash<QString, QJsonObject>& state = current[pcId];
        // A stat id absent from this snapshot no longer exists.
        for (auto it = state.begin(); it != state.end();) {
            if (!payload.contains(it.key()))
                it = state.erase(it);
            else
                ++it;
        }
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject delta = it.value().toObject();
            auto stateIt = state.find(it.key());
            if (stateIt == state.end()) {
                const QString type = delta.value(QLatin1String("type")).toString();
                if (!isInterestingType(type))
                    continue; // codecs, certificates, candidates: never needed
                stateIt = state.insert(it.key(), QJsonObject());
            }
            for (auto m = delta.begin(); m != delta.end(); ++m) {
                if (m.key() == QLatin1String("type") || isKeptMember(m.key()))
                    stateIt->insert(m.key(), m.value());
            }
        }
        PeerConnectionStats& pc = out.connection(pcId);
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            StatObject& object = pc.objects[it.key()];
            if (object.type.isEmpty())
                object.type = it->value(QLatin1String("type")).toString();
            for (auto m = it->begin(); m != it->end(); ++m) {
                if (m.key() != QLatin1String("type"))
                    addMember(object, m.key(), m.value(), lastTime);
            }
        }
    }
    if (snapshots == 0 && lineNumber > 0)
        out.warnings
            << QStringLiteral("%1: no getstats lines: the dump has no statistics").arg(fileName);
    return true;
}

} // namespace rtcare::evidence
