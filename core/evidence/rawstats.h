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

// A change of a peer connection's state, from the file's event log.
struct ConnectionEvent
{
    qint64 t = 0;  // epoch milliseconds
    QString kind;  // "ice" (ICE connection state), "connection" (connection state),
                   // "restart" (an ICE restart was asked for), "close"
    QString state; // "checking", "connected", "disconnected", "failed", ... (empty for
                   // restart and close)
};

// Events kept per peer connection; a log beyond this is cut with a warning.
inline constexpr std::size_t kMaxEventsPerConnection = 10'000;

struct PeerConnectionStats
{
    QString id;
    QHash<QString, StatObject> objects;  // by stat id
    std::vector<ConnectionEvent> events; // in file order
    bool eventsCut = false;              // more than kMaxEventsPerConnection
};

// chrome://webrtc-internals keeps the last 1,000 values of each series: a dump of a longer
// call has lost its start.
inline constexpr qsizetype kInternalsSeriesLimit = 1000;

struct RawStats
{
    QString format; // "webrtc-internals", "rtcstats", "getstats-legacy", "csv"
    std::vector<PeerConnectionStats> connections;
    QStringList warnings;
    bool truncated = false; // a series reached the browser's limit: the start is missing

    PeerConnectionStats& connection(const QString& id);
};

// The numeric and text members the stream model reads; importers keep only these
// (isKeptMember: either, or qualityLimitationDurations, read as one number per reason).
[[nodiscard]] bool isNumericMember(const QString& member);
[[nodiscard]] bool isTextMember(const QString& member);
[[nodiscard]] bool isKeptMember(const QString& member);
// The stat types worth keeping (standard and legacy); others are skipped early.
[[nodiscard]] bool isInterestingType(const QString& type);

// A JSON value as a number: numbers, numeric strings ("3000") and booleans. False when
// it is none of these, or not finite.
[[nodiscard]] bool toNumber(const QJsonValue& value, double* out);

// Adds one member value of a stat object at time t (keeps only the members above). Text
// members that describe (ids, candidate types, codec names) keep only their changes;
// qualityLimitationReason keeps every sample (its share of the call is counted).
// qualityLimitationDurations ({"cpu": s, ...}, an object or its JSON text) becomes the
// numbers "qualityLimitationDurations.cpu", ".bandwidth", ".other", ".none".
void addMember(StatObject& object, const QString& member, const QJsonValue& value, qint64 t);

// Adds an entry of the file's event log if it is a state change, an ICE restart or a
// close, whatever the format calls it ("oniceconnectionstatechange",
// "iceconnectionstatechange", "legacyIceConnectionStateChange", "onconnectionstatechange",
// "restartIce", "createOffer" with iceRestart, "close"). Returns whether it was one.
bool addEvent(PeerConnectionStats& pc, const QString& method, const QJsonValue& value, qint64 t,
              QStringList* warnings);

// Progress and cancellation for long imports: called now and then with bytes read and
// the total; returning false cancels the import.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

} // namespace rtcare::evidence
