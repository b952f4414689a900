// SPDX-License-Identifier: MIT
#include "evidence/evidencesentence.h"

#include "evidence/location.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::evidence {

namespace {

const QJsonObject& templates()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/rtcare/evidence/sentences.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("evidence: the built-in sentence templates are missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

} // namespace

QString sentenceFigure(double v)
{
    if (!known(v))
        return QStringLiteral("?");
    if (v < 10)
        return QString::number(std::round(v * 10) / 10, 'f', v < 0.05 ? 0 : 1);
    return QString::number(qint64(std::round(v)));
}

namespace {

QString figure(double v)
{
    return sentenceFigure(v);
}

QString clock(qint64 ms, bool seconds)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

QString fillSentence(const QString& language, const QString& key,
                     const QHash<QString, QString>& values)
{
    const QJsonObject lang = templates().value(language).toObject();
    QString text = lang.value(key).toString();
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    // {media}, {effect} and {path} are themselves words of the language.
    for (const char* word : {"media", "effect", "path"}) {
        const QString name = QString::fromLatin1(word);
        if (values.contains(name + QStringLiteral("_key")))
            text.replace(
                QLatin1Char('{') + name + QLatin1Char('}'),
                lang.value(name + QLatin1Char('_') + values.value(name + QStringLiteral("_key")))
                    .toString());
    }
    return text;
}

namespace {

QString fill(const QString& language, const QString& key, const QHash<QString, QString>& values)
{
    return fillSentence(language, key, values);
}

} // namespace

QHash<QString, QString> EvidenceSentences::placeholders(const QString& language) const
{
    return {{QStringLiteral("evidence_sentence"), text(language)},
            {QStringLiteral("evidence_from"), from},
            {QStringLiteral("evidence_to"), to},
            {QStringLiteral("evidence_value"), value},
            {QStringLiteral("evidence_verdict"), verdict}};
}

EvidenceSentences writeSentences(const CallMetrics& m, const Assessment& a)
{
    EvidenceSentences s;
    s.verdict = sideId(a.verdict);
    QHash<QString, QString> values;
    // The sentence follows the verdict: its most important reason.
    const Finding* finding = a.reasons.empty() ? nullptr : &a.findings[a.reasons.front()];
    if (a.verdict == Side::Relay) { // the route's delay or jitter, whatever came first
        for (const char* metric : {"rtt", "jitter"}) {
            const auto it = std::find_if(a.reasons.begin(), a.reasons.end(), [&](std::size_t i) {
                return a.findings[i].metric == QLatin1String(metric);
            });
            if (it != a.reasons.end()) {
                finding = &a.findings[*it];
                break;
            }
        }
    }
    const bool noData =
        !m.hasData() || (!known(m.rttMs.median) && !known(m.lossDown()) && !known(m.lossUp()));
    if (finding && finding->side == Side::Connection) {
        // A connection that could not be set up may leave no media figures at all.
        s.key = finding->metric;
    } else if (noData) {
        s.key = QStringLiteral("no_data");
    } else if (!finding) {
        s.key = QStringLiteral("clean");
    } else {
        s.key = finding->metric;
        if (finding->side == Side::Relay && finding->metric != QLatin1String("freezes"))
            s.key = QStringLiteral("relay_") + finding->metric;
        else if (s.key == QLatin1String("freezes") && finding->side != Side::FarEnd)
            s.key = QStringLiteral("freezes_downlink");
    }
    if (finding && s.key != QLatin1String("no_data")) {
        s.value = figure(finding->value);
        values.insert(QStringLiteral("value"), s.value);
        values.insert(QStringLiteral("rest"), figure(known(finding->rest) ? finding->rest : 0));
        values.insert(QStringLiteral("threshold"), figure(finding->threshold));
        const bool up = finding->metric == QLatin1String("loss_up");
        if (up || finding->metric == QLatin1String("loss_down")) {
            const double video = up ? m.lossOutboundVideo : m.lossInboundVideo;
            const double audio = up ? m.lossOutboundAudio : m.lossInboundAudio;
            const QString media = known(video) && (!known(audio) || video >= audio)
                                      ? QStringLiteral("video")
                                      : QStringLiteral("audio");
            values.insert(QStringLiteral("media_key"), media);
            values.insert(QStringLiteral("effect_key"), media);
        }
        values.insert(QStringLiteral("count"), QString::number(qint64(m.freezeCount)));
        values.insert(QStringLiteral("seconds"), figure(m.freezeSeconds));
        if (const ConnectionSummary* relay = relayedConnection(m)) {
            values.insert(QStringLiteral("path_key"), !relay->relayed() ? QStringLiteral("tcp")
                                                      : relay->overTcp()
                                                          ? QStringLiteral("relay_tcp")
                                                          : QStringLiteral("relay"));
        }
        if (s.key == QLatin1String("cpu_limited")) {
            const SenderSummary* sender = cpuLimitedSender(m);
            if (sender && known(sender->fpsCpuLimited) && known(sender->fpsOtherwise)) {
                values.insert(QStringLiteral("fps"), figure(sender->fpsCpuLimited));
                values.insert(QStringLiteral("rest"), figure(sender->fpsOtherwise));
            } else {
                s.key = QStringLiteral("cpu_limited_plain");
            }
        }
        if (s.key == QLatin1String("connection_failed")) {
            const auto attempts = std::count_if(
                m.connections.begin(), m.connections.end(),
                [](const ConnectionSummary& c) { return c.failed && !c.everConnected; });
            values.insert(QStringLiteral("count"), QString::number(attempts));
        }
    }
    const bool whole = s.key == QLatin1String("clean") || !finding;
    const qint64 from = whole ? m.start : finding->from;
    const qint64 to = whole ? m.end : finding->to;
    const bool withSeconds = to - from < 120'000;
    s.from = clock(from, withSeconds);
    s.to = clock(to, withSeconds);
    values.insert(QStringLiteral("from"), s.from);
    values.insert(QStringLiteral("to"), s.to);
    if (finding && finding->metric == QLatin1String("connection_lost"))
        values.insert(QStringLiteral("connected"), clock(finding->from, withSeconds));
    values.insert(QStringLiteral("rtt"), figure(m.rttMs.median));
    const double loss = known(m.lossDown()) ? m.lossDown() : m.lossUp();
    values.insert(QStringLiteral("loss"), figure(known(loss) ? loss : 0));
    s.en = fill(QStringLiteral("en"), s.key, values);
    s.zhCN = fill(QStringLiteral("zh_CN"), s.key, values);
    if (m.truncated && m.hasData()) {
        // The file lost the call's start: say which part of the call the sentence covers.
        const bool seconds = m.end - m.start < 120'000;
        const QHash<QString, QString> covered{
            {QStringLiteral("file_from"), clock(m.start, seconds)},
            {QStringLiteral("file_to"), clock(m.end, seconds)}};
        s.en +=
            QLatin1Char(' ') + fill(QStringLiteral("en"), QStringLiteral("covered_note"), covered);
        s.zhCN += fill(QStringLiteral("zh_CN"), QStringLiteral("covered_note"), covered);
    }
    return s;
}

} // namespace rtcare::evidence
