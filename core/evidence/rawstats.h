// SPDX-License-Identifier: MIT
// What every importer produces: the statistics objects of each peer connection as time
// series of the members RTCare reads (all others are dropped while reading, which keeps
// memory bounded by the length of the call, not the size of the file).
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace rtcare::evidence {

struct Sample
{
    qint64 t = 0; // epoch milliseconds
    double v = 0;
};
using Series = std::vector<Sample>;

struct TextSample
{
    qint64 t = 0;
    QString v;
};
using TextSeries = std::vector<TextSample>;

// One statistics object (an RTCStats dictionary, or a legacy goog report) over time.
struct StatObject
{
    QString type; // "inbound-rtp", "candidate-pair", "ssrc", ... (empty: not known yet)
    QHash<QString, Series> numbers;
    QHash<QString, TextSeries> texts;
    [[nodiscard]] QString lastText(const QString& member) const;
};

struct PeerConnectionStats
{
    QString id;
    QHash<QString, StatObject> objects; // by stat id
};

struct RawStats
{
    QString format; // "webrtc-internals", "rtcstats", "getstats-legacy", "csv"
    std::vector<PeerConnectionStats> connections;
    QStringList warnings;

    PeerConnectionStats& connection(const QString& id);
};

// The numeric and text members the stream model reads; importers keep only these.
[[nodiscard]] bool isNumericMember(const QString& member);
[[nodiscard]] bool isTextMember(const QString& member);
// The stat types worth keeping (standard and legacy); others are skipped early.
[[nodiscard]] bool isInterestingType(const QString& type);

// A JSON value as a number: numbers, numeric strings ("3000") and booleans. False when
// it is none of these, or not finite.
[[nodiscard]] bool toNumber(const QJsonValue& value, double* out);

// Adds one member value of a stat object at time t (keeps only the members above).
void addMember(StatObject& object, const QString& member, const QJsonValue& value, qint64 t);

// Progress and cancellation for long imports: called now and then with bytes read and
// the total; returning false cancels the import.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

} // namespace rtcare::evidence
