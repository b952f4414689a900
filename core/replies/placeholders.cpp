// SPDX-License-Identifier: MIT
#include "replies/placeholders.h"

#include "evidence/evidencesentence.h"
#include "evidence/thresholdprofiles.h"
#include "model/category.h"
#include "replies/templatelibrary.h"

#include <QRegularExpression>

#include <cmath>

namespace rtcare::replies {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(QStringLiteral(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})"));
        r.optimize();
        return r;
    }();
    return re;
}

QString categoryWords(Category category, bool zh)
{
    switch (category) {
    case Category::Network:
        return zh ? QStringLiteral("网络连接问题") : QStringLiteral("network connection");
    case Category::AvQuality:
        return zh ? QStringLiteral("音视频质量问题") : QStringLiteral("audio/video quality");
    case Category::Feature:
        return zh ? QStringLiteral("功能异常") : QStringLiteral("feature malfunction");
    case Category::Compatibility:
        return zh ? QStringLiteral("兼容性问题") : QStringLiteral("device compatibility");
    case Category::Other:
        break;
    }
    return zh ? QStringLiteral("其他问题") : QStringLiteral("other");
}

} // namespace

bool isFill(const QString& value, const ToneRuleSet& rules)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || placeholderPattern().match(trimmed).hasMatch())
        return false;
    for (const ToneRule& rule : rules.rules()) {
        if (rule.category != QLatin1String("unfilled_placeholder"))
            continue;
        for (const QRegularExpression& pattern : rule.patterns) {
            if (pattern.match(trimmed).hasMatch())
                return false;
        }
    }
    return true;
}

RenderedReply renderTemplate(const QString& body, const QHash<QString, QString>& values,
                             const ToneRuleSet& rules)
{
    RenderedReply out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.text += QStringView(body).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const QString value = values.value(name).trimmed();
        if (!isFill(value, rules)) {
            out.text += m.captured();
            if (!out.unfilled.contains(name))
                out.unfilled.append(name);
        } else {
            out.text += value;
        }
        last = m.capturedEnd();
    }
    out.text += QStringView(body).mid(last);
    return out;
}

QStringList placeholdersIn(const QString& body)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QHash<QString, QString> ticketPlaceholders(const Ticket& ticket, const QString& agentName,
                                           const QString& language)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("customer_name"), ticket.customer.name);
    values.insert(QStringLiteral("ticket_number"), ticket.number);
    values.insert(QStringLiteral("agent_name"), agentName);
    values.insert(QStringLiteral("category"),
                  categoryWords(ticket.category, language.startsWith(QLatin1String("zh"))));
    values.insert(QStringLiteral("scenario"), ticket.scenario);
    QString device = ticket.deviceModel;
    if (!ticket.os.isEmpty())
        device = device.isEmpty() ? ticket.os : QStringLiteral("%1 (%2)").arg(device, ticket.os);
    values.insert(QStringLiteral("device"), device);
    values.insert(QStringLiteral("self_help_tips"),
                  selfHelpTips(platformOf(ticket.os, ticket.deviceModel), language));
    return values;
}

} // namespace rtcare::replies

namespace rtcare::replies {

QHash<QString, QString> evidencePlaceholders(const evidence::CallMetrics& metrics,
                                             const QString& language)
{
    QHash<QString, QString> values;
    const std::optional<evidence::ThresholdProfile> profile =
        evidence::findProfile(evidence::defaultProfileId());
    if (profile) {
        const evidence::EvidenceSentences sentences =
            evidence::writeSentences(metrics, evidence::assess(metrics, *profile));
        values = sentences.placeholders(language);
    }
    const auto put = [&values](const char* name, double value, const char* unit, int decimals) {
        if (!std::isnan(value))
            values.insert(QString::fromLatin1(name),
                          QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QString::fromUtf8(unit)));
    };
    double loss = metrics.lossDown();
    if (std::isnan(loss) || (!std::isnan(metrics.lossUp()) && metrics.lossUp() > loss))
        loss = metrics.lossUp();
    put("loss", loss, "%", 1);
    put("jitter", metrics.jitterMs.median, "ms", 0);
    put("rtt", metrics.rttMs.median, "ms", 0);
    return values;
}

} // namespace rtcare::replies
