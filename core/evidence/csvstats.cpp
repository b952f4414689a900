// SPDX-License-Identifier: MIT
#include "evidence/csvstats.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <csv.h>

namespace rtcare::evidence {

namespace {

constexpr qsizetype kBlock = 64 * 1024;
constexpr size_t kMaxField = 1024 * 1024;

// Metric ids; "auto" units are decided from the values (see finishColumn).
enum class Metric
{
    None,
    Time,
    RttMs,
    RttS,
    RttAuto,
    JitterMs,
    JitterS,
    JitterAuto,
    PacketsLost,
    PacketsReceived,
    LossPct,
    FractionLost,
    BitrateKbps,
    BitrateBps,
    Fps,
    FreezeCount,
    FreezeDuration
};

struct MetricName
{
    const char* name;
    Metric metric;
};

constexpr MetricName kMetricNames[] = {
    {"time", Metric::Time},
    {"ignore", Metric::None},
    {"rtt_ms", Metric::RttMs},
    {"rtt_s", Metric::RttS},
    {"jitter_ms", Metric::JitterMs},
    {"jitter_s", Metric::JitterS},
    {"packets_lost", Metric::PacketsLost},
    {"packets_received", Metric::PacketsReceived},
    {"loss_pct", Metric::LossPct},
    {"fraction_lost", Metric::FractionLost},
    {"bitrate_kbps", Metric::BitrateKbps},
    {"bitrate_bps", Metric::BitrateBps},
    {"fps", Metric::Fps},
    {"freeze_count", Metric::FreezeCount},
    {"freeze_duration_s", Metric::FreezeDuration},
};

// Lower-case alphanumeric aliases of one header token (or of the whole header).
Metric aliasMetric(const QString& token)
{
    static const QHash<QString, Metric> aliases{
        {QStringLiteral("time"), Metric::Time},
        {QStringLiteral("timestamp"), Metric::Time},
        {QStringLiteral("timestamps"), Metric::Time},
        {QStringLiteral("ts"), Metric::Time},
        {QStringLiteral("datetime"), Metric::Time},
        {QStringLiteral("date"), Metric::Time},
        {QStringLiteral("rtt"), Metric::RttAuto},
        {QStringLiteral("rttms"), Metric::RttMs},
        {QStringLiteral("roundtriptime"), Metric::RttS},
        {QStringLiteral("currentroundtriptime"), Metric::RttS},
        {QStringLiteral("googrtt"), Metric::RttMs},
        {QStringLiteral("latency"), Metric::RttAuto},
        {QStringLiteral("jitter"), Metric::JitterAuto},
        {QStringLiteral("jitterms"), Metric::JitterMs},
        {QStringLiteral("packetslost"), Metric::PacketsLost},
        {QStringLiteral("lost"), Metric::PacketsLost},
        {QStringLiteral("packetsreceived"), Metric::PacketsReceived},
        {QStringLiteral("packetsrecieved"), Metric::PacketsReceived},
        {QStringLiteral("fractionlost"), Metric::FractionLost},
        {QStringLiteral("packetloss"), Metric::LossPct},
        {QStringLiteral("loss"), Metric::LossPct},
        {QStringLiteral("losspct"), Metric::LossPct},
        {QStringLiteral("packetlosspct"), Metric::LossPct},
        {QStringLiteral("packetlosspercent"), Metric::LossPct},
        {QStringLiteral("bitrate"), Metric::BitrateKbps},
        {QStringLiteral("bitratekbps"), Metric::BitrateKbps},
        {QStringLiteral("bitratebps"), Metric::BitrateBps},
        {QStringLiteral("bytesreceivedinbitss"), Metric::BitrateBps},
        {QStringLiteral("fps"), Metric::Fps},
        {QStringLiteral("framespersecond"), Metric::Fps},
        {QStringLiteral("framerate"), Metric::Fps},
        {QStringLiteral("freezecount"), Metric::FreezeCount},
        {QStringLiteral("freezes"), Metric::FreezeCount},
        {QStringLiteral("freeze"), Metric::FreezeDuration},
        {QStringLiteral("freezeduration"), Metric::FreezeDuration},
        {QStringLiteral("totalfreezesduration"), Metric::FreezeDuration},
    };
    return aliases.value(token, Metric::None);
}

Metric headerMetric(const QString& header)
{
    static const QRegularExpression nonAlnum(QStringLiteral("[^a-z0-9]+"));
    const QString lower = header.toLower();
    QString whole = lower;
    whole.remove(nonAlnum);
    if (const Metric m = aliasMetric(whole); m != Metric::None)
        return m;
    const QStringList tokens = lower.split(nonAlnum, Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        if (const Metric m = aliasMetric(token); m != Metric::None)
            return m;
    }
    return Metric::None;
}

struct Parser
{
    QString fileName;
    QStringList headers;
    std::vector<QByteArray> fields;
    qint64 row = 0;
    bool headerDone = false;
    QString error;
    // Column index -> metric, and the samples of each used column.
    std::vector<Metric> columns;
    std::vector<Series> series;
    std::vector<int> timeColumns;
    qint64 lastTime = -1;
    qint64 rowsWithoutTime = 0;
    const QHash<QString, QString>* mapping = nullptr;
    QStringList* warnings = nullptr;

    void setupColumns();
    void addRow();
};

// What a metric's values may be, in the unit the column is read in: a value outside is
// refused with the file's name, row and column (it would print an absurd figure or verdict).
struct Plausible
{
    const char* what;
    double max;
    const char* unit;
};

Plausible plausible(Metric metric)
{
    switch (metric) {
    case Metric::RttMs:
    case Metric::RttAuto:
        return {"round-trip time", 60'000, "ms"};
    case Metric::RttS:
        return {"round-trip time", 60, "s"};
    case Metric::JitterMs:
    case Metric::JitterAuto:
        return {"jitter", 60'000, "ms"};
    case Metric::JitterS:
        return {"jitter", 60, "s"};
    case Metric::PacketsLost:
        return {"packets lost", 1e12, "packets"};
    case Metric::PacketsReceived:
        return {"packets received", 1e12, "packets"};
    case Metric::LossPct:
        return {"packet loss", 100, "%"};
    case Metric::FractionLost:
        return {"fraction lost", 256, "(0 to 1, or 0 to 255)"};
    case Metric::BitrateKbps:
        return {"bitrate", 1e7, "kbit/s"};
    case Metric::BitrateBps:
        return {"bitrate", 1e10, "bit/s"};
    case Metric::Fps:
        return {"frame rate", 1'000, "fps"};
    case Metric::FreezeCount:
        return {"freeze count", 1e9, "freezes"};
    case Metric::FreezeDuration:
        return {"freeze duration", 1e7, "s"};
    case Metric::None:
    case Metric::Time:
        break;
    }
    return {"value", 1e12, ""};
}

enum class Reading { Missing, Value, Refused };

// One metric cell. Missing: empty, -1 (the "no value" of many exports), words such as
// null, n/a, none. A negative packets-lost counter (duplicates) counts as none. Refused:
// NaN, infinity, any other negative value, or one above the metric's plausible maximum.
Reading readValue(const QByteArray& raw, Metric metric, double* out, QString* why)
{
    const QByteArray text = raw.trimmed();
    if (text.isEmpty())
        return Reading::Missing;
    bool ok = false;
    const double v = text.toDouble(&ok);
    const QByteArray word = text.toLower();
    const bool notFinite = (ok && !std::isfinite(v)) || word == "nan" || word == "-nan"
                           || word == "inf" || word == "-inf" || word == "+inf"
                           || word == "infinity" || word == "-infinity";
    if (!ok && !notFinite)
        return Reading::Missing;
    const Plausible range = plausible(metric);
    const QString unit = QString::fromLatin1(range.unit);
    if (notFinite) {
        *why = QStringLiteral("'%1' is not a number of %2").arg(QString::fromLatin1(text.left(40)),
                                                               QLatin1String(range.what));
        return Reading::Refused;
    }
    if (v < 0) {
        if (v == -1 || metric == Metric::PacketsLost)
            return Reading::Missing;
        *why = QStringLiteral("%1 is negative; a %2 is 0 or more (-1 or an empty cell mean "
                              "\"no value\")")
                   .arg(QString::fromLatin1(text.left(40)), QLatin1String(range.what));
        return Reading::Refused;
    }
    if (v > range.max) {
        *why = QStringLiteral("%1 is not a plausible %2 (0 to %3 %4)")
                   .arg(QString::fromLatin1(text.left(40)), QLatin1String(range.what),
                        QLocale(QLocale::English).toString(range.max, 'f', 0), unit);
        return Reading::Refused;
    }
    *out = v;
    return Reading::Value;
}

void Parser::setupColumns()
{
    columns.assign(std::size_t(headers.size()), Metric::None);
    series.assign(std::size_t(headers.size()), Series());
    QHash<int, QString> firstOf; // metric group -> header that won
    for (qsizetype i = 0; i < headers.size(); ++i) {
        Metric m = headerMetric(headers.at(i));
        if (mapping->contains(headers.at(i))) {
            const QString wanted = mapping->value(headers.at(i));
            m = Metric::None;
            for (const MetricName& name : kMetricNames) {
                if (wanted == QLatin1String(name.name))
                    m = name.metric;
            }
        }
        if (m == Metric::None)
            continue;
        if (m == Metric::Time) {
            columns[std::size_t(i)] = m;
            timeColumns.push_back(int(i));
            continue;
        }
        // One column per kind of metric; the first one wins unless --map chose.
        int group = int(m);
        if (m == Metric::RttMs || m == Metric::RttS || m == Metric::RttAuto)
            group = int(Metric::RttAuto);
        if (m == Metric::JitterMs || m == Metric::JitterS || m == Metric::JitterAuto)
            group = int(Metric::JitterAuto);
        if (firstOf.contains(group) && !mapping->contains(headers.at(i))) {
            warnings->append(QStringLiteral("%1: columns '%2' and '%3' carry the same metric; "
                                            "using '%2' (choose with --map)")
                                 .arg(fileName, firstOf.value(group), headers.at(i)));
            continue;
        }
        firstOf.insert(group, headers.at(i));
        columns[std::size_t(i)] = m;
    }
}

void Parser::addRow()
{
    ++row;
    if (!headerDone) {
        headerDone = true;
        for (const QByteArray& f : fields)
            headers << QString::fromUtf8(f).trimmed();
        setupColumns();
        fields.clear();
        return;
    }
    qint64 t = -1;
    for (const int c : timeColumns) {
        if (std::size_t(c) >= fields.size())
            continue;
        const QByteArray text = fields[std::size_t(c)].trimmed();
        bool ok = false;
        const double v = text.toDouble(&ok);
        // Epoch seconds or milliseconds; beyond 1e15 ms (year 33,658) it is no time.
        if (ok && std::isfinite(v) && v > 0 && v < 1e15) {
            t = v < 1e11 ? qint64(v * 1000) : qint64(v);
            break;
        }
        const QDateTime iso = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        if (iso.isValid()) {
            t = iso.toMSecsSinceEpoch();
            break;
        }
    }
    if (t < 0) {
        if (timeColumns.empty())
            t = (row - 2) * 1000; // no time column: one row per second
        else if (lastTime >= 0)
            t = lastTime + 1000;
        else {
            ++rowsWithoutTime;
            fields.clear();
            return;
        }
    }
    lastTime = t;
    const std::size_t n = std::min(fields.size(), columns.size());
    for (std::size_t c = 0; c < n; ++c) {
        if (columns[c] == Metric::None || columns[c] == Metric::Time)
            continue;
        double v = 0;
        QString why;
        switch (readValue(fields[c], columns[c], &v, &why)) {
        case Reading::Value:
            series[c].push_back({t, v});
            break;
        case Reading::Refused:
            if (error.isEmpty())
                error = QStringLiteral("%1: row %2, column '%3': %4")
                            .arg(fileName)
                            .arg(row)
                            .arg(headers.value(qsizetype(c)), why);
            break;
        case Reading::Missing:
            break;
        }
    }
    fields.clear();
}

void onField(void* data, size_t length, void* context)
{
    auto* parser = static_cast<Parser*>(context);
    parser->fields.emplace_back(static_cast<const char*>(data), qsizetype(length));
}

void onRow(int, void* context)
{
    static_cast<Parser*>(context)->addRow();
}

double median(Series values)
{
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2),
                     values.end(), [](const Sample& a, const Sample& b) { return a.v < b.v; });
    return values[values.size() / 2].v;
}

Series scaled(const Series& in, double factor)
{
    Series out = in;
    for (Sample& s : out)
        s.v *= factor;
    return out;
}

} // namespace

QStringList csvMetricNames()
{
    QStringList names;
    for (const MetricName& name : kMetricNames)
        names << QString::fromLatin1(name.name);
    return names;
}

bool readCsvStats(QIODevice& device, const QString& fileName,
                  const QHash<QString, QString>& mapping, RawStats& out, const ProgressFn& progress,
                  QString* error)
{
    out.format = QString::fromLatin1(kFormatCsv);
    const QStringList known = csvMetricNames();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!known.contains(it.value())) {
            *error = QStringLiteral("--map %1=%2: unknown metric; use one of: %3")
                         .arg(it.key(), it.value(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    csv_parser parser{};
    if (csv_init(&parser, 0) != 0) {
        *error = QStringLiteral("%1: cannot start the CSV parser").arg(fileName);
        return false;
    }
    Parser state;
    state.fileName = fileName;
    state.mapping = &mapping;
    state.warnings = &out.warnings;
    const qint64 total = device.size();
    bool first = true;
    bool ok = true;
    while (!device.atEnd()) {
        const QByteArray block = device.read(kBlock);
        if (block.isEmpty())
            break;
        if (first) {
            // The delimiter is the most frequent of , ; TAB in the header line.
            const QByteArray head = block.left(block.indexOf('\n'));
            const qsizetype commas = head.count(','), semis = head.count(';'),
                            tabs = head.count('\t');
            csv_set_delim(&parser, tabs > commas && tabs > semis ? '\t'
                                   : semis > commas              ? ';'
                                                                 : ',');
            first = false;
        }
        if (csv_parse(&parser, block.constData(), size_t(block.size()), onField, onRow, &state) !=
            size_t(block.size())) {
            *error = QStringLiteral("%1: row %2: %3")
                         .arg(fileName)
                         .arg(state.row + 1)
                         .arg(QString::fromLatin1(csv_strerror(csv_error(&parser))));
            ok = false;
            break;
        }
        if (!state.error.isEmpty()) {
            *error = state.error;
            ok = false;
            break;
        }
        if (csv_get_buffer_size(&parser) > kMaxField) {
            *error = QStringLiteral("%1: row %2: a field is longer than 1 MiB (an unclosed quote?)")
                         .arg(fileName)
                         .arg(state.row + 1);
            ok = false;
            break;
        }
        if (progress && !progress(device.pos(), total)) {
            *error = QStringLiteral("%1: import cancelled").arg(fileName);
            ok = false;
            break;
        }
    }
    if (ok)
        csv_fini(&parser, onField, onRow, &state);
    csv_free(&parser);
    if (ok && !state.error.isEmpty()) {
        *error = state.error;
        ok = false;
    }
    if (!ok)
        return false;
    if (!state.headerDone) {
        *error = QStringLiteral("%1: no header row").arg(fileName);
        return false;
    }
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!state.headers.contains(it.key())) {
            *error =
                QStringLiteral("--map %1=%2: %3 has no column named '%1'; headers found: %4")
                    .arg(it.key(), it.value(), fileName, state.headers.join(QStringLiteral(", ")));
            return false;
        }
    }
    const bool anyMetric = std::any_of(state.columns.begin(), state.columns.end(), [](Metric m) {
        return m != Metric::None && m != Metric::Time;
    });
    if (!anyMetric) {
        *error = QStringLiteral("%1: no column is a known metric. Headers found: %2. Name the "
                                "columns with --map COLUMN=METRIC (metrics: %3)")
                     .arg(fileName, state.headers.join(QStringLiteral(", ")),
                          known.join(QStringLiteral(", ")));
        return false;
    }
    if (state.timeColumns.empty())
        out.warnings
            << QStringLiteral("%1: no time column; one row per second assumed").arg(fileName);
    if (state.rowsWithoutTime > 0)
        out.warnings << QStringLiteral("%1: %2 row(s) before the first time value were skipped")
                            .arg(fileName)
                            .arg(state.rowsWithoutTime);

    PeerConnectionStats& pc = out.connection(QStringLiteral("csv"));
    StatObject& pair = pc.objects[QStringLiteral("csv-candidate-pair")];
    pair.type = QStringLiteral("candidate-pair");
    StatObject& inbound = pc.objects[QStringLiteral("csv-inbound")];
    inbound.type = QStringLiteral("inbound-rtp");
    bool video = false;
    for (std::size_t c = 0; c < state.columns.size(); ++c) {
        const Series& s = state.series[c];
        const bool saysMs =
            state.headers.at(qsizetype(c)).contains(QLatin1String("ms"), Qt::CaseInsensitive);
        switch (state.columns[c]) {
        case Metric::RttMs:
            pair.numbers[QStringLiteral("currentRoundTripTime")] = scaled(s, 0.001);
            break;
        case Metric::RttS:
            pair.numbers[QStringLiteral("currentRoundTripTime")] = s;
            break;
        case Metric::RttAuto:
            pair.numbers[QStringLiteral("currentRoundTripTime")] =
                saysMs || median(s) >= 2 ? scaled(s, 0.001) : s;
            break;
        case Metric::JitterMs:
            inbound.numbers[QStringLiteral("jitter")] = scaled(s, 0.001);
            break;
        case Metric::JitterS:
            inbound.numbers[QStringLiteral("jitter")] = s;
            break;
        case Metric::JitterAuto:
            inbound.numbers[QStringLiteral("jitter")] =
                saysMs || median(s) >= 1 ? scaled(s, 0.001) : s;
            break;
        case Metric::PacketsLost:
            inbound.numbers[QStringLiteral("packetsLost")] = s;
            break;
        case Metric::PacketsReceived:
            inbound.numbers[QStringLiteral("packetsReceived")] = s;
            break;
        case Metric::LossPct:
            inbound.numbers[QStringLiteral("lossPercent")] = s;
            break;
        case Metric::FractionLost:
            // RTCP fraction lost is 0..1 in getStats(), 0..255 in raw RTCP exports.
            inbound.numbers[QStringLiteral("lossPercent")] =
                scaled(s, std::any_of(s.begin(), s.end(), [](const Sample& x) { return x.v > 1; })
                              ? 100.0 / 256.0
                              : 100.0);
            break;
        case Metric::BitrateKbps:
            inbound.numbers[QStringLiteral("bitrate")] = s;
            break;
        case Metric::BitrateBps:
            inbound.numbers[QStringLiteral("bitrate")] = scaled(s, 0.001);
            break;
        case Metric::Fps:
            inbound.numbers[QStringLiteral("framesPerSecond")] = s;
            video = true;
            break;
        case Metric::FreezeCount:
            inbound.numbers[QStringLiteral("freezeCount")] = s;
            video = true;
            break;
        case Metric::FreezeDuration:
            inbound.numbers[QStringLiteral("totalFreezesDuration")] = s;
            video = true;
            break;
        case Metric::None:
        case Metric::Time:
            break;
        }
    }
    inbound.texts[QStringLiteral("kind")].push_back(
        {0, video ? QStringLiteral("video") : QStringLiteral("audio")});
    return true;
}

} // namespace rtcare::evidence
