// SPDX-License-Identifier: MIT
// The real call-statistics files (../shared/fixtures/rtc-stats, see SOURCES.md there), and
// variants made from them at test time for cases no real file in the set shows: a dump
// longer than the browser keeps (concatenated), a relayed route, a CPU-limited sender,
// a call whose connections never came up. Each variant changes only what its name says;
// the result is written to a temporary folder, never into the project.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <cmath>

namespace rtcare::test {

inline QString rtcFixture(const char* name)
{
    return QDir(QStringLiteral(RTCARE_FIXTURES_DIR)).filePath(QString::fromLatin1(name));
}

inline QJsonObject readJsonFixture(const char* name)
{
    QFile file(rtcFixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// webrtc-internals keeps each series' values as JSON text.
inline QJsonArray seriesValues(const QJsonObject& entry)
{
    return QJsonDocument::fromJson(entry.value(QLatin1String("values")).toString().toUtf8())
        .array();
}

inline void setSeriesValues(QJsonObject& entry, const QJsonArray& values)
{
    entry.insert(QStringLiteral("values"),
                 QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
}

inline QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Applies `edit(stats)` to each peer connection's stats of an internals dump.
template <typename Edit>
QString editedInternals(const QTemporaryDir& dir, const char* fixture, const QString& name,
                        Edit edit)
{
    QJsonObject root = readJsonFixture(fixture);
    QJsonObject pcs = root.value(QLatin1String("PeerConnections")).toObject();
    for (auto it = pcs.begin(); it != pcs.end(); ++it) {
        QJsonObject pc = it.value().toObject();
        QJsonObject stats = pc.value(QLatin1String("stats")).toObject();
        edit(stats);
        pc.insert(QStringLiteral("stats"), stats);
        it.value() = pc;
    }
    root.insert(QStringLiteral("PeerConnections"), pcs);
    return writeTemp(dir, name, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

// Fixture 03 as if its selected local candidate had been a TURN relay reached over TCP
// (IhijOWwp2 is the local candidate of the selected pair CPhijOWwp2_ElUtQfV2).
inline QString relayedVariant(const QTemporaryDir& dir)
{
    return editedInternals(dir,
                           "03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json",
                           QStringLiteral("03-relayed.json"), [](QJsonObject& stats) {
                               const QString key = QStringLiteral("IhijOWwp2-candidateType");
                               if (!stats.contains(key))
                                   return;
                               QJsonObject type = stats.value(key).toObject();
                               QJsonArray values = seriesValues(type);
                               QJsonArray protocols;
                               for (qsizetype i = 0; i < values.size(); ++i) {
                                   values[i] = QStringLiteral("relay");
                                   protocols.append(QStringLiteral("tcp"));
                               }
                               setSeriesValues(type, values);
                               stats.insert(key, type);
                               QJsonObject relay = type;
                               setSeriesValues(relay, protocols);
                               stats.insert(QStringLiteral("IhijOWwp2-relayProtocol"), relay);
                           });
}

// Fixture 07 as if its sender had been limited by its CPU where it was limited by
// bandwidth (the reasons and the durations swapped, nothing else).
inline QString cpuLimitedVariant(const QTemporaryDir& dir)
{
    return editedInternals(
        dir, "07_internals_chrome147_xuyu130.json", QStringLiteral("07-cpu.json"),
        [](QJsonObject& stats) {
            for (auto it = stats.begin(); it != stats.end(); ++it) {
                QJsonObject entry = it.value().toObject();
                QJsonArray values = seriesValues(entry);
                if (it.key().endsWith(QLatin1String("-qualityLimitationReason"))) {
                    for (qsizetype i = 0; i < values.size(); ++i) {
                        if (values[i].toString() == QLatin1String("bandwidth"))
                            values[i] = QStringLiteral("cpu");
                    }
                } else if (it.key().endsWith(QLatin1String("-qualityLimitationDurations"))) {
                    for (qsizetype i = 0; i < values.size(); ++i) {
                        QJsonObject d = values[i].toObject();
                        const QJsonValue cpu = d.value(QLatin1String("cpu"));
                        d.insert(QStringLiteral("cpu"), d.value(QLatin1String("bandwidth")));
                        d.insert(QStringLiteral("bandwidth"), cpu);
                        values[i] = d;
                    }
                } else {
                    continue;
                }
                setSeriesValues(entry, values);
                it.value() = entry;
            }
        });
}

// Fixture 01 played again and again, as a call of `copies` times its length, then cut to
// the last 1,000 values of each series as chrome://webrtc-internals keeps them. Times move
// on by one copy's span each time; counters (non-decreasing numbers) carry on from the
// copy before.
inline QString longVariant(const QTemporaryDir& dir, int copies = 25)
{
    return editedInternals(
        dir, "01_internals_chrome144_guilospanck.json", QStringLiteral("01-long.json"),
        [copies](QJsonObject& stats) {
            // One copy's span: from the first to the last sample time, plus one step.
            double span = 0;
            for (auto it = stats.begin(); it != stats.end(); ++it) {
                if (!it.key().endsWith(QLatin1String("-timestamp")))
                    continue;
                const QJsonArray t = seriesValues(it.value().toObject());
                if (t.size() > 1)
                    span = std::max(span, t.last().toDouble() - t.first().toDouble() +
                                              (t.last().toDouble() - t.first().toDouble()) /
                                                  double(t.size() - 1));
            }
            for (auto it = stats.begin(); it != stats.end(); ++it) {
                QJsonObject entry = it.value().toObject();
                const QJsonArray values = seriesValues(entry);
                const bool stamp = it.key().endsWith(QLatin1String("-timestamp"));
                // Cumulative members (counters, totals), not gauges such as jitter or fps.
                static const QRegularExpression cumulative(QStringLiteral(
                    "-(bytes|packets|frames(?!PerSecond)|total|concealed|inserted|removed|"
                    "silent|jitterBuffer|freeze|pause|nack|pli|fir|qp|header|retransmitted|"
                    "keyFrames|huge|fec|requests|responses|consent)[A-Za-z]*$"));
                bool counter = !values.isEmpty() && cumulative.match(it.key()).hasMatch();
                for (qsizetype i = 0; i < values.size() && counter; ++i)
                    counter = values[i].isDouble() &&
                              (i == 0 || values[i].toDouble() >= values[i - 1].toDouble());
                QJsonArray out;
                for (int c = 0; c < copies; ++c) {
                    const double carry = counter && !stamp ? values.last().toDouble() * c : 0;
                    for (const QJsonValue& v : values) {
                        if (stamp)
                            out.append(v.toDouble() + span * c);
                        else if (counter)
                            out.append(v.toDouble() + carry);
                        else
                            out.append(v);
                    }
                }
                while (out.size() > 1000)
                    out.removeFirst();
                setSeriesValues(entry, out);
                it.value() = entry;
            }
        });
}

// The failed-connection rtcstats dump with only the lines of the two connections that
// never connected (and the lines of no connection): a call that never came up.
inline QString neverConnectedVariant(const QTemporaryDir& dir)
{
    QFile file(rtcFixture("jitsi-chrome-standard-pc-failed.ndjson"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonArray entry = QJsonDocument::fromJson(line).array();
        const QString pc = entry.at(1).toString();
        if (pc != QLatin1String("PC_0"))
            out += line;
    }
    return writeTemp(dir, QStringLiteral("never-connected.ndjson"), out);
}

} // namespace rtcare::test
